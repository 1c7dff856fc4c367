/**
 * Several present servers, one talk, on a Redis of the test's own (npm run present -- --redis URL).
 * Raw follow-channel clients: what is checked (which positions arrive, what the presenter's queue
 * holds) is the channel's, and a browser would add nothing but time.
 */
import { readFileSync } from 'node:fs'
import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { positionChannel } from '../../src/present/position-bus.ts'
import { encodeClientMessage } from '../../src/present/protocol.ts'
import { talkPrefix } from '../../src/present/redis-link.ts'
import { exportRows } from '../../src/present/room-export.ts'
import { readRedisRoom, roomKeys } from '../../src/present/room-redis-store.ts'
import { slidesOfDeck } from '../../src/present/room-slides.ts'
import type { PresentServer } from '../../src/present/server.ts'
import { generateToken } from '../../src/present/token.ts'
import { at, channel, isPositionAt, isType, startNode, startNodeProcess } from './cluster-harness.ts'
import { startRedis, type TestRedis } from './redis-harness.ts'

let redis: TestRedis
let slides: { id: string; title: string }[]
const cleanup: (() => Promise<void> | void)[] = []

beforeAll(async () => {
  redis = await startRedis()
  slides = slidesOfDeck(readFileSync(`${inject('distDir')}/index.html`, 'utf8'))
})
afterAll(() => redis?.stop())
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

/** Nodes of one talk, in this process, closed after the test (its own token, so tests never share keys). */
async function talk(names = ['a', 'b', 'c'], token = generateToken()) {
  const logs = new Map<string, string[]>()
  const nodes: PresentServer[] = []
  for (const name of names) {
    const log: string[] = []
    logs.set(name, log)
    const node = await startNode(redis.url, name, token, log)
    nodes.push(node)
    cleanup.push(() => node.close())
  }
  return { token, nodes, logs }
}

const device = () =>
  `dev${generateToken()
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 20)}`

describe('several present servers on one Redis', () => {
  it('a follower on node B follows a presenter on node A', async () => {
    const {
      token,
      nodes: [a, b],
    } = await talk(['a', 'b'])
    const presenter = channel(a!.port)
    const follower = channel(b!.port)
    cleanup.push(presenter.close, follower.close)
    expect((await presenter.hello(token)).role).toBe('presenter')
    expect((await follower.hello()).role).toBe('audience')
    for (const h of [3, 4, 5]) {
      presenter.move(h)
      await follower.until(isPositionAt(h), `slide ${h} on node b`)
    }
    expect(follower.positions()).toEqual([3, 4, 5])
    // A follower joining node B later starts on the live slide.
    const late = channel(b!.port)
    cleanup.push(late.close)
    expect((await late.hello()).position).toEqual(at(5))
  })

  it('a question asked on node C reaches the presenter on node A and the export', async () => {
    const {
      token,
      nodes: [a, b, c],
    } = await talk()
    const presenter = channel(a!.port)
    const asker = channel(c!.port)
    cleanup.push(presenter.close, asker.close)
    await presenter.hello(token)
    presenter.room({ type: 'join', ref: 'j', device: device() })
    await presenter.until(isType('queue'), 'the queue')
    await asker.hello()
    const me = device()
    asker.room({ type: 'join', ref: 'j', device: me })
    await asker.until(isType('room'), 'the room')
    const slide = slides[2]!.id
    asker.room({ type: 'ask', ref: 'q1', slide, text: 'Who enforces a peer agreement?', name: '' })
    const received = await asker.until(isType('received'), 'received')
    expect(received.ref).toBe('q1')
    const queue = await presenter.until(
      (m): m is Extract<typeof m, { type: 'queue' }> => m.type === 'queue' && m.questions.length > 0,
      'the question in the presenter’s queue on node a',
    )
    expect(queue.questions.map((q) => [q.text, q.slide])).toEqual([['Who enforces a peer agreement?', slide]])

    // Voting twice from one device, through two nodes, counts once.
    const id = received.question!
    const voterB = channel(b!.port)
    cleanup.push(voterB.close)
    await voterB.hello()
    voterB.room({ type: 'join', ref: 'j', device: me })
    await voterB.until(isType('room'), 'the room on b')
    asker.room({ type: 'vote', ref: 'v1', question: id })
    voterB.room({ type: 'vote', ref: 'v2', question: id })
    await asker.until(isType('received'), 'vote received on c')
    await voterB.until(isType('received'), 'vote received on b')

    // The export reads what Redis holds: the question, its slide, one vote.
    const room = await readRedisRoom(a!.cluster!.link)
    const rows = exportRows(room).flatMap((r) => (r.type === 'question' ? [[r.text, r.slide, r.votes]] : []))
    expect(rows).toEqual([['Who enforces a peer agreement?', slide, 1]])
  })

  it('node A killed: the presenter reconnects to node B and continues, and no follower jumps', async () => {
    const token = generateToken()
    // Node A in a process of its own, to be killed as a machine dies.
    const a = await startNodeProcess(redis.url, 'a', token)
    cleanup.push(a.kill)
    const [b, c] = (await talk(['b', 'c'], token)).nodes as [PresentServer, PresentServer]
    const presenter = channel(a.port)
    const onA = channel(a.port)
    const onB = channel(b.port)
    const onC = channel(c.port)
    cleanup.push(presenter.close, onA.close, onB.close, onC.close)
    await presenter.hello(token)
    for (const f of [onA, onB, onC]) await f.hello()
    for (const h of [2, 3, 4]) presenter.move(h)
    for (const f of [onA, onB, onC]) await f.until(isPositionAt(4), 'slide 4')

    await a.kill()
    await Promise.all([presenter.closed, onA.closed])
    // Behind a load balancer both would land on another node: here, node B.
    const presenterAgain = channel(b.port)
    const onAAgain = channel(b.port)
    cleanup.push(presenterAgain.close, onAAgain.close)
    expect((await presenterAgain.hello(token)).position).toEqual(at(4))
    expect((await onAAgain.hello()).position).toEqual(at(4))
    presenterAgain.move(5)
    for (const f of [onAAgain, onB, onC]) await f.until(isPositionAt(5), 'slide 5 after the failover')
    // Every follower saw the talk go forward only: no slide 1, nothing missed once back.
    expect(onB.positions()).toEqual([2, 3, 4, 5])
    expect(onC.positions()).toEqual([2, 3, 4, 5])
    expect([...onA.positions(), ...onAAgain.positions()]).toEqual([2, 3, 4, 4, 5])
  })

  it('Redis restarted mid-talk: nodes keep serving, say so, and resume; nothing acknowledged is lost', async () => {
    const {
      token,
      nodes: [a, b],
      logs,
    } = await talk(['a', 'b'])
    const presenter = channel(a!.port)
    const follower = channel(b!.port)
    const asker = channel(b!.port)
    cleanup.push(presenter.close, follower.close, asker.close)
    await presenter.hello(token)
    presenter.room({ type: 'join', ref: 'j', device: device() })
    await follower.hello()
    await asker.hello()
    asker.room({ type: 'join', ref: 'j', device: device() })
    await asker.until(isType('room'), 'the room')
    presenter.move(3)
    await follower.until(isPositionAt(3), 'slide 3')
    asker.room({ type: 'ask', ref: 'before', slide: slides[1]!.id, text: 'Asked before the restart', name: 'Ann' })
    const first = await asker.until(isType('received'), 'the first question received')
    asker.room({ type: 'vote', ref: 'v', question: first.question! })
    await asker.until(isType('received'), 'the vote received')

    await redis.stop()
    // The presenter's page is told, and the log says it once.
    expect((await presenter.until(isType('cluster'), 'the cluster status')).reachable).toBe(false)
    // Node A still serves its own followers; a new one on A gets the live slide.
    const local = channel(a!.port)
    cleanup.push(local.close)
    await local.hello()
    presenter.move(4)
    await local.until(isPositionAt(4), 'slide 4 on node a while Redis is away')
    // A question asked while Redis is away (by someone else: one question per 10 s per person) waits for Redis.
    const later = channel(b!.port)
    cleanup.push(later.close)
    await later.hello()
    later.room({ type: 'join', ref: 'j', device: device() })
    await later.until(isType('room'), 'the room')
    later.room({ type: 'ask', ref: 'during', slide: slides[2]!.id, text: 'Asked while Redis was away', name: '' })

    await redis.start()
    expect((await presenter.until(isType('cluster'), 'the cluster status', 20_000)).reachable).toBe(true)
    // Node B's follower catches up with the move it missed, and never went back.
    await follower.until(isPositionAt(4), 'slide 4 on node b once Redis is back', 20_000)
    expect(follower.positions()).toEqual([3, 4])
    const second = await later.until(isType('received'), 'the second question received', 20_000)
    expect(second.ref).toBe('during')
    // Redis came back empty; the nodes wrote back what they hold: both questions and the vote.
    await expect
      .poll(
        async () => exportRows(await readRedisRoom(a!.cluster!.link)).flatMap((r) => (r.type === 'question' ? [[r.text, r.votes]] : [])),
        {
          timeout: 10_000,
        },
      )
      .toEqual(
        [
          ['Asked before the restart', 1],
          ['Asked while Redis was away', 0],
        ].sort(() => 0),
      )
    // The presenter on A sees both.
    await presenter.until(
      (m): m is Extract<typeof m, { type: 'queue' }> => m.type === 'queue' && m.questions.length === 2,
      'both questions in the presenter’s queue',
      10_000,
    )
    expect(logs.get('a')!.filter((l) => l.includes('unreachable'))).toHaveLength(1)
    expect(logs.get('a')!.filter((l) => l.includes('is back;'))).toHaveLength(1)
  })

  it('a forged position published straight into Redis moves nobody, and is counted', async () => {
    const {
      token,
      nodes: [a, b],
    } = await talk(['a', 'b'])
    const presenter = channel(a!.port)
    const follower = channel(b!.port)
    cleanup.push(presenter.close, follower.close)
    await presenter.hello(token)
    await follower.hello()
    presenter.move(2)
    await follower.until(isPositionAt(2), 'slide 2')
    const before = b!.rejections.counts().malformed ?? 0
    const raw = new Redis(redis.url)
    cleanup.push(() => void raw.disconnect())
    const ch = positionChannel(talkPrefix(token))
    const forged = encodeClientMessage({ type: 'position', position: at(0) })
    // Unsealed, sealed with a made-up MAC, out of range, not JSON: none moves anyone.
    await raw.publish(ch, `mallory\n${forged}`)
    await raw.publish(ch, `mallory\nAAAAAAAAAAAAAAAAAAAAAA\n${forged}`)
    await raw.publish(ch, `a\nAAAAAAAAAAAAAAAAAAAAAA\n${encodeClientMessage({ type: 'position', position: at(0) })}`)
    await raw.publish(ch, 'a\n\n{"type":"position","position":{"h":-1}}')
    await raw.publish(roomKeys(talkPrefix(token)).channel, 'mallory\nx\n{"ops":[]}')
    // The presenter's next move arrives after them on the same channel: by then all were dropped.
    presenter.move(3)
    await follower.until(isPositionAt(3), 'slide 3')
    expect(follower.positions()).toEqual([2, 3])
    expect((b!.rejections.counts().malformed ?? 0) - before).toBe(5)
    expect(b!.hub.position).toEqual(at(3))
  })
})
