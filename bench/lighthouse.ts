/**
 * `npm run bench -- --lighthouse`: Lighthouse with its mobile defaults (412×823 phone, 4× CPU,
 * simulated slow 4G), its four categories, against the built deck served gzipped on 127.0.0.1, in
 * the system Chromium (the project's own browser lookup and offline flags). A fresh browser per
 * run, as a user's Lighthouse starts one. Optional: not part of `npm test`; a run takes about
 * fifteen seconds.
 */
import { CHROMIUM_ARGS, BrowserNotFoundError, findBrowser } from '../src/export/browser.ts'
import { serveGzipped } from './serve-gzip.ts'

export interface LighthouseRun {
  /** 0–1, as Lighthouse reports it. */
  score: number
  /** The other categories, 0–1. */
  accessibility: number
  bestPractices: number
  seo: number
  /** Audits below a full score in those three categories, by id: what to fix. */
  failing: string[]
  fcp: number
  lcp: number
  tbt: number
  cls: number
  speedIndex: number
}

export async function runLighthouse(distDir: string, runs: number, onRun: () => void = () => {}): Promise<LighthouseRun[]> {
  const chromePath = findBrowser(process.env, 'reader')
  if (!chromePath) throw new BrowserNotFoundError()
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')])
  const server = await serveGzipped(distDir)
  const results: LighthouseRun[] = []
  try {
    for (let i = 0; i < runs; i++) {
      // chrome-launcher adds its own flags; ours keep the browser from calling any other host.
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] })
      let result: Awaited<ReturnType<typeof lighthouse>>
      try {
        result = await lighthouse(server.url, {
          port: chrome.port,
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          output: 'json',
          logLevel: 'error',
        })
      } finally {
        chrome.kill()
      }
      const lhr = result?.lhr
      if (!lhr) throw new Error('Lighthouse returned no result')
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
      const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN
      const category = (id: string) => lhr.categories[id]?.score ?? NaN
      const failing = ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id}`),
      )
      results.push({
        score: category('performance'),
        accessibility: category('accessibility'),
        bestPractices: category('best-practices'),
        seo: category('seo'),
        failing,
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        speedIndex: value('speed-index'),
      })
      onRun()
    }
  } finally {
    await server.close()
  }
  return results
}
