/**
 * Pure CSS rewrites that keep the shipped fonts to what the deck uses. KaTeX's CSS references 20
 * faces in 3 formats and Vite would emit all 60 files (~1 MB); every browser the deck supports
 * reads woff2, and a formula uses a handful of families.
 */

/** Drop woff and truetype fallbacks from every src list, keeping woff2. */
export function keepWoff2Only(css: string): string {
  return css.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\(["'](?:woff|truetype)["']\)/g, '')
}

/** KaTeX font families and the classes whose rules select them, read from KaTeX's own CSS. */
export function katexFamilyClasses(css: string): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>()
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*font-family:\s*(KaTeX_[A-Za-z0-9]+)[^{}]*)\}/g)) {
    const selector = rule[1]!
    if (selector.includes('@font-face')) continue
    const family = rule[3]!
    const classes = families.get(family) ?? new Set<string>()
    for (const m of selector.matchAll(/\.([A-Za-z][\w-]*)/g)) if (m[1] !== 'katex') classes.add(m[1]!)
    families.set(family, classes)
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
  const families = katexFamilyClasses(css)
  const keep = new Set(['KaTeX_Main'])
  for (const [family, classes] of families) if ([...classes].some((c) => used.has(c))) keep.add(family)
  return css.replace(/@font-face\{[^}]*font-family:\s*(KaTeX_[A-Za-z0-9]+)[^}]*\}/g, (rule, family: string) =>
    keep.has(family) ? rule : '',
  )
}
