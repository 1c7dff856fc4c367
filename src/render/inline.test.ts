import { describe, expect, it } from 'vitest'
import { DeckError } from '../errors.ts'
import { inlineCitationKeys, inlineToPlainText, parseInline, renderInline, type InlineContext } from './inline.ts'

const ctx: InlineContext = {
  citationLabel: (key) => ({ baran1964: 'Baran 1964', fiske1992: 'Fiske 1992' })[key],
  referencesHref: (key) => `#ref-${key}`,
}
const at = { slide: 'some-slide', field: 'blocks[0].text' }
const render = (source: string) => renderInline(source, ctx, at)
const failure = (source: string): DeckError => {
  try {
    render(source)
  } catch (e) {
    if (e instanceof DeckError) return e
    throw e
  }
  throw new Error(`expected ${JSON.stringify(source)} to fail`)
}

describe('renderInline: markup', () => {
  it.each([
    ['plain text', 'plain text'],
    ['*emphasis* here', '<em>emphasis</em> here'],
    ['read _The Wealth of Networks_ now', 'read <cite class="work">The Wealth of Networks</cite> now'],
    ['*a* and *b*', '<em>a</em> and <em>b</em>'],
    ['see [@baran1964]', 'see <span class="cite-marker">(<a href="#ref-baran1964">Baran 1964</a>)</span>'],
    [
      '[@baran1964; @fiske1992]',
      '<span class="cite-marker">(<a href="#ref-baran1964">Baran 1964</a>; <a href="#ref-fiske1992">Fiske 1992</a>)</span>',
    ],
    ['*cited [@fiske1992]*', '<em>cited <span class="cite-marker">(<a href="#ref-fiske1992">Fiske 1992</a>)</span></em>'],
    ['\\*not emphasis\\*', '*not emphasis*'],
    ['snake\\_case', 'snake_case'],
    ['costs \\$5', 'costs $5'],
    ['\\[1\\] and \\\\', '[1] and \\'],
    ['email\\@example.org and @handle', 'email@example.org and @handle'],
    ['*\\**', '<em>*</em>'],
  ])('%j', (source, html) => {
    expect(render(source)).toBe(html)
  })

  it('renders inline math with KaTeX, markup characters inside math are TeX', () => {
    const html = render('*star $a*b_c$ done*')
    expect(html).toMatch(/^<em>star <span class="katex">/)
    expect(html).toContain('<annotation encoding="application/x-tex">a*b_c</annotation>')
    expect(html).toMatch(/ done<\/em>$/)
  })
})

describe('renderInline: everything else is text', () => {
  it.each([
    ['<b>bold</b>', '&lt;b&gt;bold&lt;/b&gt;'],
    // A run this long with no space may break (a long-run span), and is escaped all the same.
    ['<script>alert("x")</script>', '<span class="long-run">&lt;script&gt;alert(&quot;x&quot;)&lt;/<wbr>script&gt;</span>'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['" onmouseover="alert(1)', '&quot; onmouseover=&quot;alert(1)'],
    ['&lt; already an entity', '&amp;lt; already an entity'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['*<i>in emphasis</i>*', '<em>&lt;i&gt;in emphasis&lt;/i&gt;</em>'],
    [
      '_</cite><script>x</script>_',
      '<cite class="work"><span class="long-run">&lt;/<wbr>cite&gt;&lt;script&gt;x&lt;/<wbr>script&gt;</span></cite>',
    ],
  ])('%j', (source, html) => {
    expect(render(source)).toBe(html)
  })

  it('escapes the citation label and the link it makes', () => {
    const hostile: InlineContext = { citationLabel: () => '<b>"x"</b>', referencesHref: () => '#"><script>' }
    expect(renderInline('[@k]', hostile, at)).toBe(
      '<span class="cite-marker">(<a href="#&quot;&gt;&lt;script&gt;">&lt;b&gt;&quot;x&quot;&lt;/b&gt;</a>)</span>',
    )
  })

  it('KaTeX output never carries a link or a script', () => {
    const html = (() => {
      try {
        return render('$\\href{javascript:alert(1)}{x}$')
      } catch {
        return ''
      }
    })()
    expect(html).not.toMatch(/<a |href=/)
  })
})

describe('renderInline: broken markup names the field and the place', () => {
  it.each([
    ['*never closed', /"\*" is opened but never closed; close it or write "\\\*" for a literal asterisk \(at character 1 of/],
    ['_never closed', /"_" is opened but never closed.*literal underscore/],
    ['snake_case', /"_" is opened but never closed; .*\(at character 6 of "snake_case"\)/],
    ['**bold**', /unknown markup "\*\*"; use a single \* on each side/],
    ['__x__', /unknown markup "__"/],
    ['**', /unknown markup "\*\*"/],
    ['_Title *x*_', /"\*" inside "_…_": nesting of emphasis and titles is not supported/],
    ['$x$ and $y', /"\$" opens inline math that is never closed; .*\(at character 9/],
    ['$ $', /empty inline math/],
    ['[1]', /unknown markup "\["; citation markers are written \[@key\], a literal bracket as \\\[/],
    ['a]', /unmatched "\]"/],
    ['[@baran1964', /citation marker "\[@" is never closed with "\]"/],
    ['[@ baran1964]', /malformed citation marker "\[@ baran1964\]"; expected \[@key\] or \[@key1; @key2\]/],
    ['[@baran1964, @fiske1992]', /malformed citation marker/],
    ['[@nope]', /unknown citation key "nope"; add it to slides\/citations.ts or fix the spelling/],
    ['back\\slash', /unknown escape "\\s"/],
    ['trailing \\', /unknown escape "\\"/],
    ['$\\frac{1}{$', /KaTeX could not parse "\\frac\{1\}\{"/],
  ])('%j', (source, message) => {
    const error = failure(source)
    expect(error.where).toEqual(at)
    expect(error.message).toMatch(/^slide "some-slide", blocks\[0\]\.text: /)
    expect(error.message).toMatch(message)
  })
})

describe('parseInline', () => {
  it('gives a tree of text, emphasis, titles, math and citations', () => {
    expect(parseInline('A *b* _C_ $d$ [@e; @f]', at)).toEqual([
      { type: 'text', text: 'A ' },
      { type: 'em', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'work', children: [{ type: 'text', text: 'C' }] },
      { type: 'text', text: ' ' },
      { type: 'math', tex: 'd' },
      { type: 'text', text: ' ' },
      { type: 'cite', keys: ['e', 'f'] },
    ])
  })

  // An escaped "*" just before the end once passed for the closer.
  it('an escaped closer is text, so the emphasis is still open', () => {
    expect(() => render('*abc\\*')).toThrow(/"\*" is opened but never closed/)
    expect(() => render('_abc\\_')).toThrow(/"_" is opened but never closed/)
  })
})

describe('inlineToPlainText and inlineCitationKeys', () => {
  it.each([
    ['*a* _b_ [@baran1964] $x^2$ \\*', 'a b x^2 *'],
    ['  spaced\n out  ', 'spaced out'],
  ])('%j -> %j', (source, text) => {
    expect(inlineToPlainText(source)).toBe(text)
  })

  it('collects keys from markers, including inside emphasis', () => {
    expect(inlineCitationKeys('[@a] *x [@b; @c]* _y_', at)).toEqual(['a', 'b', 'c'])
  })
})

describe('renderInline: long unbroken runs', () => {
  it('lets a URL break after its slashes and dots, and only there first', () => {
    expect(render('see https://example.org/a/very-long-path?x=1&y=2 now')).toBe(
      'see <span class="long-run">https:<wbr>/<wbr>/<wbr>example.<wbr>org/<wbr>a/<wbr>very-<wbr>long-<wbr>path?<wbr>x=<wbr>1&amp;<wbr>y=<wbr>2</span> now',
    )
  })

  it('lets a long compound break anywhere, and leaves ordinary words whole', () => {
    expect(render('Rechtsschutzversicherungsgesellschaften sind Wörter')).toBe(
      '<span class="long-run">Rechtsschutzversicherungsgesellschaften</span> sind Wörter',
    )
    expect(render('Internationalisation, decentralisation')).toBe('Internationalisation, decentralisation')
  })

  it('escapes what it wraps', () => {
    expect(render('<script>alert(1)</script>=<script>')).toBe(
      '<span class="long-run">&lt;script&gt;alert(1)&lt;/<wbr>script&gt;=<wbr>&lt;script&gt;</span>',
    )
  })
})
