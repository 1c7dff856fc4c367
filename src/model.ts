/**
 * The domain types of the deck. Content modules in slides/ are plain data of these shapes;
 * the engine in src/ renders them. Generic in the citation key and the part id so that the
 * content side can fix both to closed unions and a typo fails `tsc`.
 */

/** A work in the bibliography. `year: 'n.d.'` where the source gives none; never guess one. */
export interface Citation {
  /** Authors as the reference list prints them, e.g. "van der Pijl, K.". */
  author: string
  /** Short in-text label, e.g. "van der Pijl 2007"; shown in citation markers. */
  short: string
  title: string
  year: number | 'n.d.'
  /** Publisher, journal or site, as the reference list prints it. */
  venue: string
  url?: string
  /** Where the work is a chapter, article or web page rather than a book: shown in roman, not italics. */
  kind?: 'book' | 'article' | 'web'
}

/**
 * Inline text: a small, safe markup, everything else escaped.
 * `*emphasis*`, `_Title of a Work_`, `$inline TeX$`, `[@citationKey]` (several: `[@a; @b]`),
 * and `\` before any of `* _ $ [ ] \` for the literal character.
 * Markers are strings, so their keys are checked at build time, not by tsc.
 */
export type Inline = string

/** A diagram drawn by mermaid. The source is validated at build time. */
export interface DiagramBlock {
  kind: 'diagram'
  /** mermaid source; do not include accTitle/accDescr, the engine adds them. */
  mermaid: string
  /** Shown under the diagram. */
  caption: Inline
  /** Short accessible name of the diagram. */
  accTitle: string
  /** Text alternative: what the diagram shows, for readers who cannot see it. */
  accDescr: string
  /** Node id -> slide id, for navigation from the diagram; checked at build time. */
  links?: Readonly<Record<string, string>>
  /**
   * Node ids revealed together per step, in order (step reveal inside the diagram). Nodes not
   * listed are always visible. Edges appear with the later of their two ends.
   */
  steps?: readonly (readonly string[])[]
}

export type Block<Cite extends string> =
  | { kind: 'text'; text: Inline; /** Visual weight. @default 'body' */ size?: 'body' | 'lead' | 'small' }
  | { kind: 'points'; items: readonly Inline[]; /** One fragment per item. @default false */ stepwise?: boolean }
  | {
      kind: 'quote'
      /** The quoted words only, without quotation marks; one or two sentences. */
      text: string
      /** Who said it, e.g. "Kees van der Pijl". */
      by: string
      source: Cite
      /** Page or location, where known; never guessed. */
      page?: string
      /** How the quote reached us when not from the work itself, e.g. "as quoted by Griffin (2012)". */
      via?: Inline
    }
  | { kind: 'math'; tex: string; /** Display (block) rather than inline. @default true */ display?: boolean; caption?: Inline }
  | DiagramBlock
  | {
      kind: 'table'
      head: readonly Inline[]
      rows: readonly (readonly Inline[])[]
      caption?: Inline
      /** Rows (0-based) that are the deck's own reading: shown with the interpretation marker. */
      interpretedRows?: readonly number[]
    }
  | { kind: 'image'; /** A path under assets/, checked at build time. */ asset: string; alt: string; caption?: Inline }
  | { kind: 'cite'; keys: readonly Cite[] }
  | { kind: 'columns'; columns: readonly (readonly Block<Cite>[])[] }
  | { kind: 'note'; /** A boxed aside: caveat, warning. */ text: Inline; tone?: 'caveat' | 'info' }

export type BlockKind = Block<string>['kind']

export interface Slide<Cite extends string = string, Part extends string = string> {
  /** Stable, unique, kebab-case; the URL hash and every error message use it. */
  id: string
  /** States the point, not the topic. */
  title: Inline
  /** Optional line under the title. */
  subtitle?: Inline
  blocks: readonly Block<Cite>[]
  /** Required: what the presenter says; rendered to <aside class="notes">. Blank lines split paragraphs. */
  notes: string
  /** Seconds; reveal.js reads it as data-timing for the pacing timer. */
  timing: number
  /** The part of the argument this slide belongs to; slides/index.ts orders and labels the parts. */
  part: Part
  /** The deck's own proposal rather than a sourced claim: rendered with a visible marker. */
  interpretation?: boolean
  /** References and closing slides: outside the content-slide count and word rules. */
  backMatter?: boolean
  /** Special layouts. @default 'content' */
  layout?: 'content' | 'title' | 'references' | 'closing'
  /** Where the slide's claims come from, for authors and the handout; never on the slide or in the speaker view. */
  sources?: Inline
  /** A backup slide for questions: after the closing slide, outside the talk's time and the audience's count. */
  backup?: boolean
}

export interface Part<Id extends string = string> {
  id: Id
  /** Short label for the argument indicator, e.g. "Van der Pijl". */
  label: string
  /** Roman numeral or number shown before the label, e.g. "II". */
  numeral: string
}

/** Everything the engine needs to render the deck. */
export interface Deck<Cite extends string = string, PartId extends string = string> {
  /** Document title; also the PDF title and the link preview title. */
  title: string
  /** One-sentence description for link previews and search engines. */
  description: string
  /** Shown as PDF author metadata. */
  author: string
  /** BCP 47 language tag of the content. */
  lang: string
  parts: readonly Part<PartId>[]
  slides: readonly Slide<Cite, PartId>[]
  citations: Readonly<Record<Cite, Citation>>
}
