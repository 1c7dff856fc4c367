import { describe, expect, it } from 'vitest'
import type { Block, Deck } from '../model.ts'
import miniDeck from '../../tests/fixtures/mini-deck.ts'
import { createRenderContext } from './context.ts'
import { diagramType, validateDeck } from './validate.ts'

/** The mini deck with the "models" slide's blocks replaced; the errors it reports, as field: message. */
async function problems(blocks: Block<string>[]): Promise<string[]> {
  const deck: Deck = { ...miniDeck, slides: miniDeck.slides.map((s) => (s.id === 'models' ? { ...s, blocks } : s)) }
  const ctx = createRenderContext(deck.citations, new Set(deck.slides.map((s) => s.id)))
  return (await validateDeck(deck, ctx)).map((e) => `${e.where.slide} ${e.where.field}: ${e.detail}`)
}

const table = (interpretedRows: number[], rows = [['a', 'b']]): Block<string> => ({
  kind: 'table',
  head: ['x', 'y'],
  rows,
  interpretedRows,
})
const flowchart = (steps: string[][]): Block<string> => ({
  kind: 'diagram',
  mermaid: 'flowchart LR\n  A --> B --> C',
  caption: 'c',
  accTitle: 't',
  accDescr: 'd',
  steps,
})

describe('interpretedRows', () => {
  it('accepts rows that exist', async () => {
    expect(
      await problems([
        table(
          [0, 1],
          [
            ['a', 'b'],
            ['c', 'd'],
          ],
        ),
      ]),
    ).toEqual([])
  })

  it('names a row past the end, a negative row and a fraction, with the range to use', async () => {
    expect(await problems([table([5, -1, 0.5])])).toEqual([
      'models blocks[0].interpretedRows[0]: row 5 does not exist: the table has 1 row; expected a row number from 0 to 0 (0 is the first row under the head)',
      'models blocks[0].interpretedRows[1]: row -1 does not exist: the table has 1 row; expected a row number from 0 to 0 (0 is the first row under the head)',
      'models blocks[0].interpretedRows[2]: row 0.5 does not exist: the table has 1 row; expected a row number from 0 to 0 (0 is the first row under the head)',
    ])
  })

  it('names a row listed twice', async () => {
    expect(await problems([table([0, 0])])).toEqual([
      'models blocks[0].interpretedRows[1]: row 0 is listed twice; list each interpreted row once',
    ])
  })

  it('is checked inside columns too', async () => {
    expect(await problems([{ kind: 'columns', columns: [[{ kind: 'text', text: 'x' }], [table([3])]] }])).toEqual([
      expect.stringMatching(/^models blocks\[0\]\.columns\[1\]\[0\]\.interpretedRows\[0\]: row 3 does not exist/),
    ])
  })
})

describe('diagram steps', () => {
  it('names an empty step and a node revealed twice', async () => {
    expect(await problems([flowchart([['A'], [], ['B', 'A']])])).toEqual([
      'models blocks[0].steps[1]: expected at least one node id: an empty step is a key press that shows nothing',
      'models blocks[0].steps[2]: node "A" is already revealed by steps[0]; list each node in one step',
    ])
  })

  it('allows as many steps as the stylesheet hides, and no more', async () => {
    const chain = (n: number): Block<string> => {
      const nodes = Array.from({ length: n }, (_, i) => `N${i}`)
      return { ...(flowchart(nodes.map((node) => [node])) as object), mermaid: `flowchart LR\n  ${nodes.join(' --> ')}` } as Block<string>
    }
    expect(await problems([chain(12)])).toEqual([])
    expect(await problems([chain(13)])).toEqual([
      'models blocks[0].steps: expected at most 12 steps, found 13; reveal several nodes per step or split the diagram',
    ])
  })
})

describe('diagramType', () => {
  it('reads the first word after front matter and comments', () => {
    expect(diagramType('flowchart LR\n  A --> B')).toBe('flowchart')
    expect(diagramType('%% a comment\ngraph TD\n  A --> B')).toBe('graph')
    expect(diagramType('---\ntitle: Modes\n---\ntimeline\n  1648 : Westphalia')).toBe('timeline')
    expect(diagramType('  sequenceDiagram\n  A->>B: hi')).toBe('sequenceDiagram')
  })
})
