/**
 * `npm run bench -- --follow --nodes N`: one talk served by N present servers on one Redis, all
 * on loopback. Starts its own redis-server and N server processes, spreads the followers over
 * them (client processes as in --follow, one per node), and reports the position delay across
 * nodes, what Redis adds (followers on the presenter's own node against the others), messages
 * lost, and memory per follower per node. Then a failover run: one node killed with SIGKILL mid-
 * talk, its followers reconnecting to the others with the page's own backoff; how long until each
 * is live again, and how many positions it missed once back. Bounded: every wait has a deadline.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { WebSocket } from 'ws'
import { decodeServerMessage, encodeClientMessage, type Position } from '../src/present/protocol.ts'
import { generateToken } from '../src/present/token.ts'
import { backoffDelay } from '../src/reveal/plugins/follow-state.ts'
import { startRedis } from '../tests/e2e/redis-harness.ts'
import type { NodeReply, NodeRequest } from './cluster-node.ts'
import { percentile, spawnServer, spawnTs } from './follow.ts'
import type { ClientsReply, ClientsRequest } from './follow-clients.ts'
import { ms, table } from './stats.ts'

const root = resolve(import.meta.dirname, '..')
const FOLLOWERS = Number(process.env.BENCH_CLUSTER_FOLLOWERS ?? 3000)
const FAILOVER_FOLLOWERS = Number(process.env.BENCH_CLUSTER_FAILOVER ?? 300)
const STEPS = Number(process.env.BENCH_FOLLOW_STEPS ?? 60)
const WARMUP = 5
const STEP_GAP_MS = 125
const STEP_DEADLINE_MS = 5000
const SLIDES = 28
const sleep = (t: number) => new Promise<void>((ok) => setTimeout(ok, t))
const now = () => performance.timeOrigin + performance.now()
const at = (seq: number): Position => ({ h: (seq % (SLIDES - 1)) + 1, v: 0, f: -1, paused: false, overview: false })

type Node = ReturnType<typeof spawnTs<NodeRequest, NodeReply>> & { port: number; name: string }

async function startNode(redis: string, name: string, token: string): Promise<Node> {
  const node = await spawnServer<NodeRequest, NodeReply>('bench/cluster-node.ts', ['--expose-gc'], [redis, name, token])
  return { ...node, port: node.ready.port, name }
}

async function memory(node: Node) {
  node.send({ type: 'memory' })
  const m = await node.next()
  if (m.type !== 'memory') throw new Error('no memory figures')
  return m
}

/** The presenter: a token holder on one node; `move` sends and resolves with the seq its node gave it. */
async function presenterOn(port: number, token: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/follow`, { origin: `http://127.0.0.1:${port}`, perMessageDeflate: false })
  const seq = await new Promise<number>((ok, fail) => {
    ws.once('error', fail)
    ws.once('open', () => ws.send(encodeClientMessage({ type: 'hello', token })))
    ws.once('message', (data) => {
      const d = decodeServerMessage(data.toString())
      if (d.ok && d.message.type === 'welcome' && d.message.role === 'presenter') ok(d.message.seq)
      else fail(new Error('the presenter was not accepted'))
    })
  })
  return { ws, seq, move: (position: Position) => ws.send(encodeClientMessage({ type: 'position', position })) }
}

interface NodeRound {
  node: string
  followers: number
  delays: number[]
  lost: number
  outOfOrder: number
  rssPerFollower: number
  heapPerFollower: number
}

/**
 * A follower of the failover run, reconnecting as the page does (follow-state.ts's backoff) to the
 * next node in the list when its node goes away. Notes when it is live again and every seq after.
 */
function failoverFollower(ports: readonly number[], spread: number) {
  const state = { killedAt: 0, liveAgainAt: 0, welcomePosition: null as Position | null, seqs: [] as number[], attempt: 0, tries: 0 }
  // ports[0] first; then, as behind a load balancer, one of the others (spread evenly).
  const connect = () => {
    const port = state.tries === 0 ? ports[0]! : ports[1 + ((spread + state.tries) % (ports.length - 1))]!
    state.tries++
    const ws = new WebSocket(`ws://127.0.0.1:${port}/follow`, { origin: `http://127.0.0.1:${port}`, perMessageDeflate: false })
    ws.on('open', () => ws.send(encodeClientMessage({ type: 'hello' })))
    ws.on('message', (data) => {
      const d = decodeServerMessage(data.toString())
      if (!d.ok) return
      if (d.message.type === 'welcome') {
        state.attempt = 0
        if (state.killedAt) {
          state.liveAgainAt = now()
          state.welcomePosition = d.message.position
          state.seqs = [d.message.seq]
        }
      } else if (d.message.type === 'position' && state.liveAgainAt) state.seqs.push(d.message.seq)
    })
    ws.on('error', () => undefined)
    ws.on('close', () => {
      if (stopped) return
      state.killedAt ||= now()
      setTimeout(connect, backoffDelay(state.attempt++))
    })
    sockets.push(ws)
  }
  let stopped = false
  const sockets: WebSocket[] = []
  connect()
  return {
    state,
    stop: () => {
      stopped = true
      for (const ws of sockets) ws.terminate()
    },
  }
}

export async function runClusterBench(nodeCount: number): Promise<void> {
  if (!Number.isInteger(nodeCount) || nodeCount < 2 || nodeCount > 8) throw new Error(`--nodes: expected 2 to 8, found ${nodeCount}`)
  const redis = await startRedis()
  const token = generateToken()
  const nodes: Node[] = []
  const clients: ReturnType<typeof spawnTs<ClientsRequest, ClientsReply>>[] = []
  const rounds: NodeRound[] = []
  let failover: { followers: number; liveAgain: number[]; missed: number; wrongSlide: number; notBack: number } | undefined
  try {
    for (let i = 0; i < nodeCount; i++) nodes.push(await startNode(redis.url, `n${i}`, token))
    const idle = await Promise.all(nodes.map(memory))
    // Followers spread evenly, one client process per node.
    const shares = nodes.map((_, i) => Math.floor(FOLLOWERS / nodeCount) + (i < FOLLOWERS % nodeCount ? 1 : 0))
    for (const _ of nodes) clients.push(spawnTs<ClientsRequest, ClientsReply>('bench/follow-clients.ts'))
    for (const c of clients) if ((await c.next()).type !== 'ready') throw new Error('a client process did not start')
    shares.forEach((followers, i) => clients[i]!.send({ type: 'connect', port: nodes[i]!.port, followers }))
    for (const c of clients) if ((await c.next()).type !== 'connected') throw new Error('a client process could not connect')
    const loaded = await Promise.all(nodes.map(memory))
    process.stdout.write(`${FOLLOWERS} followers on ${nodeCount} nodes, presenter on ${nodes[0]!.name} … `)

    // Every node relays every move once, so its seq counts the same moves: the followers' seqs match the presenter's.
    const presenter = await presenterOn(nodes[0]!.port, token)
    const firstSeq = presenter.seq + 1
    const sentAt = new Map<number, number>()
    for (let s = 0; s < WARMUP + STEPS; s++) {
      const seq = firstSeq + s
      for (const c of clients) c.send({ type: 'expect', seq })
      sentAt.set(seq, now())
      presenter.move(at(seq))
      await Promise.race([Promise.all(clients.map((c) => c.next(STEP_DEADLINE_MS))), sleep(STEP_DEADLINE_MS)]).catch(() => {})
      await sleep(STEP_GAP_MS)
    }
    for (const [i, c] of clients.entries()) {
      c.send({ type: 'finish' })
      let r = await c.next()
      while (r.type !== 'results') r = await c.next()
      const delays: number[] = []
      r.seqs.forEach((seq, j) => {
        const t = sentAt.get(seq)
        if (t !== undefined && seq >= firstSeq + WARMUP) for (const a of r.arrivals[j]!) delays.push(a - t)
      })
      rounds.push({
        node: nodes[i]!.name,
        followers: shares[i]!,
        delays,
        lost: shares[i]! * STEPS - delays.length,
        outOfOrder: r.outOfOrder,
        rssPerFollower: (loaded[i]!.rss - idle[i]!.rss) / shares[i]!,
        heapPerFollower: (loaded[i]!.heap - idle[i]!.heap) / shares[i]!,
      })
    }
    console.log('done')

    // Failover: followers on the last node; it is killed mid-talk while the presenter keeps moving.
    process.stdout.write(`failover: ${FAILOVER_FOLLOWERS} followers on ${nodes[nodeCount - 1]!.name}, killed mid-talk … `)
    const victim = nodes[nodeCount - 1]!
    const ports = [victim.port, ...nodes.slice(0, -1).map((n) => n.port)]
    const followers = Array.from({ length: FAILOVER_FOLLOWERS }, (_, i) => failoverFollower(ports, i))
    // All connected (welcomed) before the kill.
    const joinBy = now() + 10_000
    while (now() < joinBy && followers.some((f) => f.state.tries === 0)) await sleep(50)
    await sleep(500)
    let seq = firstSeq + WARMUP + STEPS
    const move = () => presenter.move(at(seq++))
    for (let i = 0; i < 8; i++, await sleep(STEP_GAP_MS)) move()
    const killedAt = now()
    victim.child.kill('SIGKILL')
    // Keep moving until every follower is back and has seen two more moves, or 20 s.
    const deadline = killedAt + 20_000
    while (now() < deadline) {
      move()
      await sleep(STEP_GAP_MS)
      if (followers.every((f) => f.state.liveAgainAt && f.state.seqs.length >= 3)) break
    }
    await sleep(500)
    const back = followers.filter((f) => f.state.liveAgainAt)
    let missed = 0
    let wrongSlide = 0
    for (const f of back) {
      const s = f.state.seqs
      for (let i = 1; i < s.length; i++) missed += s[i]! - s[i - 1]! - 1
      // Back on the live slide: the welcome names a position at most one move behind the last sent then.
      if (!f.state.welcomePosition || f.state.welcomePosition.h === 0) wrongSlide++
    }
    failover = {
      followers: FAILOVER_FOLLOWERS,
      liveAgain: back.map((f) => f.state.liveAgainAt - killedAt).sort((a, b) => a - b),
      missed,
      wrongSlide,
      notBack: FAILOVER_FOLLOWERS - back.length,
    }
    for (const f of followers) f.stop()
    presenter.ws.terminate()
    console.log('done')
  } finally {
    for (const c of clients) c.child.kill()
    for (const n of nodes) if (n.child.exitCode === null && n.child.signalCode === null) n.send({ type: 'stop' })
    await Promise.all(
      nodes.map((n) =>
        n.child.exitCode === null && n.child.signalCode === null ? new Promise((ok) => n.child.once('exit', ok)) : undefined,
      ),
    )
    await redis.stop()
  }

  const sorted = (xs: number[]) => Float64Array.from(xs).sort()
  const all = sorted(rounds.flatMap((r) => r.delays))
  const own = sorted(rounds[0]!.delays)
  const others = sorted(rounds.slice(1).flatMap((r) => r.delays))
  const f1 = (v: number) => `${v.toFixed(1)} ms`
  console.log(
    `\nFollow channel, ${nodeCount} nodes on one Redis, loopback: ${cpus().length} CPU (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end; ${STEPS} moves ${STEP_GAP_MS} ms apart after ${WARMUP} uncounted; presenter on ${rounds[0]!.node}\n`,
  )
  console.log(
    table([
      ['node', 'followers', 'delay p50', 'p95', 'max', 'lost', 'out of order', 'RSS / follower', 'heap / follower'],
      ...rounds.map((r) => {
        const d = sorted(r.delays)
        return [
          r.node + (r === rounds[0] ? ' (presenter)' : ''),
          String(r.followers),
          f1(percentile(d, 50)),
          f1(percentile(d, 95)),
          f1(d[d.length - 1] ?? NaN),
          `${r.lost} of ${r.followers * STEPS}`,
          String(r.outOfOrder),
          `${(r.rssPerFollower / 1024).toFixed(1)} KB`,
          `${(r.heapPerFollower / 1024).toFixed(1)} KB`,
        ]
      }),
      [
        'all',
        String(FOLLOWERS),
        f1(percentile(all, 50)),
        f1(percentile(all, 95)),
        f1(all[all.length - 1] ?? NaN),
        String(rounds.reduce((n, r) => n + r.lost, 0)),
        '',
        '',
        '',
      ],
    ]),
  )
  const extra50 = percentile(others, 50) - percentile(own, 50)
  const extra95 = percentile(others, 95) - percentile(own, 95)
  console.log(
    `\nWhat Redis adds (followers on the other nodes against those on the presenter's node): p50 ${f1(extra50)}, p95 ${f1(extra95)}.`,
  )
  if (failover) {
    const t = sorted(failover.liveAgain)
    console.log(
      `Failover: ${failover.followers} followers, their node killed (SIGKILL) mid-talk; live again on another node: p50 ${ms(percentile(t, 50))}, p95 ${ms(percentile(t, 95))}, max ${ms(t[t.length - 1])} (the page's backoff waits 0.4–0.6 s before the first retry); not back within 20 s: ${failover.notBack}; positions missed once back: ${failover.missed}; back on slide 1 or nowhere: ${failover.wrongSlide}.`,
    )
  }
  console.log('Absolute times vary 2–3x on shared machines; compare with `npm run bench -- --follow` from the same run.')
  const dir = resolve(root, 'bench/results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    resolve(dir, 'cluster-latest.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        loadAverage: loadavg(),
        nodes: nodeCount,
        followers: FOLLOWERS,
        steps: STEPS,
        perNode: rounds.map(({ delays, ...r }) => {
          const d = sorted(delays)
          return { ...r, p50: percentile(d, 50), p95: percentile(d, 95), max: d[d.length - 1] }
        }),
        all: { p50: percentile(all, 50), p95: percentile(all, 95), max: all[all.length - 1] },
        redisExtra: { p50: extra50, p95: extra95 },
        failover: failover && {
          ...failover,
          liveAgain: { p50: percentile(sorted(failover.liveAgain), 50), p95: percentile(sorted(failover.liveAgain), 95) },
        },
      },
      null,
      2,
    ),
  )
  console.log('Figures written to bench/results/cluster-latest.json.')
}
