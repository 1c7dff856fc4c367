/**
 * What a Chromium performance trace (category devtools.timeline) says about style and layout in
 * one load: how long the main thread spent on them, and how many layout objects it laid out before
 * the first contentful paint. Pure: trace events in, figures out.
 */

export interface TraceEvent {
  name: string
  cat?: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: {
    elementCount?: number
    frame?: string
    beginData?: { dirtyObjects?: number; totalObjects?: number; frame?: string }
    data?: Record<string, unknown>
  }
}

export interface TraceFigures {
  /** Style recalculation (UpdateLayoutTree) on the page's main thread until the deck was ready, ms. */
  styleMs: number
  /** Layout on the page's main thread until the deck was ready, ms. */
  layoutMs: number
  /** Layout objects laid out (the sum of each Layout's dirty objects) before the first contentful paint. */
  laidOutBeforeFcp: number
  /** Elements whose style was computed before the first contentful paint. */
  styledBeforeFcp: number
  /** Layout objects laid out until the deck was ready. */
  laidOutUntilReady: number
}

/**
 * @param fcpMs the page's own first-contentful-paint time (performance.now scale), which ties the
 *   trace's clock to the page's: the trace's firstContentfulPaint mark is the same moment.
 * @param readyMs when data-deck-state turned ready, on the page's clock.
 */
export function traceFigures(events: readonly TraceEvent[], fcpMs: number | null, readyMs: number | null): TraceFigures | undefined {
  const fcpMark = events.find((e) => e.name === 'firstContentfulPaint')
  if (!fcpMark || fcpMs === null) return undefined
  // The main thread is the one that painted first: the renderer's main thread of the page.
  const main = (e: TraceEvent) => e.pid === fcpMark.pid && e.tid === fcpMark.tid
  const origin = fcpMark.ts - fcpMs * 1000
  const until = readyMs === null ? Infinity : origin + readyMs * 1000
  const sum = (pick: (e: TraceEvent) => number, keep: (e: TraceEvent) => boolean) =>
    events.filter((e) => e.ph === 'X' && main(e) && keep(e)).reduce((n, e) => n + pick(e), 0)
  const style = (e: TraceEvent) => e.name === 'UpdateLayoutTree' || e.name === 'RecalculateStyles'
  const layout = (e: TraceEvent) => e.name === 'Layout'
  const before = (limit: number) => (e: TraceEvent) => e.ts >= origin && e.ts < limit
  return {
    styleMs: sum(
      (e) => (e.dur ?? 0) / 1000,
      (e) => style(e) && before(until)(e),
    ),
    layoutMs: sum(
      (e) => (e.dur ?? 0) / 1000,
      (e) => layout(e) && before(until)(e),
    ),
    laidOutBeforeFcp: sum(
      (e) => e.args?.beginData?.dirtyObjects ?? 0,
      (e) => layout(e) && before(fcpMark.ts)(e),
    ),
    styledBeforeFcp: sum(
      (e) => e.args?.elementCount ?? 0,
      (e) => style(e) && before(fcpMark.ts)(e),
    ),
    laidOutUntilReady: sum(
      (e) => e.args?.beginData?.dirtyObjects ?? 0,
      (e) => layout(e) && before(until)(e),
    ),
  }
}
