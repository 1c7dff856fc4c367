import { describe, expect, it } from 'vitest'
import { escapeAttr, escapeHtml } from './escape.ts'

describe('escapeHtml', () => {
  it.each([
    ['plain', 'plain'],
    ['a < b > c', 'a &lt; b &gt; c'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['"double" \'single\'', '&quot;double&quot; &#39;single&#39;'],
    ['&amp; stays literal', '&amp;amp; stays literal'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onerror="x', '&quot; onerror=&quot;x'],
    ['van der Pijl — “quoted” ünïcode', 'van der Pijl — “quoted” ünïcode'],
  ])('%j -> %j', (input, output) => {
    expect(escapeHtml(input)).toBe(output)
  })

  it('is the same function for attributes (double-quoted values)', () => {
    expect(escapeAttr).toBe(escapeHtml)
  })
})
