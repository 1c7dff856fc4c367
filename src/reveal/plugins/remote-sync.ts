/**
 * The remote's side of the follow channel, as a pure state machine. The server's order is the
 * truth: a tap sends "go to X" (X computed from what the remote shows), the server answers the
 * sender with 'moved' and relays X to everyone else. Another token holder's move that arrives
 * while one of the remote's own is unanswered came before it in the server's order, so it is
 * passed over (the remote's move follows it everywhere). A tap made while not connected is not
 * sent, not queued, and never replayed: the remote says so instead.
 */
import { samePosition, type Position, type Role } from '../../present/protocol.ts'

export type RemoteConnection = 'connecting' | 'open' | 'offline'

export interface RemoteSync {
  connection: RemoteConnection
  /** undefined until the server has answered hello. */
  role: Role | undefined
  /** The server did not accept this link's token: the remote controls nothing. */
  tokenRejected: boolean
  /** Where the server last said the talk is (null before anyone has moved on this server). */
  truth: Position | null
  /** Positions sent and not yet answered with 'moved', oldest first. */
  inFlight: readonly Position[]
}

export const initialSync: RemoteSync = { connection: 'connecting', role: undefined, tokenRejected: false, truth: null, inFlight: [] }

/** What the remote shows: its latest unanswered move, else the server's position. */
export function shownPosition(s: RemoteSync): Position | null {
  return s.inFlight[s.inFlight.length - 1] ?? s.truth
}

/** Whether a tap would be sent now: connected, and holding the token. */
export const canSend = (s: RemoteSync): boolean => s.connection === 'open' && s.role === 'presenter'

/** The server's answer to hello: its position is the truth, and nothing from before is resent. */
export function welcomed(s: RemoteSync, role: Role, tokenRejected: boolean, position: Position | null): RemoteSync {
  // A restarted server knows no position yet: keep showing the last one known until a token
  // holder (the laptop, reconnecting) tells it.
  return { connection: 'open', role, tokenRejected, truth: position ?? s.truth, inFlight: [] }
}

/** Another token holder moved (or, for an audience connection, the presenter did). */
export function relayed(s: RemoteSync, position: Position): RemoteSync {
  if (s.inFlight.length > 0) return s
  return { ...s, truth: position }
}

/** The server took this remote's oldest unanswered move: it is now where the talk is. */
export function answered(s: RemoteSync): RemoteSync {
  const [taken, ...rest] = s.inFlight
  return taken ? { ...s, truth: taken, inFlight: rest } : s
}

export type TapResult = { sent: true; sync: RemoteSync } | { sent: false; sync: RemoteSync; why: 'offline' | 'not-presenter' | 'no-move' }

/** A tap that asks for `target`: sent only when connected with the token, and only if it moves. */
export function tapped(s: RemoteSync, target: Position | undefined): TapResult {
  if (s.connection !== 'open') return { sent: false, sync: s, why: 'offline' }
  if (s.role !== 'presenter') return { sent: false, sync: s, why: 'not-presenter' }
  if (!target || samePosition(target, shownPosition(s))) return { sent: false, sync: s, why: 'no-move' }
  return { sent: true, sync: { ...s, inFlight: [...s.inFlight, target] } }
}

/**
 * The connection dropped: what was in flight may or may not have reached the server; the next
 * welcome says where the talk is. Returns how many moves went unconfirmed.
 */
export function dropped(s: RemoteSync): { sync: RemoteSync; unconfirmed: number } {
  return { sync: { ...s, connection: 'offline', inFlight: [] }, unconfirmed: s.inFlight.length }
}
