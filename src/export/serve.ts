import { createReadStream, realpathSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, resolve, sep } from 'node:path'
import { CONTENT_TYPES as TYPES } from './mime.ts'

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string
  close(): Promise<void>
}

export type Resolved = { ok: true; file: string } | { ok: false; status: 403 | 404; kind: 'traversal' | 'not-found'; why: string }

/**
 * The file a URL path names inside root (already a real path), or why not. `..`, encoded slashes,
 * NUL and symbolic links out of root are refused (403); folders are never listed (404).
 */
export function resolveStatic(root: string, pathname: string): Resolved {
  let path: string
  try {
    path = decodeURIComponent(pathname)
  } catch {
    return { ok: false, status: 403, kind: 'traversal', why: `undecodable path ${JSON.stringify(pathname)}` }
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').some((part) => part === '..') || /%2f/i.test(pathname))
    return { ok: false, status: 403, kind: 'traversal', why: `path outside the deck: ${JSON.stringify(pathname)}` }
  if (path.endsWith('/')) path += 'index.html'
  const candidate = resolve(root, `.${path}`)
  if (!candidate.startsWith(root + sep))
    return { ok: false, status: 403, kind: 'traversal', why: `path outside the deck: ${JSON.stringify(pathname)}` }
  let real: string
  try {
    real = realpathSync(candidate)
  } catch {
    return { ok: false, status: 404, kind: 'not-found', why: `no file ${JSON.stringify(pathname)}` }
  }
  if (!real.startsWith(root + sep))
    return { ok: false, status: 403, kind: 'traversal', why: `link out of the deck: ${JSON.stringify(pathname)}` }
  if (!statSync(real).isFile())
    return { ok: false, status: 404, kind: 'not-found', why: `not a file (no listings): ${JSON.stringify(pathname)}` }
  return { ok: true, file: real }
}

/**
 * Serve a folder on 127.0.0.1 on a free port: what the exporter, the capture step, the tests and
 * the benchmark open. Plain files only, no directory listing, nothing outside the folder.
 */
export async function serveDir(dir: string, options: { gzip?: boolean; prefix?: string } = {}): Promise<StaticServer> {
  const root = realpathSync(resolve(dir))
  const prefix = options.prefix ?? '/'
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1')
    const found = pathname.startsWith(prefix) ? resolveStatic(root, pathname.slice(prefix.length - 1)) : undefined
    if (!found?.ok) {
      res.writeHead(found?.status ?? 404, { 'content-type': 'text/plain' }).end(found?.status === 403 ? 'forbidden' : 'not found')
      return
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream',
      'content-length': statSync(found.file).size,
      'cache-control': 'no-store',
    })
    createReadStream(found.file).pipe(res)
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => ok())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
