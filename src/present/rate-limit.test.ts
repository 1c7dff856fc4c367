import { describe, expect, it } from 'vitest'
import { createRateLimit } from './rate-limit.ts'

describe('per-connection rate limit', () => {
  it('lets a burst through, then the refill rate', () => {
    const limit = createRateLimit({ perSecond: 10, burst: 3 }, 0)
    expect([limit.take(0), limit.take(0), limit.take(0), limit.take(0)]).toEqual([true, true, true, false])
    expect(limit.take(50)).toBe(false)
    expect(limit.take(100)).toBe(true)
    expect(limit.take(10_000)).toBe(true)
  })
})
