import type { Deck } from '../model.ts'
import { escapeAttr, escapeHtml } from '../render/escape.ts'

/** Restores the presenter's theme before the first paint; print always uses the light theme. */
export const THEME_RESTORE_SCRIPT =
  "try{var t=localStorage.getItem('deck-theme');if(t&&!/print-pdf/.test(location.search))document.documentElement.setAttribute('data-theme',t)}catch(e){}"

export interface HeadOptions {
  /** Absolute URL where the deck is hosted; empty when unknown. */
  publicUrl: string
  /** Path of the preview image relative to the site root. */
  previewImage: string
}

/** Title, description and link-preview tags. Absolute URLs only where the public URL is known. */
export function renderHead(deck: Deck, options: HeadOptions): string {
  const title = escapeAttr(deck.title)
  const description = escapeAttr(deck.description)
  const base = options.publicUrl ? options.publicUrl.replace(/\/?$/, '/') : ''
  const tags = [
    `<title>${escapeHtml(deck.title)}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta name="author" content="${escapeAttr(deck.author)}" />`,
    `<meta name="color-scheme" content="light dark" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
  ]
  if (base) {
    const image = escapeAttr(new URL(options.previewImage, base).href)
    tags.push(
      `<link rel="canonical" href="${escapeAttr(base)}" />`,
      `<meta property="og:url" content="${escapeAttr(base)}" />`,
      `<meta property="og:image" content="${image}" />`,
      `<meta property="og:image:width" content="1200" />`,
      `<meta property="og:image:height" content="630" />`,
      `<meta property="og:image:alt" content="${title}: title slide" />`,
      `<meta name="twitter:image" content="${image}" />`,
    )
  }
  tags.push(`<script>${THEME_RESTORE_SCRIPT}</script>`)
  return tags.join('\n    ')
}
