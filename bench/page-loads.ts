/**
 * Page loads: a cold load of the built deck in headless Chromium under a profile (a desktop window
 * at a CPU rate, or a phone: mobile emulation, 4× CPU, gzipped, traced), the figures a person
 * notices (title painted, deck ready, blocking time, layout shift, bytes before the title), their
 * medians, and memory over repeated walks through the deck.
 */
import type { Browser, Page } from 'playwright-core'
import type { StaticServer } from '../src/export/serve.ts'
import { createSizer, emptyBytes, type Bytes, type ResourceKind } from './bytes.ts'
import { VIEWPORT } from './paths.ts'
import { PROBE_SCRIPT, type PageFigures } from './probe.ts'
import { median } from './stats.ts'
import { traceFigures, type TraceEvent, type TraceFigures } from './trace.ts'

export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7))
export const RATES = [1, 4] as const

/** How a load is made: window, CPU, device emulation, transfer encoding, tracing. */
export interface Profile {
  viewport: { width: number; height: number }
  rate: number
  /** Lighthouse's mobile emulation: a phone's screen, touch, device pixel ratio and user agent. */
  mobile: boolean
  /** Served gzipped (bench/serve-gzip.ts) rather than by the plain local server. */
  gzip: boolean
  /** Record a performance trace (style and layout figures); it costs the load a little time. */
  trace: boolean
}

export const desktop = (rate: number): Profile => ({ viewport: VIEWPORT, rate, mobile: false, gzip: false, trace: false })

/** Lighthouse 12's mobile defaults (a Moto G Power): 412×823 at 1.75 device pixels, 4× CPU. */
export const PHONE: Profile = { viewport: { width: 412, height: 823 }, rate: 4, mobile: true, gzip: true, trace: true }
const PHONE_CONTEXT = {
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
}

export interface LoadFigures {
  fcp: number | null
  /**
   * The headline: when the frame that first showed the first slide's title reached the screen.
   * Paint timing where it covers that frame, else the rAF probe (see METHOD).
   */
  titlePainted: number | null
  titleMethod: 'paint timing' | 'probe' | 'none'
  /** rAF probe: the frame in which the title is first visible, and a task run after that frame painted. */
  titleFrame: number | null
  titleProbe: number | null
  diagramsSized: number | null
  deckReady: number | null
  deckState: string | null
  /**
   * The main thread free for the presenter's first key: the end of the last long task (over 50 ms)
   * that starts before the deck is ready, or the title paint if that is later. A key pressed from
   * then on is handled within 50 ms.
   */
  freeForKey: number | null
  longTaskMs: number
  longTaskMsBeforeTitle: number
  /** Total blocking time: the sum, over every long task until the deck is ready, of its time past 50 ms. */
  tbt: number
  /** Sum of layout-shift scores until the deck is ready (input-free shifts only). */
  cls: number
  /** How far the first slide's title moved (largest change of left, top, width or height, CSS px) between its first frame and the ready deck. */
  titleMoved: number | null
  /** reveal.js dispatched 'ready'; and whether the title was painted before that. */
  revealReady: number | null
  titleBeforeReveal: boolean
  trace: TraceFigures | undefined
  beforeTitle: Record<ResourceKind, Bytes>
  total: Record<ResourceKind, Bytes>
  /** Render-blocking responses (Resource Timing renderBlockingStatus): what the first paint waited for. */
  blocking: Record<ResourceKind, Bytes>
  outsideRequests: string[]
  consoleErrors: string[]
}

const byKind = (): Record<ResourceKind, Bytes> => ({
  script: emptyBytes(),
  style: emptyBytes(),
  font: emptyBytes(),
  html: emptyBytes(),
  image: emptyBytes(),
  other: emptyBytes(),
})

/**
 * What is loaded: the project's deck, which says it is ready with <html data-deck-state>, or the
 * reference deck (bench/reference-deck.ts), which has no such signal: it is ready once reveal.js
 * has fired 'ready' and mermaid has drawn every diagram at a real size.
 */
export type Subject = 'deck' | 'reference'

// Functions, not strings: Playwright evaluates a string predicate with eval, which the deck's CSP forbids.
const READY: Record<Subject, () => boolean> = {
  deck: () => ['ready', 'error'].includes(document.documentElement.dataset.deckState ?? ''),
  reference: () => {
    const m = (window as unknown as { __bench: PageFigures }).__bench
    return m.revealReady !== null && m.diagramsSized !== null
  },
}

export async function coldLoad(
  browser: Browser,
  server: StaticServer,
  distDir: string,
  profile: Profile,
  subject: Subject = 'deck',
): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: profile.viewport, ...(profile.mobile ? PHONE_CONTEXT : {}) })
  try {
    await context.addInitScript(PROBE_SCRIPT)
    const page = await context.newPage()
    const outsideRequests: string[] = []
    const consoleErrors: string[] = []
    // Passive: routing every request through Node would slow the very loads being measured.
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !/^(data|blob|about):/.test(r.url())) outsideRequests.push(r.url())
    })
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()))
    page.on('pageerror', (e) => consoleErrors.push(e.message))
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.rate })
    if (profile.trace) await browser.startTracing(page, { categories: ['devtools.timeline'] })
    await page.goto(server.url)
    await page.waitForFunction(READY[subject], undefined, { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    const figures = (await page.evaluate('window.__bench')) as PageFigures
    const trace = profile.trace
      ? traceFigures(
          (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents,
          figures.fcp,
          figures.deckStateAt,
        )
      : undefined
    const resources = (await page.evaluate(
      `[performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')].map((e) => ({ url: e.name, start: e.startTime, blocking: e.renderBlockingStatus === 'blocking' }))`,
    )) as { url: string; start: number; blocking: boolean }[]
    return summarise(figures, resources, createSizer(distDir, server.url), outsideRequests, consoleErrors, trace)
  } finally {
    await context.close()
  }
}

function summarise(
  f: PageFigures,
  resources: { url: string; start: number; blocking: boolean }[],
  size: ReturnType<typeof createSizer>,
  outsideRequests: string[],
  consoleErrors: string[],
  trace: TraceFigures | undefined,
): LoadFigures {
  // The first slide appears all at once (reveal.js shows it by class), so the paint-timing entries
  // of the frame that showed the title are FCP and the LCP of the first slide's largest element.
  // Take the earliest such entry at or after the probe's frame, if it is that frame (within 100 ms).
  const paintEntries = [f.fcp, ...f.lcp.filter((e) => e.inFirstSlide).map((e) => e.time)].filter(
    (t): t is number => t !== null && f.titleFrame !== null && t >= f.titleFrame - 1 && t <= f.titleFrame + 100,
  )
  const fromPaintTiming = paintEntries.length ? Math.min(...paintEntries) : null
  const titlePainted = fromPaintTiming ?? f.titlePainted
  const titleMethod = fromPaintTiming !== null ? 'paint timing' : f.titlePainted !== null ? 'probe' : 'none'
  const beforeTitle = byKind()
  const total = byKind()
  const blocking = byKind()
  for (const r of resources) {
    const s = size(r.url)
    if (!s) continue
    const add = (into: Record<ResourceKind, Bytes>) => {
      into[s.kind].requests++
      into[s.kind].raw += s.raw
      into[s.kind].gzip += s.gzip
    }
    add(total)
    if (titlePainted !== null && r.start < titlePainted) add(beforeTitle)
    if (r.blocking) add(blocking)
  }
  const longTaskMs = f.longTasks.reduce((sum, [, d]) => sum + d, 0)
  const longTaskMsBeforeTitle = f.longTasks.filter(([s]) => titlePainted !== null && s < titlePainted).reduce((sum, [, d]) => sum + d, 0)
  // The reference deck has no data-deck-state: it is ready when reveal.js is and every diagram is drawn.
  const readyAt =
    f.deckStateAt ??
    (f.revealReady !== null && (f.diagramsSized !== null || !f.diagrams) ? Math.max(f.revealReady, f.diagramsSized ?? 0) : null)
  const untilReady = (start: number) => readyAt === null || start < readyAt
  const lastBusy = Math.max(0, ...f.longTasks.filter(([s]) => untilReady(s)).map(([s, d]) => s + d))
  const freeForKey = titlePainted === null ? null : Math.max(titlePainted, lastBusy)
  const tbt = f.longTasks.filter(([s]) => untilReady(s)).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0)
  const cls = f.layoutShifts.filter(([s]) => untilReady(s)).reduce((sum, [, v]) => sum + v, 0)
  const first = f.titleBoxFirst
  const ready = f.titleBoxReady
  const titleMoved = first && ready ? Math.max(...first.map((v, i) => Math.abs(v - ready[i]!))) : null
  return {
    fcp: f.fcp,
    titlePainted,
    titleMethod,
    titleFrame: f.titleFrame,
    titleProbe: f.titlePainted,
    diagramsSized: f.diagrams ? f.diagramsSized : 0,
    deckReady: readyAt,
    deckState: f.deckState,
    freeForKey,
    longTaskMs,
    longTaskMsBeforeTitle,
    tbt,
    cls,
    titleMoved,
    revealReady: f.revealReady,
    titleBeforeReveal: titlePainted !== null && f.revealReady !== null && titlePainted < f.revealReady,
    trace,
    beforeTitle,
    total,
    blocking,
    outsideRequests,
    consoleErrors,
  }
}

/** Runs in the page: every slide once, each shown for two frames so it lays out and paints. */
const WALK = `(async () => {
  const deck = window.Reveal
  for (const slide of deck.getSlides()) {
    const { h, v } = deck.getIndices(slide)
    deck.slide(h, v)
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  }
  deck.slide(0, 0)
  return deck.getSlides().length
})()`

export async function heapAfterWalks(
  browser: Browser,
  server: StaticServer,
): Promise<{ afterLoad: number; afterOne: number; afterTen: number; slides: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await page.goto(server.url)
    await page.waitForFunction(() => document.documentElement.dataset.deckState === 'ready', undefined, { timeout: 60_000 })
    const used = async (p: Page) => {
      // Twice: a first collection can leave garbage that finalisers release for the second.
      await p.evaluate('gc(); gc()')
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize
    }
    const afterLoad = await used(page)
    const slides = (await page.evaluate(WALK)) as number
    const afterOne = await used(page)
    for (let i = 0; i < 9; i++) await page.evaluate(WALK)
    const afterTen = await used(page)
    return { afterLoad, afterOne, afterTen, slides }
  } finally {
    await context.close()
  }
}

export function medians(loads: LoadFigures[]) {
  const pick = (get: (l: LoadFigures) => number | null | undefined) => median(loads.map(get))
  const bytes = (scope: 'beforeTitle' | 'total' | 'blocking', kind: ResourceKind) => ({
    requests: pick((l) => l[scope][kind].requests),
    raw: pick((l) => l[scope][kind].raw),
    gzip: pick((l) => l[scope][kind].gzip),
  })
  return {
    fcp: pick((l) => l.fcp),
    titlePainted: pick((l) => l.titlePainted),
    titleByPaintTiming: loads.filter((l) => l.titleMethod === 'paint timing').length,
    titleFrame: pick((l) => l.titleFrame),
    titleProbe: pick((l) => l.titleProbe),
    diagramsSized: pick((l) => l.diagramsSized),
    deckReady: pick((l) => l.deckReady),
    freeForKey: pick((l) => l.freeForKey),
    longTaskMs: pick((l) => l.longTaskMs),
    longTaskMsBeforeTitle: pick((l) => l.longTaskMsBeforeTitle),
    tbt: pick((l) => l.tbt),
    cls: pick((l) => l.cls),
    clsMax: loads.length ? Math.max(...loads.map((l) => l.cls)) : undefined,
    titleMoved: pick((l) => l.titleMoved),
    titleMovedMax: Math.max(0, ...loads.map((l) => l.titleMoved ?? 0)),
    revealReady: pick((l) => l.revealReady),
    titleBeforeReveal: loads.filter((l) => l.titleBeforeReveal).length,
    styleMs: pick((l) => l.trace?.styleMs),
    layoutMs: pick((l) => l.trace?.layoutMs),
    laidOutBeforeFcp: pick((l) => l.trace?.laidOutBeforeFcp),
    styledBeforeFcp: pick((l) => l.trace?.styledBeforeFcp),
    laidOutUntilReady: pick((l) => l.trace?.laidOutUntilReady),
    beforeTitle: {
      script: bytes('beforeTitle', 'script'),
      style: bytes('beforeTitle', 'style'),
      font: bytes('beforeTitle', 'font'),
      html: bytes('beforeTitle', 'html'),
    },
    blocking: {
      script: bytes('blocking', 'script'),
      style: bytes('blocking', 'style'),
    },
    total: {
      script: bytes('total', 'script'),
      style: bytes('total', 'style'),
      font: bytes('total', 'font'),
      html: bytes('total', 'html'),
      image: bytes('total', 'image'),
    },
    requests: pick((l) => Object.values(l.total).reduce((n, b) => n + b.requests, 0)),
  }
}

export type Medians = ReturnType<typeof medians>
