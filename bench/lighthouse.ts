/**
 * `npm run bench -- --lighthouse`: Lighthouse's performance category with its mobile defaults
 * (412×823 phone, 4× CPU, simulated slow 4G), against the built deck served gzipped on 127.0.0.1,
 * in the system Chromium (the project's own browser lookup and offline flags). Optional: not part
 * of `npm test`, and a run takes about ten seconds.
 */
import { CHROMIUM_ARGS, BrowserNotFoundError, findBrowser } from '../src/export/browser.ts'
import { serveGzipped } from './serve-gzip.ts'

export interface LighthouseRun {
  /** 0–1, as Lighthouse reports it. */
  score: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  speedIndex: number
}

export async function runLighthouse(distDir: string, runs: number, onRun: () => void = () => {}): Promise<LighthouseRun[]> {
  const chromePath = findBrowser()
  if (!chromePath) throw new BrowserNotFoundError()
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')])
  const server = await serveGzipped(distDir)
  // chrome-launcher adds its own flags; ours keep the browser from calling any other host.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] })
  const results: LighthouseRun[] = []
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(server.url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' })
      const lhr = result?.lhr
      if (!lhr) throw new Error('Lighthouse returned no result')
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
      const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN
      results.push({
        score: lhr.categories.performance?.score ?? NaN,
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        speedIndex: value('speed-index'),
      })
      onRun()
    }
  } finally {
    chrome.kill()
    await server.close()
  }
  return results
}
