import type { RevealApi, RevealPlugin } from 'reveal.js'
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
  return {
    /** The deck moved: to `at`, on a backup slide or not. */
    moved(at: Position, onBackup: boolean): void {
      if (!onBackup && !browsing) last = { h: at.h, v: at.v, f: at.f }
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

/**
 * deck-backup: `R` on a backup slide returns to the slide and fragment the talk was on. The
 * backup slide's notes (what the speaker view shows) say that it is a backup slide and where R
 * will go; they are updated before reveal.js's notes plugin reads them (its listeners come later).
 */
export function deckBackup(): RevealPlugin {
  const tracker = createReturnTracker()
  return {
    id: 'deck-backup',
    init(deck: RevealApi) {
      if (isPrintView()) return
      const update = () => {
        const slide = deck.getCurrentSlide() as HTMLElement | undefined
        if (!slide) return
        const backup = isBackupSlide(slide)
        tracker.moved(deck.getIndices(), backup)
        if (backup) describeReturn(deck, slide, tracker.last)
      }
      for (const event of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, update)
      deck.on('overviewshown', () => tracker.browsing(true))
      deck.on('overviewhidden', () => {
        tracker.browsing(false)
        update()
      })
      deck.addKeyBinding({ keyCode: KEY_CODE, key: 'R', description: 'From a backup slide: return to where the talk was' }, () => {
        const to = tracker.last
        if (!to || !isBackupSlide(deck.getCurrentSlide())) return
        if (deck.isOverview()) deck.toggleOverview(false)
        deck.slide(to.h, to.v, to.f)
      })
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
