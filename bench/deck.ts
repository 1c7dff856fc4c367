/**
 * The deck's benchmark (`npm run bench`, the default mode): build the deck, serve it on 127.0.0.1,
 * and measure cold loads in headless Chromium: a desktop window at normal CPU and with 4× CPU
 * throttling, and a phone (412×823, mobile emulation, 4× CPU, served gzipped, traced); then memory
 * over repeated walks through the deck, and the PDF export. Prints tables and writes the figures to
 * bench/results/. What each part measures lives in its own module: page-loads.ts, phone.ts
 * (and lighthouse.ts), pdf.ts.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { findBrowser, launchBrowser } from '../src/export/browser.ts'
import { serveDir } from '../src/export/serve.ts'
import { runLighthouse, type LighthouseRun } from './lighthouse.ts'
import { coldLoad, desktop, heapAfterWalks, medians, PHONE, RATES, RUNS, type LoadFigures, type Profile } from './page-loads.ts'
import { resultsDir, root } from './paths.ts'
import { benchPdf, pdfRow } from './pdf.ts'
import { lighthouseTable, phoneTable } from './phone.ts'
import { buildReferenceDeck } from './reference-deck.ts'
import { referenceTable, type Side } from './reference-table.ts'
import { serveGzipped } from './serve-gzip.ts'
import { kb, mb, ms, table } from './stats.ts'
import { TARGETS, verdict } from './targets.ts'

const METHOD = [
  'Cold loads: a fresh browser context per load, HTTP cache disabled (CDP Network.setCacheDisabled), one discarded warm-up load first.',
  'CPU throttling: CDP Emulation.setCPUThrottlingRate (1 = normal, 4 = four times slower).',
  "Title painted: a requestAnimationFrame probe finds the first frame in which the first slide's h1/h2 is laid out, visible and not transparent (reveal.js shows the whole slide at once), and posts a task from it that runs once the frame has painted on the main thread. The headline is the paint-timing time of that frame as the browser reports it (first-contentful-paint, or the largest-contentful-paint entry of an element of the first slide, whichever falls in that frame: both are presentation times); where no entry falls in that frame, the probe's time is used. No elementtiming attribute is involved.",
  'Diagrams sized: the first frame in which every figure.diagram holds an SVG whose viewBox exceeds 24 px each way. Deck ready: <html data-deck-state> turning "ready".',
  'Bytes: every response whose request started before the title was painted, and all responses until the deck is ready and the network idle. Render-blocking: the responses Resource Timing marks renderBlockingStatus "blocking". Sizes are of the served files, gzipped here with zlib level 6: the local server sends them uncompressed.',
  'Long tasks: the sum of PerformanceObserver "longtask" durations (tasks over 50 ms) from navigation start until the deck is ready and the network idle. Total blocking time: the sum of each such task\'s time past 50 ms, until data-deck-state is ready.',
  'Layout shift: the sum of PerformanceObserver "layout-shift" scores (without recent input) until the deck is ready. Title moved: the largest change of the title\'s box (left, top, width, height) between the frame it first showed and the ready deck; a change of scale alone is not a layout shift to the browser, so both are reported.',
  "Phone: 412×823 CSS px at device pixel ratio 1.75, mobile emulation (touch, Android user agent: reveal.js's mobile path), 4× CPU, every text file served gzipped (level 6) by bench/serve-gzip.ts; no network throttling. Traced (devtools.timeline): style = UpdateLayoutTree, layout = Layout events on the page's main thread until ready; laid out before first paint = the dirty objects of every Layout before the firstContentfulPaint mark.",
  "Reference deck: ../shared/reference-deck (reveal.js 6 + Vite + KaTeX + mermaid drawn at run time, as their documentation advises), built in the same run with the project's packages and loaded under the same profiles, each of its loads right after one of the deck's (interleaved), so both see the same machine. Its readiness: reveal.js 'ready' and every pre.mermaid drawn at a real size. Ratios are the deck's median over the reference deck's median, with a 95 % percentile-bootstrap interval (2,000 resamples of each side's loads, seeded).",
  'Free for a key: the end of the last long task (over 50 ms) that starts before the deck is ready, or the title paint if later: from then on a key press is handled within 50 ms.',
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

/** The deck's benchmark: build (unless `dist` is given), cold loads, the phone, memory, the PDF; tables and bench/results/. */
export async function runDeckBench({ dist: prebuilt, lighthouse: withLighthouse }: { dist?: string; lighthouse: boolean }): Promise<void> {
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

  let referenceDir: string | undefined
  process.stdout.write('building the reference deck … ')
  try {
    referenceDir = buildReferenceDeck()
    console.log('done')
  } catch (e) {
    console.log(`skipped: ${e instanceof Error ? e.message : String(e)}`)
  }

  const server = await serveDir(distDir)
  const gzipServer = await serveGzipped(distDir)
  const refServer = referenceDir ? await serveDir(referenceDir) : undefined
  const refGzipServer = referenceDir ? await serveGzipped(referenceDir) : undefined
  const refLoads: Record<number, LoadFigures[]> = {}
  const refPhoneLoads: LoadFigures[] = []
  /** One load of the reference deck under the same profile, right after the deck's (interleaved). */
  const referenceLoad = async (profile: Profile, gzip: boolean, into: LoadFigures[]) => {
    const s = gzip ? refGzipServer : refServer
    if (s && referenceDir) into.push(await coldLoad(browser, s, referenceDir, profile, 'reference'))
  }
  const browser = await launchBrowser({ use: 'reader', extraArgs: ['--js-flags=--expose-gc'] })
  const chromium = browser.version()
  const loads: Record<number, LoadFigures[]> = {}
  const phoneLoads: LoadFigures[] = []
  let heap: Awaited<ReturnType<typeof heapAfterWalks>>
  try {
    await coldLoad(browser, server, distDir, desktop(1)) // warm-up: process start, disk cache of the OS
    await referenceLoad(desktop(1), false, [])
    for (const rate of RATES) {
      loads[rate] = []
      refLoads[rate] = []
      process.stdout.write(`${RUNS} cold loads at ${rate}× CPU${referenceDir ? ', each with one of the reference deck' : ''} `)
      for (let i = 0; i < RUNS; i++) {
        loads[rate].push(await coldLoad(browser, server, distDir, desktop(rate)))
        await referenceLoad(desktop(rate), false, refLoads[rate])
        process.stdout.write('.')
      }
      console.log()
    }
    process.stdout.write(`${RUNS} cold loads on the phone profile `)
    for (let i = 0; i < RUNS; i++) {
      phoneLoads.push(await coldLoad(browser, gzipServer, distDir, PHONE))
      await referenceLoad(PHONE, true, refPhoneLoads)
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
    await refServer?.close()
    await refGzipServer?.close()
  }

  let lighthouse: LighthouseRun[] | undefined
  if (withLighthouse) {
    process.stdout.write('Lighthouse, mobile, gzipped, 3 runs ')
    lighthouse = await runLighthouse(distDir, 3, () => process.stdout.write('.'))
    console.log()
  }

  mkdirSync(resultsDir, { recursive: true })
  const pdf = await benchPdf(distDir)

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
  const phoneRows = phoneTable(phone)
  const sides: Side[] = referenceDir
    ? [
        { label: 'desktop, normal CPU', deck: loads[1]!, reference: refLoads[1]!, rate: 1 },
        { label: 'desktop, 4× CPU', deck: loads[4]!, reference: refLoads[4]!, rate: 4 },
        { label: 'phone, 4× CPU', deck: phoneLoads, reference: refPhoneLoads, rate: 4 },
      ]
    : []
  const referenceRows = sides.length ? referenceTable(sides) : undefined
  const lighthouseRows = lighthouse && lighthouseTable(lighthouse, phone)
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
    pdfRow(pdf),
    ['requests to other hosts', String(outside.length), '0', verdict(outside.length === 0)],
    ['console errors during loads', String(consoleErrors.length), '0', verdict(consoleErrors.length === 0)],
  ]

  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium,
    // The loads run in a reader's browser; the build drew and checked in the automation one.
    loadsIn: findBrowser(process.env, 'reader'),
    builtWith: findBrowser(process.env, 'automation'),
  }
  console.log(
    `\nBenchmark of ${distDir}: ${machine.cpus} CPU (${machine.cpuModel}), Chromium ${machine.chromium} (loads in ${machine.loadsIn}, build checks in ${machine.builtWith}), Node ${machine.node}\n`,
  )
  if (referenceRows) {
    console.log(table(referenceRows))
    console.log()
  }
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
    reference: sides.map((s) => ({ label: s.label, medians: medians(s.reference) })),
    lighthouse,
    heap: { ...heap, growthAfterTen: heapGrowth },
    build: { ms: buildMs, note: buildNote, capture: captureNote },
    pdf,
    diagrams: { inHtml: diagramsInHtml, drawnInHtml: diagramsDrawnInHtml },
    outsideRequests: outside,
    consoleErrors,
    loads,
    phoneLoads,
    referenceLoads: { ...refLoads, phone: refPhoneLoads },
    benchMs: performance.now() - started,
  }
  const file = resolve(resultsDir, `bench-${result.date.replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, JSON.stringify(result, null, 2))
  writeFileSync(resolve(resultsDir, 'latest.json'), JSON.stringify(result, null, 2))
  console.log(`\nFigures written to ${file} (and bench/results/latest.json); the whole run took ${(result.benchMs / 1000).toFixed(0)} s.`)
}
