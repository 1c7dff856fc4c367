import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newestSource, staleReason } from './freshness.ts'

describe('staleReason', () => {
  let root: string
  const touch = (path: string, secondsAgo: number) => {
    const file = join(root, path)
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, 'x')
    const t = new Date(Date.now() - secondsAgo * 1000)
    utimesSync(file, t, t)
  }
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'deck-freshness-'))
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('asks for a build when there is no built index.html', () => {
    touch('slides/a.ts', 100)
    expect(staleReason(root, join(root, 'dist'))).toBe('dist/ has no index.html')
  })

  it('names the newest source that is newer than the build', () => {
    touch('dist/index.html', 50)
    touch('slides/a.ts', 100)
    touch('src/render/slide.ts', 10)
    touch('vite.config.ts', 200)
    expect(staleReason(root, join(root, 'dist'))).toBe(`${join('src', 'render', 'slide.ts')} is newer than dist/`)
  })

  it('is satisfied when every source is older than the build', () => {
    touch('slides/a.ts', 100)
    touch('index.html', 100)
    touch('assets/preview.png', 90)
    touch('dist/index.html', 50)
    expect(staleReason(root, join(root, 'dist'))).toBeUndefined()
  })

  it('ignores hidden files and paths that do not exist', () => {
    touch('dist/index.html', 50)
    touch('slides/.swp', 1)
    expect(newestSource(root, ['slides', 'nope'])).toBeUndefined()
    expect(staleReason(root, join(root, 'dist'))).toBeUndefined()
  })
})
