import { existsSync } from 'node:fs'
import type { Browser, LaunchOptions } from 'playwright-core'

/** Where a browser is looked for, in order. Nothing here downloads a browser. */
export const BROWSER_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] as const

export const INSTALL_HINT =
  'No Chromium or Chrome was found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or set CHROMIUM_PATH to the browser executable. Nothing here downloads a browser.'

/** The browser executable: CHROMIUM_PATH first, then the usual system paths; undefined if none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.CHROMIUM_PATH?.trim()
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined
  return BROWSER_CANDIDATES.find((p) => existsSync(p))
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
 * and without the background-networking flags it tries Google's hosts at every start.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
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
export async function launchBrowser(options: LaunchOptions & { extraArgs?: string[] } = {}): Promise<Browser> {
  const executablePath = findBrowser()
  if (!executablePath) throw new BrowserNotFoundError()
  const { chromium } = await import('playwright-core')
  const { extraArgs = [], ...rest } = options
  return chromium.launch({ headless: true, ...rest, executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] })
}
