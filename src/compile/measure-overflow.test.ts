import { describe, expect, it } from 'vitest'
import { blockField, blockPath } from '../render/block-path.ts'
import { findOverflows, overflowErrors, overflowMessage, type SlideBoxes } from './measure-overflow.ts'

/** A 1280×720 slide with the deck's padding (40 64 64): content ends at 656 down and 1216 across. */
const slide = (blocks: SlideBoxes['blocks'], id = 'x'): SlideBoxes => ({
  id,
  contentBottom: 656,
  contentRight: 1216,
  contentLeft: 64,
  blocks,
})
const box = (path: string, kind: string, top: number, bottom: number, right = 1216, left = 64) => ({ path, kind, top, bottom, right, left })

describe('findOverflows', () => {
  it('finds nothing on a slide whose blocks end inside its content area', () => {
    expect(findOverflows([slide([box('0', 'text', 112, 300), box('1', 'table', 320, 656)])])).toEqual([])
  })

  it('ignores a pixel of rounding', () => {
    expect(findOverflows([slide([box('0', 'text', 112, 657, 1217)])])).toEqual([])
  })

  it('names the block that runs past the bottom, and by how much', () => {
    expect(findOverflows([slide([box('0', 'text', 112, 300), box('1', 'table', 320, 796.4)])])).toEqual([
      { slide: 'x', field: 'blocks[1]', kind: 'table', edge: 'bottom', by: 140, below: false },
    ])
  })

  it('says when a block lies wholly below the slide', () => {
    const [, second] = findOverflows([slide([box('0', 'text', 112, 900), box('1', 'note', 920, 980)])])
    expect(second).toMatchObject({ field: 'blocks[1]', edge: 'bottom', by: 324, below: true })
  })

  it('names the block that runs past the right edge', () => {
    expect(findOverflows([slide([box('2', 'math', 112, 200, 1300)])])).toEqual([
      { slide: 'x', field: 'blocks[2]', kind: 'math', edge: 'right', by: 84, below: false },
    ])
  })

  it('names the block that runs past the left edge', () => {
    expect(findOverflows([slide([box('1', 'diagram', 112, 400, 1216, 20)])])).toEqual([
      { slide: 'x', field: 'blocks[1]', kind: 'diagram', edge: 'left', by: 44, below: false },
    ])
  })

  it('names the title when the heading runs off the slide', () => {
    expect(findOverflows([slide([box('title', 'title', 40, 100, 1400), box('0', 'text', 112, 300)])])).toEqual([
      { slide: 'x', field: 'title', kind: 'title', edge: 'right', by: 184, below: false },
    ])
  })

  it('names the block inside columns rather than the columns', () => {
    const found = findOverflows([slide([box('0', 'columns', 112, 760), box('0.0.0', 'text', 112, 300), box('0.1.1', 'table', 320, 760)])])
    expect(found.map((o) => o.field)).toEqual(['blocks[0].columns[1][1]'])
  })
})

describe('what the author reads', () => {
  it('says which block, which edge, by how much, and what to do', () => {
    expect(overflowErrors([slide([box('2', 'table', 320, 796)], 'comparison')]).map((e) => e.message)).toEqual([
      'slide "comparison", blocks[2]: the table runs 140 px past the bottom of the slide; shorten it or split the slide',
    ])
    expect(overflowMessage({ slide: 'x', field: 'blocks[0]', kind: 'text', edge: 'right', by: 30, below: false })).toBe(
      'the text runs 30 px past the right edge of the slide; make it narrower or shorten it',
    )
    expect(overflowMessage({ slide: 'x', field: 'title', kind: 'title', edge: 'left', by: 12, below: false })).toBe(
      'the title runs 12 px past the left edge of the slide; make it narrower or shorten it',
    )
    expect(overflowMessage({ slide: 'x', field: 'blocks[3]', kind: 'note', edge: 'bottom', by: 60, below: true })).toMatch(
      /^the note starts below the bottom of the slide \(it ends 60 px past it\): the blocks above fill the slide/,
    )
  })

  it('maps data-block paths to the slide module’s fields and back', () => {
    for (const [path, field] of [
      ['2', 'blocks[2]'],
      ['2.0.1', 'blocks[2].columns[0][1]'],
    ] as const) {
      expect(blockField(path)).toBe(field)
      expect(blockPath(field)).toBe(path)
    }
    expect(blockPath('blocks[2].tex')).toBeUndefined()
  })
})
