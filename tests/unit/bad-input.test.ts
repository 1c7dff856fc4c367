import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Deck } from '../../src/model.ts'
import { formatDeckErrors } from '../../src/errors.ts'
import { loadDeckModule, renderDeckFromModule } from '../../src/compile/load-deck.ts'
import { blockPath } from '../../src/render/block-path.ts'
import { renderHead } from '../../src/compile/head.ts'
import { escapeHtml } from '../../src/render/escape.ts'
import miniDeck from '../fixtures/mini-deck.ts'
import injectionDeck, { PAYLOADS } from '../fixtures/broken/injection.ts'
import type { Expected } from '../fixtures/broken/plug.ts'
import { thrown } from '../fixtures/broken/throwing-module.expected.ts'
import { measured as overflowing } from '../fixtures/broken/overflowing-slide.ts'
import overflowingDeck from '../fixtures/broken/overflowing-slide.ts'

const root = resolve(import.meta.dirname, '../..')

/** Start tags as a browser tokenizes them: element name and attribute names (quoted values skipped). */
function startTags(html: string): { name: string; attributes: string[] }[] {
  const attr = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(attr)].map((a) => a[1]!.toLowerCase()),
  }))
}
const render = (deck: Deck) => renderDeckFromModule(deck, { root })
/** Everything the build writes for the slides: the page's sections and the asides chunk's notes. */
const everything = async (deck: Deck) => {
  const { slidesHtml, asides } = await render(deck)
  return slidesHtml + Object.values(asides).join('\n')
}

/** tests/fixtures/broken/*.ts: each default-exports a deck and says what it must report. */
// throwing-module.ts throws when imported: that is the mistake it stands for (tested below).
const catalogue = Object.entries(
  import.meta.glob<{ default: Deck; expected?: Expected }>(['../fixtures/broken/*.ts', '!../fixtures/broken/throwing-module.ts'], {
    eager: true,
  }),
)
  .filter(([, mod]) => mod.expected)
  .map(([file, mod]) => ({ name: file.replace(/^.*\/|\.ts$/g, ''), deck: mod.default, expected: mod.expected! }))

describe('the bad-input catalogue', () => {
  it('has a fixture for every kind of mistake', () => {
    expect(catalogue.map((c) => c.name).sort()).toEqual([
      'broken-markup',
      'duplicate-id',
      'empty-notes',
      'empty-title',
      'interpreted-row-out-of-range',
      'invalid-inline-tex',
      'invalid-mermaid',
      'invalid-tex',
      'links-on-timeline',
      'negative-timing',
      'sequence-diagram',
      'steps-on-timeline',
      'unknown-asset',
      'unknown-inline-citation',
    ])
  })

  it('the valid mini deck reports nothing', async () => {
    expect((await render(miniDeck)).errors).toEqual([])
  })

  it.each(catalogue)('$name: one error naming the slide and the field', async ({ deck, expected }) => {
    const { errors } = await render(deck)
    expect(errors.map(({ where: { slide, field } }) => ({ slide, field }))).toEqual([{ slide: expected.slide, field: expected.field }])
    expect(errors[0]!.message).toMatch(expected.message)
    // What the author reads: the build's output names slide and field up front.
    expect(formatDeckErrors(errors)).toContain(`slide "${expected.slide}", ${expected.field}: `)
  })

  it.each(catalogue)('$name: the other slides still render, the broken one becomes an error slide', async ({ deck, expected }) => {
    const { slidesHtml } = await render(deck)
    expect(slidesHtml).toContain(`<h2>Slide “${expected.slide}” could not be rendered</h2>`)
    expect(slidesHtml).toContain(`<code>${expected.field}</code>`)
    for (const slide of miniDeck.slides.filter((s) => s.id !== expected.slide)) {
      expect(slidesHtml, slide.id).toContain(`<section id="${slide.id}" class="slide`)
    }
  })
})

describe('a slide module that throws while loading', () => {
  it('is reported with the module file, the line and the slide', async () => {
    const { runnerImport } = await import('vite')
    const load = loadDeckModule(root, thrown.field, async (file) => (await runnerImport<Record<string, unknown>>(file)).module)
    // The line is the author's where source maps apply (the build: tests/e2e/bad-input.test.ts);
    // under vitest's own stack formatting it may be the transformed module's.
    await expect(load).rejects.toThrow(new RegExp(`^slide "${thrown.slide}", ${thrown.field}:\\d+: `))
    await expect(load).rejects.toThrow(thrown.message)
  })
})

describe('slides that only a browser finds too big', () => {
  it('render without an error in Node: the build measures them in Chromium (tests/e2e/bad-input.test.ts)', async () => {
    const { errors, slidesHtml } = await render(overflowingDeck)
    expect(errors).toEqual([])
    for (const e of overflowing) {
      const block = e.field === 'title' ? 'class="slide-head"' : `data-block="${blockPath(e.field)}"`
      expect(slidesHtml).toMatch(new RegExp(`<section id="${e.slide}"[\\s\\S]*?${block}`))
    }
  })
})

describe('HTML and script in any text field', () => {
  it('is no error: it is text', async () => {
    expect((await render(injectionDeck)).errors).toEqual([])
  })

  it('renders as escaped text, never as elements or attributes', async () => {
    const slidesHtml = await everything(injectionDeck)
    const tags = startTags(slidesHtml)
    expect(tags.filter((t) => t.name === 'script')).toEqual([])
    // The one image is the fixture's own (assets/favicon.svg), not the payload's src=x.
    expect(slidesHtml.match(/<img /g)).toHaveLength(1)
    expect(tags.flatMap((t) => t.attributes).filter((a) => /^on|^data-x$/.test(a))).toEqual([])
    expect(slidesHtml).not.toContain('</template></figure></section>')
    for (const payload of PAYLOADS) expect(slidesHtml).toContain(escapeHtml(payload))
    // The diagram source reaches mermaid as text inside its <template>, escaped as well.
    expect(slidesHtml).toContain(escapeHtml('B["</template><script>window.pwnedByFixture = 4</script>"]'))
  })

  it('shows the payload in the title, notes, references and part label', async () => {
    // A long run with no space may break (src/render/inline.ts): read it as the text it shows.
    const slidesHtml = (await everything(injectionDeck)).replace(/<span class="long-run">((?:[^<]|<wbr>)*)<\/span>/g, (_m, run: string) =>
      run.replaceAll('<wbr>', ''),
    )
    expect(slidesHtml).toContain(`<h2>Title ${escapeHtml(PAYLOADS[0])}</h2>`)
    expect(slidesHtml).toContain(`<aside class="notes">`)
    expect(slidesHtml).toContain(`<p>Notes ${escapeHtml(PAYLOADS[0])}</p>`)
    expect(slidesHtml).toContain(`>Fiske ${escapeHtml(PAYLOADS[0])}, p. ${escapeHtml(PAYLOADS[2])}</a>`)
    expect(slidesHtml).toContain(`“Title ${escapeHtml(PAYLOADS[3])}”`)
    expect(slidesHtml).toContain(`One ${escapeHtml(PAYLOADS[1])}`)
  })

  it('the page head escapes the deck title, description and author', () => {
    const head = renderHead(injectionDeck, { publicUrl: 'https://example.org/"><script>x</script>', previewImage: 'preview.png' })
    expect(startTags(head).filter((t) => t.name === 'script')).toHaveLength(2) // the theme-restore and first-paint scripts, nothing else
    expect(head).toContain(`<title>Deck ${escapeHtml(PAYLOADS[0])}</title>`)
    expect(head).toContain(`content="Description ${escapeHtml(PAYLOADS[2])}"`)
    expect(
      startTags(head)
        .flatMap((t) => t.attributes)
        .filter((a) => /^on|^data-x$/.test(a)),
    ).toEqual([])
  })
})
