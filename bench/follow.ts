/**
 * `npm run bench -- --follow`: the follow channel's capacity on loopback. The present server runs
 * in its own process; this one opens N follower sockets (1,000, then 2,000, 4,000, 8,000; it stops
 * stepping up at the first N whose p95 reaches the target) and a presenter that steps through a
 * 28-slide deck. Reports the propagation delay (presenter's send to each follower's receipt, both
 * timed here), messages lost, and the server's memory per follower. Bounded: every wait has a
 * deadline, and it stops by itself.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { WebSocket } from 'ws'
import { decodeServerMessage, encodeClientMessage, type Position } from '../src/present/protocol.ts'
import type { ClientsReply, ClientsRequest } from './follow-clients.ts'
import type { ServerReply, ServerRequest } from './follow-server.ts'
import { ms, table } from './stats.ts'

const root = resolve(import.meta.dirname, '..')
const STEPS = Number(process.env.BENCH_FOLLOW_STEPS ?? 60)
/** Between the presenter's moves: 8 a second, a fast clicker, under the server's rate limit. */
const STEP_GAP_MS = 125
const SIZES = (process.env.BENCH_FOLLOW_SIZES ?? '1000,2000,4000,8000').split(',').map(Number)
const TARGET_P95_MS = 100
const STEP_DEADLINE_MS = 5000
const WARMUP = 5
/** Follower sockets are split over this many client processes, as an audience's devices are. */
const CLIENT_PROCESSES = Math.max(1, Number(process.env.BENCH_FOLLOW_CLIENTS ?? 4))
const SLIDES = 28

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms))

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/** A TypeScript file in its own Node process, talked to over IPC: answers arrive in order. */
/**
 * A TypeScript file of the bench in a process of its own, talking over IPC: `send` a request,
 * `next` waits for the next reply (within `answerMs` unless told otherwise).
 */
export function spawnTs<Request, Reply>(file: string, flags: string[] = [], args: string[] = [], answerMs = 60_000) {
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', resolve(root, file), ...args], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const queue: Reply[] = []
  const waiting: ((r: Reply) => void)[] = []
  child.on('message', (m: Reply) => {
    const next = waiting.shift()
    if (next) next(m)
    else queue.push(m)
  })
  return {
    child,
    send: (r: Request) => child.send(r as object),
    next: (timeoutMs = answerMs) =>
      new Promise<Reply>((ok, fail) => {
        if (queue.length) return ok(queue.shift()!)
        const timer = setTimeout(() => fail(new Error(`${file} did not answer within ${timeoutMs / 1000} s`)), timeoutMs)
        waiting.push((r) => (clearTimeout(timer), ok(r)))
      }),
  }
}

/**
 * A bench server (follow-server, room-server, cluster-node) started with spawnTs, once its first
 * message said it is ready: that message (port, token…) beside the process's channel.
 */
export async function spawnServer<Request, Reply extends { type: string }>(
  file: string,
  flags: string[] = [],
  args: string[] = [],
  answerMs?: number,
): Promise<ReturnType<typeof spawnTs<Request, Reply>> & { ready: Extract<Reply, { type: 'ready' }> }> {
  const server = spawnTs<Request, Reply>(file, flags, args, answerMs)
  const ready = await server.next()
  if (ready.type !== 'ready') throw new Error(`${file} did not start: its first message was "${ready.type}"`)
  return { ...server, ready: ready as Extract<Reply, { type: 'ready' }> }
}

async function startServer() {
  const server = await spawnServer<ServerRequest, ServerReply>('bench/follow-server.ts', ['--expose-gc'])
  const memory = async () => {
    server.send({ type: 'memory' })
    const m = await server.next()
    if (m.type !== 'memory') throw new Error('no memory figures')
    return m
  }
  return { ...server, port: server.ready.port, token: server.ready.token, memory }
}

interface Round {
  followers: number
  clientProcesses: number
  connectMs: number
  delays: { p50: number; p95: number; max: number }
  expected: number
  received: number
  lost: number
  outOfOrder: number
  rssPerFollower: number
  heapPerFollower: number
}

const now = () => performance.timeOrigin + performance.now()

async function round(server: Awaited<ReturnType<typeof startServer>>, n: number, baseline: { rss: number; heap: number }): Promise<Round> {
  const shares = Array.from({ length: CLIENT_PROCESSES }, (_, i) => Math.floor(n / CLIENT_PROCESSES) + (i < n % CLIENT_PROCESSES ? 1 : 0))
  const clients = shares.map(() => spawnTs<ClientsRequest, ClientsReply>('bench/follow-clients.ts'))
  for (const c of clients) if ((await c.next()).type !== 'ready') throw new Error('a client process did not start')
  const started = performance.now()
  shares.forEach((followers, i) => clients[i]!.send({ type: 'connect', port: server.port, followers }))
  for (const c of clients) if ((await c.next()).type !== 'connected') throw new Error('a client process could not connect')
  const connectMs = performance.now() - started
  const mem = await server.memory()

  const origin = `http://127.0.0.1:${server.port}`
  const presenter = new WebSocket(`ws://127.0.0.1:${server.port}/follow`, { origin, perMessageDeflate: false })
  const welcome = await new Promise<number>((ok, fail) => {
    presenter.once('error', fail)
    presenter.once('open', () => presenter.send(encodeClientMessage({ type: 'hello', token: server.token })))
    presenter.once('message', (data) => {
      const d = decodeServerMessage(data.toString())
      if (d.ok && d.message.type === 'welcome' && d.message.role === 'presenter') ok(d.message.seq)
      else fail(new Error('the presenter was not accepted'))
    })
  })
  const firstSeq = welcome + 1
  /** The first WARMUP moves warm up every process (JIT, buffers) and are not counted. */
  const measuredFrom = firstSeq + WARMUP
  const sentAt = new Map<number, number>()
  for (let s = 0; s < WARMUP + STEPS; s++) {
    const seq = firstSeq + s
    const position: Position = { h: (seq % (SLIDES - 1)) + 1, v: 0, f: -1, paused: false, overview: false }
    for (const c of clients) c.send({ type: 'expect', seq })
    sentAt.set(seq, now())
    presenter.send(encodeClientMessage({ type: 'position', position }))
    // Every client process has it (or the step's deadline passed: what is missing counts as lost).
    await Promise.race([Promise.all(clients.map((c) => c.next(STEP_DEADLINE_MS))), sleep(STEP_DEADLINE_MS)]).catch(() => {})
    await sleep(STEP_GAP_MS)
  }
  presenter.terminate()

  const delays: number[] = []
  let outOfOrder = 0
  for (const c of clients) {
    c.send({ type: 'finish' })
    let r = await c.next()
    while (r.type !== 'results') r = await c.next()
    outOfOrder += r.outOfOrder
    r.seqs.forEach((seq, i) => {
      const t = sentAt.get(seq)
      if (t !== undefined && seq >= measuredFrom) for (const at of r.arrivals[i]!) delays.push(at - t)
    })
  }
  const expected = n * STEPS
  const sorted = Float64Array.from(delays).sort()
  return {
    followers: n,
    clientProcesses: CLIENT_PROCESSES,
    connectMs,
    delays: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? NaN },
    expected,
    received: sorted.length,
    lost: expected - sorted.length,
    outOfOrder,
    rssPerFollower: (mem.rss - baseline.rss) / n,
    heapPerFollower: (mem.heapUsed + mem.external - baseline.heap) / n,
  }
}

export async function runFollowBench(): Promise<void> {
  const server = await startServer()
  const rounds: Round[] = []
  try {
    const base = await server.memory()
    for (const n of SIZES) {
      // Each round from an idle server: the previous round's sockets closed and collected.
      for (let i = 0; i < 100; i++) {
        if ((await server.memory()).connections === 0) break
        await sleep(50)
      }
      process.stdout.write(`${n} followers … `)
      const r = await round(server, n, { rss: base.rss, heap: base.heapUsed + base.external })
      rounds.push(r)
      console.log(`p95 ${ms(r.delays.p95)}, lost ${r.lost}`)
      if (r.delays.p95 >= TARGET_P95_MS || r.lost > 0) break
    }
  } finally {
    server.send({ type: 'stop' })
    await new Promise((ok) => server.child.once('exit', ok))
  }
  const held = rounds.filter((r) => r.delays.p95 < TARGET_P95_MS && r.lost === 0)
  const largest = held.length ? Math.max(...held.map((r) => r.followers)) : 0
  const f1 = (v: number) => `${v.toFixed(1)} ms`
  console.log(
    `\nFollow channel on loopback: ${cpus().length} CPU (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end; ${STEPS} presenter moves ${STEP_GAP_MS} ms apart per round, after ${WARMUP} uncounted\n`,
  )
  console.log(
    table([
      [
        'followers',
        'client processes',
        'connect all',
        'delay p50',
        'p95',
        'max',
        'lost',
        'out of order',
        'server RSS / follower',
        'server heap / follower',
      ],
      ...rounds.map((r) => [
        String(r.followers),
        String(r.clientProcesses),
        ms(r.connectMs),
        f1(r.delays.p50),
        f1(r.delays.p95),
        f1(r.delays.max),
        `${r.lost} of ${r.expected}`,
        String(r.outOfOrder),
        `${(r.rssPerFollower / 1024).toFixed(1)} KB`,
        `${(r.heapPerFollower / 1024).toFixed(1)} KB`,
      ]),
    ]),
  )
  console.log(
    `\nLargest N with p95 < ${TARGET_P95_MS} ms and nothing lost: ${largest || 'none'}${largest === SIZES[SIZES.length - 1] ? ' (the largest tried)' : ''}. Target: 1000 (${largest >= 1000 ? 'met' : 'MISSED'}).`,
  )
  console.log(
    'Delay: from the presenter socket’s send (this process) to each follower socket’s message event (in the client processes), on the machine’s shared clock (performance.timeOrigin + now()). Memory: the server process after gc, all followers connected, minus the idle server; heap includes external buffers.',
  )
  const resultsDir = resolve(root, 'bench/results')
  mkdirSync(resultsDir, { recursive: true })
  const result = {
    date: new Date().toISOString(),
    loadAverage: loadavg(),
    steps: STEPS,
    warmup: WARMUP,
    stepGapMs: STEP_GAP_MS,
    targetP95Ms: TARGET_P95_MS,
    largest,
    rounds,
  }
  writeFileSync(resolve(resultsDir, 'follow-latest.json'), JSON.stringify(result, null, 2))
  console.log('Figures written to bench/results/follow-latest.json.')
}

if (import.meta.url === `file://${process.argv[1]}`) await runFollowBench()
