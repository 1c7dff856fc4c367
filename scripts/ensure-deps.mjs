#!/usr/bin/env node
/**
 * Installs the dependencies when they are missing or older than package-lock.json, so that
 * `npm test` and `npm start` each work on a fresh clone, in either order. It runs before anything
 * is installed, so it uses nothing but Node itself.
 *
 *   node scripts/ensure-deps.mjs          install if needed (npm's output is shown), else say nothing
 *   node scripts/ensure-deps.mjs --check  only say whether an install is needed, and why
 */
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Written after an install this script ran: npm leaves its own record untouched when nothing changed. */
export const STAMP = '.deck-deps-installed'

/**
 * Why an install is needed, or undefined when node_modules is fresh. Times are mtimes in ms;
 * `installed` is the newest record of an install (npm's node_modules/.package-lock.json or our stamp).
 */
export function installReason({ hasNodeModules, installed, lock }) {
  if (!hasNodeModules) return 'node_modules is missing'
  if (installed === undefined) return 'node_modules holds no record of an install (node_modules/.package-lock.json)'
  if (lock !== undefined && installed < lock) return 'package-lock.json is newer than node_modules'
  return undefined
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : undefined)

/** What the decision reads from a project folder. */
export function projectState(root) {
  const modules = join(root, 'node_modules')
  const records = [mtime(join(modules, '.package-lock.json')), mtime(join(modules, STAMP))].filter((t) => t !== undefined)
  return {
    hasNodeModules: existsSync(modules),
    installed: records.length ? Math.max(...records) : undefined,
    lock: mtime(join(root, 'package-lock.json')),
  }
}

function install(root, reason) {
  console.log(`[deps] ${reason}: running npm install`)
  // Under npm (npm test, npm start) npm_execpath is npm's own CLI: the same npm, wherever it is.
  const npm = process.env.npm_execpath
  const [command, args] = npm && /\.[cm]?js$/.test(npm) ? [process.execPath, [npm]] : ['npm', []]
  const run = spawnSync(command, [...args, 'install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' })
  if (run.status !== 0) {
    console.error(`[deps] npm install failed${run.error ? `: ${run.error.message}` : ` (exit ${run.status})`}`)
    process.exit(run.status || 1)
  }
  // A new file, never one hard-linked from another copy of node_modules.
  const stamp = join(root, 'node_modules', STAMP)
  rmSync(stamp, { force: true })
  writeFileSync(stamp, `${new Date().toISOString()}\n`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const reason = installReason(projectState(root))
  if (process.argv.includes('--check')) console.log(reason ? `install needed: ${reason}` : 'up to date')
  else if (reason) install(root, reason)
}
