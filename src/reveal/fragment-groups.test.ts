import { describe, expect, it } from 'vitest'
import { fragmentGroupsOf } from './fragment-groups.ts'

describe('fragment groups', () => {
  it('numbers them as reveal.js does: given indices first with gaps closed, then the rest in document order', () => {
    expect(fragmentGroupsOf([undefined, undefined, undefined])).toEqual([0, 1, 2])
    expect(fragmentGroupsOf([2, 0, 2, 5])).toEqual([1, 0, 1, 2])
    expect(fragmentGroupsOf([undefined, 3, undefined, 1])).toEqual([2, 1, 3, 0])
  })
})
