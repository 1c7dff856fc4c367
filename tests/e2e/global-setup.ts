import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_ARGS, findBrowser, INSTALL_HINT } from '../../src/export/browser.ts'
import { buildAsync, buildFixtures } from './fixture-builds.ts'

const root = resolve(import.meta.dirname, '../..')

/**
 * Browser tests run against the built deck: `npm test` builds it first (a fresh clone has no
 * dist/). No browser, no run: the message says how to install one. One Chromium serves every file
 * (tests/e2e/harness.ts testBrowser connects to it): starting one per file cost seconds each; each
 * test still gets its own browser context.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = findBrowser()
  if (!executablePath) throw new Error(INSTALL_HINT)
  const dist = resolve(root, 'dist')
  const main = await buildAsync(dist, {})
  if (main.status !== 0) throw new Error(`vite build into ${dist} failed:\n${main.output}`)
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error('the build wrote no dist/index.html')
  project.provide('distDir', dist)
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launchServer({ headless: true, executablePath, args: [...CHROMIUM_ARGS] })
  project.provide('browserEndpoint', browser.wsEndpoint())
  // Every fixture deck, built in the background while the first files test the deck itself
  // (fixture-builds.ts); a test waits for the one it reads (fixtureBuild in harness.ts).
  const builds = mkdtempSync(join(tmpdir(), 'deck-e2e-builds-'))
  project.provide('buildsDir', builds)
  const stop = new AbortController()
  const fixtures = buildFixtures(builds, stop.signal)
  return async () => {
    // Every file is done: what is still building (a run of a few files) is not needed.
    stop.abort()
    await fixtures
    await browser.close()
    rmSync(builds, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string
    /** The run's one Chromium (a playwright browser server): testBrowser() connects to it. */
    browserEndpoint: string
    /** Where global setup builds the fixture decks of this run (fixture-builds.ts). */
    buildsDir: string
  }
}
