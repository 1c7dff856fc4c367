/**
 * Pure CSS rewrites that keep the shipped fonts to what the deck uses. KaTeX's CSS references 20
 * faces in 3 formats and Vite would emit all 60 files (~1 MB); every browser the deck supports
 * reads woff2, and a formula uses a handful of families.
 */

/** Drop woff and truetype fallbacks from every src list, keeping woff2. */
export function keepWoff2Only(css: string): string {
  return css.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\(["'](?:woff|truetype)["']\)/g, '')
}

/**
 * KaTeX font families and the selectors that use them, read from KaTeX's own CSS: for each
 * family, a list of selectors, each the set of classes it requires (besides .katex).
 */
export function katexFamilySelectors(css: string): Map<string, string[][]> {
  const families = new Map<string, string[][]>()
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*font-family:\s*["']?(KaTeX_[A-Za-z0-9]+)[^{}]*)\}/g)) {
    const selectorList = rule[1]!
    if (selectorList.includes('@font-face')) continue
    const family = rule[3]!
    const selectors = families.get(family) ?? []
    for (const selector of selectorList.split(',')) {
      selectors.push([...selector.matchAll(/\.([A-Za-z][\w-]*)/g)].map((m) => m[1]!).filter((c) => c !== 'katex'))
    }
    families.set(family, selectors)
  }
  return families
}

/** Classes used in the rendered HTML's class attributes. */
export function usedClasses(html: string): Set<string> {
  const used = new Set<string>()
  for (const m of html.matchAll(/class="([^"]*)"/g)) for (const c of m[1]!.split(/\s+/)) if (c) used.add(c)
  return used
}

/**
 * Remove the @font-face rules of KaTeX families no rendered formula uses. KaTeX_Main is the base
 * font of every formula and always stays (when there is any formula at all).
 */
export function pruneKatexFaces(css: string, html: string): string {
  const used = usedClasses(html)
  if (!used.has('katex')) return css.replace(/@font-face\{[^}]*KaTeX_[^}]*\}/g, '')
  const keep = new Set(['KaTeX_Main'])
  // A family is used when some selector that sets it has all its classes in the page.
  for (const [family, selectors] of katexFamilySelectors(css)) {
    if (selectors.some((classes) => classes.length > 0 && classes.every((c) => used.has(c)))) keep.add(family)
  }
  return css.replace(/@font-face\{[^}]*font-family:\s*["']?(KaTeX_[A-Za-z0-9]+)[^}]*\}/g, (rule, family: string) =>
    keep.has(family) ? rule : '',
  )
}

/** A `unicode-range` descriptor as inclusive [first, last] code point pairs (U+41, U+0-FF, U+4??). */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(',').map((part) => {
    const m = /^\s*U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(part)
    if (!m) throw new Error(`unicode-range: cannot read "${part.trim()}"`)
    const first = m[1]!
    if (m[2] !== undefined) return [parseInt(first, 16), parseInt(m[2], 16)]
    return [parseInt(first.replace(/\?/g, '0'), 16), parseInt(first.replace(/\?/g, 'F'), 16)]
  })
}

/** HTML's own five named references; the renderer writes every other character raw or as &#x…;. */
const NAMED = /&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z][A-Za-z0-9]*;/

/**
 * The code points a text shows once it is HTML-parsed: its characters and its numeric character
 * references. `undefined` when it holds a named reference this reading cannot resolve (so the
 * caller keeps every face rather than guess).
 */
export function codePointsOf(text: string): Set<number> | undefined {
  if (NAMED.test(text)) return undefined
  const points = new Set<number>()
  for (const char of text) points.add(char.codePointAt(0)!)
  for (const m of text.matchAll(/&#(?:x([0-9A-Fa-f]+)|([0-9]+));/g)) points.add(m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]))
  return points
}

/** Whether a code point lies in one of a unicode-range's [first, last] pairs. */
export const inRanges = (ranges: ReadonlyArray<readonly [number, number]>, point: number): boolean =>
  ranges.some(([first, last]) => point >= first && point <= last)

/** Printable ASCII: the deck's own interface is written in it, whatever the slides say. */
const INTERFACE = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i)

/**
 * Drop the @font-face rules of text subsets nothing in the deck uses (fontsource ships each
 * weight as Latin, Latin Extended, Vietnamese, Greek, Cyrillic… faces split by unicode-range).
 *
 * Why: Chromium registers every face of a family when the first layout uses it, one resource and
 * platform-font lookups each. With all seven subsets of four faces (28) the page made 108 such
 * lookups before its diagrams were sized; with the four Latin faces it uses, 12. A character no
 * kept face covers (say, a question from the room in Greek) is drawn in the next family of the
 * stack, the system's sans-serif, as it would be for any script Source Sans 3 lacks.
 */
export function pruneUnusedSubsets(css: string, text: string): string {
  const points = codePointsOf(text)
  if (!points) return css
  for (const p of INTERFACE) points.add(p)
  return css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => {
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)
    if (!range) return rule
    const ranges = parseUnicodeRange(range[1]!)
    return [...points].some((p) => inRanges(ranges, p)) ? rule : ''
  })
}
