import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { relative, resolve } from 'node:path'

/** What a build of the deck is made from: a change to any of these makes dist/ stale. */
export const BUILD_SOURCES = ['slides', 'src', 'assets', 'index.html', 'vite.config.ts'] as const

/** The newest file under the given paths (files or folders), relative to root. */
export function newestSource(root: string, sources: readonly string[] = BUILD_SOURCES): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined
  const visit = (path: string) => {
    if (!existsSync(path)) return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (!entry.startsWith('.')) visit(resolve(path, entry))
    } else if (!newest || stat.mtimeMs > newest.mtimeMs) newest = { file: relative(root, path), mtimeMs: stat.mtimeMs }
  }
  for (const s of sources) visit(resolve(root, s))
  return newest
}

/**
 * Why the built deck in `outDir` needs a new build, or undefined when it is up to date: it has no
 * index.html, or a source file is newer than it.
 */
export function staleReason(root: string, outDir: string, sources: readonly string[] = BUILD_SOURCES): string | undefined {
  const html = resolve(outDir, 'index.html')
  const shown = relative(root, outDir) || outDir
  if (!existsSync(html)) return `${shown}/ has no index.html`
  const built = statSync(html).mtimeMs
  const newest = newestSource(root, sources)
  if (newest && newest.mtimeMs > built) return `${newest.file} is newer than ${shown}/`
  return undefined
}

/** Run `vite build` (with the project's own vite) into outDir; rejects with vite's output on failure. */
export function runViteBuild(root: string, options: { outDir?: string; mode?: string; quiet?: boolean } = {}): Promise<void> {
  const vite = resolve(root, 'node_modules/vite/bin/vite.js')
  const args = [vite, 'build', ...(options.mode ? ['--mode', options.mode] : [])]
  const env = { ...process.env, ...(options.outDir ? { DECK_OUT_DIR: resolve(root, options.outDir) } : {}) }
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: options.quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'] })
    let output = ''
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
    child.on('error', fail)
    child.on('close', (code) =>
      code === 0
        ? ok()
        : fail(
            new Error(`vite build${options.mode ? ` --mode ${options.mode}` : ''} failed (exit ${code})${output ? `:\n${output}` : ''}`),
          ),
    )
  })
}

/** Build the deck into outDir unless it is up to date. Returns why it built, or undefined if it did not. */
export async function ensureBuilt(root: string, outDir: string, log: (line: string) => void = () => {}): Promise<string | undefined> {
  const reason = staleReason(root, outDir)
  if (!reason) return undefined
  log(`building the deck: ${reason}`)
  await runViteBuild(root, { outDir })
  if (!existsSync(resolve(outDir, 'index.html'))) throw new Error(`the build wrote no ${relative(root, outDir) || outDir}/index.html`)
  return reason
}
