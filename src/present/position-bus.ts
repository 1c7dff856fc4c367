/**
 * The position bus: the presenter's accepted moves between the present servers of one talk, over
 * Redis pub/sub on a channel named for the talk, and the latest one kept in a key so a node that
 * (re)joins, or a follower that reconnects to another node, returns to the live slide.
 *
 * What travels is the very text a presenter's client sends (`{"type":"position",…}`), sealed by
 * the node (its name and an HMAC keyed by the talk's token, redis-link.ts), and what arrives is
 * unsealed and decoded with the same validator as a client's message: anything else (a forged or
 * garbled publication straight into Redis) moves nobody and is dropped and counted as a client's
 * malformed message would be.
 */
import { decodeClientMessage, encodeClientMessage, samePosition, type Position } from './protocol.ts'
import type { RedisLink, Unsealed } from './redis-link.ts'
import type { Rejections } from './rejections.ts'

export interface PositionBus {
  /** A local token holder's accepted move: to every other node, and kept as the talk's latest. */
  publish(position: Position): void
  /** Another node's move (validated), or the live position found on (re)connecting. */
  onRemote(listener: (position: Position) => void): void
  /** The live position in Redis when this node started (null if the talk has none yet). */
  readonly initial: Position | null
  /** Redis lost (false) or back (true). */
  onReachable(listener: (reachable: boolean) => void): void
  stats(): { published: number; received: number; dropped: number }
}

export const positionChannel = (prefix: string): string => `${prefix}positions`
export const positionKey = (prefix: string): string => `${prefix}position`

/** One publication on the channel, or the value of the key. */
export const encodeBusPosition = (link: Pick<RedisLink, 'seal'>, position: Position): string =>
  link.seal(encodeClientMessage({ type: 'position', position }))

/** A publication, unsealed: its node and validated position, or why it is dropped. */
export function decodeBusPosition(unsealed: Unsealed): { ok: true; node: string; position: Position } | { ok: false; reason: string } {
  if (!unsealed.ok) return unsealed
  const decoded = decodeClientMessage(unsealed.text)
  if (!decoded.ok) return { ok: false, reason: decoded.reason }
  if (decoded.message.type !== 'position') return { ok: false, reason: `a ${decoded.message.type}, not a position` }
  return { ok: true, node: unsealed.node, position: decoded.message.position }
}

export async function createPositionBus(link: RedisLink, rejections: Rejections): Promise<PositionBus> {
  const channel = positionChannel(link.prefix)
  const key = positionKey(link.prefix)
  const listeners: ((position: Position) => void)[] = []
  const counts = { published: 0, received: 0, dropped: 0 }
  /** The last position this node knows (its own or another's), and whether Redis has not yet had its own last move. */
  let last: Position | null = null
  let unpublished = false

  const read = (text: string | null, from: string): Position | null => {
    if (text === null) return null
    const decoded = decodeBusPosition(link.unseal(text))
    if (!decoded.ok) {
      counts.dropped++
      rejections.reject('malformed', `a position on Redis (${from}) that fails validation, dropped: ${decoded.reason}`)
      return null
    }
    return decoded.position
  }
  const deliver = (position: Position) => {
    if (samePosition(last, position)) return
    last = position
    counts.received++
    for (const listener of listeners) listener(position)
  }

  link.subscriber.on('message', (from: string, text: string) => {
    if (from !== channel) return
    const position = read(text, channel)
    if (position && !text.startsWith(`${link.node}\n`)) deliver(position)
  })
  await link.subscriber.subscribe(channel)
  const initial = read(await link.commands.get(key), key)
  last = initial

  const send = (position: Position) => {
    const text = encodeBusPosition(link, position)
    // Key and channel in one transaction: a node that reads the key after missing the message sees the same move.
    link.commands
      .multi()
      .set(key, text)
      .publish(channel, text)
      .exec()
      .then(
        () => {
          if (samePosition(last, position)) unpublished = false
        },
        () => undefined,
      )
    counts.published++
  }

  /**
   * The live position in the key, taken up, unless this node has a newer move of its own (that goes
   * out when the command connection is back). A restarted Redis that lost it gets this node's.
   */
  const takeUpLive = () =>
    link.commands.get(key).then(
      (text) => {
        if (unpublished) return
        const live = read(text, key)
        if (live) deliver(live)
        else if (last) void link.commands.set(key, encodeBusPosition(link, last), 'NX')
      },
      () => undefined,
    )

  // Back after an outage: a move made here while Redis was away goes out now; otherwise this node
  // takes up the live position.
  link.onReachable((up) => {
    if (!up) return
    if (unpublished && last) send(last)
    else void takeUpLive()
  })
  // The subscriber reconnects on its own schedule, not with the command connection that says Redis
  // is back: a move another node sent in between is missed as a message. It is in the key (set in
  // the same transaction), so the key is read again once the subscription is confirmed; any later
  // move arrives as a message.
  link.subscriber.on('ready', () => {
    if (!unpublished) void link.subscriber.subscribe(channel).then(takeUpLive, () => undefined)
  })

  return {
    initial,
    publish(position) {
      last = position
      if (!link.reachable) {
        // Not queued: only the latest move matters, and it goes out when Redis is back.
        unpublished = true
        return
      }
      unpublished = true
      send(position)
    },
    onRemote: (listener) => listeners.push(listener),
    onReachable: (listener) => link.onReachable(listener),
    stats: () => ({ ...counts }),
  }
}
