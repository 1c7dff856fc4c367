import { describe, expect, it } from 'vitest'
import { shareLink } from './share.ts'

describe('shareLink', () => {
  it('is the slide’s share page where the public URL is known', () => {
    expect(shareLink('links', { canonical: 'https://example.org/talk/', href: 'https://example.org/talk/index.html#/x' })).toBe(
      'https://example.org/talk/s/links/',
    )
  })

  it('is the deck’s own address with #/id otherwise, naming index.html', () => {
    expect(shareLink('links', { href: 'http://127.0.0.1:4173/talk/#/opening/2' })).toBe('http://127.0.0.1:4173/talk/index.html#/links')
    expect(shareLink('links', { href: 'file:///home/me/deck/index.html?x=1#/opening' })).toBe('file:///home/me/deck/index.html#/links')
  })
})
