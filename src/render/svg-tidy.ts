/**
 * What a captured mermaid drawing carries that draws nothing, taken out before it goes into the
 * page: the SVGs were half of the HTML every phone parses before the page is complete, and a
 * sixth of their elements were empty. Only mermaid's own exact patterns are matched, so any other
 * markup passes through unchanged:
 *
 * - `<rect></rect>` and `<rect class="background" style="stroke: none"></rect>` without a size
 *   (mermaid leaves one of each in every text label; a rect with no width or height is not
 *   rendered, and diagrams.css gives rects no size);
 * - the attribute-less `<g>` around a label's `<text>` once that rect is gone (a group with no
 *   attribute neither moves, styles nor names what it holds; diagrams.css selects by descendant);
 * - empty `style=""` attributes;
 * - coordinates to 2 decimals, inside attribute values only (never text a reader sees): mermaid
 *   writes 14 digits, and a hundredth of a design pixel is below any screen's resolution;
 * - a word per `<tspan>`: mermaid writes each word of a label's line as a tspan of its own, all
 *   with the same `font-style="normal" font-weight="normal"` and no position, inside the line's
 *   tspan. The line's tspan takes those two attributes and the words' text: it draws the same
 *   (the words were one run of text already), with one element a line instead of one a word;
 * - the drop-shadow filters and the gradient mermaid defines in every drawing, where nothing in
 *   that drawing refers to them (the deck's look draws neither: draw.ts).
 */
export function tidySvg(svg: string): string {
  return dropUnusedDefinitions(svg)
    .replaceAll('<rect></rect>', '')
    .replaceAll('<rect class="background" style="stroke: none"></rect>', '')
    .replace(/<g>(<text\b[^>]*>(?:(?!<\/?text\b|<g\b)[\s\S])*<\/text>)<\/g>/g, '$1')
    .replaceAll(' style=""', '')
    .replace(LINE_OF_WORDS, (_line, open: string, words: string) => `${open}${WORD_STYLE}>${words.replace(/<\/?tspan[^>]*>/g, '')}`)
    .replace(/<[a-zA-Z][^>]*>/g, (tag) =>
      tag.replace(/="([^"]*)"/g, (_attr, value: string) => `="${value.replace(/-?\d+\.\d{3,}/g, round)}"`),
    )
}

const WORD_STYLE = ' font-style="normal" font-weight="normal"'
const WORD = '<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">[^<]*</tspan>'
/** A label's line (its opening tag, without the `>`) and the word tspans that open it. */
const LINE_OF_WORDS = new RegExp(`(<tspan class="text-outer-tspan row"[^>]*)>((?:${WORD})+)`, 'g')

/** mermaid's own definitions, each named by an id: a filter in its defs, a gradient. */
const DEFINITIONS = [
  /<defs><filter id="([^"]+)"[^>]*><feDropShadow[^>]*><\/feDropShadow><\/filter><\/defs>/g,
  /<linearGradient id="([^"]+)"[^>]*>(?:<stop[^>]*><\/stop>)*<\/linearGradient>/g,
]

function dropUnusedDefinitions(svg: string): string {
  const used = (id: string) => svg.includes(`url(#${id})`) || svg.includes(`href="#${id}"`)
  return DEFINITIONS.reduce((out, pattern) => out.replace(pattern, (definition, id: string) => (used(id) ? definition : '')), svg)
}

function round(n: string): string {
  const r = Math.round(Number(n) * 100) / 100
  // -0.001 rounds to -0: write 0.
  return String(r === 0 ? 0 : r)
}
