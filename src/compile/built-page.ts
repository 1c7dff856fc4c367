import { basename, dirname } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../export/browser.ts'
import { serveDir } from '../export/serve.ts'

/** The built page served on 127.0.0.1 and one headless Chromium to open it in. */
export interface BuiltPage {
  browser: Browser
  /** The page's URL on the local server. */
  url: string
  /** The server's base URL: requests elsewhere are refused by the checks. */
  origin: string
}

/**
 * Serves the folder of `htmlFile` and starts one browser for every check the build runs on the
 * page (overflow, legibility): each check opens its own contexts, so they share the start-up.
 */
export async function withBuiltPage<T>(htmlFile: string, run: (page: BuiltPage) => Promise<T>): Promise<T> {
  const server = await serveDir(dirname(htmlFile))
  const browser = await launchBrowser()
  try {
    return await run({ browser, url: `${server.url}${basename(htmlFile)}`, origin: server.url })
  } finally {
    await browser.close()
    await server.close()
  }
}
