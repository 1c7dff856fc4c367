import { describe, expect, it } from 'vitest'
import { mapTarget, type MapPart } from './argument-map.ts'

// Three parts: slides 0–1, 2–4, 5.
const parts: MapPart[] = [
  { label: 'I', slides: [0, 1] },
  { label: 'II', slides: [2, 3, 4] },
  { label: 'III', slides: [5] },
]

describe('mapTarget: where a key moves focus in the argument map', () => {
  it.each([
    ['ArrowDown', 0, 1],
    ['ArrowDown', 1, 2], // across a part boundary
    ['ArrowDown', 5, 5], // stops at the last slide
    ['ArrowUp', 2, 1],
    ['ArrowUp', 0, 0], // stops at the first slide
    ['Home', 4, 0],
    ['End', 1, 5],
    ['ArrowRight', 0, 2], // next part's first slide
    ['ArrowRight', 3, 5],
    ['ArrowRight', 5, 5], // no part after the last
    ['PageDown', 1, 2],
    ['ArrowLeft', 3, 2], // inside a part: its own first slide
    ['ArrowLeft', 2, 0], // at a part's start: the previous part
    ['ArrowLeft', 0, 0],
    ['PageUp', 5, 2],
  ])('%s from slide %i goes to slide %i', (key, from, to) => {
    expect(mapTarget(key, from, parts)).toBe(to)
  })

  it.each(['Enter', ' ', 'a', 'Tab', 'Escape'])('leaves %j to the browser', (key) => {
    expect(mapTarget(key, 2, parts)).toBeUndefined()
  })

  it('has nowhere to go in an empty deck', () => {
    expect(mapTarget('ArrowDown', 0, [])).toBeUndefined()
  })
})
