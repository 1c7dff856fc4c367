import { describe, expect, it } from 'vitest'
import { parsePptxArgs } from './cli.ts'

describe('parsePptxArgs', () => {
  it.each([
    [[], { out: 'deck.pptx', backup: false, help: false }],
    [['--out', 'talk.pptx', '--backup'], { out: 'talk.pptx', backup: true, help: false }],
    [['-o', 'x.pptx'], { out: 'x.pptx', backup: false, help: false }],
    [['--help'], { out: 'deck.pptx', backup: false, help: true }],
  ])('%j', (argv, expected) => {
    expect(parsePptxArgs(argv)).toEqual(expected)
  })

  it.each([
    [['--handout'], /^unknown option --handout$/],
    [['deck.pptx'], /^unexpected argument deck.pptx: this command takes options only$/],
    [['--out', ' '], /--out needs a file name/],
  ])('refuses %j', (argv, message) => {
    expect(() => parsePptxArgs(argv)).toThrow(message)
  })
})
