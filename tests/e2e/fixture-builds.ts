import { spawn } from 'node:child_process'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * Every fixture deck the browser tests build, built once per run by global-setup.ts in the
 * background (two at a time) while the first files test the deck itself; a test asks for one
 * with fixtureBuild(name) (harness.ts), which waits for it. Built inside a test, each cost that
 * test's file its full build time, one after another.
 */
const root = resolve(import.meta.dirname, '../..')
const fixture = (path: string) => resolve(root, 'tests/fixtures', path)

export interface FixtureBuild {
  /** Over the run's environment: DECK_ENTRY (the fixture deck), DECK_CAPTURE, DECK_PUBLIC_URL, CHROMIUM_PATH… */
  env: Record<string, string>
  /** vite's --mode (e.g. 'single'). */
  mode?: string
  /** Built once this one is done: it reads the build cache that one fills. */
  after?: string
}

/** Broken decks fail before any drawing: built without capture, as an author's first build would be. */
const broken = (name: string, env: Record<string, string> = {}): FixtureBuild => ({
  env: { DECK_ENTRY: fixture(`broken/${name}.ts`), DECK_CAPTURE: '0', ...env },
})

export const BACKUP_PUBLIC_URL = 'https://example.org/talks/fixture/'
export const SHARING_PUBLIC_URL = 'https://example.org/talks/p2p/'

/**
 * In the order they are built: what files read first (the backup deck, the deck without capture,
 * the broken decks, which fail in seconds), then what they read last.
 */
export const FIXTURE_BUILDS = {
  // backup-share: the deck with backup slides and share pages; built again from the cache it filled;
  // then with one slide changed and no browser (the changed slide's picture is in no cache).
  backup: { env: { DECK_ENTRY: fixture('backup-deck.ts'), DECK_PUBLIC_URL: BACKUP_PUBLIC_URL } },
  // The deck itself, other ways (offline-csp, diagrams, sharing).
  'no-capture': { env: { DECK_CAPTURE: '0' } },
  // bad-input: one broken slide each; slides that do not fit (with and without a browser); long runs.
  'broken-markup': broken('broken-markup'),
  'invalid-mermaid': broken('invalid-mermaid'),
  'unknown-inline-citation': broken('unknown-inline-citation'),
  'interpreted-row-out-of-range': broken('interpreted-row-out-of-range'),
  'steps-on-timeline': broken('steps-on-timeline'),
  single: { env: { DECK_PUBLIC_URL: '' }, mode: 'single' },
  // diagram-types: a timeline captured at build time, and drawn by the reader's browser.
  timeline: { env: { DECK_ENTRY: fixture('timeline-deck.ts') } },
  'timeline-no-capture': { env: { DECK_ENTRY: fixture('timeline-deck.ts'), DECK_CAPTURE: '0' } },
  overflowing: broken('overflowing-slide'),
  'overflowing-no-browser': broken('overflowing-slide', { CHROMIUM_PATH: '/nonexistent/chromium' }),
  'long-runs': { env: { DECK_ENTRY: fixture('long-runs.ts'), DECK_CAPTURE: '0' } },
  'throwing-module': broken('throwing-module'),
  // bad-input: mermaid draws the hostile labels in Chromium at build time.
  injection: { env: { DECK_ENTRY: fixture('broken/injection.ts') } },
  'backup-again': { env: { DECK_ENTRY: fixture('backup-deck.ts'), DECK_PUBLIC_URL: BACKUP_PUBLIC_URL }, after: 'backup' },
  'backup-no-browser': {
    env: {
      DECK_ENTRY: fixture('backup-deck-changed.ts'),
      DECK_PUBLIC_URL: BACKUP_PUBLIC_URL,
      DECK_FIXTURE_TEXT: `fresh-${process.pid}-${Date.now()}`,
      CHROMIUM_PATH: '/nonexistent/chromium',
    },
    after: 'backup-again',
  },
  // sharing: the deck with a public URL (its share pages and QR code).
  'public-url': { env: { DECK_PUBLIC_URL: SHARING_PUBLIC_URL } },
  // diagrams: a diagram too wide to read (fails), one that takes a strip of its slide (warns).
  'long-labels': { env: { DECK_ENTRY: fixture('broken/long-labels.ts') } },
  'wide-row': { env: { DECK_ENTRY: fixture('broken/wide-row.ts') } },
} satisfies Record<string, FixtureBuild>

export type FixtureName = keyof typeof FIXTURE_BUILDS

/** What a fixture build left: vite's exit status and everything it printed, and the environment it had. */
export interface BuiltFixture {
  /** The output folder (index.html there only when the build passed). */
  dir: string
  status: number | null
  output: string
  env: Record<string, string>
}

/** Where a build's record is written when it is done (written whole, then renamed: never half-read). */
const recordFile = (buildsDir: string, name: string) => join(buildsDir, `${name}.json`)

/** The arguments of `vite build` for a deck. */
export function viteBuildArgs(mode?: string): string[] {
  return [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', ...(mode ? ['--mode', mode] : [])]
}

/** `vite build` into outDir without blocking: resolves with the exit status and everything it printed. */
export function buildAsync(
  outDir: string,
  env: Record<string, string>,
  mode?: string,
  signal?: AbortSignal,
): Promise<{ status: number | null; output: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, viteBuildArgs(mode), {
      cwd: root,
      env: { ...process.env, DECK_OUT_DIR: outDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.once('error', fail)
    child.once('close', (status) => ok({ status, output: `${stdout}\n${stderr}` }))
  })
}

/**
 * Builds every fixture deck into buildsDir, `parallel` at a time, each after the one it depends on;
 * resolves when all are done, or soon after `signal` aborts (a run of one file needs few of them).
 * A build that fails is recorded as failed (tests check the status), never thrown: a broken
 * fixture must not stop the others.
 */
export async function buildFixtures(buildsDir: string, signal: AbortSignal, parallel = 2): Promise<void> {
  const done = new Map<string, Promise<void>>()
  let running = 0
  const slots: (() => void)[] = []
  const slot = async () => {
    if (running >= parallel) await new Promise<void>((ok) => slots.push(ok))
    running++
  }
  const release = () => {
    running--
    slots.shift()?.()
  }
  const build = async (name: string, spec: FixtureBuild) => {
    if (spec.after) await done.get(spec.after)
    await slot()
    try {
      if (signal.aborted) return
      const dir = join(buildsDir, name)
      const { status, output } = await buildAsync(dir, spec.env, spec.mode, signal).catch((e: unknown) => ({
        status: null,
        output: String(e),
      }))
      const record: BuiltFixture = { dir, status, output, env: spec.env }
      writeFileSync(`${recordFile(buildsDir, name)}.part`, JSON.stringify(record))
      renameSync(`${recordFile(buildsDir, name)}.part`, recordFile(buildsDir, name))
    } finally {
      release()
    }
  }
  // In the order listed; a dependent build waits for its dependency, never holding a slot meanwhile.
  for (const [name, spec] of Object.entries(FIXTURE_BUILDS) as [string, FixtureBuild][]) done.set(name, build(name, spec))
  await Promise.all(done.values())
}

/** The record of a fixture build, or undefined while it is still being built. */
export function readFixture(buildsDir: string, name: FixtureName): BuiltFixture | undefined {
  const file = recordFile(buildsDir, name)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuiltFixture) : undefined
}
