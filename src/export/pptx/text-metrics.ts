import { Encodings, Font, FontNames } from '@cantoo/pdf-lib/standard-fonts'

/**
 * How much room text takes, estimated without the font. The deck's font may be missing where the
 * file is opened; PowerPoint then uses a sans-serif it has (Arial), and LibreOffice on Linux often
 * DejaVu Sans, which is wider still. So widths are Helvetica's (Arial's metrics, from the standard
 * font metrics pdf-lib ships) times a margin that covers DejaVu Sans (its advances run 10–40% over
 * Helvetica's, more in bold); Source Sans 3 is narrower than both, so text measured here fits
 * whichever of the three draws it.
 */
const FALLBACK_MARGIN = { regular: 1.18, bold: 1.25 } as const

/** A piece of text in one style. Sizes in points. */
export interface MeasuredRun {
  text: string
  size: number
  bold?: boolean
  italic?: boolean
  /** Superscript or subscript: drawn smaller. */
  script?: 'sup' | 'sub'
}

const FACES = {
  regular: Font.load(FontNames.Helvetica),
  bold: Font.load(FontNames.HelveticaBold),
}
/** Width of a glyph the standard fonts do not have (math signs, arrows): a wide letter's. */
const UNKNOWN = 667

function glyphWidth(face: Font, char: string): number {
  const code = char.codePointAt(0)!
  if (!Encodings.WinAnsi.canEncodeUnicodeCodePoint(code)) return UNKNOWN
  return face.getWidthOfGlyph(Encodings.WinAnsi.encodeUnicodeCodePoint(code).name) || UNKNOWN
}

/** Width of a run's text in inches. */
export function runWidth(run: MeasuredRun): number {
  const face = run.bold ? FACES.bold : FACES.regular
  const size = run.script ? run.size * 0.7 : run.size
  let units = 0
  for (const char of run.text) units += glyphWidth(face, char)
  return ((units / 1000) * size * FALLBACK_MARGIN[run.bold ? 'bold' : 'regular']) / 72
}

/**
 * Lines one paragraph takes in a box `width` inches wide: greedy wrapping at spaces, as
 * PowerPoint wraps; a word longer than the line is broken.
 */
export function countLines(runs: readonly MeasuredRun[], width: number): number {
  // Words may span runs ("*emph*asis", a citation marker after a word): split at spaces only.
  const words: { width: number; space: number }[] = []
  let word = 0
  let space = 0
  let open = false
  for (const run of runs) {
    for (const piece of run.text.split(/( +|\n)/)) {
      if (!piece) continue
      const w = runWidth({ ...run, text: piece })
      if (/^( +|\n)$/.test(piece)) {
        if (open) words.push({ width: word, space })
        open = false
        word = 0
        space = w
      } else {
        word += w
        open = true
      }
    }
  }
  if (open) words.push({ width: word, space })
  let lines = 1
  let line = 0
  for (const w of words) {
    if (line > 0 && line + w.space + w.width > width) {
      lines++
      line = 0
    }
    if (line === 0 && w.width > width) {
      lines += Math.ceil(w.width / width) - 1
      line = w.width % width
    } else line += (line > 0 ? w.space : 0) + w.width
  }
  return lines
}

/** Height in inches of `lines` lines at `size` points with exact line spacing `lineHeight` (a multiple of the size). */
export function linesHeight(lines: number, size: number, lineHeight: number): number {
  return (lines * size * lineHeight) / 72
}
