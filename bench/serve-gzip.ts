import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { StaticServer } from '../src/export/serve.ts'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** Already compressed: gzip would only add bytes. */
const PRECOMPRESSED = new Set(['.woff2', '.png', '.jpg', '.webp'])

/**
 * The built deck served as any real static host serves it: text files gzipped (level 6, the
 * usual default) to a browser that accepts gzip. The benchmark's phone profile and Lighthouse use
 * it; the desktop profile keeps the plain server (src/export/serve.ts) its figures were taken with.
 * Compressed once per file and kept in memory, so compression time is not part of a load.
 */
export async function serveGzipped(dir: string): Promise<StaticServer> {
  const root = resolve(dir)
  const cache = new Map<string, { raw: Buffer; gzip: Buffer | undefined }>()
  const server: Server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
    if (path.endsWith('/')) path += 'index.html'
    const file = normalize(join(root, path))
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    let entry = cache.get(file)
    if (!entry) {
      const raw = readFileSync(file)
      entry = { raw, gzip: PRECOMPRESSED.has(extname(file)) ? undefined : gzipSync(raw, { level: 6 }) }
      cache.set(file, entry)
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    const body = gzip ? entry.gzip! : entry.raw
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    })
    res.end(body)
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => ok())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
