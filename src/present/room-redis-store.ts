/**
 * The room's store when several present servers share one talk (--redis): the same RoomStore as
 * the SQLite session file, over Redis, so room.ts runs unchanged on every node.
 *
 * - One MULTI per batch: the changes and their publication on the talk's room channel are applied
 *   together, so a node that sees a change in Redis also had it published, and the room tells a
 *   client "received" only after Redis has answered. While Redis is away the batch waits in the
 *   connection's queue (redis-link.ts): nothing is acknowledged that Redis does not hold.
 * - A vote is a member of one set ("question\ndevice"): counted once per device, however many
 *   nodes that device's reconnects land on. Signals: one hash field per slide and device.
 * - Question ids come from INCRBY on one counter, in blocks, so asking needs no round trip.
 * - Redis restarted (a new run_id): every node writes back what it holds, without overwriting
 *   (HSETNX, SADD), in case Redis came back empty; then every node reloads the room from Redis.
 * - Everything read from Redis is checked by the client messages' own validators before the room
 *   sees it; what fails is dropped and counted as a client's malformed message would be.
 */
import type { ChainableCommander } from 'ioredis'
import type { RedisLink } from './redis-link.ts'
import type { Rejections } from './rejections.ts'
import { SIGNAL_KINDS, checkQuestion, decodeRoomMessage, type QuestionState, type SignalKind } from './room-protocol.ts'
import type { RoomOp, RoomSnapshot, RoomStore, SharedRoomStore, StoredQuestion } from './room-store.ts'

/** Ids reserved per INCRBY; a new block is fetched when fewer than half are left. */
const ID_BLOCK = 100
const STATES: readonly QuestionState[] = ['pending', 'shown', 'hidden', 'answered']

export const roomKeys = (prefix: string) => ({
  ids: `${prefix}room:ids`,
  questions: `${prefix}room:questions`,
  moderation: `${prefix}room:moderation`,
  votes: `${prefix}room:votes`,
  signals: `${prefix}room:signals`,
  slides: `${prefix}room:slides`,
  channel: `${prefix}room:changes`,
})

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0
const parse = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
/** A device id, by the join message's own check. */
const isDevice = (v: unknown): v is string => decodeRoomMessage({ type: 'join', ref: 'r', device: v }).ok
const isState = (v: unknown): v is QuestionState => (STATES as readonly unknown[]).includes(v)
const isSignal = (v: unknown): v is SignalKind => (SIGNAL_KINDS as readonly unknown[]).includes(v)
/** A slide id, by the signal message's own check. */
const isSlide = (v: unknown): v is string => decodeRoomMessage({ type: 'signal', ref: 'r', slide: v, kind: null }).ok

/** A question as stored in Redis, checked as an ask from a client is (ref, slide, text, name), or undefined. */
export function decodeStoredQuestion(v: unknown): StoredQuestion | undefined {
  if (!isRecord(v)) return undefined
  const keys = ['id', 'ref', 'device', 'address', 'slide', 'text', 'name', 'state', 'pinned', 'at']
  if (Object.keys(v).length !== keys.length || !keys.every((k) => k in v)) return undefined
  const ask = decodeRoomMessage({ type: 'ask', ref: v.ref, slide: v.slide, text: v.text, name: v.name })
  if (!ask.ok || ask.message.type !== 'ask') return undefined
  const checked = checkQuestion(ask.message.text, ask.message.name)
  if (!checked.ok || !isId(v.id) || !isDevice(v.device) || typeof v.address !== 'string' || v.address.length > 64) return undefined
  if (!isState(v.state) || typeof v.pinned !== 'boolean' || typeof v.at !== 'number' || !Number.isFinite(v.at)) return undefined
  return {
    id: v.id,
    ref: ask.message.ref,
    device: v.device,
    address: v.address,
    slide: ask.message.slide,
    text: checked.text,
    name: checked.name,
    state: v.state,
    pinned: v.pinned,
    at: v.at,
  }
}

/** One change as published on the room channel, checked, or undefined. */
export function decodeRoomOp(v: unknown): RoomOp | undefined {
  if (!isRecord(v)) return undefined
  switch (v.kind) {
    case 'ask': {
      const question = decodeStoredQuestion(v.question)
      return question && { kind: 'ask', question }
    }
    case 'vote':
      return isId(v.question) && isDevice(v.device) && typeof v.on === 'boolean'
        ? { kind: 'vote', question: v.question, device: v.device, on: v.on }
        : undefined
    case 'signal':
      return isSlide(v.slide) && isDevice(v.device) && (v.signal === null || isSignal(v.signal))
        ? { kind: 'signal', slide: v.slide, device: v.device, signal: v.signal }
        : undefined
    case 'moderate':
      return isId(v.question) && isState(v.state) && typeof v.pinned === 'boolean'
        ? { kind: 'moderate', question: v.question, state: v.state, pinned: v.pinned }
        : undefined
    default:
      return undefined
  }
}

/** "question\ndevice" / "slide\ndevice": one member per vote, one field per signal. */
const pair = (a: string | number, b: string) => `${a}\n${b}`
const split = (text: string): [string, string] | undefined => {
  const cut = text.indexOf('\n')
  return cut > 0 ? [text.slice(0, cut), text.slice(cut + 1)] : undefined
}

/** The whole room as Redis holds it, each entry checked; `bad` counts what was dropped. */
async function loadRoom(link: RedisLink, bad: (what: string) => void): Promise<RoomSnapshot> {
  const k = roomKeys(link.prefix)
  const [questions, moderation, votes, signals, slides] = await Promise.all([
    link.commands.hgetall(k.questions),
    link.commands.hgetall(k.moderation),
    link.commands.smembers(k.votes),
    link.commands.hgetall(k.signals),
    link.commands.get(k.slides),
  ])
  const snapshot: RoomSnapshot = { questions: [], votes: [], signals: [], slides: [], position: null }
  for (const text of Object.values(questions)) {
    const q = decodeStoredQuestion(parse(text))
    if (!q) {
      bad('a stored question')
      continue
    }
    const m = parse(moderation[q.id] ?? 'null')
    if (isRecord(m) && isState(m.state) && typeof m.pinned === 'boolean') {
      q.state = m.state
      q.pinned = m.pinned
    }
    snapshot.questions.push(q)
  }
  snapshot.questions.sort((a, b) => a.id - b.id)
  for (const member of votes) {
    const [id, device] = split(member) ?? []
    const question = Number(id)
    if (isId(question) && isDevice(device)) snapshot.votes.push({ question, device })
    else bad('a stored vote')
  }
  for (const [field, kind] of Object.entries(signals)) {
    const [slide, device] = split(field) ?? []
    if (isSlide(slide) && isDevice(device) && isSignal(kind)) snapshot.signals.push({ slide, device, kind })
    else bad('a stored signal')
  }
  const list = parse(slides ?? '[]')
  if (Array.isArray(list))
    for (const s of list)
      if (isRecord(s) && isSlide(s.id) && typeof s.title === 'string') snapshot.slides.push({ id: s.id, title: s.title })
  return snapshot
}

/** The room of a talk held in Redis, for the export after the talk (`npm run questions`, the handout). */
export function readRedisRoom(link: RedisLink): Promise<RoomSnapshot> {
  return loadRoom(link, () => undefined)
}

const serverId = async (link: RedisLink): Promise<string> => /run_id:(\w+)/.exec(await link.commands.info('server'))?.[1] ?? ''

/** The room's store on the link; loads the room as Redis holds it (the snapshot a node joining mid-talk starts from). */
export async function openRedisRoomStore(link: RedisLink, rejections: Rejections, log: (line: string) => void): Promise<RoomStore> {
  const k = roomKeys(link.prefix)
  const file = `Redis ${link.describe}, talk ${link.prefix}`
  const dropped = (what: string) => rejections.reject('malformed', `${what} on Redis fails validation, dropped`)
  link.commands.defineCommand('raiseTo', {
    numberOfKeys: 1,
    // The id counter never goes back: after a restart that lost it, it is raised past every id a node holds.
    lua: "local v = tonumber(redis.call('GET', KEYS[1]) or '0') if v < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end return 1",
  })
  const raiseTo = (multi: ChainableCommander, n: number) =>
    (multi as ChainableCommander & { raiseTo(key: string, n: number): ChainableCommander }).raiseTo(k.ids, n)

  // Ids: a block [next, end] reserved on the counter.
  let next = 0
  let end = -1
  let fetching = false
  const refill = async () => {
    if (fetching) return
    fetching = true
    try {
      const top = await link.commands.incrby(k.ids, ID_BLOCK)
      next = top - ID_BLOCK + 1
      end = top
    } finally {
      fetching = false
    }
  }
  await refill()
  let outOfIds = false

  const initial = await loadRoom(link, dropped)
  let runId = await serverId(link)
  let room: Parameters<SharedRoomStore['follow']>[0] | undefined

  link.subscriber.on('message', (channel: string, text: string) => {
    if (channel !== k.channel) return
    const unsealed = link.unseal(text)
    const data = unsealed.ok ? parse(unsealed.text) : undefined
    if (!unsealed.ok || !isRecord(data) || !Array.isArray(data.ops)) {
      dropped('a room change')
      return
    }
    if (unsealed.node === link.node) return
    const ops: RoomOp[] = []
    for (const raw of data.ops) {
      const op = decodeRoomOp(raw)
      if (op) ops.push(op)
      else dropped('a room change')
    }
    room?.changes(ops)
  })
  await link.subscriber.subscribe(k.channel)

  /** Back after an outage: write back what this node holds if Redis restarted, then reload what was missed. */
  const resync = async () => {
    if (!room) return
    const id = await serverId(link)
    if (id !== runId) {
      const mine = room.current()
      const multi = link.commands.multi()
      for (const q of mine.questions) {
        multi.hsetnx(k.questions, String(q.id), JSON.stringify({ ...q, state: q.state, pinned: q.pinned }))
        multi.hsetnx(k.moderation, String(q.id), JSON.stringify({ state: q.state, pinned: q.pinned }))
      }
      for (const v of mine.votes) multi.sadd(k.votes, pair(v.question, v.device))
      for (const s of mine.signals) multi.hsetnx(k.signals, pair(s.slide, s.device), s.kind)
      raiseTo(multi, Math.max(end, ...mine.questions.map((q) => q.id)))
      multi.setnx(k.slides, JSON.stringify(mine.slides))
      await multi.exec()
      runId = id
      log(
        `present: Redis restarted; this node (${link.node}) wrote back the room it holds (${mine.questions.length} questions, ${mine.votes.length} votes) where Redis had lost it`,
      )
    }
    room.reload(await loadRoom(link, dropped))
  }
  let resyncing = false
  link.subscriber.on('ready', () => {
    if (resyncing) return
    resyncing = true
    resync()
      .catch((e: unknown) => log(`present: the room could not resynchronise with Redis: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => (resyncing = false))
  })

  const shared: SharedRoomStore = {
    nextQuestionId() {
      if (end - next < ID_BLOCK / 2) void refill().catch(() => undefined)
      if (next <= end) return next++
      // Only after ID_BLOCK / 2 questions on this node while Redis is away: an id from a range no
      // counter reaches, so it still collides with no other node's.
      if (!outOfIds) log('present: Redis has been away for many questions; ids taken from a random range until it is back')
      outOfIds = true
      return 2 ** 40 + Math.floor(Math.random() * 2 ** 40)
    },
    follow(r) {
      room = r
    },
  }

  return {
    file,
    shared,
    snapshot: () => initial,
    async commit(ops) {
      const changes = ops.filter((op) => op.kind !== 'position')
      if (!changes.length) return
      const multi = link.commands.multi()
      for (const op of changes) {
        switch (op.kind) {
          case 'ask':
            multi.hset(k.questions, String(op.question.id), JSON.stringify(op.question))
            multi.hset(k.moderation, String(op.question.id), JSON.stringify({ state: op.question.state, pinned: op.question.pinned }))
            break
          case 'vote':
            if (op.on) multi.sadd(k.votes, pair(op.question, op.device))
            else multi.srem(k.votes, pair(op.question, op.device))
            break
          case 'signal':
            if (op.signal) multi.hset(k.signals, pair(op.slide, op.device), op.signal)
            else multi.hdel(k.signals, pair(op.slide, op.device))
            break
          case 'moderate':
            multi.hset(k.moderation, String(op.question), JSON.stringify({ state: op.state, pinned: op.pinned }))
            break
        }
      }
      multi.publish(k.channel, link.seal(JSON.stringify({ ops: changes })))
      const replies = await multi.exec()
      const failed = replies?.find(([error]) => error)
      if (!replies || failed) throw new Error(`Redis refused the change: ${failed?.[0]?.message ?? 'transaction aborted'}`)
    },
    setSlides(slides) {
      void link.commands.set(k.slides, JSON.stringify(slides)).catch(() => undefined)
    },
    // Redis's memory is Redis's business (INFO memory); the room's share of it is small.
    size: () => 0,
    close() {
      // The link is shared with the position bus: the server closes it, after the room's last batch.
    },
  }
}
