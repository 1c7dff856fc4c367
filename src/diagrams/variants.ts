/**
 * The drawings made of one mermaid source: the slide's own (labels wrapped so a node is about as
 * tall as it is wide, which lets a left-to-right flow use a 16:9 slide) and a portrait one for a
 * phone held upright (the flow turned a quarter: LR becomes TB, TB becomes LR, labels wrapped
 * tighter). Pure string transforms of the author's source, so the author writes one diagram.
 */

export type DiagramVariant = 'wide' | 'portrait'

/**
 * Longest line of a label, in characters, before it wraps at a space (0: no wrapping). The drawing
 * step draws each candidate and keeps the one whose labels come out largest in the diagram's box.
 */
export const WRAP_CANDIDATES: Record<DiagramVariant, readonly number[]> = { wide: [0, 24, 14], portrait: [14] }

const TURN: Record<string, string> = { LR: 'TB', RL: 'BT', TB: 'LR', TD: 'LR', BT: 'RL' }

/** Break a label into lines of at most `max` characters at spaces (a longer word keeps its line). */
export function wrapLabel(label: string, max: number): string {
  if (max <= 0 || label.includes('<br')) return label
  const lines: string[] = []
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines.join('<br>')
}

/** Every quoted label of a flowchart source wrapped; accTitle/accDescr lines are left alone. */
export function wrapLabels(source: string, max: number): string {
  return source
    .split('\n')
    .map((line) =>
      /^\s*acc(Title|Descr)\s*:/.test(line) ? line : line.replace(/"([^"\n]*)"/g, (_m, l: string) => `"${wrapLabel(l, max)}"`),
    )
    .join('\n')
}

/** The flowchart's direction, from its first line (`flowchart LR`, `graph TD`), if it is a flowchart. */
export function flowDirection(source: string): string | undefined {
  const m = /^\s*(?:flowchart|graph)\s+(LR|RL|TB|TD|BT)\b/.exec(source)
  return m?.[1]
}

/**
 * The source drawn for a variant. The portrait variant exists only for a flowchart: its overall
 * direction turns a quarter; subgraphs keep their own `direction` (a small group stays compact).
 */
export function variantSource(source: string, variant: DiagramVariant, wrap: number): string | undefined {
  if (variant === 'wide') return wrapLabels(source, wrap)
  const dir = flowDirection(source)
  if (!dir) return undefined
  const turned = source.replace(/^(\s*(?:flowchart|graph)\s+)(LR|RL|TB|TD|BT)\b/, (_m, head: string, d: string) => head + TURN[d])
  return wrapLabels(turned, wrap)
}
