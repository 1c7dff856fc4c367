import { describe, expect, it } from 'vitest'
import { createDeferQueue } from './defer-queue.ts'

const nextTurn = () => new Promise<void>((ok) => setImmediate(ok))

describe('the deferred room work', () => {
  it('runs after the current turn, in arrival order', async () => {
    const queue = createDeferQueue(1000)
    const ran: number[] = []
    for (const n of [1, 2, 3]) queue.push(() => ran.push(n))
    expect(ran).toEqual([])
    await nextTurn()
    expect(ran).toEqual([1, 2, 3])
    expect(queue.size).toBe(0)
  })

  it('yields to the event loop once its budget is spent: what arrives meanwhile goes first', async () => {
    let clock = 0
    // Each job takes 3 ms of the fake clock; the budget is 5 ms, so two jobs a turn.
    const queue = createDeferQueue(5, () => clock)
    const ran: string[] = []
    for (const n of [1, 2, 3, 4, 5]) queue.push(() => ((clock += 3), ran.push(`room ${n}`)))
    setImmediate(() => ran.push('a move read meanwhile'))
    await nextTurn()
    await nextTurn()
    expect(ran.slice(0, 3)).toEqual(['room 1', 'room 2', 'a move read meanwhile'])
    while (queue.size) await nextTurn()
    expect(ran).toHaveLength(6)
  })
})
