import type { RevealApi } from 'reveal.js'
import { allSlides, isBackupSlide } from './slides.ts'

type CountingDeck = Pick<RevealApi, 'getSlidePastCount' | 'getTotalSlides'>

/**
 * The slide number the audience sees: reveal.js's "c/t" over the talk's slides only (backup slides
 * are data-visibility="uncounted", so getTotalSlides leaves them out), and "backup k/n" on a
 * backup slide, so the count never hints at slides after the closing one. reveal.js shows the
 * delimiter and total only when the third item is a number (SlideNumber.formatNumber).
 */
export function slideNumberParts(slide: HTMLElement | undefined, deck: CountingDeck): [string, string, number] | [string] {
  if (slide && isBackupSlide(slide)) {
    const backups = allSlides(slide.closest('.slides')).filter(isBackupSlide)
    return [`backup ${backups.indexOf(slide) + 1}/${backups.length}`]
  }
  return [String(deck.getSlidePastCount(slide) + 1), '/', deck.getTotalSlides()]
}
