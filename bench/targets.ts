/** The targets from DESIGN.md and the README: desktop at normal CPU unless named, phone at 4×. */
export const TARGETS = {
  titlePaintMs: 150,
  titlePaint4xMs: 500,
  scriptBeforeTitleGzipBytes: 120 * 1024,
  diagramsReadyMs: 600,
  heapGrowth: 0.2,
  pdfMs: 5000,
  layoutShift: 0,
  phoneTbtMs: 200,
  phoneTitlePaintMs: 1000,
  lighthouseScore: 95,
  /** Lighthouse's own total blocking time (simulated 4× CPU), median of its runs. */
  lighthouseTbtMs: 150,
}

export function verdict(ok: boolean | undefined): string {
  return ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED'
}
