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

/** Three nodes of one talk (its own token, so tests never share keys). */
async function talk(names = ['a', 'b', 'c']) {
  const token = generateToken()
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
})
