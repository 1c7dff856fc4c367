/**
 * Work that may wait behind the presenter's moves (the room's messages): run in arrival order,
 * after the event loop's reads of this turn (setImmediate), and at most `budgetMs` of it per turn.
 * A move read in the same turn as a storm of votes is relayed first, and one read in the next
 * turn waits at most one budget, however many room messages are queued.
 */
export interface DeferQueue {
  push(job: () => void): void
  /** Jobs waiting. */
  readonly size: number
  /** Drops what waits (the server is closing). */
  clear(): void
}

export function createDeferQueue(budgetMs: number, now: () => number = () => performance.now()): DeferQueue {
  let jobs: (() => void)[] = []
  let head = 0
  let scheduled = false
  const schedule = () => {
    if (scheduled) return
    scheduled = true
    setImmediate(drain)
  }
  function drain() {
    scheduled = false
    const end = now() + budgetMs
    try {
      // At least one job a turn, so the queue always moves.
      do jobs[head++]!()
      while (head < jobs.length && now() < end)
    } finally {
      if (head < jobs.length) schedule()
      else {
        jobs = []
        head = 0
      }
    }
  }
  return {
    push(job) {
      jobs.push(job)
      schedule()
    },
    get size() {
      return jobs.length - head
    },
    clear() {
      jobs = []
      head = 0
    },
  }
}
