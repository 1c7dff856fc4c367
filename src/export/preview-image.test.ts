import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, pngSize } from './preview-image.ts'

describe('pngSize', () => {
  it('reads the size from the IHDR chunk', () => {
    const png = Buffer.alloc(24)
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png)
    png.writeUInt32BE(1200, 16)
    png.writeUInt32BE(630, 20)
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
  })

  it('refuses what is not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a, not quite a PNG header'))).toThrow(/not a PNG/)
  })
})

describe('assets/preview.png', () => {
  it('is committed at the link-preview size, so builds without a browser still ship it', () => {
    const png = readFileSync(resolve(import.meta.dirname, '../../assets/preview.png'))
    expect(pngSize(png)).toEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT })
    expect(png.byteLength).toBeLessThan(300 * 1024)
  })
})
