import { describe, expect, it } from 'vitest'
import type { Deck } from '../model.ts'
import { PREVIEW_IMAGE_SIZE, renderHead, resolvePublicUrl } from './head.ts'

const deck: Deck = {
  title: 'A P2P mode of foreign relations?',
  description: 'Van der Pijl’s modes read with Bauwens’s “P2P” theory & more.',
  author: 'An Author',
  lang: 'en',
  parts: [],
  slides: [],
  citations: {},
}

/** The head's tags as [attribute that names it, content or href]. */
function tags(head: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of head.matchAll(/<(?:meta|link) ([^>]*)\/>/g)) {
    const attrs = Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]))
    const key = attrs.property ?? attrs.name ?? `link:${attrs.rel}`
    out.set(key, attrs.content ?? attrs.href ?? '')
  }
  return out
}

describe('renderHead', () => {
  it('without a public URL: title, description and card tags, and nothing that needs an absolute URL', () => {
    const head = renderHead(deck, { publicUrl: '', previewImage: 'preview.png' })
    const t = tags(head)
    expect(head).toContain('<title>A P2P mode of foreign relations?</title>')
    expect(t.get('description')).toBe('Van der Pijl’s modes read with Bauwens’s “P2P” theory &amp; more.')
    expect(t.get('og:title')).toBe(deck.title)
    expect(t.get('og:type')).toBe('website')
    // No image without an absolute URL for it: the small card, not a large one with nothing in it.
    expect(t.get('twitter:card')).toBe('summary')
    expect(t.get('twitter:title')).toBe(deck.title)
    for (const absent of ['og:url', 'og:image', 'twitter:image', 'link:canonical']) expect(t.has(absent)).toBe(false)
    expect(head).not.toMatch(/https?:\/\//)
  })

  it('with a public URL: canonical, og:url and an absolute preview image beside index.html', () => {
    const t = tags(renderHead(deck, { publicUrl: 'https://example.org/talks/p2p', previewImage: 'preview.png' }))
    expect(t.get('link:canonical')).toBe('https://example.org/talks/p2p/')
    expect(t.get('og:url')).toBe('https://example.org/talks/p2p/')
    expect(t.get('og:image')).toBe('https://example.org/talks/p2p/preview.png')
    expect(t.get('twitter:image')).toBe('https://example.org/talks/p2p/preview.png')
    expect(t.get('og:image:type')).toBe('image/png')
    expect(t.get('og:image:width')).toBe(String(PREVIEW_IMAGE_SIZE.width))
    expect(t.get('og:image:height')).toBe(String(PREVIEW_IMAGE_SIZE.height))
    expect(t.get('og:image:alt')).toBe(`The title slide: ${deck.title}`)
  })

  it('escapes what it writes into attributes', () => {
    const head = renderHead({ ...deck, title: 'A "quoted" <title>' }, { publicUrl: '', previewImage: 'preview.png' })
    expect(head).toContain('<title>A &quot;quoted&quot; &lt;title&gt;</title>')
    expect(head).toContain('content="A &quot;quoted&quot; &lt;title&gt;"')
  })
})

describe('resolvePublicUrl', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    [undefined, ''],
    ['https://example.org/talks/p2p/', 'https://example.org/talks/p2p/'],
    ['https://example.org/talks/p2p', 'https://example.org/talks/p2p/'],
    ['https://example.org/talks/p2p/index.html', 'https://example.org/talks/p2p/'],
    [' https://example.org ', 'https://example.org/'],
    ['http://localhost:8080/deck', 'http://localhost:8080/deck/'],
  ])('%j -> %j', (raw, expected) => {
    expect(resolvePublicUrl(raw)).toBe(expected)
  })

  it.each([
    ['example.org/talks', /absolute URL/],
    ['ftp://example.org/deck/', /https:\/\//],
    ['javascript:alert(1)', /https:\/\//],
    ['https://example.org/deck/?utm=x', /query or a fragment/],
  ])('refuses %j', (raw, message) => {
    expect(() => resolvePublicUrl(raw)).toThrow(message)
  })
})
