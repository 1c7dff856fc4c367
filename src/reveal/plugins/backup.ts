import type { RevealApi, RevealPlugin } from 'reveal.js'
import { ASIDES_EVENT } from '../asides.ts'
import { isPrintView } from '../print.ts'
import { isBackupSlide, slideAt, slideTitle } from '../slides.ts'

/** R: not one of reveal.js's keys (its keyboard controller binds P N H L K J B V . F A G C O). */
const KEY_CODE = 82

/** A place in the deck, as reveal.js's getIndices gives it: f is the fragment shown last, -1 for none. */
export interface Position {
  h: number
  v: number
  f?: number
}

/**
 * Remembers the last place in the talk: every move on a talk slide is noted, moves on a backup
 * slide are not, and neither are the slides the overview passes through while it is open, so
 * however a backup slide was reached (the map, a diagram node, a link, the overview, the keys)
 * the place it was reached from is the one remembered.
 */
export function createReturnTracker() {
  let last: Position | undefined
  let browsing = false
  /** A talk slide reached by a jump (the room's "go to slide"): a detour too, until the deck leaves it. */
  let away: { h: number; v: number } | undefined
  return {
    /** The deck moved: to `at`, on a backup slide or not. */
    moved(at: Position, onBackup: boolean): void {
      if (away && !onBackup && (at.h !== away.h || at.v !== away.v)) away = undefined
      if (!onBackup && !browsing && !away) last = { h: at.h, v: at.v, f: at.f }
    },
    /** About to jump to a talk slide out of order: R returns from it as from a backup slide. */
    jumping(to: { h: number; v: number }): void {
      away = { h: to.h, v: to.v }
    },
    /** On a detour reached by a jump (R applies there too). */
    get detour(): boolean {
      return away !== undefined
    },
    /** The overview opened or closed. */
    browsing(open: boolean): void {
      browsing = open
    },
    get last(): Position | undefined {
      return last
    },
  }
}

/** The speaker's line on a backup slide: where R goes. */
export function returnLine(title: string | undefined, number: number | undefined, f: number | undefined): string {
  if (!title) return 'R returns to the talk once you have been on one of its slides.'
  const step = f !== undefined && f >= 0 ? `, step ${f + 1}` : ''
  return `R returns to “${title}” (slide ${number}${step}).`
}

/** What deck-backup offers other plugins (deck.getPlugin('deck-backup')): the room's "go to slide", with R back. */
export interface BackupReturn {
  /** Go to slide h/v out of the talk's order; R (or back()) returns to where the talk was. */
  jump(h: number, v: number): void
  /** Returns from a backup slide or a jump; false when there is nothing to return from. */
  back(): boolean
  /** Where R goes: the slide's title, or undefined when R does nothing now. */
  returnTitle(): string | undefined
}

/**
 * deck-backup: `R` on a backup slide returns to the slide and fragment the talk was on. The
 * backup slide's notes (what the speaker view shows) say that it is a backup slide and where R
 * will go; they are updated before reveal.js's notes plugin reads them (its listeners come later).
 */
export function deckBackup(): RevealPlugin & BackupReturn {
  const tracker = createReturnTracker()
  let api: RevealApi | undefined
  const canReturn = () => !!api && !!tracker.last && (isBackupSlide(api.getCurrentSlide()) || tracker.detour)
  const back = (): boolean => {
    const to = tracker.last
    if (!api || !to || !canReturn()) return false
    if (api.isOverview()) api.toggleOverview(false)
    api.slide(to.h, to.v, to.f)
    return true
  }
  return {
    id: 'deck-backup',
    jump(h, v) {
      if (!api) return
      if (!isBackupSlide(slideAt(api, h, v))) tracker.jumping({ h, v })
      if (api.isOverview()) api.toggleOverview(false)
      api.slide(h, v)
    },
    back,
    returnTitle() {
      const to = tracker.last
      const target = api && to && canReturn() ? slideAt(api, to.h, to.v) : undefined
      return target && slideTitle(target)
    },
    init(deck: RevealApi) {
      api = deck
      if (isPrintView()) return
      const describeHere = () => {
        const slide = deck.getCurrentSlide() as HTMLElement | undefined
        if (slide && isBackupSlide(slide)) describeReturn(deck, slide, tracker.last)
      }
      const update = () => {
        const slide = deck.getCurrentSlide() as HTMLElement | undefined
        if (!slide) return
        tracker.moved(deck.getIndices(), isBackupSlide(slide))
        describeHere()
      }
      for (const event of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, update)
      // The notes arrive when the speaker view first opens (asides.ts): say where R returns to in them.
      document.addEventListener(ASIDES_EVENT, describeHere)
      deck.on('overviewshown', () => tracker.browsing(true))
      deck.on('overviewhidden', () => {
        tracker.browsing(false)
        update()
      })
      deck.addKeyBinding(
        {
          keyCode: KEY_CODE,
          key: 'R',
          description: 'From a backup slide, or a slide reached from a question: return to where the talk was',
        },
        () => void back(),
      )
    },
  }
}

function describeReturn(deck: RevealApi, slide: HTMLElement, to: Position | undefined): void {
  const line = slide.querySelector('aside.notes .backup-pace')
  if (!line) return
  const target = to ? slideAt(deck, to.h, to.v) : undefined
  const text = returnLine(target && slideTitle(target), target ? deck.getSlidePastCount(target) + 1 : undefined, to?.f)
  let span = line.querySelector<HTMLElement>('.backup-return')
  if (!span) {
    span = document.createElement('span')
    span.className = 'backup-return'
    line.append(' ', span)
  }
  span.textContent = text
}
