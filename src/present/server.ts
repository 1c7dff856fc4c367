import { readFileSync, realpathSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { renderQrSvg } from '../compile/qr.ts'
import { DEFAULT_MAX_CONNECTIONS } from './args.ts'
import { createHostCheck } from './hosts.ts'
import { createFollowHub, type FollowHub } from './hub.ts'
import { FOLLOW_PATH } from './protocol.ts'
import { createRejections, type Rejections } from './rejections.ts'
import { createStaticHandler, loadDeck, sendFile, servedFile, type ServedFile } from './static.ts'
import { createRoom, type Room, type RoomLimits } from './room.ts'
import { slidesOfDeck } from './room-slides.ts'
import { openRoomStore } from './room-store.ts'
import { joinCluster, type Cluster } from './cluster.ts'

export interface PresentOptions {
  distDir: string
  token: string
  /** 0 for a free port (tests, the benchmark). */
  port: number
  /** Where to listen: undefined for every interface. */
  host?: string
  /** The host name the printed links and the QR code use (a LAN address when listening everywhere). */
  publicHost: string
  /** More names the server answers to (--public-name); any other Host header is refused. */
  publicNames?: readonly string[]
  /** Audience connections at once; token holders always get in. */
  maxConnections?: number
  /** Audience connections from one address. */
  maxPerAddress?: number
  /** Connections waiting for their hello at once. */
  maxWaiting?: number
  helloTimeoutMs?: number
  heartbeatMs?: number
  maxQueuedBytes?: number
  rate?: { perSecond: number; burst: number }
  /** Brotli and gzip forms of every text file, made at start. false: files as they are (the benchmark's "before"). @default true */
  compress?: boolean
  log?: (line: string) => void
  /** Several servers, one talk (--redis): positions and the room shared through Redis (the session file is not used). */
  cluster?: { redis: string; node?: string }
  /** The room: questions, votes and signals, kept in this session file. Without it the channel carries positions only. */
  room?: { session: string; moderate: boolean; limits?: Partial<RoomLimits> }
}

export interface PresentServer {
  port: number
  /** http://publicHost:port/index.html */
  audienceUrl: string
  presenterUrl: string
  hub: FollowHub
  room: Room | undefined
  /** With --redis: this node's link to the others. */
  cluster: Cluster | undefined
  rejections: Rejections
  close(): Promise<void>
}

/** The links the presenter gets: the same page, with the token in the presenter's. */
export function presentUrls(publicHost: string, port: number, token: string): { audience: string; presenter: string } {
  const host = publicHost.includes(':') ? `[${publicHost}]` : publicHost
  const audience = `http://${host}:${port}/index.html`
  return { audience, presenter: `${audience}?presenter=${token}` }
}

/** One server: the built deck, its join QR code, and the follow channel at /follow. */
export async function startPresentServer(options: PresentOptions): Promise<PresentServer> {
  const log = options.log ?? ((line: string) => console.log(line))
  const rejections = createRejections(log)
  const cluster = options.cluster && (await joinCluster({ ...options.cluster, token: options.token, rejections, log }))
  // The session file first: a locked, foreign or read-only file stops the server before it listens.
  const room = options.room
    ? createRoom({
        store: cluster ? await cluster.openRoomStore() : openRoomStore(options.room.session),
        moderate: options.room.moderate,
        slides: slidesOfDeck(readFileSync(`${options.distDir}/index.html`, 'utf8')),
        limits: options.room.limits,
        log,
      })
    : undefined
  const hub = createFollowHub({
    room,
    bus: cluster?.bus,
    token: options.token,
    rejections,
    maxConnections: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    maxPerAddress: options.maxPerAddress,
    maxWaiting: options.maxWaiting,
    helloTimeoutMs: options.helloTimeoutMs,
    heartbeatMs: options.heartbeatMs,
    maxQueuedBytes: options.maxQueuedBytes,
    rate: options.rate,
  })
  // The port is known only once listening (port 0), and the pages' marker and the QR code name
  // it: the files are made ready then, and a request arriving before waits for them.
  const root = realpathSync(options.distDir)
  let ready!: (handlers: { files: ReturnType<typeof createStaticHandler>; qr: ServedFile }) => void
  const served = new Promise<Parameters<typeof ready>[0]>((ok) => (ready = ok))
  const hosts = createHostCheck({ listenHost: options.host, publicHost: options.publicHost, publicNames: options.publicNames })
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    const plain = { 'content-type': 'text/plain', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' }
    if (!hosts.allows(req.headers.host)) {
      rejections.reject('host', `a request for host ${JSON.stringify(req.headers.host ?? '(none)')}`)
      res.writeHead(403, plain).end('this server does not answer to that host name (see --public-name)')
      return
    }
    // Every route is read-only: GET and HEAD, nothing else, checked before any route.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      rejections.reject('method', `${req.method} ${pathname}`)
      res.writeHead(405, { ...plain, allow: 'GET, HEAD' }).end('method not allowed')
      return
    }
    void served.then(({ files, qr }) => (pathname === `/${FOLLOW_PATH}/qr.svg` ? sendFile(req, res, qr) : files(req, res, pathname)))
  })
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: string, kind: 'wrong-path' | 'origin' | 'host', detail: string) => {
      rejections.reject(kind, detail)
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (pathname !== `/${FOLLOW_PATH}`) return refuse('404 Not Found', 'wrong-path', `a WebSocket to ${JSON.stringify(pathname)}`)
    if (!hosts.allows(req.headers.host))
      return refuse('403 Forbidden', 'host', `a WebSocket for host ${JSON.stringify(req.headers.host ?? '(none)')}`)
    if (!hosts.originAllowed(req))
      return refuse('403 Forbidden', 'origin', `a WebSocket from origin ${JSON.stringify(req.headers.origin ?? '(none)')}`)
    hub.handleUpgrade(req, socket, head)
  })
  // A bad request gets its status rather than a reset (Node's own default, which a 'clientError'
  // listener replaces); a client that has gone away mid-request gets nothing.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy()
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request'
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${options.port} is already in use${options.host ? ` on ${options.host}` : ''}: stop what uses it, or choose another with --port N`,
            )
          : error,
      ),
    )
    server.listen(options.port, options.host, () => ok())
  }).catch(async (e: unknown) => {
    room?.close()
    await cluster?.close()
    throw e
  })
  const port = (server.address() as AddressInfo).port
  const urls = presentUrls(options.publicHost, port, options.token)
  const compress = options.compress ?? true
  const [files, qr] = await Promise.all([
    loadDeck(root, urls.audience, compress, room && (room.moderated ? 'moderated' : 'open')),
    renderQrSvg(urls.audience).then((svg) => servedFile(Buffer.from(svg), 'image/svg+xml', false, compress)),
  ])
  ready({ files: createStaticHandler(root, files, rejections), qr })
  return {
    port,
    audienceUrl: urls.audience,
    presenterUrl: urls.presenter,
    hub,
    room,
    cluster,
    rejections,
    async close() {
      await hub.close()
      room?.close()
      server.closeAllConnections()
      await new Promise<void>((ok) => server.close(() => ok()))
      await cluster?.close()
    },
  }
}
