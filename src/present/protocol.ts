/**
 * The follow channel's messages, shared by the present server and the deck's follow plugin. Pure:
 * no DOM, no Node. The channel carries positions only: indices as integers in range and two flags,
 * never markup, never a payload to relay. Every message is JSON text with exactly the keys below;
 * anything else is rejected whole, so nothing unexpected reaches another client.
 */

/** Where the presenter is: reveal.js's indices (f = -1 when no fragment is shown) and two flags. */
export interface Position {
  h: number
  v: number
  f: number
  /** Blackout (reveal.js's pause). */
  paused: boolean
  overview: boolean
}

/** The largest index a position may carry: far more slides than a talk has, small enough to be safe. */
export const MAX_INDEX = 999

/** The follow channel's path, relative to the deck's index.html. */
export const FOLLOW_PATH = 'follow'

/** The `<meta name>` the present server adds to the page it serves; its content is the audience link. */
export const FOLLOW_META = 'deck-follow'

/**
 * ws maxPayload: a hello with a 256-bit token is about 80 bytes, a position about 90; the room's
 * largest, a question of 280 characters (up to 4 bytes each in UTF-8) with a name, about 1.5 KB.
 * Anything longer is closed unread; a question merely too long is refused with a message.
 */
export const MAX_MESSAGE_BYTES = 2048

/** decodeClientMessage's reason for a type it does not know: the hub hands those to the room. */
export const UNKNOWN_TYPE = 'unknown message type'

export type ClientMessage =
  /** Sent once, first. With the presenter's token the connection may move followers. */
  | { type: 'hello'; token?: string }
  /** Only from a connection whose hello carried the token. */
  | { type: 'position'; position: Position }

export type Role = 'presenter' | 'audience'

export type ServerMessage =
  /** The answer to hello: the role granted, and the presenter's last position (null before the first). */
  | { type: 'welcome'; role: Role; tokenRejected: boolean; position: Position | null; seq: number }
  /**
   * The presenter moved. seq counts the positions this server has relayed. Token holders get every
   * other token holder's moves too (two laptops, a laptop and a phone), never their own.
   */
  | { type: 'position'; position: Position; seq: number }
  /**
   * To the token holder that sent a position: the server has taken it (relayed, or it was already
   * the current one), and seq is its count after it. A position from another token holder that
   * arrives before this was relayed before this page's own move, so the page ignores it.
   */
  | { type: 'moved'; seq: number }
  /**
   * To token holders, with several servers (--redis): whether this server reaches the others. While
   * it does not, a move reaches only this server's followers; the page says so.
   */
  | { type: 'cluster'; reachable: boolean }

export type Decoded<T> = { ok: true; message: T } | { ok: false; reason: string }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const hasExactly = (record: Record<string, unknown>, required: readonly string[], optional: readonly string[] = []): boolean => {
  const keys = Object.keys(record)
  return required.every((k) => k in record) && keys.every((k) => required.includes(k) || optional.includes(k))
}

const isIndex = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_INDEX

/** A position with exactly the five fields, indices integers in [0, MAX_INDEX] (f from -1). */
export function isPosition(value: unknown): value is Position {
  return (
    isRecord(value) &&
    hasExactly(value, ['h', 'v', 'f', 'paused', 'overview']) &&
    isIndex(value.h, 0) &&
    isIndex(value.v, 0) &&
    isIndex(value.f, -1) &&
    typeof value.paused === 'boolean' &&
    typeof value.overview === 'boolean'
  )
}

/** A copy holding exactly the five fields, so nothing else rides along when it is relayed. */
export function copyPosition(p: Position): Position {
  return { h: p.h, v: p.v, f: p.f, paused: p.paused, overview: p.overview }
}

export function samePosition(a: Position | null | undefined, b: Position | null | undefined): boolean {
  if (!a || !b) return a === b
  return a.h === b.h && a.v === b.v && a.f === b.f && a.paused === b.paused && a.overview === b.overview
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,128}$/

/** Whether a token could be the presenter's at all (the page checks before sending one the server would refuse). */
export const isTokenShaped = (token: string): boolean => TOKEN_PATTERN.test(token)

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A client's message, or why it is refused. */
export function decodeClientMessage(text: string): Decoded<ClientMessage> {
  return decodeClientData(parseJson(text))
}

/** decodeClientMessage on JSON already parsed (the hub parses once, and hands the room's messages on). */
export function decodeClientData(data: unknown): Decoded<ClientMessage> {
  if (!isRecord(data)) return { ok: false, reason: 'not a JSON object' }
  if (data.type === 'hello') {
    if (!hasExactly(data, ['type'], ['token'])) return { ok: false, reason: 'hello with unknown fields' }
    if (data.token === undefined) return { ok: true, message: { type: 'hello' } }
    if (typeof data.token !== 'string' || !TOKEN_PATTERN.test(data.token)) return { ok: false, reason: 'hello with a malformed token' }
    return { ok: true, message: { type: 'hello', token: data.token } }
  }
  if (data.type === 'position') {
    if (!hasExactly(data, ['type', 'position'])) return { ok: false, reason: 'position with unknown fields' }
    if (!isPosition(data.position)) return { ok: false, reason: 'position out of range or of the wrong shape' }
    return { ok: true, message: { type: 'position', position: copyPosition(data.position) } }
  }
  return { ok: false, reason: UNKNOWN_TYPE }
}

const isSeq = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/** The server's message, or why the page ignores it. */
export function decodeServerMessage(text: string): Decoded<ServerMessage> {
  const data = parseJson(text)
  if (!isRecord(data)) return { ok: false, reason: 'not a JSON object' }
  if (data.type === 'welcome') {
    const valid =
      hasExactly(data, ['type', 'role', 'tokenRejected', 'position', 'seq']) &&
      (data.role === 'presenter' || data.role === 'audience') &&
      typeof data.tokenRejected === 'boolean' &&
      (data.position === null || isPosition(data.position)) &&
      isSeq(data.seq)
    if (!valid) return { ok: false, reason: 'malformed welcome' }
    const position = data.position === null ? null : copyPosition(data.position as Position)
    return {
      ok: true,
      message: {
        type: 'welcome',
        role: data.role as Role,
        tokenRejected: data.tokenRejected as boolean,
        position,
        seq: data.seq as number,
      },
    }
  }
  if (data.type === 'position') {
    if (!hasExactly(data, ['type', 'position', 'seq']) || !isPosition(data.position) || !isSeq(data.seq))
      return { ok: false, reason: 'malformed position' }
    return { ok: true, message: { type: 'position', position: copyPosition(data.position), seq: data.seq } }
  }
  if (data.type === 'moved') {
    if (!hasExactly(data, ['type', 'seq']) || !isSeq(data.seq)) return { ok: false, reason: 'malformed moved' }
    return { ok: true, message: { type: 'moved', seq: data.seq } }
  }
  if (data.type === 'cluster') {
    if (!hasExactly(data, ['type', 'reachable']) || typeof data.reachable !== 'boolean') return { ok: false, reason: 'malformed cluster' }
    return { ok: true, message: { type: 'cluster', reachable: data.reachable } }
  }
  return { ok: false, reason: 'unknown message type' }
}

/** Encoders: typed, so a message of the wrong shape fails to compile. */
export const encodeClientMessage = (message: ClientMessage): string => JSON.stringify(message)
export const encodeServerMessage = (message: ServerMessage): string => JSON.stringify(message)
