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
    [['--handout'], /Unknown option '--handout'[\s\S]*Usage: npm run export:pptx/],
    [['deck.pptx'], /Unexpected argument 'deck.pptx'|positional/i],
    [['--out', ' '], /--out needs a file name/],
  ])('refuses %j', (argv, message) => {
    expect(() => parsePptxArgs(argv)).toThrow(message)
  })
})
