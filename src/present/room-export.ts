/**
 * The room after the talk, from a session file's snapshot: every question with its slide, text,
 * votes, state and time, and the signal counts per slide, as JSON, CSV or Markdown. Pure.
 */
import { SIGNAL_KINDS, countsLine, emptyCounts, type SignalCounts } from './room-protocol.ts'
import type { RoomSnapshot } from './room-store.ts'

/** What a question is, as a report says it: pinned only while shown or answered. */
export type ExportState = 'pending' | 'shown' | 'hidden' | 'answered' | 'pinned'

export interface ExportQuestion {
  type: 'question'
  id: number
  slide: string
  slideTitle: string
  text: string
  /** Empty: anonymous. */
  name: string
  votes: number
  state: ExportState
  /** ISO 8601, UTC. */
  askedAt: string
}

export interface ExportSignals extends SignalCounts {
  type: 'signals'
  slide: string
  slideTitle: string
}

export type ExportRow = ExportQuestion | ExportSignals

export const FORMATS = ['md', 'csv', 'json'] as const
export type ExportFormat = (typeof FORMATS)[number]

/** Questions by slide (in the deck's order), then by votes; then each slide's signal counts. */
export function exportRows(snapshot: RoomSnapshot, options: { includeHidden?: boolean } = {}): ExportRow[] {
  const order = new Map(snapshot.slides.map((s, i) => [s.id, i]))
  const title = (id: string) => snapshot.slides.find((s) => s.id === id)?.title ?? id
  const votes = new Map<number, number>()
  for (const v of snapshot.votes) votes.set(v.question, (votes.get(v.question) ?? 0) + 1)
  const slideOrder = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER
  const questions: ExportQuestion[] = snapshot.questions
    .filter((q) => options.includeHidden !== false || q.state !== 'hidden')
    .map((q): ExportQuestion => ({
      type: 'question',
      id: q.id,
      slide: q.slide,
      slideTitle: title(q.slide),
      text: q.text,
      name: q.name,
      votes: votes.get(q.id) ?? 0,
      state: q.pinned && (q.state === 'shown' || q.state === 'answered') ? 'pinned' : q.state,
      askedAt: new Date(q.at).toISOString(),
    }))
    .sort((a, b) => slideOrder(a.slide) - slideOrder(b.slide) || b.votes - a.votes || a.id - b.id)
  const counts = new Map<string, SignalCounts>()
  for (const s of snapshot.signals) {
    let c = counts.get(s.slide)
    if (!c) counts.set(s.slide, (c = emptyCounts()))
    c[s.kind]++
  }
  const signals: ExportSignals[] = [...counts.entries()]
    .sort(([a], [b]) => slideOrder(a) - slideOrder(b))
    .map(([slide, c]) => ({ type: 'signals', slide, slideTitle: title(slide), ...c }))
  return [...questions, ...signals]
}

const CSV_COLUMNS = ['type', 'slide', 'slide_title', 'id', 'text', 'name', 'votes', 'state', 'asked_at', ...SIGNAL_KINDS] as const

/**
 * One CSV cell: quoted where it must be, and a leading = + - @ (or tab, CR) made inert with a
 * quote mark, so a question cannot become a formula in the spreadsheet that opens the file.
 */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [CSV_COLUMNS.join(',')]
  for (const r of rows) {
    const cells =
      r.type === 'question'
        ? [r.type, r.slide, r.slideTitle, r.id, r.text, r.name, r.votes, r.state, r.askedAt, '', '', '', '']
        : [r.type, r.slide, r.slideTitle, '', '', '', '', '', '', ...SIGNAL_KINDS.map((k) => r[k])]
    lines.push(cells.map(csvCell).join(','))
  }
  // CRLF, as RFC 4180 and spreadsheets expect; a BOM so Excel reads it as UTF-8.
  return `\ufeff${lines.join('\r\n')}\r\n`
}

/** Text that Markdown shows as written: its markup characters escaped. */
export function mdText(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, (c) => `\\${c}`)
}

export function toMarkdown(rows: readonly ExportRow[], file: string): string {
  const questions = rows.filter((r): r is ExportQuestion => r.type === 'question')
  const signals = new Map(rows.filter((r): r is ExportSignals => r.type === 'signals').map((r) => [r.slide, r]))
  const slides = [...new Set([...questions.map((q) => q.slide), ...signals.keys()])]
  const out = [
    '# Questions from the room',
    '',
    `${questions.length} question${questions.length === 1 ? '' : 's'}, ${questions.reduce((n, q) => n + q.votes, 0)} votes, from ${mdText(file)}.`,
    '',
  ]
  for (const slide of slides) {
    const title = questions.find((q) => q.slide === slide)?.slideTitle ?? signals.get(slide)?.slideTitle ?? slide
    out.push(`## ${mdText(title)}`, '', `Slide \`${slide}\`. Signals: ${countsLine(signals.get(slide))}.`, '')
    for (const q of questions.filter((x) => x.slide === slide)) {
      const who = q.name ? mdText(q.name) : 'anonymous'
      out.push(`- **${q.votes} vote${q.votes === 1 ? '' : 's'}** (${q.state}): ${mdText(q.text)} (${who}, ${q.askedAt.slice(11, 16)} UTC)`)
    }
    out.push('')
  }
  return out.join('\n')
}

export function formatRows(rows: readonly ExportRow[], format: ExportFormat, file: string): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`
  if (format === 'csv') return toCsv(rows)
  return toMarkdown(rows, file)
}
