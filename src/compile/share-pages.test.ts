import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import type { Deck } from '../model.ts'
import backupDeck from '../../tests/fixtures/backup-deck.ts'
import { createRenderContext } from '../render/context.ts'
import { renderDeckSlides } from '../render/deck.ts'
import { firstLine, readSharedDeck, renderSharePage, SHARE_PAGE_CSP, shareImageKey, stylesheetsOf } from './share-pages.ts'

const deck = backupDeck as Deck
const built = () =>
  `<!doctype html><html lang="en"><head><title>Fixture &amp; friends</title><link rel="stylesheet" crossorigin href="./assets/index-abc.css"></head>` +
  `<body><div class="reveal"><div class="slides">${renderDeckSlides(deck, createRenderContext(deck.citations, new Set(deck.slides.map((s) => s.id)))).html}</div></div></body></html>`

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined

describe('readSharedDeck', () => {
  it('reads every slide in order with its title as plain text and its first line of text', () => {
    const { title, lang, slides } = readSharedDeck(built())
    expect(title).toBe('Fixture & friends')
    expect(lang).toBe('en')
    expect(slides.map((s) => s.id)).toContain('backup-numbers')
    expect(slides).toHaveLength(deck.slides.length)
    const links = slides.find((s) => s.id === 'links')!
    // The formula once, from its MathML, not twice with its TeX source.
    expect(links.title).toMatch(/^A mesh has .+ links$/)
    expect(links.title).not.toContain('\\frac')
    const fiske = slides.find((s) => s.id === 'backup-fiske')!
    expect(fiske.title).toBe('Fiske’s market pricing is one model of four')
    expect(fiske.description).toBe('Market pricing orders relations by ratios (Fiske 1992).')
  })

  it('cuts a long first line at a word, and takes only the first line', () => {
    expect(firstLine('one\ntwo')).toBe('one')
    const long = firstLine('word '.repeat(100))
    expect(long.length).toBeLessThanOrEqual(200)
    expect(long.endsWith('word…')).toBe(true)
  })

  it('keys images by the slide’s HTML and the stylesheets', () => {
    const css = stylesheetsOf(built())
    expect(css).toEqual(['./assets/index-abc.css'])
    expect(shareImageKey('<section>a</section>', css)).toBe(shareImageKey('<section>a</section>', css))
    expect(shareImageKey('<section>b</section>', css)).not.toBe(shareImageKey('<section>a</section>', css))
    expect(shareImageKey('<section>a</section>', ['./assets/index-def.css'])).not.toBe(shareImageKey('<section>a</section>', css))
  })
})

describe('renderSharePage', () => {
  const slide = { id: 'backup-fiske', title: 'Fiske <b>“models”</b> & "markets"', description: 'One line.' }
  const page = (hasImage: boolean) =>
    parseHTML(renderSharePage({ slide, deckTitle: 'Deck', lang: 'en', publicUrl: 'https://example.org/talk/', hasImage })).document

  it('describes its slide, with an absolute image URL and itself as canonical', () => {
    const doc = page(true)
    expect(meta(doc, 'og:title')).toBe(slide.title)
    expect(meta(doc, 'twitter:title')).toBe(slide.title)
    expect(meta(doc, 'og:description')).toBe('One line.')
    expect(meta(doc, 'description')).toBe('One line.')
    expect(meta(doc, 'og:image')).toBe('https://example.org/talk/s/backup-fiske/preview.png')
    expect(meta(doc, 'twitter:image')).toBe('https://example.org/talk/s/backup-fiske/preview.png')
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image')
    expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height')]).toEqual(['1200', '630'])
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://example.org/talk/s/backup-fiske/')
    expect(meta(doc, 'og:url')).toBe('https://example.org/talk/s/backup-fiske/')
    // Markup in a title stays text.
    expect(doc.querySelector('b')).toBeNull()
  })

  it('sends a browser on at once without script, with a plain link, under a policy that allows nothing', () => {
    const doc = page(true)
    expect(doc.querySelector('script')).toBeNull()
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=../../index.html#/backup-fiske')
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(SHARE_PAGE_CSP)
    const link = doc.querySelector('body a')!
    expect(link.getAttribute('href')).toBe('../../index.html#/backup-fiske')
    expect(link.textContent).toBe(slide.title)
  })

  it('without an image, a card without a picture', () => {
    const doc = page(false)
    expect(meta(doc, 'og:image')).toBeUndefined()
    expect(meta(doc, 'twitter:image')).toBeUndefined()
    expect(meta(doc, 'twitter:card')).toBe('summary')
  })
})
