/**
 * The reference deck (`../shared/reference-deck/`): the deck a competent user would build instead
 * (reveal.js 6 through Vite, KaTeX through reveal.js's math plugin, mermaid drawn at run time on
 * `ready`). Absolute times on these shared machines differ two- to threefold between machines and
 * hours, so every speed figure is also given as a ratio to this deck, loaded in the same run.
 *
 * shared/ is read-only (CI lays it without write bits), so the deck is copied into the project's
 * cache and built there with the project's own Vite and packages (the same versions its
 * package.json asks for: reveal.js 6, mermaid 12, KaTeX 0.19); its `tsc --noEmit` step is skipped,
 * since type checking does not change what ships.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { resolve } from 'node:path'
import { root } from './paths.ts'

/** Beside the project as the steering repo lays it out; BENCH_REFERENCE_DECK names another place. */
export const REFERENCE_SOURCE = resolve(root, process.env.BENCH_REFERENCE_DECK ?? '../shared/reference-deck')
const WORK = resolve(root, 'node_modules/.cache/reference-deck')

/** Builds the reference deck and returns its dist directory; an error says what is missing. */
export function buildReferenceDeck(): string {
  if (!existsSync(resolve(REFERENCE_SOURCE, 'index.html'))) {
    throw new Error(`bench: the reference deck is not at ${REFERENCE_SOURCE} (it comes with the project's shared/ folder)`)
  }
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(WORK, { recursive: true })
  cpSync(REFERENCE_SOURCE, WORK, {
    recursive: true,
    filter: (path) => !/[/\\](node_modules|dist)([/\\]|$)/.test(path.slice(REFERENCE_SOURCE.length)),
  })
  symlinkSync(resolve(root, 'node_modules'), resolve(WORK, 'node_modules'), 'dir')
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, args, { cwd: WORK, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`bench: building the reference deck failed (${args.join(' ')}):\n${r.stdout}\n${r.stderr}`)
  }
  // Its prebuild step: KaTeX copied beside the deck, as reveal.js's math plugin loads it at run time.
  run(['scripts/copy-katex.mjs'])
  run([resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'])
  return resolve(WORK, 'dist')
}
