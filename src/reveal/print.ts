/**
 * Whether this page is reveal.js's print view. reveal.js 6 enters it for `?print-pdf` (its own
 * check, js/reveal.js) or `view: 'print'`; its bundled types still name the removed
 * isPrintingPDF(), so the deck asks the URL the way reveal.js does.
 */
export function isPrintView(search: string = location.search): boolean {
  return /print-pdf/i.test(search)
}

/**
 * Whether this page is one of the speaker view's slide previews: reveal.js's notes plugin loads
 * the deck in iframes with `?receiver`. Those copies take no part in the talk (no speaker view of
 * their own, no live channel).
 */
export function isSpeakerPreview(search: string = location.search): boolean {
  return /receiver/i.test(search)
}
