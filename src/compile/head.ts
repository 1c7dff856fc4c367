import type { Deck } from '../model.ts'
import { NARROW_SLIDE_WIDTH, SCROLL_ACTIVATION_WIDTH, SLIDE_HEIGHT, SLIDE_MARGIN, SLIDE_WIDTH } from '../reveal/config.ts'
import { escapeAttr, escapeHtml } from '../render/escape.ts'

/** Restores the presenter's theme before the first paint; print always uses the light theme. */
export const THEME_RESTORE_SCRIPT =
  "try{var t=localStorage.getItem('deck-theme');if(t&&!/print-pdf/.test(location.search))document.documentElement.setAttribute('data-theme',t)}catch(e){}"

/**
 * Lets the slide the URL names paint from HTML and CSS alone, before reveal.js runs, where
 * reveal.js will then show it (src/styles/first-paint.css). Runs in the head, before the body is
 * parsed: sets `<html data-deck-prepaint>`, the slide's design size and reveal.js's scale for this
 * window (reveal.js layout(): the window less its margin, rounded to hundredths, clamped to its
 * default 0.2–2), `data-layout="narrow"` where reveal.js will show its scroll view (the same test
 * as config.ts isNarrow, so deck-narrow later changes nothing), and `data-deck-start` for a
 * `#/slide-id` link (in the scroll view too, where deck-scroll-location makes reveal.js open the
 * linked page at the top of the screen, the place the first page is painted). Nothing in print
 * view, which lays every slide out itself.
 */
export const FIRST_PAINT_SCRIPT =
  'try{var d=document.documentElement,w=innerWidth,h=innerHeight,' +
  `m=${SLIDE_MARGIN},pw=w*(1-m),ph=h*(1-m),n=w>0&&pw<=${SCROLL_ACTIVATION_WIDTH};` +
  'if(!/print-pdf/i.test(location.search)&&w>0&&h>0){' +
  `var sw=n?${NARROW_SLIDE_WIDTH}:${SLIDE_WIDTH},sh=n?Math.max(Math.round(sw*ph/pw),${SLIDE_HEIGHT}):${SLIDE_HEIGHT},` +
  's=Math.min(Math.max(Math.round(Math.min(pw/sw,ph/sh)*100)/100,0.2),2);' +
  "if(n)d.setAttribute('data-layout','narrow');" +
  "d.style.setProperty('--deck-start-width',sw+'px');d.style.setProperty('--deck-start-height',sh+'px');" +
  "d.style.setProperty('--deck-start-scale',String(s));" +
  "var a=/^#\\/([a-z0-9-]+)(?:[/?]|$)/.exec(location.hash);if(a)d.setAttribute('data-deck-start',a[1]);" +
  "d.setAttribute('data-deck-prepaint','')}}catch(e){}"
// No wait for the fonts here: document.fonts.load() in the head finds no face (the stylesheet that
// declares them comes after this script), so it resolved before they were even requested (measured:
// 57-140 ms against 64-150 ms) and waited for nothing, while resolving the font cost a forced style
// pass before the first frame. The faces are preloaded (deck:assets) beside the render-blocking CSS.

/**
 * The rules that show, before reveal.js runs, the slide a `#/slide-id` link names, or the first
 * slide without one: one per slide id (ids are kebab-case, validate.ts). A slide that holds a
 * formula or a diagram gets none: their CSS does not block the first paint (styles/deferred.ts),
 * so such a slide first appears when reveal.js starts, never unstyled.
 */
export function startSlideRules(deck: { slides: readonly { id: string }[] }, slidesHtml?: string): string {
  const needsDeferredCss = new Set<string>()
  for (const m of (slidesHtml ?? '').matchAll(/<section id="([^"]+)"[\s\S]*?<\/section>/g))
    if (/class="(?:katex|diagram)\b/.test(m[0])) needsDeferredCss.add(m[1]!)
  const ids = deck.slides.map((s) => s.id).filter((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
  const shown = (id: string) => !needsDeferredCss.has(id)
  const selectors = ids.filter(shown).map((id) => `html[data-deck-start='${id}'] #${id}`)
  if (ids[0] && shown(ids[0])) selectors.push(`html:not([data-deck-start]) #${ids[0]}`)
  return selectors.length
    ? `html[data-deck-prepaint]:not(.reveal-full-page) :is(${selectors.join(',')}){display:var(--deck-start-display)}`
    : ''
}

/** Size of the link-preview image (assets/preview.png, made by `npm run preview-image`). */
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const

export interface HeadOptions {
  /** Absolute URL where the deck is hosted; empty when unknown. */
  publicUrl: string
  /** Path of the preview image relative to the deck's URL. */
  previewImage: string
  /** The rendered slides: which of them can be painted before reveal.js runs (startSlideRules). */
  slidesHtml?: string
}

/**
 * The deck's public URL as the pages will use it: an absolute http(s) URL ending in `/` (the
 * folder that holds index.html), or '' when unset. Throws on anything else, naming the setting.
 */
export function resolvePublicUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim()
  if (!value) return ''
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`DECK_PUBLIC_URL must be an absolute URL such as https://example.org/talks/p2p/, found ${JSON.stringify(value)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`DECK_PUBLIC_URL must start with https:// (or http://), found ${JSON.stringify(value)}`)
  if (url.search || url.hash) throw new Error(`DECK_PUBLIC_URL must not carry a query or a fragment, found ${JSON.stringify(value)}`)
  // The URL of the folder the deck is served from: /talks/p2p and /talks/p2p/index.html both mean /talks/p2p/.
  url.pathname = url.pathname.replace(/\/index\.html?$/, '/').replace(/\/?$/, '/')
  return url.href
}

/** What a link preview shows: the deck's own page and each slide's share page fill one in. */
export interface PreviewCard {
  type: 'website' | 'article'
  title: string
  description: string
  /** Absolute; without it no canonical or og:url (crawlers ignore relative ones). */
  url?: string
  siteName?: string
  /** An absolute 1200×630 PNG (PREVIEW_IMAGE_SIZE); without one the card is the small kind. */
  image?: { url: string; alt: string }
}

/** The Open Graph and Twitter card tags of a preview, every value escaped. */
export function previewTags(card: PreviewCard): string[] {
  const a = escapeAttr
  const tags = [
    ...(card.url ? [`<link rel="canonical" href="${a(card.url)}" />`, `<meta property="og:url" content="${a(card.url)}" />`] : []),
    `<meta property="og:type" content="${card.type}" />`,
    ...(card.siteName ? [`<meta property="og:site_name" content="${a(card.siteName)}" />`] : []),
    `<meta property="og:title" content="${a(card.title)}" />`,
    `<meta property="og:description" content="${a(card.description)}" />`,
    `<meta name="twitter:card" content="${card.image ? 'summary_large_image' : 'summary'}" />`,
    `<meta name="twitter:title" content="${a(card.title)}" />`,
    `<meta name="twitter:description" content="${a(card.description)}" />`,
  ]
  if (card.image)
    tags.push(
      `<meta property="og:image" content="${a(card.image.url)}" />`,
      `<meta property="og:image:type" content="image/png" />`,
      `<meta property="og:image:width" content="${PREVIEW_IMAGE_SIZE.width}" />`,
      `<meta property="og:image:height" content="${PREVIEW_IMAGE_SIZE.height}" />`,
      `<meta property="og:image:alt" content="${a(card.image.alt)}" />`,
      `<meta name="twitter:image" content="${a(card.image.url)}" />`,
      `<meta name="twitter:image:alt" content="${a(card.image.alt)}" />`,
    )
  return tags
}

/**
 * Title, description and link-preview tags (previewTags). With the public URL unknown, only what
 * needs no absolute URL: crawlers ignore a relative og:image or canonical.
 */
export function renderHead(deck: Deck, options: HeadOptions): string {
  const base = resolvePublicUrl(options.publicUrl)
  const tags = [
    `<title>${escapeHtml(deck.title)}</title>`,
    `<meta name="description" content="${escapeAttr(deck.description)}" />`,
    `<meta name="author" content="${escapeAttr(deck.author)}" />`,
    `<meta name="color-scheme" content="light dark" />`,
    ...previewTags({
      type: 'website',
      title: deck.title,
      description: deck.description,
      ...(base ? { url: base, image: { url: new URL(options.previewImage, base).href, alt: `The title slide: ${deck.title}` } } : {}),
    }),
  ]
  tags.push(`<script>${THEME_RESTORE_SCRIPT}</script>`, `<script>${FIRST_PAINT_SCRIPT}</script>`)
  const rules = startSlideRules(deck, options.slidesHtml)
  if (rules) tags.push(`<style>${rules}</style>`)
  return tags.join('\n    ')
}
