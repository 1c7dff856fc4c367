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
