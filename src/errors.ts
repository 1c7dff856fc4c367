/** Where in the deck a problem is: the slide id and the field path inside it. */
export interface Where {
  slide: string
  field: string
  /** The slide's position in the deck (0-based), where known: ids may be duplicated or missing. */
  index?: number
}

/** A problem with one field of one slide. The message names both, then what was expected and found. */
export class DeckError extends Error {
  constructor(
    readonly where: Where,
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`slide "${where.slide}", ${where.field}: ${detail}`, options)
    this.name = 'DeckError'
  }
}

/** The one place errors are formatted for people: CLI output and the dev overlay use it. */
export function formatDeckErrors(errors: readonly DeckError[]): string {
  const slides = new Set(errors.map((e) => e.where.slide))
  const head = `${errors.length} problem${errors.length === 1 ? '' : 's'} in ${slides.size} slide${slides.size === 1 ? '' : 's'}:`
  return [head, ...errors.map((e) => `  - ${e.message}`)].join('\n')
}
