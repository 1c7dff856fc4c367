/**
 * Type tests: `tsc --noEmit` checks them (tsconfig includes tests/). Each `@ts-expect-error` line
 * must fail to compile; if it compiles, tsc reports the unused directive and the check fails.
 * Citation keys in blocks are a closed union, so a typo is a compile error. Markers inside inline
 * text (`[@key]`) are strings and are checked at build time instead (bad-input catalogue).
 */
import type { Block } from '../../src/model.ts'
import type { CitationKey, DeckSlide } from '../../slides/citations.ts'
import type { MiniKey, MiniSlide } from '../fixtures/mini-deck.ts'

// The deck's own bibliography.
// @ts-expect-error unknown key in a cite block
export const unknownCite: Block<CitationKey> = { kind: 'cite', keys: ['nope-not-a-key'] }

export const anyKnownKey = (key: CitationKey): Block<CitationKey> => ({ kind: 'cite', keys: [key] })

export const deckSlide = {
  id: 'type-test',
  title: 'A slide with a mistyped key',
  part: 'type-test' as DeckSlide['part'],
  timing: 30,
  // @ts-expect-error unknown key in a slide's cite block
  blocks: [{ kind: 'cite', keys: ['nope-not-a-key'] }],
  notes: 'Never rendered.',
} satisfies DeckSlide

// The engine fixture: keys baran1964 and fiske1992.
export const known: Block<MiniKey> = { kind: 'cite', keys: ['baran1964', 'fiske1992'] }

// @ts-expect-error a transposed year
export const typo: Block<MiniKey> = { kind: 'cite', keys: ['baran1946'] }

// @ts-expect-error unknown key as a quote's source
export const quote: Block<MiniKey> = { kind: 'quote', text: 'Words.', by: 'Someone', source: 'fiske1993' }

export const nested: Block<MiniKey> = {
  kind: 'columns',
  // @ts-expect-error unknown key inside a column
  columns: [[{ kind: 'cite', keys: ['baran1964', 'baran'] }]],
}

export const slide = {
  id: 'fine',
  title: 'Keys in inline text are strings: [@nope] compiles, the build reports it',
  part: 'one',
  timing: 30,
  blocks: [{ kind: 'text', text: 'See [@nope].' }],
  notes: 'Checked by validateDeck, not tsc.',
} satisfies MiniSlide

export const noHtml = {
  ...slide,
  // @ts-expect-error there is no untyped html block to smuggle markup through
  blocks: [{ kind: 'html', html: '<script>alert(1)</script>' }],
} satisfies MiniSlide

// @ts-expect-error a part the deck does not have
export const wrongPart: MiniSlide = { ...slide, part: 'three' }
