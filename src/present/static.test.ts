import { describe, expect, it } from 'vitest'
import { markFollowPage } from './static.ts'

describe('follow marker', () => {
  it('goes into the head, escaped, and leaves the rest of the page as it was', () => {
    const html = '<html><head><meta charset="utf-8" /></head><body>x</body></html>'
    const marked = markFollowPage(html, 'http://h:1/index.html?"<')
    expect(marked).toContain('<meta name="deck-follow" content="http://h:1/index.html?&quot;&lt;" />')
    expect(marked).toContain('<meta name="referrer" content="no-referrer" />')
    expect(marked.replace(/\s*<meta name="deck-follow"[^>]*>\s*<meta name="referrer"[^>]*>\s*/, '')).toBe(html)
  })
})
