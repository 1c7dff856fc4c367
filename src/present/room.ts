/**
 * The room: questions, votes and signals tied to slides, on the follow channel. The hub hands
 * it every message that is not a hello or a position, from a connection that has said hello.
 *
 * Writes are group-committed: the changes of one turn of the event loop go to SQLite in one
 * transaction (setImmediate), and only then is each client told "received". Broadcasts are
 * coalesced (the audience gets changes at most every AUDIENCE_MS, token holders a snapshot at
 * most every QUEUE_MS) and skipped for a socket whose send buffer is full, so a flood of room
 * messages never queues in front of a position: positions are relayed at once by the hub, room
 * traffic waits its turn.
 */
import type { Position, Role } from './protocol.ts'
import { createRateLimit, type RateLimit } from './rate-limit.ts'
import {
  byVotes,
  checkQuestion,
  decodeRoomMessage,
  emptyCounts,
  encodeRoomServerMessage,
  type PublicQuestion,
  type QuestionState,
  type QueueQuestion,
  type RoomClientMessage,
  type RoomServerMessage,
  type SignalCounts,
  type SignalKind,
} from './room-protocol.ts'
import type { RoomOp, RoomStore, StoredQuestion } from './room-store.ts'

export interface RoomLimits {
  /** One question per this many seconds per connection. */
  askEverySeconds: number
  /** Questions one device may ask in a talk. */
  questionsPerDevice: number
  /** Questions from one network address: a burst, refilled at one per askEverySeconds, and a total for the talk. */
  askBurstPerAddress: number
  questionsPerAddress: number
  /** Votes and signals per second per connection (burst twice that), and per address. */
  actsPerSecond: number
  actsPerSecondPerAddress: number
  /** Questions the room takes in one talk. */
  questionsPerTalk: number
}

export const DEFAULT_LIMITS: RoomLimits = {
  askEverySeconds: 10,
  questionsPerDevice: 20,
  askBurstPerAddress: 6,
  questionsPerAddress: 60,
  actsPerSecond: 5,
  actsPerSecondPerAddress: 50,
  questionsPerTalk: 2000,
}

/** The audience gets the list's changes at most this often; token holders their snapshot. */
const AUDIENCE_MS = 1000
const QUEUE_MS = 200
/**
 * A socket with more than this waiting to be sent gets no room update now (a full one later):
 * positions first, and well under the hub's bound on a socket's queue (past it a reader is dropped).
 */
const BACKLOG_BYTES = 8 * 1024
/**
 * A whole list is sent at most this long (the audience's on joining or catching up, the token
 * holders' queue), so one room message never fills a slow phone's queue: the rest follow as
 * their votes change, and the export has every one.
 */
const AUDIENCE_LIST = 50
const QUEUE_LIST = 100
/**
 * A broadcast goes out this many sockets at a time, one turn of the event loop each, so a
 * presenter's move that arrives meanwhile is relayed between two slices instead of after all.
 */
const SLICE = 100

export interface RoomMember {
  role: Role
  address: string
  /** A text frame; a Buffer is the same UTF-8 text encoded once for every member. */
  send(text: string | Buffer): void
  /** Bytes queued on the socket, not yet sent. */
  buffered(): number
}

export type RoomVerdict = { ok: true } | { ok: false; kind: 'malformed' | 'not-presenter'; reason: string }

export interface RoomOptions {
  store: RoomStore
  moderate: boolean
  /** The deck's slides: a question or signal must name one of them. */
  slides: readonly { id: string; title: string }[]
  limits?: Partial<RoomLimits>
  /** Wall-clock ms for a question's time; monotonic ms for the rate limits. */
  now?: () => number
  clock?: () => number
  log?: (line: string) => void
}

export interface RoomStats {
  questions: number
  votes: number
  signals: number
  /** Changes committed, and transactions that held them. */
  writes: number
  commits: number
}

export interface Room {
  readonly moderated: boolean
  /** The presenter's last position from the session file (a restart resumes it). */
  readonly position: Position | null
  join(key: object, member: RoomMember): void
  leave(key: object): void
  /** A parsed message from a member; a verdict that is not ok closes that connection. */
  receive(key: object, data: unknown): RoomVerdict
  savePosition(position: Position): void
  stats(): RoomStats
  /** Commits what is pending and closes the file. */
  close(): void
}

interface Member extends RoomMember {
  key: object
  device: string | undefined
  ask: RateLimit
  act: RateLimit
  /** Missed an update (its buffer was full): gets a full list next time. */
  stale: boolean
}

interface AddressUse {
  ask: RateLimit
  act: RateLimit
  asked: number
}

const visible = (state: QuestionState) => state === 'shown' || state === 'answered'
const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`

export function createRoom(options: RoomOptions): Room {
  const { store, moderate } = options
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const now = options.now ?? (() => Date.now())
  const clock = options.clock ?? (() => performance.now())
  const log = options.log ?? ((line: string) => console.log(line))
  const slideIds = new Set(options.slides.map((s) => s.id))
  store.setSlides(options.slides)

  // The room in memory, loaded from the file; every change is written through.
  const saved = store.snapshot()
  const questions = new Map<number, StoredQuestion>()
  const byRef = new Map<string, number>()
  const votes = new Map<number, Set<string>>()
  const signals = new Map<string, Map<string, SignalKind>>()
  const counts = new Map<string, SignalCounts>()
  const askedBy = new Map<string, number>()
  const addresses = new Map<string, AddressUse>()
  let lastId = 0
  let voteTotal = 0
  const refKey = (device: string, ref: string) => `${device}\n${ref}`
  for (const q of saved.questions) {
    questions.set(q.id, q)
    byRef.set(refKey(q.device, q.ref), q.id)
    askedBy.set(q.device, (askedBy.get(q.device) ?? 0) + 1)
    lastId = Math.max(lastId, q.id)
  }
  for (const v of saved.votes) {
    let set = votes.get(v.question)
    if (!set) votes.set(v.question, (set = new Set()))
    set.add(v.device)
    voteTotal++
  }
  const countOf = (slide: string) => {
    let c = counts.get(slide)
    if (!c) counts.set(slide, (c = emptyCounts()))
    return c
  }
  for (const s of saved.signals) {
    let bySlide = signals.get(s.slide)
    if (!bySlide) signals.set(s.slide, (bySlide = new Map()))
    bySlide.set(s.device, s.kind)
    countOf(s.slide)[s.kind]++
  }
  const addressUse = (address: string): AddressUse => {
    let use = addresses.get(address)
    if (!use) {
      const t = clock()
      use = {
        ask: createRateLimit({ perSecond: 1 / limits.askEverySeconds, burst: limits.askBurstPerAddress }, t),
        act: createRateLimit({ perSecond: limits.actsPerSecondPerAddress, burst: 2 * limits.actsPerSecondPerAddress }, t),
        asked: 0,
      }
      addresses.set(address, use)
    }
    return use
  }
  for (const q of saved.questions) addressUse(q.address).asked++

  const members = new Map<object, Member>()
  const stats = { writes: 0, commits: 0 }

  const publicOf = (q: StoredQuestion): PublicQuestion => ({
    id: q.id,
    slide: q.slide,
    text: q.text,
    name: q.name,
    votes: votes.get(q.id)?.size ?? 0,
    answered: q.state === 'answered',
    pinned: q.pinned,
    at: q.at,
  })
  const publicList = () =>
    [...questions.values()]
      .filter((q) => visible(q.state))
      .map(publicOf)
      .sort(byVotes)
      .slice(0, AUDIENCE_LIST)
  /** The presenter's order: waiting for approval first (oldest first), then by votes, hidden last. */
  const rank = (q: QueueQuestion) => (q.state === 'pending' ? 0 : q.state === 'hidden' ? 2 : 1)
  /** Over QUEUE_LIST, the first 60 of that order and the newest of the rest, so a new question always shows. */
  const queueList = (): QueueQuestion[] => {
    const all = [...questions.values()]
      .map((q) => ({ ...publicOf(q), state: q.state }))
      .sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? a.id - b.id : byVotes(a, b)))
    if (all.length <= QUEUE_LIST) return all
    const head = all.slice(0, 60)
    const newest = all
      .slice(60)
      .sort((a, b) => b.id - a.id)
      .slice(0, QUEUE_LIST - 60)
    return [...head, ...newest.sort((a, b) => rank(a) - rank(b) || byVotes(a, b))]
  }

  // Pending writes and the answers that wait for them.
  let pending: RoomOp[] = []
  let acks: { key: object; message: RoomServerMessage }[] = []
  let flushQueued = false
  let committing: Promise<void> = Promise.resolve()
  const flush = () => {
    flushQueued = false
    const ops = pending
    const waiting = acks
    pending = []
    acks = []
    const settle = (failed: { error: unknown } | undefined) => {
      if (failed) {
        // The memory is now ahead of the file; the clients are told plainly that it was not saved.
        const why = failed.error instanceof Error ? failed.error.message : String(failed.error)
        log(`present: the room could not write the session file ${store.file}: ${why}`)
        for (const { key, message } of waiting)
          if (message.type === 'received')
            send(key, { type: 'refused', ref: message.ref, reason: `Not saved: the server could not write it (${why}).` })
        return
      }
      stats.writes += ops.length
      if (ops.length) stats.commits++
      for (const { key, message } of waiting) send(key, message)
    }
    if (store.shared) {
      // A shared store commits asynchronously: in order, each batch after the one before.
      committing = committing
        .then(() => store.commit(ops))
        .then(
          () => settle(undefined),
          (error: unknown) => settle({ error }),
        )
      return
    }
    try {
      store.commit(ops)
    } catch (error) {
      settle({ error })
      return
    }
    settle(undefined)
  }
  const write = (op: RoomOp) => {
    if (op.kind === 'position') pending = pending.filter((p) => p.kind !== 'position')
    pending.push(op)
    if (!flushQueued) {
      flushQueued = true
      setImmediate(flush)
    }
  }
  /** The answer to a message, sent once everything before it is committed. */
  const answer = (key: object, message: RoomServerMessage) => {
    acks.push({ key, message })
    if (!flushQueued) {
      flushQueued = true
      setImmediate(flush)
    }
  }
  const send = (key: object, message: RoomServerMessage) => members.get(key)?.send(encodeRoomServerMessage(message))

  // Coalesced broadcasts.
  const changed = new Set<number>()
  const votesChanged = new Set<number>()
  const removed = new Set<number>()
  let queueDirty = false
  const timers: { audience?: ReturnType<typeof setTimeout>; queue?: ReturnType<typeof setTimeout> } = {}
  const last = { audience: -Infinity, queue: -Infinity }
  const schedule = (which: 'audience' | 'queue') => {
    if (timers[which]) return
    const every = which === 'audience' ? AUDIENCE_MS : QUEUE_MS
    const wait = Math.max(0, last[which] + every - clock())
    timers[which] = setTimeout(() => {
      timers[which] = undefined
      last[which] = clock()
      if (which === 'audience') broadcastAudience()
      else broadcastQueue()
    }, wait)
  }
  const touched = (id: number, how: 'question' | 'votes' | 'removed') => {
    if (how === 'question') changed.add(id)
    else if (how === 'votes') votesChanged.add(id)
    else {
      removed.add(id)
      changed.delete(id)
    }
    queueDirty = true
    schedule('audience')
    schedule('queue')
  }
  /** To every member of a role, a slice per turn of the event loop; `each` picks what one gets (undefined: nothing now). */
  const fanOut = (role: Role, each: (m: Member) => Buffer | undefined, done: (behind: boolean) => void) => {
    const targets = [...members.values()].filter((m) => m.role === role)
    let behind = false
    const slice = (from: number) => {
      for (const m of targets.slice(from, from + SLICE)) {
        if (!members.has(m.key)) continue
        if (m.buffered() > BACKLOG_BYTES) {
          m.stale = behind = true
          continue
        }
        const data = each(m)
        if (data) m.send(data)
      }
      if (from + SLICE < targets.length) setImmediate(slice, from + SLICE)
      else done(behind)
    }
    slice(0)
  }
  const broadcastAudience = () => {
    const upserts = [...changed].map((id) => questions.get(id)!).filter((q) => visible(q.state))
    const delta = encodeRoomServerMessage({
      type: 'room-update',
      reset: false,
      questions: upserts.map(publicOf),
      votes: [...votesChanged]
        .filter((id) => !changed.has(id) && visible(questions.get(id)!.state))
        .map((id) => [id, votes.get(id)?.size ?? 0]),
      removed: [...removed],
    })
    changed.clear()
    votesChanged.clear()
    removed.clear()
    // Encoded once, sent to all.
    const deltaBytes = Buffer.from(delta)
    let full: Buffer | undefined
    fanOut(
      'audience',
      (m) => {
        if (!m.stale) return deltaBytes
        m.stale = false
        return (full ??= Buffer.from(
          encodeRoomServerMessage({ type: 'room-update', reset: true, questions: publicList(), votes: [], removed: [] }),
        ))
      },
      (behind) => behind && schedule('audience'),
    )
  }
  const broadcastQueue = () => {
    if (!queueDirty && ![...members.values()].some((m) => m.role === 'presenter' && m.stale)) return
    queueDirty = false
    const bytes = Buffer.from(encodeRoomServerMessage(queueMessage()))
    fanOut(
      'presenter',
      (m) => {
        m.stale = false
        return bytes
      },
      (behind) => behind && schedule('queue'),
    )
  }
  const queueMessage = (): RoomServerMessage => ({
    type: 'queue',
    total: questions.size,
    questions: queueList(),
    signals: [...counts.entries()],
  })

  const refuse = (key: object, ref: string, reason: string): RoomVerdict => {
    answer(key, { type: 'refused', ref, reason })
    return { ok: true }
  }

  const onAsk = (key: object, m: Member, msg: Extract<RoomClientMessage, { type: 'ask' }>): RoomVerdict => {
    const device = m.device!
    const again = byRef.get(refKey(device, msg.ref))
    if (again !== undefined) {
      answer(key, { type: 'received', ref: msg.ref, question: again, state: questions.get(again)!.state })
      return { ok: true }
    }
    if (!slideIds.has(msg.slide)) return refuse(key, msg.ref, `There is no slide “${msg.slide}” in this talk.`)
    const checked = checkQuestion(msg.text, msg.name)
    if (!checked.ok) return refuse(key, msg.ref, checked.reason)
    if (questions.size >= limits.questionsPerTalk)
      return refuse(key, msg.ref, `The room has reached ${plural(limits.questionsPerTalk, 'question')}, the most one talk takes.`)
    const mine = askedBy.get(device) ?? 0
    if (mine >= limits.questionsPerDevice)
      return refuse(key, msg.ref, `You have asked ${plural(mine, 'question')}, the most one person may ask in this talk.`)
    const use = addressUse(m.address)
    if (use.asked >= limits.questionsPerAddress)
      return refuse(key, msg.ref, `Your network address has sent ${plural(use.asked, 'question')}, the most for one talk.`)
    const t = clock()
    if (!m.ask.take(t)) return refuse(key, msg.ref, `One question every ${limits.askEverySeconds} seconds, please: try again in a moment.`)
    if (!use.ask.take(t)) return refuse(key, msg.ref, 'Too many questions from your network address just now: try again in a minute.')
    const question: StoredQuestion = {
      id: store.shared ? store.shared.nextQuestionId() : ++lastId,
      ref: msg.ref,
      device,
      address: m.address,
      slide: msg.slide,
      text: checked.text,
      name: checked.name,
      state: moderate ? 'pending' : 'shown',
      pinned: false,
      at: now(),
    }
    questions.set(question.id, question)
    byRef.set(refKey(device, msg.ref), question.id)
    askedBy.set(device, mine + 1)
    use.asked++
    write({ kind: 'ask', question })
    answer(key, { type: 'received', ref: msg.ref, question: question.id, state: question.state })
    touched(question.id, 'question')
    return { ok: true }
  }

  const takeAct = (m: Member) => {
    const t = clock()
    return m.act.take(t) && addressUse(m.address).act.take(t)
  }

  const onVote = (key: object, m: Member, msg: { ref: string; question: number }, on: boolean): RoomVerdict => {
    const q = questions.get(msg.question)
    if (!q || !visible(q.state)) return refuse(key, msg.ref, 'That question is no longer shown.')
    if (!takeAct(m)) return refuse(key, msg.ref, 'Too many votes and signals at once: wait a second and try again.')
    let set = votes.get(q.id)
    if (!set) votes.set(q.id, (set = new Set()))
    const device = m.device!
    if (set.has(device) !== on) {
      if (on) set.add(device)
      else set.delete(device)
      voteTotal += on ? 1 : -1
      write({ kind: 'vote', question: q.id, device, on })
      touched(q.id, 'votes')
    }
    answer(key, { type: 'received', ref: msg.ref })
    return { ok: true }
  }

  const onSignal = (key: object, m: Member, msg: Extract<RoomClientMessage, { type: 'signal' }>): RoomVerdict => {
    if (!slideIds.has(msg.slide)) return refuse(key, msg.ref, `There is no slide “${msg.slide}” in this talk.`)
    if (!takeAct(m)) return refuse(key, msg.ref, 'Too many votes and signals at once: wait a second and try again.')
    const device = m.device!
    let bySlide = signals.get(msg.slide)
    if (!bySlide) signals.set(msg.slide, (bySlide = new Map()))
    const before = bySlide.get(device)
    if (before !== (msg.kind ?? undefined)) {
      const c = countOf(msg.slide)
      if (before) c[before]--
      if (msg.kind) {
        c[msg.kind]++
        bySlide.set(device, msg.kind)
      } else bySlide.delete(device)
      write({ kind: 'signal', slide: msg.slide, device, signal: msg.kind })
      queueDirty = true
      schedule('queue')
    }
    answer(key, { type: 'received', ref: msg.ref })
    return { ok: true }
  }

  const onModerate = (key: object, msg: { type: string; ref: string; question: number }): RoomVerdict => {
    const q = questions.get(msg.question)
    if (!q) return refuse(key, msg.ref, `There is no question ${msg.question}.`)
    const wasVisible = visible(q.state)
    switch (msg.type) {
      case 'approve':
        if (q.state === 'pending' || q.state === 'hidden') q.state = 'shown'
        break
      case 'hide':
        q.state = 'hidden'
        q.pinned = false
        break
      case 'answer':
        q.state = 'answered'
        break
      case 'pin':
        q.pinned = true
        if (q.state === 'pending' || q.state === 'hidden') q.state = 'shown'
        break
      case 'unpin':
        q.pinned = false
        break
    }
    write({ kind: 'moderate', question: q.id, state: q.state, pinned: q.pinned })
    answer(key, { type: 'received', ref: msg.ref, question: q.id, state: q.state })
    touched(q.id, wasVisible && !visible(q.state) ? 'removed' : 'question')
    return { ok: true }
  }

  /** Another server's committed change (a shared store): applied as if made here, and idempotent. */
  const absorb = (op: RoomOp) => {
    switch (op.kind) {
      case 'ask': {
        const q = op.question
        const known = questions.get(q.id)
        if (known) {
          absorb({ kind: 'moderate', question: q.id, state: q.state, pinned: q.pinned })
          return
        }
        questions.set(q.id, { ...q })
        byRef.set(refKey(q.device, q.ref), q.id)
        askedBy.set(q.device, (askedBy.get(q.device) ?? 0) + 1)
        addressUse(q.address).asked++
        lastId = Math.max(lastId, q.id)
        touched(q.id, 'question')
        return
      }
      case 'vote': {
        if (!questions.has(op.question)) return
        let set = votes.get(op.question)
        if (!set) votes.set(op.question, (set = new Set()))
        if (set.has(op.device) === op.on) return
        if (op.on) set.add(op.device)
        else set.delete(op.device)
        voteTotal += op.on ? 1 : -1
        touched(op.question, 'votes')
        return
      }
      case 'signal': {
        let bySlide = signals.get(op.slide)
        if (!bySlide) signals.set(op.slide, (bySlide = new Map()))
        const before = bySlide.get(op.device)
        if (before === (op.signal ?? undefined)) return
        const c = countOf(op.slide)
        if (before) c[before]--
        if (op.signal) {
          c[op.signal]++
          bySlide.set(op.device, op.signal)
        } else bySlide.delete(op.device)
        queueDirty = true
        schedule('queue')
        return
      }
      case 'moderate': {
        const q = questions.get(op.question)
        if (!q || (q.state === op.state && q.pinned === op.pinned)) return
        const wasVisible = visible(q.state)
        q.state = op.state
        q.pinned = op.pinned
        touched(q.id, wasVisible && !visible(q.state) ? 'removed' : 'question')
        return
      }
      case 'position':
        return
    }
  }
  store.shared?.follow({
    changes: (ops) => ops.forEach(absorb),
    // Everything the shared store holds, and what it no longer holds taken back (missed while it was away).
    reload(snapshot) {
      for (const q of snapshot.questions) absorb({ kind: 'ask', question: q })
      const held = new Set(snapshot.votes.map((v) => refKey(String(v.question), v.device)))
      for (const [question, set] of votes)
        for (const device of set) if (!held.has(refKey(String(question), device))) absorb({ kind: 'vote', question, device, on: false })
      for (const v of snapshot.votes) absorb({ kind: 'vote', question: v.question, device: v.device, on: true })
      const marked = new Set(snapshot.signals.map((s) => refKey(s.slide, s.device)))
      for (const [slide, bySlide] of signals)
        for (const device of bySlide.keys()) if (!marked.has(refKey(slide, device))) absorb({ kind: 'signal', slide, device, signal: null })
      for (const s of snapshot.signals) absorb({ kind: 'signal', slide: s.slide, device: s.device, signal: s.kind })
    },
    current: () => ({
      questions: [...questions.values()],
      votes: [...votes].flatMap(([question, set]) => [...set].map((device) => ({ question, device }))),
      signals: [...signals].flatMap(([slide, bySlide]) => [...bySlide].map(([device, kind]) => ({ slide, device, kind }))),
      slides: [...options.slides],
      position: null,
    }),
  })

  return {
    moderated: moderate,
    position: saved.position,
    join(key, member) {
      const t = clock()
      members.set(key, {
        ...member,
        key,
        device: undefined,
        ask: createRateLimit({ perSecond: 1 / limits.askEverySeconds, burst: 1 }, t - limits.askEverySeconds * 1000),
        act: createRateLimit({ perSecond: limits.actsPerSecond, burst: 2 * limits.actsPerSecond }, t),
        stale: false,
      })
    },
    leave(key) {
      members.delete(key)
    },
    receive(key, data) {
      const m = members.get(key)
      if (!m) return { ok: false, kind: 'malformed', reason: 'a room message before hello' }
      const decoded = decodeRoomMessage(data)
      if (!decoded.ok) return { ok: false, kind: 'malformed', reason: decoded.reason }
      const msg = decoded.message
      if (msg.type === 'join') {
        if (m.device !== undefined) return { ok: false, kind: 'malformed', reason: 'a second join on one connection' }
        m.device = msg.device
        const mine = [...votes.entries()].filter(([, set]) => set.has(msg.device)).map(([id]) => id)
        const mySignals: [string, SignalKind][] = []
        for (const [slide, bySlide] of signals) {
          const kind = bySlide.get(msg.device)
          if (kind) mySignals.push([slide, kind])
        }
        const asked = [...questions.values()].filter((q) => q.device === msg.device).map((q) => q.ref)
        answer(key, { type: 'room', moderated: moderate, votes: mine, signals: mySignals, asked, questions: publicList() })
        if (m.role === 'presenter') answer(key, queueMessage())
        return { ok: true }
      }
      if (m.device === undefined) return { ok: false, kind: 'malformed', reason: `${msg.type} before join` }
      switch (msg.type) {
        case 'ask':
          return onAsk(key, m, msg)
        case 'vote':
          return onVote(key, m, msg, true)
        case 'unvote':
          return onVote(key, m, msg, false)
        case 'signal':
          return onSignal(key, m, msg)
        default:
          // Moderation: the token only. A forged or missing token gets nothing and loses its connection.
          if (m.role !== 'presenter')
            return { ok: false, kind: 'not-presenter', reason: `${msg.type} from a connection without the presenter’s token` }
          return onModerate(key, msg)
      }
    },
    savePosition(position) {
      write({ kind: 'position', position })
    },
    stats: () => {
      let signalTotal = 0
      for (const bySlide of signals.values()) signalTotal += bySlide.size
      return { questions: questions.size, votes: voteTotal, signals: signalTotal, ...stats }
    },
    close() {
      clearTimeout(timers.audience)
      clearTimeout(timers.queue)
      if (pending.length || acks.length) flush()
      // A shared store closes once the last batch is in (its connection waits for the replies due).
      if (store.shared) void committing.then(() => store.close())
      else store.close()
    },
  }
}
