import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Deck, DiagramBlock, Slide } from '../model.ts'
import { drawingInputs, loadDrawnDiagrams, saveDrawnDiagrams } from './diagram-cache.ts'
import { collectDiagrams } from '../render/diagram.ts'

const diagram: DiagramBlock = {
  kind: 'diagram',
  mermaid: 'flowchart LR\n  A["Centralised"] --> B["Distributed"]',
  caption: 'Two networks.',
  accTitle: 'Two networks',
  accDescr: 'Centralised, then distributed.',
}
const slide: Slide = {
  id: 'topologies',
  part: 'p',
  timing: 30,
  title: 'Hubs are optional',
  blocks: [diagram, { kind: 'text', text: 'Decentralised: hubs are obligatory, and a long line of text under the diagram.' }],
  notes: 'What the presenter says.',
}
const deckOf = (s: Slide): Deck => ({ title: 't', description: 'd', author: 'a', lang: 'en', parts: [], slides: [s], citations: {} })

/** Cache the drawing of the slide's diagram, as the build does after capturing it. */
function save(root: string, s: Slide): void {
  const [{ id, block }] = collectDiagrams(s.id, s.blocks) as [{ id: string; block: DiagramBlock }]
  saveDrawnDiagrams(root, new Map([[id, [drawingInputs(s, block), { svg: '<svg>drawn for this box</svg>' }]]]))
}

describe('the diagram cache', () => {
  let root: string
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('redraws a diagram whose slide text changed, since the box it was fitted to changed; notes change nothing', async () => {
    root = mkdtempSync(join(tmpdir(), 'deck-cache-'))
    save(root, slide)
    expect([...(await loadDrawnDiagrams(root, deckOf(slide))).values()]).toEqual(['<svg>drawn for this box</svg>'])
    const notes = { ...slide, notes: 'Other words for the presenter.', timing: 45 }
    expect((await loadDrawnDiagrams(root, deckOf(notes))).size).toBe(1)
    // What the share warning asks for: shorter text under the diagram leaves it a taller box.
    const shorter = { ...slide, blocks: [diagram, { kind: 'text' as const, text: 'Hubs are obligatory.' }] }
    expect((await loadDrawnDiagrams(root, deckOf(shorter))).size).toBe(0)
    expect((await loadDrawnDiagrams(root, deckOf({ ...slide, title: 'A title on two lines, leaving the diagram less room' }))).size).toBe(0)
  })
})
