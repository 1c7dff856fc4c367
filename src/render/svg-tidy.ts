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
 *   writes 14 digits, and a hundredth of a design pixel is below any screen's resolution.
 */
export function tidySvg(svg: string): string {
  return svg
    .replaceAll('<rect></rect>', '')
    .replaceAll('<rect class="background" style="stroke: none"></rect>', '')
    .replace(/<g>(<text\b[^>]*>(?:(?!<\/?text\b|<g\b)[\s\S])*<\/text>)<\/g>/g, '$1')
    .replaceAll(' style=""', '')
    .replace(/<[a-zA-Z][^>]*>/g, (tag) =>
      tag.replace(/="([^"]*)"/g, (_attr, value: string) => `="${value.replace(/-?\d+\.\d{3,}/g, round)}"`),
    )
}

function round(n: string): string {
  const r = Math.round(Number(n) * 100) / 100
  // -0.001 rounds to -0: write 0.
  return String(r === 0 ? 0 : r)
}
