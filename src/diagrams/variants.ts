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
const WRAP_CANDIDATES: Record<DiagramVariant, readonly number[]> = { wide: [0, 24, 14], portrait: [22, 14] }

/** For the portrait drawing, also the flow as written with labels wrapped this tight (a flow of groups may read better unturned). */
const PORTRAIT_UNTURNED_WRAP = 11

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

/**
 * Every quoted label of a flowchart source wrapped; accTitle/accDescr lines are left alone, and with
 * `titles: false` so are the groups' titles (`subgraph X["…"]`): on a wide slide a title spans its
 * group's row of nodes, so wrapping it only makes the group taller, never narrower.
 */
export function wrapLabels(source: string, max: number, { titles = true } = {}): string {
  return source
    .split('\n')
    .map((line) =>
      /^\s*acc(Title|Descr)\s*:/.test(line) || (!titles && /^\s*subgraph\b/.test(line))
        ? line
        : line.replace(/"([^"\n]*)"/g, (_m, l: string) => `"${wrapLabel(l, max)}"`),
    )
    .join('\n')
}

/** The flowchart's direction, from its first line (`flowchart LR`, `graph TD`), if it is a flowchart. */
export function flowDirection(source: string): string | undefined {
  const m = /^\s*(?:flowchart|graph)\s+(LR|RL|TB|TD|BT)\b/.exec(source)
  return m?.[1]
}

/** The source with its overall direction turned a quarter; subgraphs keep their own `direction`. */
export function turnFlow(source: string): string {
  return source.replace(/^(\s*(?:flowchart|graph)\s+)(LR|RL|TB|TD|BT)\b/, (_m, head: string, d: string) => head + TURN[d])
}

/**
 * Every source the drawing step tries for a variant, fewest line breaks first. The portrait
 * variant exists for a timeline (drawn upright as a flowchart, timelineAsFlow) and a flowchart: the flow turned a quarter with labels wrapped, the same
 * with its groups turned too (a row of columns becomes a column of rows), the same with every
 * group laid across the turned flow (a row of groups, some tall and narrow to suit a 16:9 slide,
 * becomes a column of short wide ones), or the flow as written with labels wrapped tighter.
 */
export function candidateSources(source: string, variant: DiagramVariant): string[] {
  if (variant === 'wide') return WRAP_CANDIDATES.wide.map((w) => wrapLabels(source, w, { titles: false }))
  const timeline = timelineAsFlow(source)
  if (timeline) return WRAP_CANDIDATES.portrait.map((w) => PORTRAIT_SPACING + wrapLabels(timeline, w))
  const direction = flowDirection(source)
  if (!direction) return []
  const groups = turnGroups(turnFlow(source))
  const across = setGroups(turnFlow(source), direction)
  return [
    ...WRAP_CANDIDATES.portrait.map((w) => wrapLabels(turnFlow(source), w)),
    ...(groups ? [wrapLabels(groups, PORTRAIT_UNTURNED_WRAP)] : []),
    ...(across ? [wrapLabels(across, PORTRAIT_UNTURNED_WRAP)] : []),
    wrapLabels(source, PORTRAIT_UNTURNED_WRAP),
  ].map((s) => PORTRAIT_SPACING + s)
}

/** A phone's column is narrow and a screen tall: closer ranks and nodes leave the labels more of it. */
const PORTRAIT_SPACING = '%%{init: {"flowchart": {"rankSpacing": 24, "nodeSpacing": 20}}}%%\n'

/** The source with each subgraph's own `direction` turned a quarter too; undefined when it has none. */
export function turnGroups(source: string): string | undefined {
  if (!/^\s*direction\s+(LR|RL|TB|TD|BT)\b/m.test(source)) return undefined
  return source.replace(/^(\s*direction\s+)(LR|RL|TB|TD|BT)\b/gm, (_m, head: string, d: string) => head + TURN[d])
}

/** The source with every subgraph's own `direction` set to `direction`; undefined when it has none. */
export function setGroups(source: string, direction: string): string | undefined {
  if (!/^\s*direction\s+(LR|RL|TB|TD|BT)\b/m.test(source)) return undefined
  return source.replace(/^(\s*direction\s+)(LR|RL|TB|TD|BT)\b/gm, (_m, head: string) => head + direction)
}

/** A label inside a flowchart's quotes: mermaid reads `"` as its end. */
const quoted = (text: string) => `"${text.replace(/"/g, '#quot;')}"`

/**
 * A mermaid timeline as a top-to-bottom flowchart, for a phone held upright: mermaid draws a
 * timeline only across, one column per period, so three periods on a 390 px phone shrink every
 * label under 12 px however short they are. Upright, each period is one node ("1648: States ·
 * Governance"), in order, with the timeline's title on top and its sections as groups. Undefined
 * for any other diagram.
 */
export function timelineAsFlow(source: string): string | undefined {
  const lines = source.split('\n').filter((l) => l.trim() && !l.trim().startsWith('%%'))
  if (lines[0]?.trim() !== 'timeline') return undefined
  const out = ['flowchart TB']
  const chain: string[] = []
  const periods: { id: string; period: string; events: string[] }[] = []
  let section: number | undefined
  const flush = () => {
    for (const p of periods.splice(0))
      out.push(
        `${section === undefined ? '  ' : '    '}${p.id}[${quoted(p.events.length ? `${p.period}: ${p.events.join(' · ')}` : p.period)}]`,
      )
  }
  for (const raw of lines.slice(1)) {
    const line = raw.trim()
    const title = /^title\s+(.+)$/.exec(line)
    const group = /^section\s+(.+)$/.exec(line)
    if (title) {
      out.push(`  T[${quoted(title[1]!)}]`)
      chain.push('T')
    } else if (group) {
      flush()
      if (section !== undefined) out.push('  end')
      section = (section ?? -1) + 1
      out.push(`  subgraph S${section}[${quoted(group[1]!)}]`, '    direction TB')
    } else if (line.startsWith(':')) {
      periods.at(-1)?.events.push(
        ...line
          .slice(1)
          .split(':')
          .map((e) => e.trim())
          .filter(Boolean),
      )
    } else {
      const [period = '', ...events] = line.split(':').map((e) => e.trim())
      const id = `P${chain.length}`
      periods.push({ id, period, events: events.filter(Boolean) })
      chain.push(id)
    }
  }
  flush()
  if (section !== undefined) out.push('  end')
  if (chain.length > 1) out.push(`  ${chain.join(' --> ')}`)
  return out.join('\n')
}
