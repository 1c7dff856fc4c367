import { readFileSync, realpathSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname } from 'node:path'
import { escapeAttr } from '../render/escape.ts'
import { FOLLOW_META } from './protocol.ts'
import { ROOM_META } from './room-protocol.ts'
import type { Rejections } from './rejections.ts'
import { CONTENT_TYPES as TYPES } from '../export/mime.ts'
import { resolveStatic } from '../export/serve.ts'

/**
 * The deck's HTML with the follow marker: the follow plugin starts only on a page that carries it,
 * so the same dist/ on any other server (or from file://) behaves as before and makes no request.
 */
export function markFollowPage(html: string, audienceUrl: string, room?: 'moderated' | 'open'): string {
  // The room's marker too, when it is on: the page loads the questions only where the server has them.
  const meta =
    `<meta name="${FOLLOW_META}" content="${escapeAttr(audienceUrl)}" />` +
    (room ? `\n  <meta name="${ROOM_META}" content="${room}" />` : '')
  const at = html.search(/<\/head\s*>/i)
  return at < 0 ? html : `${html.slice(0, at)}  ${meta}\n  ${html.slice(at)}`
}

/** Serves the built deck: GET and HEAD of plain files; HTML pages get the follow marker. */
export function createStaticHandler(distDir: string, audienceUrl: () => string, rejections: Rejections, room?: 'moderated' | 'open') {
  const root = realpathSync(distDir)
  return (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    const headers = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      rejections.reject('method', `${req.method} ${pathname}`)
      res.writeHead(405, { ...headers, allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed')
      return
    }
    const found = resolveStatic(root, pathname)
    if (!found.ok) {
      rejections.reject(found.kind, found.why)
      res.writeHead(found.status, { ...headers, 'content-type': 'text/plain' }).end(found.status === 403 ? 'forbidden' : 'not found')
      return
    }
    const type = TYPES[extname(found.file)] ?? 'application/octet-stream'
    let body = readFileSync(found.file)
    if (extname(found.file) === '.html') body = Buffer.from(markFollowPage(body.toString('utf8'), audienceUrl(), room))
    res.writeHead(200, { ...headers, 'content-type': type, 'content-length': body.length })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
}
