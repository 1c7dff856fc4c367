/**
 * The room's messages (questions, votes, signals), carried on the follow channel beside the
 * positions and shared by the present server and the deck's room code. Pure: no DOM, no Node.
 * As with positions, every message is JSON with exactly the keys below and anything else is
 * refused whole; text is cleaned here, once, on the server, and is only ever shown as text.
 */

export const SIGNAL_KINDS = ['source', 'unclear', 'agree', 'disagree'] as const
export type SignalKind = (typeof SIGNAL_KINDS)[number]

/** What the audience and the presenter read on the buttons and in the counts. */
export const SIGNAL_LABELS: Readonly<Record<SignalKind, string>> = {
  source: 'Source?',
  unclear: 'Unclear',
  agree: 'Agree',
  disagree: 'Disagree',
}

/** A question's moderation state. `pending` only under --moderate, until the presenter approves it. */
export type QuestionState = 'pending' | 'shown' | 'hidden' | 'answered'

export const MAX_QUESTION_CHARS = 280
export const MAX_NAME_CHARS = 40

/** The `<meta name>` the present server adds when the room is on; its content is "moderated" or "open". */
export const ROOM_META = 'deck-room'

/** A question as the audience sees it: never its device, address or a hidden one. */
export interface PublicQuestion {
  id: number
  slide: string
  text: string
  /** Empty: anonymous. */
  name: string
  votes: number
  answered: boolean
  pinned: boolean
  /** ms since the epoch. */
  at: number
}

/** A question as the token holders see it: every state. */
export interface QueueQuestion extends PublicQuestion {
  state: QuestionState
}

export type SignalCounts = Record<SignalKind, number>

export type ModerationAction = 'approve' | 'hide' | 'answer' | 'pin' | 'unpin'
export const MODERATION_ACTIONS: readonly ModerationAction[] = ['approve', 'hide', 'answer', 'pin', 'unpin']

/** Every room message a client sends carries `ref`: its own id, echoed in the server's answer. */
export type RoomClientMessage =
  /** First, once: this device's id (random, kept in the browser), to be told its votes and signals. */
  | { type: 'join'; ref: string; device: string }
  | { type: 'ask'; ref: string; slide: string; text: string; name: string }
  | { type: 'vote'; ref: string; question: number }
  | { type: 'unvote'; ref: string; question: number }
  /** null takes the signal back. */
  | { type: 'signal'; ref: string; slide: string; kind: SignalKind | null }
  /** Token holders only. */
  | { type: ModerationAction; ref: string; question: number }

export type RoomServerMessage =
  /** The answer to join: this device's votes and signals, and the questions as this connection may see them. */
  | {
      type: 'room'
      moderated: boolean
      votes: number[]
      signals: [string, SignalKind][]
      /** Refs of this device's questions already stored (an offline queue drops those). */
      asked: string[]
      questions: PublicQuestion[]
    }
  /**
   * Changes since the last update (coalesced): questions added or changed, vote counts, questions
   * withdrawn. With `reset`, `questions` is the whole list (a page that missed updates).
   */
  | { type: 'room-update'; reset: boolean; questions: PublicQuestion[]; votes: [number, number][]; removed: number[] }
  /** To token holders: the queue (the first of `total`) and the signal counts per slide (a snapshot, coalesced). */
  | { type: 'queue'; total: number; questions: QueueQuestion[]; signals: [string, SignalCounts][] }
  /** Written and committed: only now is the client told. `question` is the new question's id for an ask. */
  | { type: 'received'; ref: string; question?: number; state?: QuestionState }
  /** Not done, and why, in words for the page. */
  | { type: 'refused'; ref: string; reason: string }

export type Decoded<T> = { ok: true; message: T } | { ok: false; reason: string }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const hasExactly = (record: Record<string, unknown>, keys: readonly string[]): boolean => {
  const own = Object.keys(record)
  return own.length === keys.length && keys.every((k) => k in record)
}

const REF = /^[A-Za-z0-9_-]{1,40}$/
const DEVICE = /^[A-Za-z0-9_-]{16,64}$/
/** A slide id as the deck writes them: kebab-case. */
const SLIDE = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/
const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0
const isString = (value: unknown, pattern: RegExp): value is string => typeof value === 'string' && pattern.test(value)
/** Raw text before cleaning: bounded so no one makes the server clean a megabyte. */
const isRawText = (value: unknown, maxUnits: number): value is string => typeof value === 'string' && value.length <= maxUnits

/**
 * Control characters (C0, DEL, C1), bidi overrides, embeddings and isolates, and the
 * invisible direction marks are removed; line breaks and tabs become spaces; runs of spaces
 * collapse. What is left is shown as text.
 */
export function cleanText(raw: string): string {
  return (
    raw
      .replace(/[\t\n\r\f\v\u2028\u2029]/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g, '')
      .replace(/ {2,}/g, ' ')
      .trim()
  )
}

/** Length as a reader counts it: code points, so an emoji is one character. */
export const charCount = (text: string): number => [...text].length

/** A question's text and name, cleaned and checked; the reason is written for the page. */
export function checkQuestion(text: string, name: string): { ok: true; text: string; name: string } | { ok: false; reason: string } {
  const clean = cleanText(text)
  const n = charCount(clean)
  if (n === 0) return { ok: false, reason: 'The question is empty: write a few words.' }
  if (n > MAX_QUESTION_CHARS)
    return { ok: false, reason: `A question is at most ${MAX_QUESTION_CHARS} characters; this one has ${n}. Shorten it.` }
  const cleanName = cleanText(name)
  if (charCount(cleanName) > MAX_NAME_CHARS) return { ok: false, reason: `A name is at most ${MAX_NAME_CHARS} characters.` }
  return { ok: true, text: clean, name: cleanName }
}

/**
 * A room message from a client, or why it is refused. Only its shape is checked here (exact
 * keys, types, patterns); the text's length is checked by checkQuestion so that the page can be
 * told why, and the limits by the room.
 */
export function decodeRoomMessage(data: unknown): Decoded<RoomClientMessage> {
  if (!isRecord(data) || typeof data.type !== 'string') return { ok: false, reason: 'not a room message' }
  const type = data.type
  if (!isString(data.ref, REF)) return { ok: false, reason: `${type} without a valid ref` }
  switch (type) {
    case 'join':
      if (!hasExactly(data, ['type', 'ref', 'device']) || !isString(data.device, DEVICE))
        return { ok: false, reason: 'join with unknown fields or a malformed device id' }
      return { ok: true, message: { type, ref: data.ref, device: data.device } }
    case 'ask':
      // 4 UTF-16 units a character is far more than any real question needs; checkQuestion counts properly.
      if (
        !hasExactly(data, ['type', 'ref', 'slide', 'text', 'name']) ||
        !isString(data.slide, SLIDE) ||
        !isRawText(data.text, 4 * MAX_QUESTION_CHARS) ||
        !isRawText(data.name, 4 * MAX_NAME_CHARS)
      )
        return { ok: false, reason: 'ask with unknown fields or of the wrong shape' }
      return { ok: true, message: { type, ref: data.ref, slide: data.slide, text: data.text, name: data.name } }
    case 'signal':
      if (
        !hasExactly(data, ['type', 'ref', 'slide', 'kind']) ||
        !isString(data.slide, SLIDE) ||
        !(data.kind === null || (SIGNAL_KINDS as readonly unknown[]).includes(data.kind))
      )
        return { ok: false, reason: 'signal with unknown fields or of the wrong shape' }
      return { ok: true, message: { type, ref: data.ref, slide: data.slide, kind: data.kind as SignalKind | null } }
    case 'vote':
    case 'unvote':
    case 'approve':
    case 'hide':
    case 'answer':
    case 'pin':
    case 'unpin':
      if (!hasExactly(data, ['type', 'ref', 'question']) || !isId(data.question))
        return { ok: false, reason: `${type} with unknown fields or without a question id` }
      return { ok: true, message: { type, ref: data.ref, question: data.question } }
    default:
      return { ok: false, reason: 'unknown message type' }
  }
}

export const encodeRoomClientMessage = (message: RoomClientMessage): string => JSON.stringify(message)
export const encodeRoomServerMessage = (message: RoomServerMessage): string => JSON.stringify(message)

/** The server's room message, or undefined: the page trusts its own server, but still only reads what it expects. */
export function decodeRoomServerMessage(text: string): RoomServerMessage | undefined {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isRecord(data)) return undefined
  const types = ['room', 'room-update', 'queue', 'received', 'refused']
  return typeof data.type === 'string' && types.includes(data.type) ? (data as unknown as RoomServerMessage) : undefined
}

/** The audience's order: pinned first, then by votes, then oldest first. */
export function byVotes<T extends PublicQuestion>(a: T, b: T): number {
  return Number(b.pinned) - Number(a.pinned) || b.votes - a.votes || a.at - b.at || a.id - b.id
}

export const emptyCounts = (): SignalCounts => ({ source: 0, unclear: 0, agree: 0, disagree: 0 })

/** "Source? 7 · Unclear 3": the kinds with a count, in the buttons' order. */
export function countsLine(counts: SignalCounts | undefined): string {
  if (!counts) return 'No signals yet'
  const parts = SIGNAL_KINDS.filter((k) => counts[k] > 0).map((k) => `${SIGNAL_LABELS[k]} ${counts[k]}`)
  return parts.length ? parts.join(' · ') : 'No signals yet'
}
