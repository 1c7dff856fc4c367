import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_ARGS, findBrowser, INSTALL_HINT } from '../../src/export/browser.ts'

const root = resolve(import.meta.dirname, '../..')

/** `vite build` of a deck into its own folder: the exit status and everything it printed. */
export function runBuild(outDir: string, env: Record<string, string> = {}, mode?: string): { status: number | null; output: string } {
  const args = [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', ...(mode ? ['--mode', mode] : [])]
  const run = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, DECK_OUT_DIR: outDir, ...env }, encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` }
}

/** Build a deck with vite into its own folder; throws with vite's output when the build fails. */
export function buildDeck(outDir: string, env: Record<string, string> = {}, mode?: string): string {
  const { status, output } = runBuild(outDir, env, mode)
  if (status !== 0) throw new Error(`vite build into ${outDir} failed:\n${output}`)
  return output
}

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
  buildDeck(dist)
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error('the build wrote no dist/index.html')
  project.provide('distDir', dist)
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launchServer({ headless: true, executablePath, args: [...CHROMIUM_ARGS] })
  project.provide('browserEndpoint', browser.wsEndpoint())
  // Fixture decks built once per run, whichever files need them (buildOnce).
  const builds = mkdtempSync(join(tmpdir(), 'deck-e2e-builds-'))
  project.provide('buildsDir', builds)
  return async () => {
    await browser.close()
    rmSync(builds, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string
    /** The run's one Chromium (a playwright browser server): testBrowser() connects to it. */
    browserEndpoint: string
    /** Where buildOnce keeps the fixture decks it built in this run. */
    buildsDir: string
  }
}
