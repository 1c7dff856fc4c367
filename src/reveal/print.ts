/**
 * Whether this page is reveal.js's print view. reveal.js 6 enters it for `?print-pdf` (its own
 * check, js/reveal.js) or `view: 'print'`; its bundled types still name the removed
 * isPrintingPDF(), so the deck asks the URL the way reveal.js does.
 */
export function isPrintView(search: string = location.search): boolean {
  return /print-pdf/i.test(search)
}
