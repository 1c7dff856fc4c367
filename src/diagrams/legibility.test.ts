import { describe, expect, it } from 'vitest'
import { legibilityProblems, type DiagramMeasure } from './legibility.ts'

const measure = (over: Partial<DiagramMeasure>): DiagramMeasure => ({
  id: 'dgm-network-topologies-0',
  slide: 'network-topologies',
  field: 'blocks[0]',
  variant: 'wide',
  screenPx: 23,
  designPx: 24,
  label: 'Distributed',
  share: 0.28,
  fills: 'width',
  ...over,
})

describe('the share warning', () => {
  it('tells the author of a row as wide as the slide to lay it out taller, since shorter text would change nothing', () => {
    const [message, ...rest] = legibilityProblems([measure({ fills: 'width' })], 'projector', true)
    expect(rest).toEqual([])
    expect(message).toBe(
      'slide "network-topologies", blocks[0].mermaid: the diagram takes 28% of its slide (at least 30% needed); it is as wide as the slide allows and leaves room above and below: lay it out taller and narrower (a node below the others rather than beside them, a group set upright with "direction TB")',
    )
  })

  it('tells the author of a drawing as tall as its room to shorten the slide’s other text', () => {
    expect(legibilityProblems([measure({ fills: 'height', share: 0.26 })], 'projector', true)).toEqual([
      'slide "network-topologies", blocks[0].mermaid: the diagram takes 26% of its slide (at least 30% needed); it is as tall as the room the slide leaves it: shorten the slide\'s other text or give the diagram its own slide',
    ])
  })

  it('says nothing of a diagram at 30% or more, nor of the share without the warning asked for, nor on a phone', () => {
    expect(legibilityProblems([measure({ share: 0.3 })], 'projector', true)).toEqual([])
    expect(legibilityProblems([measure({ share: 0.1 })], 'projector')).toEqual([])
    expect(legibilityProblems([measure({ share: 0.1, screenPx: 12.4 })], 'phone')).toEqual([])
  })
})
