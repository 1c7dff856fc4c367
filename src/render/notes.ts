import { DeckError, type Where } from '../errors.ts'
import { escapeHtml } from './escape.ts'

/** Speaker notes are plain text: escaped, blank lines become paragraphs. */
export function renderNotes(notes: string, at: Where): string {
  const paragraphs = notes
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  if (paragraphs.length === 0) {
    throw new DeckError(at, 'expected speaker notes (what the presenter says), found an empty string')
  }
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')
}
