/**
 * The deck beside the reference deck (bench/reference-deck.ts), loaded in the same run under the
 * same profiles: each figure in milliseconds for both, and the ratio that the targets are set in
 * (DESIGN.md: first slide visible with the main thread free at ≤ 0.4× the reference deck's time,
 * 0.5× at 4× CPU; every diagram ready at ≤ 0.2×). Milliseconds are context: they move two- to
 * threefold between machines and hours, the ratio much less.
 */
import type { LoadFigures } from './page-loads.ts'
import { median, ms, ratioInterval } from './stats.ts'
import { verdict } from './targets.ts'

export interface Side {
  label: string
  /** Every cold load of each, interleaved in one run: the ratio is of their medians. */
  deck: LoadFigures[]
  reference: LoadFigures[]
  /** The CPU rate of the profile: the visible-and-free target is 0.4× at normal CPU, 0.5× throttled. */
  rate: 1 | 4
}

export const RATIO_TARGETS = { freeForKey: { 1: 0.4, 4: 0.5 }, diagrams: 0.2 } as const

/** The figures of a load that the table sets beside the reference deck's. */
type Figure = 'titlePainted' | 'freeForKey' | 'diagramsSized' | 'deckReady' | 'tbt'

const x = (r: number | undefined) => (r === undefined ? 'n/a' : `${r.toFixed(2)}×`)

/**
 * One row per figure: each side's medians, their ratio and its 95 % interval (ratioInterval). The
 * verdict reads the ratio; where the interval straddles the target it says so, since another run
 * of the same build can then land on either side.
 */
export function referenceTable(sides: Side[]): string[][] {
  const rows: string[][] = [['beside the reference deck (medians)', ...sides.map((s) => s.label), '']]
  const line = (label: string, figure: Figure, target?: (s: Side) => number) => {
    const cells = sides.map((s) => {
      const deck = s.deck.map((l) => l[figure])
      const reference = s.reference.map((l) => l[figure])
      const [d, r] = [median(deck), median(reference)]
      const ratio = d === undefined || r === undefined || r <= 0 ? undefined : d / r
      return { d, r, ratio, interval: ratioInterval(deck, reference), target: target?.(s) }
    })
    const straddles = cells.some((c) => c.interval && c.target !== undefined && c.interval[0] <= c.target && c.interval[1] > c.target)
    const met = cells.every((c) => c.ratio !== undefined && c.target !== undefined && c.ratio <= c.target)
    rows.push([
      label,
      ...cells.map(
        (c) =>
          `${ms(c.d)} / ${ms(c.r)} = ${x(c.ratio)}` +
          (c.interval ? ` [${c.interval[0].toFixed(2)}–${c.interval[1].toFixed(2)}]` : '') +
          (c.target === undefined ? '' : ` (≤ ${c.target}×)`),
      ),
      target ? `${verdict(met)}${straddles ? ' (interval straddles)' : ''}` : '',
    ])
  }
  line("first slide's title painted", 'titlePainted')
  line('title painted and main thread free for a key', 'freeForKey', (s) => RATIO_TARGETS.freeForKey[s.rate])
  line('every diagram at a real size', 'diagramsSized', () => RATIO_TARGETS.diagrams)
  line('ready (deck: data-deck-state; reference: reveal.js and mermaid done)', 'deckReady')
  line('total blocking time until ready', 'tbt')
  rows.push(['', ...sides.map(() => 'deck / reference = ratio [95 % interval]'), ''])
  return rows
}
