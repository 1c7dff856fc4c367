import { describe, expect, it } from 'vitest'
import { chooseEncoding, compressible } from './compress.ts'
import { isHashedAsset } from './static.ts'

describe('serving compressed files', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['identity', 'identity'],
    ['GZIP', 'gzip'],
  ] as const)('Accept-Encoding %j: %s', (header, want) => {
    expect(chooseEncoding(header, ['br', 'gzip'])).toBe(want)
  })

  it('offers only the forms that exist', () => {
    expect(chooseEncoding('br, gzip', ['gzip'])).toBe('gzip')
    expect(chooseEncoding('br, gzip', [])).toBe('identity')
  })

  it('compresses text, not fonts or images', () => {
    expect(['text/javascript; charset=utf-8', 'image/svg+xml', 'application/json'].map(compressible)).toEqual([true, true, true])
    expect(['font/woff2', 'image/png', 'image/webp'].map(compressible)).toEqual([false, false, false])
  })

  it.each([
    ['assets/index-BJjtoHql.js', true],
    ['assets/KaTeX_Main-Bold-Cx986IdX.woff2', true],
    ['assets/chunk-2Q5K7J3B-C1jixKkw.js', true],
    ['index.html', false],
    ['preview.png', false],
    ['assets/logo.svg', false],
    ['share/slide-abcdefgh.html', false],
  ])('%s is content-hashed: %s', (path, hashed) => {
    expect(isHashedAsset(path)).toBe(hashed)
  })
})
