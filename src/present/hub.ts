import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import {
  MAX_MESSAGE_BYTES,
  UNKNOWN_TYPE,
  decodeClientData,
  encodeServerMessage,
  parseJson,
  samePosition,
  type ClientMessage,
  type Position,
  type Role,
} from './protocol.ts'
import { DEFAULT_MAX_PER_ADDRESS } from './args.ts'
import { addressKey, createAdmission } from './admission.ts'
import { createDeferQueue } from './defer-queue.ts'
import { createRateLimit, type RateLimit } from './rate-limit.ts'
import type { PositionBus } from './position-bus.ts'
import type { RejectionKind, Rejections } from './rejections.ts'
import type { Room } from './room.ts'
import { tokenMatches } from './token.ts'

export interface HubOptions {
  token: string
  rejections: Rejections
  /** Audience connections allowed at once; the next hello is refused (1013). Token holders always get in. */
  maxConnections: number
  /** Audience connections from one address (IPv4, or IPv6 /64). @default DEFAULT_MAX_PER_ADDRESS */
  maxPerAddress?: number
  /** Connections allowed to wait for their hello at once; the oldest of the busiest address makes space. @default 256 */
  maxWaiting?: number
  /** Messages per second per connection, and the burst allowed. */
  rate?: { perSecond: number; burst: number }
  /** A connection that has not said hello by then is closed. @default 5000 */
  helloTimeoutMs?: number
  /** How often connections are pinged; one that did not answer the last ping is dropped. @default 30000 */
  heartbeatMs?: number
  /**
   * Bytes that may wait in one socket's send queue (ws bufferedAmount: what the kernel would not
   * take yet). A follower past it has stopped reading; it is dropped, and on reconnecting its
   * welcome carries the latest position. @default 16384 (some 180 positions)
   */
  maxQueuedBytes?: number
  now?: () => number
  /** The room (questions, votes, signals): it gets every other message, and keeps the last position. */
  room?: Room
  /** Several servers of one talk (--redis): moves go out to the other nodes and theirs come in. */
  bus?: Pick<PositionBus, 'publish' | 'onRemote' | 'initial' | 'onReachable'>
}

export interface HubStats {
  connections: number
  /** Admitted audience connections, and those still waiting for their hello. */
  audience: number
  waiting: number
  presenters: number
  relayed: number
}

export interface FollowHub {
  /** For the HTTP server's 'upgrade' event, once the path is known to be the follow channel. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
  /** The presenter's last position: kept across the presenter page's reloads. */
  readonly position: Position | null
  stats(): HubStats
  close(): Promise<void>
}

/** Close codes: 1008 policy violation, 1009 too big, 1003 unsupported data, 1013 try again later. */
const POLICY = 1008
const UNSUPPORTED = 1003
const TRY_AGAIN = 1013

/**
 * Room messages handled per turn of the event loop before the hub reads again: a move that
 * arrives during a storm waits at most this long for the room (a few hundred votes' worth).
 */
const ROOM_BUDGET_MS = 4

interface Peer {
  role: Role | undefined
  limit: RateLimit
  alive: boolean
  /** Refused: what still arrives before the close completes is ignored (and not counted again). */
  refused: boolean
}

/**
 * The follow channel. Everyone who says hello gets the presenter's last position and every later
 * one; only a hello with the token makes a presenter, and only a presenter's validated positions
 * are relayed (re-encoded from the validated copy, never the bytes received).
 */
export function createFollowHub(options: HubOptions): FollowHub {
  const { token, rejections, maxConnections } = options
  const maxPerAddress = options.maxPerAddress ?? DEFAULT_MAX_PER_ADDRESS
  const maxQueuedBytes = options.maxQueuedBytes ?? 16_384
  const now = options.now ?? (() => performance.now())
  const rate = options.rate ?? { perSecond: 20, burst: 40 }
  // A page says hello as soon as its socket opens; seconds are ample even for a phone on a poor link.
  const helloTimeoutMs = options.helloTimeoutMs ?? 5_000
  const admission = createAdmission<WebSocket>({ audience: maxConnections, perAddress: maxPerAddress, waiting: options.maxWaiting ?? 256 })
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, clientTracking: false })
  const peers = new Map<WebSocket, Peer>()
  const audience = new Set<WebSocket>()
  const presenters = new Set<WebSocket>()
  const room = options.room
  /** The room's messages, each run after the moves read before it; a few ms of them per turn of the event loop. */
  const roomWork = createDeferQueue(ROOM_BUDGET_MS)
  // A restart on the same session file resumes the talk: followers return to the live slide at once.
  let position: Position | null = options.bus?.initial ?? room?.position ?? null
  /** Whether the other nodes are reachable (always, for a single server); token holders are told when not. */
  let cluster = true
  let seq = 0

  const refuse = (ws: WebSocket, kind: RejectionKind, detail: string, code = POLICY) => {
    const peer = peers.get(ws)
    if (peer) peer.refused = true
    rejections.reject(kind, detail)
    ws.close(code, kind)
    // A hostile client never answers the close: ws would hold the socket for 30 s, so a stream of
    // refused sockets could pile up. One second is plenty for a real one to see the code.
    setTimeout(() => ws.terminate(), 1000).unref()
  }

  /**
   * Send, unless this socket's queue says its reader stopped reading: then drop it (memory stays
   * bounded). A Buffer is text encoded once for many sockets; `binary: false` keeps it a text frame.
   */
  const sendBounded = (ws: WebSocket, data: string | Buffer) => {
    if (ws.readyState !== ws.OPEN) return
    if (ws.bufferedAmount > maxQueuedBytes) {
      rejections.reject('slow-reader', `a connection with over ${maxQueuedBytes} bytes unsent (it stopped reading)`)
      ws.terminate()
      return
    }
    ws.send(data, { binary: false })
  }

  /**
   * A token holder's move: to every follower and every other token holder (a second laptop, the
   * phone remote), never back to its sender, which gets 'moved' instead so it knows which of the
   * others' moves came before its own.
   */
  const relay = (next: Position, from?: WebSocket) => {
    position = next
    seq++
    // Encoded to UTF-8 once, not once per socket: with a thousand followers that was most of a move's cost.
    const bytes = Buffer.from(encodeServerMessage({ type: 'position', position: next, seq }))
    for (const ws of audience) sendBounded(ws, bytes)
    for (const ws of presenters) if (ws !== from) sendBounded(ws, bytes)
    room?.savePosition(next)
  }
  const move = (from: WebSocket, next: Position) => {
    // A repeat of the current position moves no one: not relayed.
    if (!samePosition(position, next)) {
      relay(next, from)
      options.bus?.publish(next)
    }
    sendBounded(from, encodeServerMessage({ type: 'moved', seq }))
  }
  // Another node's token holder moved: everyone here follows, token holders included.
  options.bus?.onRemote((next) => {
    if (!samePosition(position, next)) relay(next)
  })
  options.bus?.onReachable((up) => {
    cluster = up
    const bytes = Buffer.from(encodeServerMessage({ type: 'cluster', reachable: up }))
    for (const ws of presenters) sendBounded(ws, bytes)
  })

  const hello = (ws: WebSocket, peer: Peer, message: Extract<ClientMessage, { type: 'hello' }>, address: string) => {
    if (peer.role !== undefined) {
      refuse(ws, 'repeated-hello', 'a second hello on one connection')
      return
    }
    const presenter = tokenMatches(token, message.token)
    if (message.token !== undefined && !presenter) rejections.reject('bad-token', 'a hello with a token that is not the presenter’s')
    const verdict = admission.admit(ws, presenter)
    if (!verdict.ok) {
      if (verdict.full === 'room') refuse(ws, 'connection-cap', `more than ${maxConnections} followers (--max-connections)`, TRY_AGAIN)
      else refuse(ws, 'address-cap', `more than ${maxPerAddress} followers from one address (--max-per-address)`, TRY_AGAIN)
      return
    }
    peer.role = presenter ? 'presenter' : 'audience'
    ;(presenter ? presenters : audience).add(ws)
    ws.send(
      encodeServerMessage({ type: 'welcome', role: peer.role, tokenRejected: message.token !== undefined && !presenter, position, seq }),
    )
    if (presenter && !cluster) ws.send(encodeServerMessage({ type: 'cluster', reachable: false }))
    room?.join(ws, {
      role: peer.role,
      address,
      send: (data) => ws.readyState === ws.OPEN && ws.send(data, { binary: false }),
      buffered: () => ws.bufferedAmount,
    })
  }

  /** One handler per kind of client message: a new kind fails to compile until it has one. */
  const handlers: {
    [K in ClientMessage['type']]: (ws: WebSocket, peer: Peer, message: Extract<ClientMessage, { type: K }>, address: string) => void
  } = {
    hello,
    position(ws, peer, message) {
      if (peer.role !== 'presenter') {
        refuse(ws, 'not-presenter', 'a position from a connection without the presenter’s token')
        return
      }
      move(ws, message.position)
    },
  }

  const onMessage = (ws: WebSocket, peer: Peer, address: string, data: RawData, isBinary: boolean) => {
    if (peer.refused) return
    if (!peer.limit.take(now())) {
      refuse(ws, 'flood', `more than ${rate.perSecond} messages a second (burst ${rate.burst}) on one connection`)
      return
    }
    if (isBinary) {
      refuse(ws, 'binary', 'a binary message', UNSUPPORTED)
      return
    }
    const json = parseJson(data.toString())
    const decoded = decodeClientData(json)
    if (!decoded.ok) {
      // Not a hello or a position: the room's, once the connection has said hello. It waits for
      // the moves read in this turn (roomWork), so a storm of votes never holds a position back.
      if (room && peer.role !== undefined && decoded.reason === UNKNOWN_TYPE) {
        roomWork.push(() => {
          if (peer.refused || ws.readyState !== ws.OPEN) return
          const verdict = room.receive(ws, json)
          if (!verdict.ok) refuse(ws, verdict.kind, verdict.reason)
        })
        return
      }
      refuse(ws, 'malformed', decoded.reason)
      return
    }
    const message = decoded.message
    if (message.type !== 'hello' && peer.role === undefined) {
      refuse(ws, 'not-presenter', `a ${message.type} before hello`)
      return
    }
    ;(handlers[message.type] as (ws: WebSocket, peer: Peer, message: ClientMessage, address: string) => void)(ws, peer, message, address)
  }

  const onConnection = (ws: WebSocket, address: string) => {
    const peer: Peer = { role: undefined, limit: createRateLimit(rate, now()), alive: true, refused: false }
    peers.set(ws, peer)
    const pushedOut = admission.arrive(ws, address)
    if (pushedOut) refuse(pushedOut, 'waiting-cap', 'more connections waiting for their hello than allowed at once', TRY_AGAIN)
    const helloTimer = setTimeout(() => {
      if (peer.role === undefined) refuse(ws, 'no-hello', `no hello within ${helloTimeoutMs} ms`)
    }, helloTimeoutMs)
    ws.on('message', (data, isBinary) => onMessage(ws, peer, address, data, isBinary))
    // Only the answer to this round's ping counts: a client may send pongs of its own at will
    // (ws answers pings by itself), and one that stopped reading never sees the ping to answer.
    ws.on('pong', (data) => {
      if (data.equals(pingData)) peer.alive = true
    })
    // ws reports an oversize frame (and other protocol errors) here, then closes the socket itself.
    ws.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') rejections.reject('oversize', `a message over ${MAX_MESSAGE_BYTES} bytes`)
      else rejections.reject('malformed', `protocol error: ${error.message}`)
    })
    ws.on('close', () => {
      clearTimeout(helloTimer)
      admission.leave(ws)
      peers.delete(ws)
      audience.delete(ws)
      presenters.delete(ws)
      room?.leave(ws)
    })
  }

  let pingData = randomBytes(8)
  const heartbeat = setInterval(() => {
    pingData = randomBytes(8)
    for (const [ws, peer] of peers) {
      // Closing already (ws.ping would throw): its 'close' will remove it.
      if (ws.readyState !== ws.OPEN) continue
      if (!peer.alive) {
        rejections.reject('no-pong', 'a connection that did not answer the last ping')
        ws.terminate()
        continue
      }
      peer.alive = false
      ws.ping(pingData)
    }
  }, options.heartbeatMs ?? 30_000)
  heartbeat.unref()

  return {
    handleUpgrade(req, socket, head) {
      socket.on('error', () => socket.destroy())
      // No cap here: who is at the door is known only from the hello (see admission.ts).
      wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, addressKey(req.socket.remoteAddress)))
    },
    get position() {
      return position
    },
    stats: () => ({ connections: peers.size, ...admission.counts(), presenters: presenters.size, relayed: seq }),
    close() {
      clearInterval(heartbeat)
      roomWork.clear()
      for (const ws of peers.keys()) ws.terminate()
      return new Promise((ok) => wss.close(() => ok()))
    },
  }
}
