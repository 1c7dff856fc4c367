import { existsSync } from 'node:fs'
import type { Browser, LaunchOptions } from 'playwright-core'

/**
 * What a browser is for. `automation`: the build's drawing and checks, the exports, the tests;
 * Chromium's headless shell (Debian's chromium-headless-shell, what playwright itself launches for
 * headless runs) does these with the same Blink and opens a page for about a third of the CPU of
 * the full browser, whose every page is a window with the browser's own UI behind it.
 * `reader`: the benchmark's page loads and Lighthouse, which stand in for a reader's browser, so
 * the full one.
 */
export type BrowserUse = 'automation' | 'reader'

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell'
const FULL_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] as const

/** Where a browser is looked for, in order, for each use. Nothing here downloads a browser. */
export const BROWSER_CANDIDATES: Record<BrowserUse, readonly string[]> = {
  automation: [HEADLESS_SHELL, ...FULL_BROWSERS],
  reader: [...FULL_BROWSERS, HEADLESS_SHELL],
}

/** The line a command's usage gives to where its browser comes from. */
export const BROWSER_NOTE = `The browser is CHROMIUM_PATH, else the first of ${BROWSER_CANDIDATES.automation.join(', ')}.`

export const INSTALL_HINT =
  'No Chromium or Chrome was found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`, ' +
  'and chromium-headless-shell for faster builds and tests) or set CHROMIUM_PATH to the browser ' +
  'executable. Nothing here downloads a browser.'

/** The browser executable: CHROMIUM_PATH first, then the usual system paths for the use; undefined if none. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  use: BrowserUse = 'automation',
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const fromEnv = env.CHROMIUM_PATH?.trim()
  if (fromEnv) return exists(fromEnv) ? fromEnv : undefined
  return BROWSER_CANDIDATES[use].find((p) => exists(p))
}

export class BrowserNotFoundError extends Error {
  constructor() {
    super(
      process.env.CHROMIUM_PATH
        ? `CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", which does not exist. ${INSTALL_HINT}`
        : INSTALL_HINT,
    )
    this.name = 'BrowserNotFoundError'
  }
}

/**
 * Flags for a headless Chromium that makes no outside connection: as root it needs --no-sandbox,
 * and without the background-networking flags it tries Google's hosts at every start. The headless
 * shell hints fonts by default, snapping glyph advances to whole pixels: text then measures up to
 * tens of pixels wider or narrower than in a reader's browser, so the build's fit check and its
 * drawings would describe a page nobody sees. Without hinting it lays text out exactly as the full
 * browser does (on which the flag changes nothing).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--font-render-hinting=none',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--mute-audio',
] as const

/** Launch the system browser headless through playwright-core. */
export async function launchBrowser(options: LaunchOptions & { extraArgs?: string[]; use?: BrowserUse } = {}): Promise<Browser> {
  const { use = 'automation', ...launch } = options
  const executablePath = findBrowser(process.env, use)
  if (!executablePath) throw new BrowserNotFoundError()
  const { chromium } = await import('playwright-core')
  const { extraArgs = [], ...rest } = launch
  return chromium.launch({ headless: true, ...rest, executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] })
}
