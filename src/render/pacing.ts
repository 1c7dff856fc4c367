import type { Part, Slide } from '../model.ts'

/** A part's place in the planned timeline, in seconds from the start of the talk. */
export interface PartBudget {
  part: Part
  /** Planned duration of the part. */
  seconds: number
  /** Planned elapsed time at which the part starts and ends. */
  startsAt: number
  endsAt: number
  slides: number
}

/**
 * Planned budgets per part, in deck order. Back matter counts toward its own part; backup slides
 * count nowhere: they are for the questions, after the talk's time.
 */
export function planBudgets(parts: readonly Part[], slides: readonly Pick<Slide, 'part' | 'timing' | 'backup'>[]): PartBudget[] {
  let clock = 0
  return parts.map((part) => {
    const own = slides.filter((s) => s.part === part.id && s.backup !== true)
    const seconds = own.reduce((sum, s) => sum + s.timing, 0)
    const budget = { part, seconds, startsAt: clock, endsAt: clock + seconds, slides: own.length }
    clock += seconds
    return budget
  })
}

/** 754 -> "12:34". */
export function formatClock(seconds: number): string {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
