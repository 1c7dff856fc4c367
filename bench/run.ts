/**
 * `npm run bench`: build the deck, serve it on 127.0.0.1, and measure cold loads in headless
 * Chromium: a desktop window at normal CPU and with 4× CPU throttling, and a phone (412×823,
 * mobile emulation, 4× CPU, served gzipped, traced); then memory over repeated walks through the
 * deck, and the PDF export. Prints tables and writes the figures to bench/results/.
 *
 * A benchmark, not a test: it reports targets met or missed and exits 0 either way (non-zero only
 * when it cannot run). Options: --dist <dir> measures an existing build instead of building;
 * --lighthouse adds three Lighthouse mobile runs (gzipped); BENCH_RUNS (default 7) cold loads
 * per profile.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../src/export/browser.ts'
import { exportPdf } from '../src/export/pdf.ts'
import { serveDir, type StaticServer } from '../src/export/serve.ts'
import { createSizer, emptyBytes, type Bytes, type ResourceKind } from './bytes.ts'
import { runLighthouse, type LighthouseRun } from './lighthouse.ts'
import { PROBE_SCRIPT, type PageFigures } from './probe.ts'
import { serveGzipped } from './serve-gzip.ts'
import { kb, mb, median, ms, table } from './stats.ts'
import { traceFigures, type TraceEvent, type TraceFigures } from './trace.ts'

const root = resolve(import.meta.dirname, '..')
const resultsDir = resolve(root, 'bench/results')
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7))
const RATES = [1, 4] as const
const VIEWPORT = { width: 1280, height: 720 }

/** How a load is made: window, CPU, device emulation, transfer encoding, tracing. */
interface Profile {
  viewport: { width: number; height: number }
  rate: number
  /** Lighthouse's mobile emulation: a phone's screen, touch, device pixel ratio and user agent. */
  mobile: boolean
  /** Served gzipped (bench/serve-gzip.ts) rather than by the plain local server. */
  gzip: boolean
  /** Record a performance trace (style and layout figures); it costs the load a little time. */
  trace: boolean
}

const desktop = (rate: number): Profile => ({ viewport: VIEWPORT, rate, mobile: false, gzip: false, trace: false })

/** Lighthouse 12's mobile defaults (a Moto G Power): 412×823 at 1.75 device pixels, 4× CPU. */
const PHONE: Profile = { viewport: { width: 412, height: 823 }, rate: 4, mobile: true, gzip: true, trace: true }
const PHONE_CONTEXT = {
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
}

/** The targets from DESIGN.md and the README: desktop at normal CPU unless named, phone at 4×. */
const TARGETS = {
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
}

interface LoadFigures {
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

const METHOD = [
  'Cold loads: a fresh browser context per load, HTTP cache disabled (CDP Network.setCacheDisabled), one discarded warm-up load first.',
  'CPU throttling: CDP Emulation.setCPUThrottlingRate (1 = normal, 4 = four times slower).',
  "Title painted: a requestAnimationFrame probe finds the first frame in which the first slide's h1/h2 is laid out, visible and not transparent (reveal.js shows the whole slide at once), and posts a task from it that runs once the frame has painted on the main thread. The headline is the paint-timing time of that frame as the browser reports it (first-contentful-paint, or the largest-contentful-paint entry of an element of the first slide, whichever falls in that frame: both are presentation times); where no entry falls in that frame, the probe's time is used. No elementtiming attribute is involved.",
  'Diagrams sized: the first frame in which every figure.diagram holds an SVG whose viewBox exceeds 24 px each way. Deck ready: <html data-deck-state> turning "ready".',
  'Bytes: every response whose request started before the title was painted, and all responses until the deck is ready and the network idle. Render-blocking: the responses Resource Timing marks renderBlockingStatus "blocking". Sizes are of the served files, gzipped here with zlib level 6: the local server sends them uncompressed.',
  'Long tasks: the sum of PerformanceObserver "longtask" durations (tasks over 50 ms) from navigation start until the deck is ready and the network idle. Total blocking time: the sum of each such task\'s time past 50 ms, until data-deck-state is ready.',
  'Layout shift: the sum of PerformanceObserver "layout-shift" scores (without recent input) until the deck is ready. Title moved: the largest change of the title\'s box (left, top, width, height) between the frame it first showed and the ready deck; a change of scale alone is not a layout shift to the browser, so both are reported.',
  "Phone: 412×823 CSS px at device pixel ratio 1.75, mobile emulation (touch, Android user agent: reveal.js's mobile path), 4× CPU, every text file served gzipped (level 6) by bench/serve-gzip.ts; no network throttling. Traced (devtools.timeline): style = UpdateLayoutTree, layout = Layout events on the page's main thread until ready; laid out before first paint = the dirty objects of every Layout before the firstContentfulPaint mark.",
  'Heap: CDP Runtime.getHeapUsage (used JS heap) after window.gc() (Chromium started with --js-flags=--expose-gc), after loading, after one walk through every slide, and after ten.',
  'PDF: exportPdf() from src/export/pdf.ts, slides kind, wall-clock (its own server, browser start and checks included). Where it refuses the deck, page.pdf of ?print-pdf (after data-deck-state="ready") is timed instead and the reason printed.',
]

function build(distDir: string): { ms: number; output: string } {
  const started = performance.now()
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    env: { ...process.env, DECK_OUT_DIR: distDir },
    encoding: 'utf8',
  })
  const elapsed = performance.now() - started
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`)
  return { ms: elapsed, output: run.stdout + run.stderr }
}

const byKind = (): Record<ResourceKind, Bytes> => ({
  script: emptyBytes(),
  style: emptyBytes(),
  font: emptyBytes(),
  html: emptyBytes(),
  image: emptyBytes(),
  other: emptyBytes(),
})

async function coldLoad(browser: Browser, server: StaticServer, distDir: string, profile: Profile): Promise<LoadFigures> {
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
    await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.deckState ?? ''), undefined, {
      timeout: 60_000,
    })
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
  const untilReady = (start: number) => f.deckStateAt === null || start < f.deckStateAt
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
    deckReady: f.deckStateAt,
    deckState: f.deckState,
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

async function heapAfterWalks(
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

interface PdfFigures {
  ms: number
  pages: number
  bytes: number
  /** How it was timed: exportPdf, or page.pdf of ?print-pdf where exportPdf refused the deck. */
  method: string
  error?: string
}

/**
 * The PDF export as a person runs it: exportPdf() with its checks. Where it refuses the deck (a
 * slide that does not fit, say), the reason is reported and the bare print (page.pdf of the print
 * view, ready signal included) is timed instead, so the figure still says how long printing takes.
 */
async function timePdf(distDir: string): Promise<PdfFigures> {
  const out = resolve(resultsDir, 'deck.pdf')
  const started = performance.now()
  try {
    const result = await exportPdf({ distDir, out })
    return { ms: performance.now() - started, pages: result.pages, bytes: result.bytes, method: 'exportPdf (src/export/pdf.ts)' }
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e)
    const server = await serveDir(distDir)
    const browser = await launchBrowser()
    try {
      const again = performance.now()
      const page = await browser.newPage({ viewport: VIEWPORT })
      await page.goto(`${server.url}?print-pdf`)
      await page.waitForFunction(() => document.documentElement.dataset.deckState === 'ready', undefined, { timeout: 60_000 })
      const buf = await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true })
      const pages = (buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
      return {
        ms: performance.now() - again,
        pages,
        bytes: buf.length,
        method: 'page.pdf of ?print-pdf (exportPdf refused the deck)',
        error,
      }
    } finally {
      await browser.close()
      await server.close()
    }
  }
}

function medians(loads: LoadFigures[]) {
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

function verdict(ok: boolean | undefined): string {
  return ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED'
}

async function main(): Promise<void> {
  const nodes = process.argv.indexOf('--nodes')
  if (process.argv.includes('--follow') && nodes > 0) return (await import('./cluster.ts')).runClusterBench(Number(process.argv[nodes + 1]))
  if (process.argv.includes('--follow')) {
    await (await import('./follow.ts')).runFollowBench()
    return (await import('./join-storm.ts')).runJoinStorm()
  }
  if (process.argv.includes('--remote')) return (await import('./remote.ts')).runRemoteBench()
  if (process.argv.includes('--room')) return (await import('./room.ts')).runRoomBench()
  const distArg = process.argv.indexOf('--dist')
  const prebuilt = distArg > 0 ? process.argv[distArg + 1] : undefined
  const distDir = resolve(root, prebuilt ?? 'dist-bench')
  const started = performance.now()

  let buildMs: number | undefined
  let buildNote = 'not built (--dist)'
  let captureNote = 'not built (--dist)'
  if (!prebuilt) {
    process.stdout.write(`building into ${distDir} … `)
    const b = build(distDir)
    buildMs = b.ms
    buildNote = /drew \d+ diagram/.test(b.output)
      ? 'diagrams drawn in the capture step'
      : 'diagrams from the capture cache, or none to draw'
    console.log(`${(b.ms / 1000).toFixed(1)} s`)
    const line = (label: string) => new RegExp(`\\[deck\\] ${label}: (.*)`).exec(b.output)?.[1]
    captureNote = `${line('diagram capture') ?? 'drawings from the cache'}; legibility check ${line('diagram legibility check') ?? 'not run'}`
  }
  if (!existsSync(resolve(distDir, 'index.html'))) throw new Error(`no index.html in ${distDir}`)
  const html = readFileSync(resolve(distDir, 'index.html'), 'utf8')
  const diagramsInHtml = (html.match(/<figure id="[^"]+" class="diagram/g) ?? []).length
  const diagramsDrawnInHtml = (html.match(/<figure id="[^"]+" class="diagram is-drawn[ "]/g) ?? []).length

  const server = await serveDir(distDir)
  const gzipServer = await serveGzipped(distDir)
  const browser = await launchBrowser({ extraArgs: ['--js-flags=--expose-gc'] })
  const chromium = browser.version()
  const loads: Record<number, LoadFigures[]> = {}
  const phoneLoads: LoadFigures[] = []
  let heap: Awaited<ReturnType<typeof heapAfterWalks>>
  try {
    await coldLoad(browser, server, distDir, desktop(1)) // warm-up: process start, disk cache of the OS
    for (const rate of RATES) {
      loads[rate] = []
      process.stdout.write(`${RUNS} cold loads at ${rate}× CPU `)
      for (let i = 0; i < RUNS; i++) {
        loads[rate].push(await coldLoad(browser, server, distDir, desktop(rate)))
        process.stdout.write('.')
      }
      console.log()
    }
    process.stdout.write(`${RUNS} cold loads on the phone profile `)
    for (let i = 0; i < RUNS; i++) {
      phoneLoads.push(await coldLoad(browser, gzipServer, distDir, PHONE))
      process.stdout.write('.')
    }
    console.log()
    process.stdout.write('heap over 1 and 10 walks … ')
    heap = await heapAfterWalks(browser, server)
    console.log('done')
  } finally {
    await browser.close()
    await server.close()
    await gzipServer.close()
  }

  let lighthouse: LighthouseRun[] | undefined
  if (process.argv.includes('--lighthouse')) {
    process.stdout.write('Lighthouse, mobile, gzipped, 3 runs ')
    lighthouse = await runLighthouse(distDir, 3, () => process.stdout.write('.'))
    console.log()
  }

  mkdirSync(resultsDir, { recursive: true })
  process.stdout.write('PDF export … ')
  const pdf = await timePdf(distDir)
  console.log(pdf.error ? `exportPdf failed, timed page.pdf instead (${pdf.pages} pages)` : `${pdf.pages} pages`)

  const normal = medians(loads[1]!)
  const slow = medians(loads[4]!)
  const heapGrowth = heap.afterTen / heap.afterOne - 1
  const phone = medians(phoneLoads)
  const allLoads = [...loads[1]!, ...loads[4]!, ...phoneLoads]
  const outside = [...new Set(allLoads.flatMap((l) => l.outsideRequests))]
  const consoleErrors = [...new Set(allLoads.flatMap((l) => l.consoleErrors))]
  const diagramsShippedDrawn = diagramsInHtml > 0 && diagramsDrawnInHtml === diagramsInHtml

  const gz = (b: { gzip?: number; raw?: number; requests?: number }) => `${kb(b.gzip)} (${kb(b.raw)} raw, ${b.requests ?? 0} req)`
  const rows: string[][] = [
    ['desktop 1280×720, median of cold loads', `normal CPU (n=${RUNS})`, `4× throttle (n=${RUNS})`, 'target (normal CPU)', ''],
    ['first contentful paint', ms(normal.fcp), ms(slow.fcp), '', ''],
    [
      "first slide's title painted (headline)",
      `${ms(normal.titlePainted)} (${normal.titleByPaintTiming}/${RUNS} by paint timing)`,
      `${ms(slow.titlePainted)} (${slow.titleByPaintTiming}/${RUNS} by paint timing)`,
      `< ${TARGETS.titlePaintMs} ms; < ${TARGETS.titlePaint4xMs} ms at 4×`,
      verdict(
        normal.titlePainted === undefined || slow.titlePainted === undefined
          ? undefined
          : normal.titlePainted < TARGETS.titlePaintMs && slow.titlePainted < TARGETS.titlePaint4xMs,
      ),
    ],
    ['  … probe: frame with the title visible began', ms(normal.titleFrame), ms(slow.titleFrame), '', ''],
    ['  … probe: that frame painted (main thread)', ms(normal.titleProbe), ms(slow.titleProbe), '', ''],
    ["reveal.js 'ready'", ms(normal.revealReady), ms(slow.revealReady), '', ''],
    [
      '  … loads with the title painted before it',
      `${normal.titleBeforeReveal}/${RUNS}`,
      `${slow.titleBeforeReveal}/${RUNS}`,
      `${RUNS}/${RUNS}`,
      verdict(normal.titleBeforeReveal === RUNS && slow.titleBeforeReveal === RUNS),
    ],
    [
      'layout shift until ready (CLS, worst load)',
      (normal.clsMax ?? 0).toFixed(3),
      (slow.clsMax ?? 0).toFixed(3),
      String(TARGETS.layoutShift),
      verdict((normal.clsMax ?? 0) <= TARGETS.layoutShift && (slow.clsMax ?? 0) <= TARGETS.layoutShift),
    ],
    [
      'title moved by reveal.js start (worst load)',
      `${normal.titleMovedMax.toFixed(1)} px`,
      `${slow.titleMovedMax.toFixed(1)} px`,
      '0 px',
      verdict(normal.titleMovedMax < 0.5 && slow.titleMovedMax < 0.5),
    ],
    ['total blocking time until ready', ms(normal.tbt), ms(slow.tbt), '', ''],
    [
      'every diagram at a real size',
      diagramsInHtml ? ms(normal.diagramsSized) : 'no diagrams',
      diagramsInHtml ? ms(slow.diagramsSized) : 'no diagrams',
      `< ${TARGETS.diagramsReadyMs} ms, or shipped drawn`,
      verdict(diagramsShippedDrawn || (normal.diagramsSized !== undefined && normal.diagramsSized < TARGETS.diagramsReadyMs)),
    ],
    ['deck ready (data-deck-state)', ms(normal.deckReady), ms(slow.deckReady), '', ''],
    ['long tasks, until ready + network idle', ms(normal.longTaskMs), ms(slow.longTaskMs), '', ''],
    ['  … of which before the title paint', ms(normal.longTaskMsBeforeTitle), ms(slow.longTaskMsBeforeTitle), '', ''],
    [
      'script requested before title paint (gzip)',
      gz(normal.beforeTitle.script),
      gz(slow.beforeTitle.script),
      `< ${kb(TARGETS.scriptBeforeTitleGzipBytes)}`,
      verdict(
        normal.beforeTitle.script.gzip === undefined ? undefined : normal.beforeTitle.script.gzip < TARGETS.scriptBeforeTitleGzipBytes,
      ),
    ],
    ['style requested before title paint (gzip)', gz(normal.beforeTitle.style), gz(slow.beforeTitle.style), '', ''],
    ['  … of which render-blocking (gzip)', gz(normal.blocking.style), gz(slow.blocking.style), '', ''],
    ['fonts requested before title paint', gz(normal.beforeTitle.font), gz(slow.beforeTitle.font), '', ''],
    ['HTML (gzip)', gz(normal.total.html), gz(slow.total.html), '', ''],
    ['script, all (gzip)', gz(normal.total.script), gz(slow.total.script), '', ''],
    ['style, all (gzip)', gz(normal.total.style), gz(slow.total.style), '', ''],
    ['fonts, all', gz(normal.total.font), gz(slow.total.font), '', ''],
    ['requests, all', String(normal.requests ?? 'n/a'), String(slow.requests ?? 'n/a'), '', ''],
  ]
  const phoneRows: string[][] = [
    ['phone 412×823, 4× CPU, gzipped, traced', `median (n=${RUNS})`, 'target', ''],
    ['first contentful paint', ms(phone.fcp), '', ''],
    [
      "first slide's title painted",
      `${ms(phone.titlePainted)} (${phone.titleByPaintTiming}/${RUNS} by paint timing)`,
      `< ${TARGETS.phoneTitlePaintMs} ms`,
      verdict(phone.titlePainted === undefined ? undefined : phone.titlePainted < TARGETS.phoneTitlePaintMs),
    ],
    ["reveal.js 'ready'", ms(phone.revealReady), '', ''],
    ['deck ready (data-deck-state)', ms(phone.deckReady), '', ''],
    [
      'total blocking time until ready',
      ms(phone.tbt),
      `< ${TARGETS.phoneTbtMs} ms`,
      verdict(phone.tbt === undefined ? undefined : phone.tbt < TARGETS.phoneTbtMs),
    ],
    ['long tasks until ready + network idle', ms(phone.longTaskMs), '', ''],
    ['style recalculation until ready (trace)', ms(phone.styleMs), '', ''],
    ['layout until ready (trace)', ms(phone.layoutMs), '', ''],
    ['layout objects laid out before first paint (trace)', String(phone.laidOutBeforeFcp ?? 'n/a'), '', ''],
    ['elements styled before first paint (trace)', String(phone.styledBeforeFcp ?? 'n/a'), '', ''],
    ['layout objects laid out until ready (trace)', String(phone.laidOutUntilReady ?? 'n/a'), '', ''],
    [
      'layout shift until ready (CLS, worst load)',
      (phone.clsMax ?? 0).toFixed(3),
      String(TARGETS.layoutShift),
      verdict((phone.clsMax ?? 0) <= TARGETS.layoutShift),
    ],
    ['title moved by reveal.js start (worst load)', `${phone.titleMovedMax.toFixed(1)} px`, '', ''],
    ['style requested before title paint (gzip)', gz(phone.beforeTitle.style), '', ''],
    ['  … of which render-blocking (gzip)', gz(phone.blocking.style), '', ''],
    ['script requested before title paint (gzip)', gz(phone.beforeTitle.script), '', ''],
  ]
  const lighthouseRows: string[][] | undefined = lighthouse && [
    ['Lighthouse 12 mobile (gzipped)', ...lighthouse.map((_, i) => `run ${i + 1}`), 'target', ''],
    [
      'performance score',
      ...lighthouse.map((r) => String(Math.round(r.score * 100))),
      `≥ ${TARGETS.lighthouseScore}, every run`,
      verdict(lighthouse.every((r) => r.score * 100 >= TARGETS.lighthouseScore)),
    ],
    ['first contentful paint', ...lighthouse.map((r) => ms(r.fcp)), '', ''],
    ['largest contentful paint', ...lighthouse.map((r) => ms(r.lcp)), '', ''],
    ['total blocking time', ...lighthouse.map((r) => ms(r.tbt)), '', ''],
    ['cumulative layout shift', ...lighthouse.map((r) => r.cls.toFixed(3)), '', ''],
    ['speed index', ...lighthouse.map((r) => ms(r.speedIndex)), '', ''],
  ]
  const once: string[][] = [
    ['once', 'value', 'target', ''],
    ['diagrams shipped drawn in the HTML', `${diagramsDrawnInHtml}/${diagramsInHtml}`, '', ''],
    [`JS heap after load (${heap.slides} slides)`, mb(heap.afterLoad), '', ''],
    ['JS heap after 1 walk through every slide', mb(heap.afterOne), '', ''],
    [
      'JS heap after 10 walks',
      `${mb(heap.afterTen)} (${heapGrowth >= 0 ? '+' : ''}${(heapGrowth * 100).toFixed(1)}%)`,
      `within ${TARGETS.heapGrowth * 100}% of 1 walk`,
      verdict(Math.abs(heapGrowth) <= TARGETS.heapGrowth),
    ],
    ['build (vite build, incl. capture)', buildMs === undefined ? buildNote : `${(buildMs / 1000).toFixed(1)} s (${buildNote})`, '', ''],
    ['of which diagram capture (slide / portrait drawings)', captureNote, '', ''],
    [
      `PDF export: ${pdf.method}`,
      `${(pdf.ms / 1000).toFixed(2)} s, ${pdf.pages} pages, ${kb(pdf.bytes)}`,
      `< ${TARGETS.pdfMs / 1000} s`,
      verdict(pdf.ms < TARGETS.pdfMs),
    ],
    ['requests to other hosts', String(outside.length), '0', verdict(outside.length === 0)],
    ['console errors during loads', String(consoleErrors.length), '0', verdict(consoleErrors.length === 0)],
  ]

  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium,
  }
  console.log(`\nBenchmark of ${distDir}: ${machine.cpus} CPU (${machine.cpuModel}), Chromium ${machine.chromium}, Node ${machine.node}\n`)
  console.log(table(rows))
  console.log()
  console.log(table(phoneRows))
  console.log()
  if (lighthouseRows) {
    console.log(table(lighthouseRows))
    console.log()
  }
  console.log(table(once))
  console.log(`\nHow it is measured:\n${METHOD.map((m) => `  - ${m}`).join('\n')}`)
  if (outside.length) console.log(`\nRequests to other hosts:\n${outside.map((u) => `  - ${u}`).join('\n')}`)
  if (pdf.error) console.log(`\nexportPdf refused the deck:\n${pdf.error}`)
  if (consoleErrors.length) console.log(`\nConsole errors:\n${consoleErrors.map((e) => `  - ${e}`).join('\n')}`)

  const result = {
    date: new Date().toISOString(),
    machine,
    distDir,
    runs: RUNS,
    method: METHOD,
    targets: TARGETS,
    normalCpu: normal,
    throttled4x: slow,
    phone,
    lighthouse,
    heap: { ...heap, growthAfterTen: heapGrowth },
    build: { ms: buildMs, note: buildNote, capture: captureNote },
    pdf,
    diagrams: { inHtml: diagramsInHtml, drawnInHtml: diagramsDrawnInHtml },
    outsideRequests: outside,
    consoleErrors,
    loads,
    phoneLoads,
    benchMs: performance.now() - started,
  }
  const file = resolve(resultsDir, `bench-${result.date.replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, JSON.stringify(result, null, 2))
  writeFileSync(resolve(resultsDir, 'latest.json'), JSON.stringify(result, null, 2))
  console.log(`\nFigures written to ${file} (and bench/results/latest.json); the whole run took ${(result.benchMs / 1000).toFixed(0)} s.`)
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
