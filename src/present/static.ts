import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, realpathSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, relative, sep } from 'node:path'
import { escapeAttr } from '../render/escape.ts'
import { CONTENT_TYPES as TYPES } from '../export/mime.ts'
import { resolveStatic } from '../export/serve.ts'
import { compressible, compressVariants, chooseEncoding, type Encoding } from './compress.ts'
import { FOLLOW_META } from './protocol.ts'
import { ROOM_META } from './room-protocol.ts'
import type { Rejections } from './rejections.ts'

/**
 * The deck's HTML with the follow marker: the follow plugin starts only on a page that carries it,
 * so the same dist/ on any other server (or from file://) behaves as before and makes no request.
 */
export function markFollowPage(html: string, audienceUrl: string, room?: 'moderated' | 'open'): string {
  // The room's marker too, when it is on: the page loads the questions only where the server has them.
  // no-referrer: the presenter's page holds the token in its address; a link followed from it
  // (a slide's source) must not carry that address to another site.
  const meta =
    `<meta name="${FOLLOW_META}" content="${escapeAttr(audienceUrl)}" />\n  <meta name="referrer" content="no-referrer" />` +
    (room ? `\n  <meta name="${ROOM_META}" content="${room}" />` : '')
  const at = html.search(/<\/head\s*>/i)
  return at < 0 ? html : `${html.slice(0, at)}  ${meta}\n  ${html.slice(at)}`
}

/** One file as served: its bytes (and their compressed forms) held in memory from the start. */
export interface ServedFile {
  type: string
  body: Buffer
  variants: Partial<Record<Encoding, Buffer>>
  /** A strong validator: the content's hash. Each encoding gets its own (a different representation). */
  etag: string
  /** Content-hashed by the build: a new version has a new name, so it may be cached for a year. */
  immutable: boolean
}

/**
 * Vite's content-hashed output: `assets/name-HASH.ext`, HASH 8 URL-safe base64 characters
 * (build.assetsDir and the default assetFileNames/chunkFileNames). Anything else is revalidated.
 */
export const isHashedAsset = (path: string): boolean => /^assets\/(?:[^/]+\/)*[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(path)

export async function servedFile(body: Buffer, type: string, immutable: boolean, compress: boolean): Promise<ServedFile> {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  return { type, body, variants: compress && compressible(type) ? await compressVariants(body) : {}, etag, immutable }
}

/**
 * Every file of the built deck, read and compressed once, keyed by its real path (what
 * resolveStatic returns). HTML pages get the follow marker. Links out of the folder are left out:
 * resolveStatic refuses them anyway.
 */
export async function loadDeck(
  root: string,
  audienceUrl: string,
  compress = true,
  room?: 'moderated' | 'open',
): Promise<Map<string, ServedFile>> {
  const files = new Map<string, ServedFile>()
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return walk(path)
      return entry.isFile() ? [path] : []
    })
  await Promise.all(
    walk(root).map(async (file) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream'
      let body = readFileSync(file)
      if (extname(file) === '.html') body = Buffer.from(markFollowPage(body.toString('utf8'), audienceUrl, room))
      files.set(realpathSync(file), await servedFile(body, type, isHashedAsset(relative(root, file).split(sep).join('/')), compress))
    }),
  )
  return files
}

/** Whether If-None-Match names this ETag (a list, weak or strong, or `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '')
    return t === '*' || t === etag
  })
}

/**
 * One file, as a good static server sends it: the smallest encoding the client accepts (Vary says
 * the answer depends on it), a year's immutable caching for content-hashed assets, and for the
 * rest (index.html) `no-cache` with an ETag, so a reload costs a 304 and no body.
 */
export function sendFile(req: IncomingMessage, res: ServerResponse, file: ServedFile): void {
  const encoding = chooseEncoding(req.headers['accept-encoding'], Object.keys(file.variants) as Encoding[])
  const body = encoding === 'identity' ? file.body : file.variants[encoding]!
  const etag = encoding === 'identity' ? file.etag : `${file.etag.slice(0, -1)}-${encoding}"`
  const headers: Record<string, string | number> = {
    'x-content-type-options': 'nosniff',
    // The presenter's page holds the token in its address: nothing it loads or links to learns it.
    'referrer-policy': 'no-referrer',
    'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag,
  }
  if (Object.keys(file.variants).length) headers.vary = 'Accept-Encoding'
  if (matches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers).end()
    return
  }
  if (encoding !== 'identity') headers['content-encoding'] = encoding
  res.writeHead(200, { ...headers, 'content-type': file.type, 'content-length': body.length })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Serves the built deck from memory (the server checked the method and host already). */
export function createStaticHandler(root: string, files: ReadonlyMap<string, ServedFile>, rejections: Rejections) {
  return (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    const found = resolveStatic(root, pathname)
    const file = found.ok ? files.get(found.file) : undefined
    if (!file) {
      const status = found.ok ? 404 : found.status
      rejections.reject(
        found.ok ? 'not-found' : found.kind,
        found.ok ? `no file ${JSON.stringify(pathname)} (added after start)` : found.why,
      )
      res
        .writeHead(status, { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'content-type': 'text/plain' })
        .end(status === 403 ? 'forbidden' : 'not found')
      return
    }
    sendFile(req, res, file)
  }
}
