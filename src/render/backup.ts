import type { Slide } from '../model.ts'

/**
 * Backup slides answer questions after the talk. The engine, not the author, puts them last: the
 * slide modules may list a backup slide beside the slide it backs up, and the rendered deck still
 * ends the talk at the closing slide, with every backup slide after it. That is also what lets
 * reveal.js leave them out of its count (data-visibility="uncounted" only works at the end).
 */
function isBackup(slide: Pick<Slide, 'backup'>): boolean {
  return slide.backup === true
}

/** Positions of the slides in rendered order: the talk in module order, then the backups in module order. */
export function renderOrder(slides: readonly Pick<Slide, 'backup'>[]): number[] {
  const indices = slides.map((_, i) => i)
  return [...indices.filter((i) => !isBackup(slides[i]!)), ...indices.filter((i) => isBackup(slides[i]!))]
}

/** The slides in rendered order (renderOrder). */
export function inRenderOrder<T extends Pick<Slide, 'backup'>>(slides: readonly T[]): T[] {
  return renderOrder(slides).map((i) => slides[i]!)
}

/** Where a slide stands in its own count: the talk's slides, or the backups. 1-based. */
export interface SlideCount {
  backup: boolean
  number: number
  total: number
}

/** Each slide's number, by position in `slides`: talk slides count among themselves, backups among themselves. */
export function slideCounts(slides: readonly Pick<Slide, 'backup'>[]): SlideCount[] {
  const talk = slides.filter((s) => !isBackup(s)).length
  const backups = slides.length - talk
  const seen = { talk: 0, backup: 0 }
  return slides.map((s) =>
    isBackup(s) ? { backup: true, number: ++seen.backup, total: backups } : { backup: false, number: ++seen.talk, total: talk },
  )
}

/** What a backup slide cannot be: the talk's own title, references or closing slide. Errors name the field and the fix. */
export function backupProblems(slide: Pick<Slide, 'backup' | 'layout' | 'backMatter'>): { field: string; detail: string }[] {
  if (slide.backup === undefined) return []
  if (typeof slide.backup !== 'boolean')
    return [{ field: 'backup', detail: `expected true or false, found ${JSON.stringify(slide.backup)}` }]
  if (!slide.backup) return []
  const problems: { field: string; detail: string }[] = []
  if (slide.layout && slide.layout !== 'content')
    problems.push({
      field: 'layout',
      detail: `a backup slide is a content slide, found layout "${slide.layout}"; remove backup: true or the layout`,
    })
  if (slide.backMatter)
    problems.push({ field: 'backMatter', detail: 'a slide is either back matter or a backup slide; remove one of backMatter and backup' })
  return problems
}
