import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

export type ResourceKind = 'script' | 'style' | 'font' | 'html' | 'image' | 'other'

/** Bytes of a group of responses: as served (the local server does not compress) and gzipped. */
export interface Bytes {
  requests: number
  raw: number
  gzip: number
}

export const emptyBytes = (): Bytes => ({ requests: 0, raw: 0, gzip: 0 })

export function kindOf(path: string): ResourceKind {
  const ext = extname(path).toLowerCase()
  if (ext === '.js' || ext === '.mjs') return 'script'
  if (ext === '.css') return 'style'
  if (ext === '.woff2' || ext === '.woff' || ext === '.ttf') return 'font'
  if (ext === '.html' || ext === '') return 'html'
  if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.gif', '.ico'].includes(ext)) return 'image'
  return 'other'
}

/**
 * Raw and gzip size of each served file, computed here with zlib (level 6, zlib's and most
 * servers' default) because the benchmark's server sends files uncompressed. Fonts are already
 * compressed (woff2); their gzip size is reported as computed all the same.
 */
export function createSizer(
  distDir: string,
  baseUrl: string,
): (url: string) => { kind: ResourceKind; raw: number; gzip: number } | undefined {
  const cache = new Map<string, { kind: ResourceKind; raw: number; gzip: number }>()
  return (url) => {
    if (!url.startsWith(baseUrl)) return undefined
    let path = decodeURIComponent(new URL(url).pathname.slice(new URL(baseUrl).pathname.length))
    if (path === '' || path.endsWith('/')) path += 'index.html'
    const hit = cache.get(path)
    if (hit) return hit
    const file = normalize(join(distDir, path))
    if (!existsSync(file) || !statSync(file).isFile()) return undefined
    const buf = readFileSync(file)
    const size = { kind: kindOf(path), raw: buf.length, gzip: gzipSync(buf, { level: 6 }).length }
    cache.set(path, size)
    return size
  }
}
