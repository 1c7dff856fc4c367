import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs'
import { resolve } from 'node:path'

/** How long a build cache keeps a file no build has used: two weeks of edits to a slide. */
export const CACHE_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000

/**
 * The entries of a build cache to remove: those no build has used for longer than maxAgeMs (a
 * used entry is touched, so its mtime is its last use). Not "unused by this build": the tests'
 * fixture decks share the cache with the real deck, and each would evict the others' drawings.
 */
export function staleEntries(entries: readonly { name: string; mtimeMs: number }[], now: number, maxAgeMs = CACHE_MAX_AGE_MS): string[] {
  return entries.filter((e) => now - e.mtimeMs > maxAgeMs).map((e) => e.name)
}

/** Marks cache files as used now, so pruning keeps them. A file gone meanwhile is no error. */
export function touchCacheFiles(files: Iterable<string>, now = new Date()): void {
  for (const file of files) {
    try {
      utimesSync(file, now, now)
    } catch {
      // Removed by another build since it was read: nothing to keep.
    }
  }
}

/** Removes a cache folder's stale files (staleEntries); returns how many. A missing folder has none. */
export function pruneCache(dir: string, now = Date.now(), maxAgeMs = CACHE_MAX_AGE_MS): number {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return 0
  }
  const entries = names.flatMap((name) => {
    try {
      const stat = statSync(resolve(dir, name))
      return stat.isFile() ? [{ name, mtimeMs: stat.mtimeMs }] : []
    } catch {
      return []
    }
  })
  const stale = staleEntries(entries, now, maxAgeMs)
  for (const name of stale) rmSync(resolve(dir, name), { force: true })
  return stale.length
}
