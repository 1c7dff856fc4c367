/**
 * The deck's look in PowerPoint's units. The slide is 1280×720 CSS px on screen and 10×5.625 in
 * (PowerPoint's 16:9) here, so one inch is 128 px and a CSS px is 0.5625 pt. Colours are the light
 * theme's (src/styles/themes.css), which print always uses.
 */

/** CSS px per inch on the 10 in wide slide. */
export const PX_PER_IN = 128
export const SLIDE_W = 10
export const SLIDE_H = 5.625

/** A CSS px size from src/styles/deck.css, in points. */
export const pt = (px: number): number => Math.round(px * (72 / PX_PER_IN) * 100) / 100
/** CSS px to inches. */
export const inch = (px: number): number => px / PX_PER_IN

/**
 * The deck's font, written on every run. PowerPoint draws it where it is installed; pptxgenjs marks
 * it as a Swiss (sans-serif) face, so where it is missing PowerPoint substitutes a sans-serif it has
 * (Arial). The layout is measured for the wider fallback (text-metrics.ts), so both fit.
 */
export const FONT = 'Source Sans 3'

export const COLOR = {
  fg: '15192A',
  muted: '4A5060',
  accent: '1B57A0',
  interp: '8A4700',
  interpBg: 'FFF4E6',
  surface: 'F2F4F8',
  border: '7F8A9C',
} as const

/** Font sizes in points, from the deck's CSS px. */
export const SIZE = {
  h1: pt(64),
  h2: pt(42),
  subtitle: pt(28),
  body: pt(30),
  lead: pt(36),
  small: pt(24),
  note: pt(24),
  quote: pt(30),
  attribution: pt(22),
  caption: pt(20),
  sources: pt(20),
  table: pt(21),
  tableCaption: pt(18),
  references: pt(19),
  badge: pt(20),
  footer: pt(17),
  interpMark: pt(14),
} as const

/** The slide's padding (40px 64px 64px) and the gaps between blocks, in inches. */
export const BOX = {
  top: inch(40),
  side: inch(64),
  bottom: inch(64),
  headGap: inch(24),
  blockGap: inch(20),
  columnGap: inch(40),
} as const

/** Line height as a multiple of the font size: exact spacing, so any font takes the same lines. */
export const LINE = { heading: 1.15, body: 1.3 } as const
