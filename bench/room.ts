/**
 * `npm run bench -- --room`: the room under a storm. The present server (room on, a session file
 * in a temporary folder) runs in its own process; FOLLOWERS followers are split over client
 * processes; for STORM_MS, ASKERS of them ask once each and all of them vote and signal while the
 * presenter moves 8 times a second. Reports the position delay (presenter's send to each
 * follower's receipt) during the storm, the delay from a question's send to the presenter's queue,
 * votes and questions acknowledged but not in the file afterwards (must be 0), writes per second,
 * the database's size and the server's memory. Bounded: every wait has a deadline.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, resolve } from 'node:path'
import { WebSocket } from 'ws'
import { decodeServerMessage, encodeClientMessage, type Position } from '../src/present/protocol.ts'
import { readRoomFile } from '../src/present/room-store.ts'
import { spawnServer, spawnTs } from './follow.ts'
import type { RoomClientsReply, RoomClientsRequest } from './room-clients.ts'
import { SLIDES } from './room-deck.ts'
import type { RoomServerReply, RoomServerRequest } from './room-server.ts'
import { mb, ms, table } from './stats.ts'

const root = resolve(import.meta.dirname, '..')
const FOLLOWERS = Number(process.env.BENCH_ROOM_FOLLOWERS ?? 1000)
const ASKERS = Number(process.env.BENCH_ROOM_ASKERS ?? 200)
const STORM_MS = Number(process.env.BENCH_ROOM_STORM_MS ?? 10_000)
const CLIENT_PROCESSES = 4
const STEP_GAP_MS = 125
const TARGET_P95_MS = 100

const sleep = (t: number) => new Promise<void>((ok) => setTimeout(ok, t))
const now = () => performance.timeOrigin + performance.now()
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN
}

/** The room's processes answer within this: a storm of thousands of sockets on a loaded machine. */
const ANSWER_MS = 120_000

export async function runRoomBench(): Promise<void> {
  console.log(
    `[bench] room: ${FOLLOWERS} followers over ${CLIENT_PROCESSES} processes, ${ASKERS} ask, a ${STORM_MS / 1000} s storm; load ${loadavg()[0]!.toFixed(1)}`,
  )
  const server = await spawnServer<RoomServerRequest, RoomServerReply>(
    'bench/room-server.ts',
    ['--expose-gc', ...(process.env.BENCH_ROOM_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_ROOM_PROF}`] : [])],
    [],
    ANSWER_MS,
  )
  const { ready } = server
  const stats = async () => {
    server.send({ type: 'stats' })
    const s = await server.next()
    if (s.type !== 'stats') throw new Error('no stats')
    return s
  }
  const clients = Array.from({ length: CLIENT_PROCESSES }, () =>
    spawnTs<RoomClientsRequest, RoomClientsReply>('bench/room-clients.ts', [], [], ANSWER_MS),
  )
  try {
    for (const c of clients) await c.next()
    clients.forEach((c, i) => {
      const share = Math.floor(FOLLOWERS / CLIENT_PROCESSES) + (i < FOLLOWERS % CLIENT_PROCESSES ? 1 : 0)
      const askers = Math.floor(ASKERS / CLIENT_PROCESSES) + (i < ASKERS % CLIENT_PROCESSES ? 1 : 0)
      c.send({ type: 'connect', port: ready.port, followers: share, askers, prefix: `p${i}` })
    })
    for (const c of clients) if ((await c.next()).type !== 'connected') throw new Error('a client process did not connect')

    // The presenter: moves, and notes when each question first shows in its queue.
    const presenter = new WebSocket(`ws://127.0.0.1:${ready.port}/follow`, {
      origin: `http://127.0.0.1:${ready.port}`,
      perMessageDeflate: false,
    })
    const sentAt: number[] = []
    const seqOf: number[] = []
    const firstSeen = new Map<number, number>()
    await new Promise<void>((ok, fail) => {
      presenter.once('error', fail)
      presenter.once('open', () => presenter.send(encodeClientMessage({ type: 'hello', token: ready.token })))
      presenter.on('message', (data) => {
        const at = now()
        const text = data.toString()
        const decoded = decodeServerMessage(text)
        if (decoded.ok) {
          if (decoded.message.type === 'welcome') {
            presenter.send(JSON.stringify({ type: 'join', ref: 'join', device: 'presenter-device-000000' }))
            ok()
          } else if (decoded.message.type === 'moved') seqOf.push(decoded.message.seq)
          return
        }
        const m = JSON.parse(text) as { type: string; questions?: { id: number }[] }
        if (m.type === 'queue') for (const q of m.questions ?? []) if (!firstSeen.has(q.id)) firstSeen.set(q.id, at)
      })
    })
    const before = await stats()
    const stormStart = Date.now()
    for (const c of clients) c.send({ type: 'storm', ms: STORM_MS })
    let h = 0
    while (Date.now() - stormStart < STORM_MS) {
      h = (h + 1) % SLIDES
      const position: Position = { h, v: 0, f: -1, paused: false, overview: false }
      sentAt.push(now())
      presenter.send(encodeClientMessage({ type: 'position', position }))
      await sleep(STEP_GAP_MS)
    }
    const sent = { asks: 0, votes: 0, signals: 0 }
    for (const c of clients) {
      const r = await c.next()
      if (r.type !== 'stormed') throw new Error('a client process did not finish its storm')
      sent.asks += r.sent.asks
      sent.votes += r.sent.votes
      sent.signals += r.sent.signals
    }
    const stormSeconds = (Date.now() - stormStart) / 1000
    // Let the last answers arrive.
    await sleep(2000)
    const after = await stats()
    for (const c of clients) c.send({ type: 'finish' })
    const results: Extract<RoomClientsReply, { type: 'results' }>[] = []
    for (const c of clients) {
      const r = await c.next()
      if (r.type !== 'results') throw new Error('no results from a client process')
      results.push(r)
    }
    presenter.terminate()
    server.send({ type: 'stop' })
    if ((await server.next()).type !== 'stopped') throw new Error('the server did not stop')

    // Position delays: each 'moved' names the seq of the position sent in that order.
    const delays: number[] = []
    let lost = 0
    seqOf.forEach((seq, i) => {
      const arrivals = results.flatMap((r) => r.positions.find(([s]) => s === seq)?.[1] ?? [])
      lost += FOLLOWERS - arrivals.length
      for (const at of arrivals) delays.push(at - sentAt[i]!)
    })
    const questions = results.flatMap((r) => r.questions)
    const votes = results.flatMap((r) => r.votes)
    const toPresenter = questions.map(([, , id, at]) => (firstSeen.get(id) ?? Infinity) - at)
    const saved = readRoomFile(ready.session)
    const savedQ = new Set(saved.questions.map((q) => `${q.device}\n${q.ref}`))
    const savedV = new Set(saved.votes.map((v) => `${v.device}\n${v.question}`))
    const lostQ = questions.filter(([d, ref]) => !savedQ.has(`${d}\n${ref}`)).length
    const lostV = votes.filter(([d, q]) => !savedV.has(`${d}\n${q}`)).length
    const refused = results.flatMap((r) => r.refused)
    rmSync(dirname(ready.session), { recursive: true, force: true })

    const writes = (after.writes - before.writes) / stormSeconds
    const report = {
      followers: FOLLOWERS,
      askers: ASKERS,
      stormSeconds,
      sent,
      acknowledged: { questions: questions.length, votes: votes.length },
      refused: refused.length,
      positions: { moves: seqOf.length, p50: percentile(delays, 50), p95: percentile(delays, 95), max: Math.max(...delays), lost },
      questionToPresenter: { p50: percentile(toPresenter, 50), p95: percentile(toPresenter, 95) },
      lost: { questions: lostQ, votes: lostV },
      writesPerSecond: writes,
      commitsPerSecond: (after.commits - before.commits) / stormSeconds,
      dbBytes: after.dbBytes,
      serverRss: after.rss,
      serverHeap: after.heapUsed,
      loadavg: loadavg()[0],
    }
    console.log(
      table([
        ['figure', 'value', 'target'],
        [
          'position delay p50 / p95 / max',
          `${ms(report.positions.p50)} / ${ms(report.positions.p95)} / ${ms(report.positions.max)}`,
          `p95 < ${TARGET_P95_MS} ms`,
        ],
        ['positions lost', `${lost} of ${seqOf.length * FOLLOWERS}`, '0'],
        ['question to presenter p50 / p95', `${ms(report.questionToPresenter.p50)} / ${ms(report.questionToPresenter.p95)}`, ''],
        ['questions acknowledged / lost', `${questions.length} / ${lostQ}`, 'lost 0'],
        ['votes acknowledged / lost', `${votes.length} / ${lostV}`, 'lost 0'],
        ['signals sent', String(sent.signals), ''],
        ['refused (limits)', String(refused.length), ''],
        ['writes per second (commits)', `${writes.toFixed(0)} (${report.commitsPerSecond.toFixed(0)})`, ''],
        ['database size', mb(after.dbBytes), ''],
        ['server memory (RSS / heap)', `${mb(after.rss)} / ${mb(after.heapUsed)}`, ''],
      ]),
    )
    if (refused.length) console.log(`[bench] refused, for example: ${refused[0]}`)
    console.log(`[bench] load average now ${loadavg()[0]!.toFixed(1)}; times vary 2-3x on a shared machine`)
    mkdirSync(resolve(root, 'bench/results'), { recursive: true })
    writeFileSync(resolve(root, 'bench/results/room.json'), `${JSON.stringify(report, null, 2)}\n`)
  } finally {
    for (const c of clients) c.child.kill()
    server.child.kill()
  }
}
