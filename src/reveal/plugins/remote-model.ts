/**
 * The remote's view of the talk, as pure functions (unit-tested without a browser): the slides as
 * the built page describes them, where Next and Previous go from a position, the pacing against
 * the part budgets, and what a tap does given the connection. The remote never runs reveal.js's
 * navigation: it computes "go to position X" from the position the server last broadcast (the
 * truth) and sends that.
 */
import type { Position } from '../../present/protocol.ts'
import { formatClock, planBudgets, type PartBudget } from '../../render/pacing.ts'
import { fragmentGroupCount } from '../fragment-groups.ts'
import { allSlides, plainText, slideTitle } from '../slides.ts'

/** One slide as the remote needs it, read from the built page (readTalk). */
export interface TalkSlide {
  id: string
  /** reveal.js's indices of the slide (the deck is flat: v is 0 for every slide today). */
  h: number
  v: number
  title: string
  /** Fragment steps on the slide: f runs from -1 (none shown) to steps - 1. */
  steps: number
  /** Planned seconds (data-timing). */
  timing: number
  part: string
  backup: boolean
}

export interface TalkPart {
  id: string
  /** "II Van der Pijl": the numeral and the label, as the slide's corner shows them. */
  label: string
}

export interface Talk {
  slides: readonly TalkSlide[]
  parts: readonly TalkPart[]
}

/** The slides' small pictures in the built deck: `remote/<slide id>.jpg` (compile/remote-images-plugin.ts). */
export const REMOTE_IMAGE_DIR = 'remote'

export const START: Position = { h: 0, v: 0, f: -1, paused: false, overview: false }

/** The slide a position is on, or undefined off the end of this deck. */
export function slideOf(talk: Talk, at: Position): TalkSlide | undefined {
  return talk.slides.find((s) => s.h === at.h && s.v === at.v)
}

/** The next slide in document order: backups come after the closing slide, as reveal.js orders them. */
function neighbour(talk: Talk, at: Position, by: 1 | -1): TalkSlide | undefined {
  const i = talk.slides.findIndex((s) => s.h === at.h && s.v === at.v)
  return i < 0 ? undefined : talk.slides[i + by]
}

const moveTo = (from: Position, slide: TalkSlide, f: number): Position => ({ h: slide.h, v: slide.v, f, paused: false, overview: false })

/**
 * Where Next goes from `at`: the slide's next step, else the next slide with none shown, as
 * reveal.js's `next()` does. A blacked-out or overview position is lifted first. At the last
 * slide's last step Next stays (undefined: nothing to send).
 */
export function nextPosition(talk: Talk, at: Position): Position | undefined {
  const here = slideOf(talk, at)
  if (!here) return talk.slides[0] && moveTo(at, talk.slides[0], -1)
  if (at.f < here.steps - 1) return moveTo(at, here, at.f + 1)
  const next = neighbour(talk, at, 1)
  return next && moveTo(at, next, -1)
}

/** Where Previous goes: the slide's previous step, else the previous slide with every step shown. */
export function previousPosition(talk: Talk, at: Position): Position | undefined {
  const here = slideOf(talk, at)
  if (!here) return talk.slides[0] && moveTo(at, talk.slides[0], -1)
  if (at.f > -1) return moveTo(at, here, at.f - 1)
  const previous = neighbour(talk, at, -1)
  return previous && moveTo(at, previous, previous.steps - 1)
}

/** A jump from the map: the slide, no step shown. */
export function jumpPosition(slide: TalkSlide): Position {
  return { h: slide.h, v: slide.v, f: -1, paused: false, overview: false }
}

/** Blackout on or off, where the talk is. */
export function blackoutPosition(at: Position, on: boolean): Position {
  return { ...at, paused: on, overview: false }
}

/** The talk's slides only (no backups): what the pacing plan and "slide n of m" count. */
export const talkSlides = (talk: Talk) => talk.slides.filter((s) => !s.backup)

export function partBudgets(talk: Talk): PartBudget[] {
  return planBudgets(
    talk.parts.map((p) => ({ id: p.id, label: p.label, numeral: '' })),
    talk.slides,
  )
}

export type PaceState = 'ahead' | 'on-time' | 'behind'

export interface Pace {
  state: PaceState
  /** Seconds ahead of or behind the plan (0 on time). */
  by: number
  /** "Part II Van der Pijl: 2:40 planned, ends at 5:20". */
  budget: string
  /** What the presenter reads: "1:05 behind", "0:30 ahead", "on time". */
  words: string
}

/**
 * Elapsed time against the plan: on a talk slide the plan says it runs from the sum of the
 * timings before it to that sum plus its own. Before that window the talk is ahead, after it
 * behind. A backup slide is outside the talk's time: undefined.
 */
export function pace(talk: Talk, at: Position, elapsedSeconds: number): Pace | undefined {
  const here = slideOf(talk, at)
  if (!here || here.backup) return undefined
  const own = talkSlides(talk)
  const before = own.slice(0, own.indexOf(here)).reduce((sum, s) => sum + s.timing, 0)
  const budget = partBudgets(talk).find((b) => b.part.id === here.part)
  const budgetText = budget ? `${budget.part.label}: ${formatClock(budget.seconds)} planned, ends at ${formatClock(budget.endsAt)}` : ''
  if (elapsedSeconds < before) {
    const by = before - elapsedSeconds
    return { state: 'ahead', by, budget: budgetText, words: `${formatClock(by)} ahead` }
  }
  if (elapsedSeconds > before + here.timing) {
    const by = elapsedSeconds - before - here.timing
    return { state: 'behind', by, budget: budgetText, words: `${formatClock(by)} behind` }
  }
  return { state: 'on-time', by: 0, budget: budgetText, words: 'on time' }
}

/** What the pace line shows: loading until the talk's position is known, then the pace, or that a backup is outside the time. */
export interface PaceLine {
  text: string
  state: PaceState | 'backup' | 'loading'
  budget: string
}

/**
 * The pace line for a position, or for `undefined` while the remote has not yet heard where the
 * talk is (no welcome): it says so rather than guessing a slide, which read as "backup" before.
 */
export function describePace(talk: Talk, at: Position | undefined, elapsedSeconds: number): PaceLine {
  const here = at && slideOf(talk, at)
  if (!at || !here) return { text: 'Connecting: waiting for the talk’s position…', state: 'loading', budget: '' }
  const p = pace(talk, at, elapsedSeconds)
  return p ? { text: p.words, state: p.state, budget: p.budget } : { text: 'backup: outside the talk’s time', state: 'backup', budget: '' }
}

/** "Slide 4 of 31 · step 2 of 5", or "Backup 2 of 6". */
export function placeLabel(talk: Talk, at: Position): string {
  const here = slideOf(talk, at)
  if (!here) return ''
  const group = talk.slides.filter((s) => s.backup === here.backup)
  const kind = here.backup ? 'Backup' : 'Slide'
  const step = here.steps > 0 ? ` · step ${at.f + 1} of ${here.steps}` : ''
  return `${kind} ${group.indexOf(here) + 1} of ${group.length}${step}`
}

/**
 * The talk as the built page describes it: every slide (backups included) with its indices,
 * title, steps, planned time and part. Read once from the rendered HTML, so the remote needs no
 * data of its own and no reveal.js.
 */
export function readTalk(slidesElement: ParentNode): Talk {
  const slides: TalkSlide[] = []
  const parts = new Map<string, TalkPart>()
  // Every slide wherever it is: reveal.js's scroll view (a phone) moves each into a page of its
  // own and writes its indices on it (data-index-h/v), which may happen before this runs.
  let h = -1
  let v = 0
  let stack: Element | null = null
  for (const slide of allSlides(slidesElement)) {
    const parent = slide.parentElement?.tagName === 'SECTION' ? slide.parentElement : null
    if (slide.hasAttribute('data-index-h')) {
      h = Number(slide.getAttribute('data-index-h'))
      v = Number(slide.getAttribute('data-index-v') ?? 0)
    } else if (parent && parent === stack) v++
    else {
      h++
      v = 0
    }
    stack = parent
    const part = slide.getAttribute('data-part') ?? ''
    const backup = slide.hasAttribute('data-backup')
    const name = slide.querySelector('.part-name')
    if (!backup && !parts.has(part)) parts.set(part, { id: part, label: name ? plainText(name) : part })
    slides.push({
      id: slide.id,
      h,
      v,
      title: slideTitle(slide),
      steps: fragmentGroupCount(slide),
      timing: Number(slide.getAttribute('data-timing')) || 0,
      part,
      backup,
    })
  }
  return { slides, parts: [...parts.values()] }
}
