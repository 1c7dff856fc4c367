import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ResolvedConfig } from 'vite'
import { deckPreviewImage } from './preview-plugin.ts'

/** Run the plugin's hooks the way Vite does, with a fake plugin context. */
function run(root: string, mode: string, options: Parameters<typeof deckPreviewImage>[0] = {}) {
  const plugin = deckPreviewImage(options)
  const ctx = {
    emitFile: vi.fn(),
    warn: vi.fn(),
    error: vi.fn((m: string) => {
      throw new Error(m)
    }),
  }
  ;(plugin.configResolved as (c: ResolvedConfig) => void)({ root, mode } as ResolvedConfig)
  ;(plugin.generateBundle as unknown as (this: typeof ctx) => void).call(ctx)
  return ctx
}

describe('deck:preview', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'deck-preview-'))
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('emits assets/preview.png as preview.png beside index.html', () => {
    writeFileSync(join(root, 'preview.png'), 'png bytes')
    const ctx = run(root, 'production', { image: 'preview.png' })
    expect(ctx.emitFile).toHaveBeenCalledWith({ type: 'asset', fileName: 'preview.png', source: Buffer.from('png bytes') })
  })

  it('leaves the single-file build one file', () => {
    writeFileSync(join(root, 'preview.png'), 'png bytes')
    expect(run(root, 'single', { image: 'preview.png' }).emitFile).not.toHaveBeenCalled()
  })

  it('warns when the image is missing, and fails the build when the tags would point at it', () => {
    const ctx = run(root, 'production', { image: 'preview.png' })
    expect(ctx.warn).toHaveBeenCalledWith(expect.stringContaining('npm run preview-image'))
    expect(() => run(root, 'production', { image: 'preview.png', publicUrl: 'https://example.org/' })).toThrow(/preview\.png is missing/)
  })
})
