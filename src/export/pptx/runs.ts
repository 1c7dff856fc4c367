import type { Citation } from '../../model.ts'
import { DeckError, type Where } from '../../errors.ts'
import { parseInline, type InlineNode } from '../../render/inline.ts'
import type { MeasuredRun } from './text-metrics.ts'
import { mathToText } from './math-text.ts'
import { COLOR } from './theme.ts'

/** A run of slide text with its look: what the writer hands pptxgenjs and the layout measures. */
export interface Run extends MeasuredRun {
  /** RGB hex without '#'. @default the text colour */
  color?: string
}

/** A paragraph: its runs and how it sits. */
export interface Paragraph {
  runs: Run[]
  bullet?: boolean
  align?: 'left' | 'center'
  /** Space after the paragraph, in points. @default 0 */
  spaceAfter?: number
  /** Exact line spacing as a multiple of the largest run's size. */
  lineHeight: number
}

export interface RunStyle {
  size: number
  bold?: boolean
  italic?: boolean
  color?: string
}

/**
 * Inline markup as runs, as the screen shows it: emphasis and work titles in italics, citation
 * markers as "(Author 2007; …)" smaller and muted, inline formulas as text (math-text.ts).
 */
export function inlineRuns(source: string, style: RunStyle, citations: Readonly<Record<string, Citation>>, at: Where): Run[] {
  const runs: Run[] = []
  const walk = (nodes: readonly InlineNode[], italic: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          runs.push({ ...style, text: node.text, italic })
          break
        case 'em':
        case 'work':
          walk(node.children, !italic)
          break
        case 'math':
          for (const p of mathToText(node.tex))
            runs.push({ ...style, text: p.text, italic: p.italic, ...(p.script ? { script: p.script } : {}) })
          break
        case 'cite': {
          const labels = node.keys.map((key) => {
            const c = citations[key]
            if (!c) throw new DeckError(at, `unknown citation key "${key}"; add it to slides/citations.ts or fix the spelling`)
            return c.short
          })
          // On screen a marker is 0.72em, muted, and never broken across lines.
          runs.push({
            size: Math.round(style.size * 0.72 * 10) / 10,
            color: COLOR.muted,
            text: `(${labels.join('; ')})`.replace(/ /g, '\u00a0'),
          })
          break
        }
      }
    }
  }
  walk(parseInline(source, at), style.italic ?? false)
  return merge(runs)
}

/** Plain runs in one style. */
export const plainRun = (text: string, style: RunStyle): Run => ({ ...style, text })

/** Neighbouring runs in the same style become one, so the file has as few runs as the text needs. */
function merge(runs: readonly Run[]): Run[] {
  const out: Run[] = []
  const same = (a: Run, b: Run) =>
    a.size === b.size && !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.color === b.color && a.script === b.script
  for (const r of runs) {
    const last = out[out.length - 1]
    if (last && same(last, r)) last.text += r.text
    else out.push({ ...r })
  }
  return out
}

/** Plain text of runs: what a reader of the file gets. */
export const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('')
