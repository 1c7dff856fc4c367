/**
 * The dev server's version of the build's legibility check (src/compile/measure-labels.ts): there is
 * no capture pass in dev, so each diagram is measured when its slide is shown, and what would fail
 * the build is listed in a banner at the top of the page, with the same message.
 */
import { allSlides } from '../reveal/slides.ts'
import { legibilityProblems, measureFigure, type DiagramMeasure, type RevealLike } from './legibility.ts'

interface DevDeck extends RevealLike {
  getCurrentSlide(): HTMLElement | undefined
  on(event: string, listener: () => void): void
}

export function warnIllegibleDiagrams(deck: DevDeck): void {
  /** The diagrams measured so far, in the layout shown: turning a phone starts the list again. */
  const measured = new Map<string, DiagramMeasure>()
  let measuredNarrow: boolean | undefined
  let banner: HTMLElement | undefined
  const check = () => {
    const narrow = deck.isScrollView?.() ?? false
    if (narrow !== measuredNarrow) measured.clear()
    measuredNarrow = narrow
    const slides = narrow
      ? allSlides(document.querySelector('.reveal .slides'))
      : [deck.getCurrentSlide()].filter((s): s is HTMLElement => !!s)
    for (const slide of slides)
      for (const figure of slide.querySelectorAll<HTMLElement>('figure.diagram.is-drawn')) {
        const m = measureFigure(figure, deck.getScale())
        if (m) measured.set(m.id, m)
      }
    const all = [...measured.values()]
    const problems = narrow
      ? legibilityProblems(all, 'phone')
      : legibilityProblems(
          all.filter((m) => m.variant === 'wide'),
          'projector',
          true,
        )
    if (!problems.length) return banner?.remove()
    banner ??= document.createElement('div')
    banner.className = 'deck-dev-warnings'
    banner.setAttribute('role', 'status')
    const list = document.createElement('ul')
    for (const p of problems) list.append(Object.assign(document.createElement('li'), { textContent: p }))
    const head = Object.assign(document.createElement('strong'), {
      textContent: `${problems.length} diagram problem(s): the build fails on labels too small, warns of a diagram under 30% of its slide`,
    })
    banner.replaceChildren(head, list)
    if (!banner.isConnected) document.body.append(banner)
  }
  check()
  deck.on('slidechanged', check)
  deck.on('resize', check)
}
