import { createHash } from 'node:crypto'
import { parseHTML } from 'linkedom'
import { escapeAttr, escapeHtml } from '../render/escape.ts'
import { plainText, slideTitle } from '../reveal/slides.ts'
import { previewTags } from './head.ts'

/**
 * Share pages: link-preview crawlers never see a URL's fragment, so `index.html#/some-slide`
 * previews as the title slide. With the public URL set, the build writes `s/<id>/index.html` for
 * every slide: a page whose preview tags describe that slide, with that slide's own image, and
 * which sends a browser on to the slide at once (a meta refresh, no script, and a plain link).
 */

/** What a share page says about its slide, read from the built page. */
export interface SharedSlide {
  id: string
  /** The slide's title as plain text (formulas as their MathML text, markers as their labels). */
  title: string
  /** The first line of the slide's text, or '' when it has none. */
  description: string
  /** The slide's rendered HTML: an unchanged slide keeps its image (shareImageKey). */
  html: string
}

const DESCRIPTION_MAX = 200

/** The first line of a text: up to its first line break, cut at a word near DESCRIPTION_MAX. */
export function firstLine(text: string): string {
  const line =
    text
      .split(/\n/)
      .find((l) => l.trim())
      ?.replace(/\s+/g, ' ')
      .trim() ?? ''
  if (line.length <= DESCRIPTION_MAX) return line
  const cut = line.slice(0, DESCRIPTION_MAX - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_MAX / 2)).trimEnd()}…`
}

/** A built index.html as the share pages need it: the deck's title and language, every slide in order. */
export function readSharedDeck(indexHtml: string): { title: string; lang: string; slides: SharedSlide[] } {
  const { document } = parseHTML(indexHtml)
  const slides = [...document.querySelectorAll('.reveal .slides > section[id]')].map((section) => {
    const subtitle = section.querySelector('.slide-head .subtitle')
    const body = [
      ...section.querySelectorAll('.slide-body p, .slide-body li, .slide-body blockquote, .slide-body figcaption, .slide-body td'),
    ]
    const first = [subtitle, ...body].map((e) => (e ? plainText(e) : '')).find(Boolean) ?? ''
    return { id: section.id, title: slideTitle(section), description: firstLine(first), html: section.outerHTML }
  })
  return { title: document.title, lang: document.documentElement.getAttribute('lang') ?? 'en', slides }
}

/**
 * The cache key of a slide's image: its rendered HTML and what styles it (the built stylesheets'
 * content-hashed file names), so a changed slide, theme or font is redrawn and nothing else is.
 */
export function shareImageKey(slideHtml: string, stylesheets: readonly string[]): string {
  return createHash('sha256').update(stylesheets.join('\n')).update('\0').update(slideHtml).digest('hex').slice(0, 32)
}

/** The built page's stylesheets, in order. */
export function stylesheetsOf(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
}

/** Where a slide's share page and image live, relative to the deck's folder. */
export const sharePath = (id: string) => `s/${id}/`
export const SHARE_IMAGE = 'preview.png'

/** The share page's policy: it loads nothing and runs nothing; the refresh needs no permission. */
export const SHARE_PAGE_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'"

export interface SharePageOptions {
  slide: Pick<SharedSlide, 'id' | 'title' | 'description'>
  /** The deck's title and language. */
  deckTitle: string
  lang: string
  /** resolvePublicUrl's form: absolute, ending in '/'. */
  publicUrl: string
  /** Whether the slide's image was drawn (no browser, no image: the card has no picture). */
  hasImage: boolean
}

/** One slide's share page. Every value is escaped; the page has no script and loads nothing. */
export function renderSharePage(options: SharePageOptions): string {
  const { slide, deckTitle, publicUrl } = options
  const self = new URL(sharePath(slide.id), publicUrl).href
  const target = `../../index.html#/${encodeURIComponent(slide.id)}`
  const description = slide.description || deckTitle
  const a = escapeAttr
  const tags = [
    `<meta charset="utf-8" />`,
    `<meta http-equiv="Content-Security-Policy" content="${a(SHARE_PAGE_CSP)}" />`,
    `<meta name="viewport" content="width=device-width, initial-scale=1" />`,
    `<title>${escapeHtml(`${slide.title} · ${deckTitle}`)}</title>`,
    `<meta name="description" content="${a(description)}" />`,
    ...previewTags({
      type: 'article',
      title: slide.title,
      description,
      url: self,
      siteName: deckTitle,
      ...(options.hasImage ? { image: { url: new URL(SHARE_IMAGE, self).href, alt: `The slide: ${slide.title}` } } : {}),
    }),
  ]
  // At once, and relative: the page works wherever the deck's folder is served.
  tags.push(`<meta http-equiv="refresh" content="0; url=${a(target)}" />`)
  return [
    `<!doctype html>`,
    `<html lang="${a(options.lang)}">`,
    `<head>`,
    ...tags.map((t) => `  ${t}`),
    `</head>`,
    `<body>`,
    `  <p><a href="${a(target)}">${escapeHtml(slide.title)}</a></p>`,
    `  <p>A slide of <a href="../../index.html">${escapeHtml(deckTitle)}</a>.</p>`,
    `</body>`,
    `</html>`,
    ``,
  ].join('\n')
}
