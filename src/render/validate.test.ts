import { describe, expect, it } from 'vitest'
import type { Deck, Slide } from '../model.ts'
import { formatDeckErrors } from '../errors.ts'
import miniDeck from '../../tests/fixtures/mini-deck.ts'
import { createRenderContext } from './context.ts'
import { renderDeckSlides } from './deck.ts'
import { validateDeck, type DiagramParser } from './validate.ts'

type AnySlide = Slide<string, string>

const withSlides = (...slides: AnySlide[]): Deck => ({ ...(miniDeck as Deck), slides })
const ctxFor = (deck: Deck, assets: string[] = []) =>
  createRenderContext(deck.citations, new Set(deck.slides.map((s) => s.id)), {
    assetUrl: (a) => (assets.includes(a) ? `./assets/${a}` : undefined),
  })
const validate = (deck: Deck, parser?: DiagramParser) => validateDeck(deck, ctxFor(deck), parser)
const where = async (deck: Deck, parser?: DiagramParser) => (await validate(deck, parser)).map((e) => `${e.where.slide} ${e.where.field}`)

const base: AnySlide = { id: 'ok', title: 'A point', part: 'one', timing: 30, blocks: [], notes: 'Say it.' }

describe('validateDeck', () => {
  it('finds nothing wrong with the mini deck', async () => {
    expect(await validate(miniDeck as Deck, async () => undefined)).toEqual([])
  })

  it('reports every problem of one slide, each with its own field', async () => {
    const broken: AnySlide = {
      id: 'Not Kebab',
      title: '',
      part: 'nope',
      timing: 0,
      notes: '',
      blocks: [
        { kind: 'text', text: '*open' },
        { kind: 'math', tex: '\\frac{' },
        { kind: 'cite', keys: ['ghost'] },
        { kind: 'table', head: ['a', 'b'], rows: [['only one']] },
        { kind: 'quote', text: 'Words.', by: 'Someone', source: 'ghost' },
      ],
    }
    expect(await where(withSlides(broken))).toEqual([
      'Not Kebab id',
      'Not Kebab title',
      'Not Kebab notes',
      'Not Kebab timing',
      'Not Kebab part',
      'Not Kebab blocks[0].text',
      'Not Kebab blocks[1].tex',
      'Not Kebab blocks[2].keys[0]',
      'Not Kebab blocks[3].rows[0]',
      'Not Kebab blocks[4].source',
    ])
  })

  it('collects across slides, in slide order, mermaid errors included', async () => {
    const parser: DiagramParser = async (source) => (source.includes('oops') ? 'Parse error on line 2' : undefined)
    const diagram = { kind: 'diagram' as const, caption: 'c', accTitle: 't', accDescr: 'd' }
    const errors = await validate(
      withSlides(
        { ...base, id: 'first', blocks: [{ ...diagram, mermaid: 'flowchart LR\n  oops' }] },
        { ...base, id: 'second', timing: -1 },
        { ...base, id: 'third', blocks: [{ kind: 'columns', columns: [[{ kind: 'text', text: 'x]' }]] }] },
      ),
      parser,
    )
    expect(errors.map((e) => e.message)).toEqual([
      'slide "first", blocks[0].mermaid: mermaid could not parse the diagram: Parse error on line 2',
      'slide "second", timing: expected a positive number of seconds, found -1',
      expect.stringMatching(/^slide "third", blocks\[0\]\.columns\[0\]\[0\]\.text: unmatched "\]"/),
    ])
    expect(formatDeckErrors(errors)).toMatch(/^3 problems in 3 slides:\n {2}- slide "first"/)
  })

  it.each([
    [{ id: 'a-b-1' }, []],
    [{ id: 'UPPER' }, ['UPPER id']],
    [{ id: 'trailing-' }, ['trailing- id']],
    [{ id: '' }, ['#1 id']],
    [{ timing: Number.NaN }, ['ok timing']],
    [{ timing: Number.POSITIVE_INFINITY }, ['ok timing']],
    [{ notes: '\n\n  \n' }, ['ok notes']],
    [{ title: '   ' }, ['ok title']],
    [{ subtitle: '_open' }, ['ok subtitle']],
    [{ sources: 'Checked against [@ghost].' }, ['ok sources']],
    [{ sources: '*open' }, ['ok sources']],
    [{ sources: ' ' }, ['ok sources']],
    [{ sources: 'Verified against the abstract [@baran1964].' }, []],
  ] as [Partial<AnySlide>, string[]][])('%j -> %j', async (change, expected) => {
    expect(await where(withSlides({ ...base, ...change }))).toEqual(expected)
  })

  it('a duplicate id names the slide that came first', async () => {
    const errors = await validate(withSlides(base, { ...base, title: 'Again' }))
    expect(errors.map((e) => e.message)).toEqual([
      'slide "ok", id: duplicate id: slide 1 already uses "ok"; ids must be unique because links and #/ok use them',
    ])
  })

  it('checks the diagram fields mermaid does not: accessible text, links, steps, click lines', async () => {
    const errors = await validate(
      withSlides({
        ...base,
        blocks: [
          {
            kind: 'diagram',
            mermaid: 'flowchart LR\n  A --> B\n  click A call x()',
            caption: 'c',
            accTitle: ' ',
            accDescr: '',
            links: { A: 'ok', Z: 'ok', B: 'missing-slide' },
            steps: [['A'], ['Q']],
          },
        ],
      }),
    )
    expect(errors.map((e) => `${e.where.field}: ${e.detail}`)).toEqual([
      'blocks[0].links.B: links to slide "missing-slide", which does not exist; use one of the ids in slides/index.ts',
      'blocks[0].accTitle: expected a short accessible title, found an empty string',
      'blocks[0].accDescr: expected a text alternative describing the diagram, found an empty string',
      'blocks[0].mermaid: found a click/accTitle/accDescr line; use the block fields links, accTitle and accDescr instead',
      'blocks[0].steps[1]: node "Q" does not occur in the mermaid source',
      'blocks[0].links.Z: node "Z" does not occur in the mermaid source',
    ])
  })

  it('an image needs an existing asset and a text alternative', async () => {
    const deck = withSlides({
      ...base,
      blocks: [
        { kind: 'image', asset: 'images/there.png', alt: ' ' },
        { kind: 'image', asset: '../secret.png', alt: 'x' },
      ],
    })
    const errors = await validateDeck(deck, ctxFor(deck, ['images/there.png']))
    expect(errors.map((e) => e.where.field)).toEqual(['blocks[0].alt', 'blocks[1].asset'])
  })
})

describe('a slide’s source note', () => {
  const deck = withSlides({ ...base, notes: 'Say it aloud.', sources: 'Checked against _the abstract_ [@baran1964].' })
  const { html: page, asides } = renderDeckSlides(deck, ctxFor(deck))
  const html = asides[deck.slides[0]!.id]!
  const notes = /<aside class="notes">([\s\S]*?)<\/aside>/.exec(html)![1]!

  it('ships apart from the page the audience loads (src/reveal/asides.ts puts it back)', () => {
    expect(page).toContain('A point')
    expect(page).not.toContain('Say it aloud.')
    expect(page).not.toContain('Checked against')
  })

  it('is rendered, with its markup and citation marker, in an inert template the handout reads', () => {
    const template = /<template class="slide-sources">([\s\S]*?)<\/template>/.exec(html)?.[1]
    expect(template).toContain('Checked against <cite class="work">the abstract</cite>')
    expect(template).toContain('href="#ref-baran1964"')
  })

  it('stays out of the speaker notes (reveal.js copies <aside class="notes"> into the speaker view)', () => {
    expect(notes).toContain('Say it aloud.')
    expect(notes).not.toContain('Checked against')
  })

  it('leaves slides without one unchanged', () => {
    const plain = withSlides(base)
    expect(renderDeckSlides(plain, ctxFor(plain)).asides[plain.slides[0]!.id]).not.toContain('slide-sources')
  })
})

describe('renderDeckSlides with broken slides (dev)', () => {
  it('replaces a broken slide with an error slide that names it and keeps its id', async () => {
    const deck = withSlides({ ...base, id: 'fine' }, { ...base, id: 'bad', title: '*open' })
    const errors = await validate(deck)
    const broken = new Map([[1, errors]])
    const { html } = renderDeckSlides(deck, ctxFor(deck), { broken })
    expect(html).toContain('<section id="fine" class="slide layout-content"')
    expect(html).toContain('<section id="bad" class="slide deck-error-slide"')
    expect(html).toContain('<h2>Slide “bad” could not be rendered</h2>')
    expect(html).toContain('<code>title</code>: &quot;*&quot; is opened but never closed')
  })

  it('an error slide for an id that is not kebab-case gets a safe id, and escapes the bad one', async () => {
    const deck = withSlides({ ...base, id: '"><script>x</script>' })
    const errors = await validate(deck)
    const { html } = renderDeckSlides(deck, ctxFor(deck), { broken: new Map([[0, errors]]) })
    expect(html).toContain('<section id="broken-slide-1"')
    expect(html).toContain('Slide “&quot;&gt;&lt;script&gt;x&lt;/script&gt;” could not be rendered')
    expect(html).not.toContain('<script>')
  })

  it('with a duplicate id, breaks only the second slide', async () => {
    const deck = withSlides({ ...base, id: 'same' }, { ...base, id: 'same' })
    const errors = await validate(deck)
    expect(errors.map((e) => e.where.index)).toEqual([1])
    const { html } = renderDeckSlides(deck, ctxFor(deck), { broken: new Map([[1, errors]]) })
    expect(html.match(/deck-error-slide/g)?.length).toBe(1)
    expect(html).toContain('<section id="same" class="slide layout-content"')
  })
})
