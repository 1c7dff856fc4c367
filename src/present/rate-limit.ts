/**
 * A token bucket per connection: `burst` messages at once, refilled at `perSecond`. The presenter's
 * page sends at most one position per 50 ms, far under the default; a client over it is flooding.
 */
export interface RateLimit {
  /** Whether a message arriving now may pass; takes one token if so. */
  take(now: number): boolean
}

export function createRateLimit(options: { perSecond: number; burst: number }, start: number): RateLimit {
  let tokens = options.burst
  let last = start
  return {
    take(now) {
      tokens = Math.min(options.burst, tokens + ((now - last) / 1000) * options.perSecond)
      last = now
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
  }
}
