import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { createPositionBus, encodeBusPosition, positionChannel, positionKey } from './position-bus.ts'
import type { Position } from './protocol.ts'
import { createSeal, talkPrefix, type RedisLink } from './redis-link.ts'
import { createRejections } from './rejections.ts'

const at = (h: number): Position => ({ h, v: 0, f: -1, paused: false, overview: false })
const TOKEN = 'token-of-the-talk'

/**
 * One node's link to a Redis held in memory: the command connection reads and writes the keys,
 * the subscriber hears the channel only while `subscribed`, and each connection comes back when
 * the test says so, in the order it says, as two real connections may.
 */
function nodeOn(redis: Map<string, string>, node: string) {
  const listeners: ((up: boolean) => void)[] = []
  const subscriber = Object.assign(new EventEmitter(), {
    subscribed: false,
    async subscribe() {
      subscriber.subscribed = true
      return 1
    },
  })
  const link = {
    ...createSeal(TOKEN, node),
    node,
    prefix: talkPrefix(TOKEN),
    reachable: true,
    subscriber,
    commands: {
      get: async (key: string) => redis.get(key) ?? null,
      set: async (key: string, value: string) => void redis.set(key, value),
      multi() {
        const ops: (() => void)[] = []
        const chain = {
          set: (key: string, value: string) => (ops.push(() => redis.set(key, value)), chain),
          publish: (_channel: string, _text: string) => chain,
          exec: async () => ops.forEach((op) => op()),
        }
        return chain
      },
    },
    onReachable: (listener: (up: boolean) => void) => void listeners.push(listener),
  }
  return {
    link: link as unknown as RedisLink,
    /** Redis gone: both connections drop. */
    drop() {
      link.reachable = false
      subscriber.subscribed = false
      listeners.forEach((l) => l(false))
    },
    commandsBack() {
      link.reachable = true
      listeners.forEach((l) => l(true))
    },
    subscriberBack: () => subscriber.emit('ready'),
    /** A publication on the channel reaches this node only while it is subscribed. */
    hear(text: string) {
      if (subscriber.subscribed) subscriber.emit('message', positionChannel(link.prefix), text)
    },
  }
}

const settled = () => new Promise((ok) => setImmediate(ok))

/** A node's bus on a Redis of its own, and the slides (h) it was told of by other nodes. */
async function busOn(node: string) {
  const redis = new Map<string, string>()
  const on = nodeOn(redis, node)
  const bus = await createPositionBus(
    on.link,
    createRejections(() => undefined),
  )
  const seen: number[] = []
  bus.onRemote((p) => seen.push(p.h))
  return { redis, on, bus, seen }
}

describe('the position bus across a Redis restart', () => {
  it('a node whose subscriber comes back after another node sent its move still takes that move up', async () => {
    const { redis, on: b, seen } = await busOn('b')
    const a = createSeal(TOKEN, 'a')
    b.hear(encodeBusPosition(a, at(3)))
    expect(seen).toEqual([3])

    // Redis restarts empty. B's command connection is back first and finds no live position…
    b.drop()
    redis.clear()
    b.commandsBack()
    await settled()
    // …node A sends the move its presenter made meanwhile, while B's subscriber is still away…
    const moved = encodeBusPosition(a, at(4))
    redis.set(positionKey(b.link.prefix), moved)
    b.hear(moved)
    expect(seen).toEqual([3])
    // …and B takes it up from the key once its subscriber is back.
    b.subscriberBack()
    await settled()
    expect(seen).toEqual([3, 4])
  })

  it('a node with a move of its own not yet in Redis keeps it when its subscriber comes back first', async () => {
    const { redis, on: a, bus, seen } = await busOn('a')
    bus.publish(at(3))
    await settled()
    a.drop()
    bus.publish(at(4)) // the presenter moves while Redis is away
    a.subscriberBack() // the key still says 3
    await settled()
    expect(seen).toEqual([])
    a.commandsBack()
    await settled()
    expect(redis.get(positionKey(a.link.prefix))).toBe(encodeBusPosition(a.link, at(4)))
  })
})
