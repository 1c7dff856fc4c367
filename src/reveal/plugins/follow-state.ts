/**
 * The follow plugin's decisions, as pure functions (unit-tested without a browser): what the
 * indicator says, how long to wait before reconnecting, and how a received position maps onto
 * this deck.
 */
import { FOLLOW_PATH, type Position, type Role } from '../../present/protocol.ts'

export type Connection = 'connecting' | 'open' | 'offline'

/** `<html data-follow>`: what the reader sees in the indicator, and what tests wait for. */
export type FollowState = 'connecting' | 'presenting' | 'live' | 'detached' | 'offline'

export interface FollowView {
  connection: Connection
  /** undefined until the server has answered. */
  role: Role | undefined
  /** A presenter link whose token the server did not accept: this page is an audience view. */
  tokenRejected: boolean
  following: boolean
  /** Several servers (--redis): this one has lost the others, so a move reaches only its own followers. */
  clusterUnreachable?: boolean
  /** The last try was refused because the talk is full (1013): the page keeps trying. */
  full?: boolean
}

export function followState(view: FollowView): FollowState {
  if (view.connection === 'offline') return 'offline'
  if (view.connection === 'connecting' || view.role === undefined) return 'connecting'
  if (view.role === 'presenter') return 'presenting'
  return view.following ? 'live' : 'detached'
}

/** The indicator's words: short, and saying what to do where there is something to do. */
export function followLabel(view: FollowView): string {
  const audienceView = view.tokenRejected ? 'Audience view (presenter link not accepted) · ' : ''
  switch (followState(view)) {
    case 'connecting':
      return 'Connecting to the talk…'
    case 'presenting':
      return view.clusterUnreachable
        ? 'Presenting: Redis unreachable, only this server’s audience follows you'
        : 'Presenting: the audience follows you'
    case 'live':
      return `${audienceView}Live: following the presenter`
    case 'detached':
      return `${audienceView}Browsing on your own`
    case 'offline':
      if (view.full) return 'The talk is full: the deck still works here, and this page keeps trying to join'
      return view.role === 'presenter' ? 'Offline: the audience does not see your moves' : 'Offline: the deck still works; reconnecting'
  }
}

/** Reconnect after 0.5, 1, 2, 4 s, then every 5 s, each ±20 % so a hall of phones does not reconnect in step. */
export function backoffDelay(attempt: number, random: number = Math.random()): number {
  const base = Math.min(5000, 500 * 2 ** Math.max(0, attempt))
  return Math.round(base * (0.8 + 0.4 * random))
}

/**
 * Whether a close before the server's welcome refuses the hello itself (policy, too big, not
 * text): sending it again would be refused again, so the page stops sending its token. Anything
 * else (the server gone, the room full: 1013) is worth another try.
 */
export function helloRefused(closeCode: number): boolean {
  return closeCode === 1008 || closeCode === 1009 || closeCode === 1003
}

/** A close before the welcome that says the talk is full (1013 try again later: --max-connections or per address). */
export const talkFull = (closeCode: number): boolean => closeCode === 1013

/** reveal.js's indices as a position: f is undefined on a slide without fragments. */
export function toPosition(indices: { h: number; v?: number; f?: number }, paused: boolean, overview: boolean): Position {
  return { h: indices.h, v: indices.v ?? 0, f: indices.f ?? -1, paused, overview }
}

/** The deck's shape: how many vertical slides each horizontal one has (1 for a flat deck). */
export type DeckShape = readonly number[]

/** A received position clamped to this deck: a presenter with a newer build never sends a reader off the end. */
export function clampToDeck(p: Position, shape: DeckShape): Position {
  const lastH = Math.max(0, shape.length - 1)
  const h = Math.min(p.h, lastH)
  const v = Math.min(p.v, Math.max(0, (shape[h] ?? 1) - 1))
  return { ...p, h, v }
}

/**
 * Whether the reader is where the presenter is. In the scroll view a slide's fragments follow the
 * scroll position, so only the slide counts there.
 */
export function atPosition(here: Position, live: Position, scrollView: boolean): boolean {
  return here.h === live.h && here.v === live.v && (scrollView || here.f === live.f)
}

/** Where the follow channel is: ws(s)://same host/…/follow, next to the page. */
export function channelUrl(pageUrl: string): string {
  const url = new URL(FOLLOW_PATH, pageUrl)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  url.search = ''
  url.hash = ''
  return url.href
}
