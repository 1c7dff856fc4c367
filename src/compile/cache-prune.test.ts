import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CACHE_MAX_AGE_MS, pruneCache, staleEntries, touchCacheFiles } from './cache-prune.ts'

const DAY = 24 * 60 * 60 * 1000

describe('staleEntries', () => {
  it('names the entries unused for longer than the maximum age, and only those', () => {
    const now = 100 * DAY
    const entries = [
      { name: 'fresh.png', mtimeMs: now - DAY },
      { name: 'edge.png', mtimeMs: now - CACHE_MAX_AGE_MS },
      { name: 'old.png', mtimeMs: now - CACHE_MAX_AGE_MS - 1 },
    ]
    expect(staleEntries(entries, now)).toEqual(['old.png'])
  })
})

describe('pruneCache', () => {
  let dir: string | undefined
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

  it('removes the files no build has used for two weeks, and keeps a file touched since', () => {
    dir = mkdtempSync(join(tmpdir(), 'deck-cache-'))
    const now = Date.now()
    const old = new Date(now - 30 * DAY)
    for (const name of ['kept.svg', 'stale.svg', 'used-again.svg']) {
      writeFileSync(join(dir, name), name)
      if (name !== 'kept.svg') utimesSync(join(dir, name), old, old)
    }
    touchCacheFiles([join(dir, 'used-again.svg'), join(dir, 'gone.svg')], new Date(now))
    expect(pruneCache(dir, now)).toBe(1)
    expect(['kept.svg', 'stale.svg', 'used-again.svg'].map((n) => existsSync(join(dir!, n)))).toEqual([true, false, true])
  })

  it('finds nothing to remove in a folder that does not exist', () => {
    expect(pruneCache(join(tmpdir(), 'deck-cache-never-made'))).toBe(0)
  })
})
