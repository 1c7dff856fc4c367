import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './cli.ts'

describe('parseCliArgs', () => {
  it.each([
    [[], { kind: 'slides', out: 'deck.pdf', dist: undefined, help: false }],
    [['--handout'], { kind: 'handout', out: 'deck-handout.pdf', dist: undefined, help: false }],
    [['--fragments', '--out', 'steps.pdf'], { kind: 'fragments', out: 'steps.pdf', dist: undefined, help: false }],
    [['-o', 'x.pdf', '--dist', 'build'], { kind: 'slides', out: 'x.pdf', dist: 'build', help: false }],
    [['--out=y.pdf'], { kind: 'slides', out: 'y.pdf', dist: undefined, help: false }],
    [['--help'], { kind: 'slides', out: 'deck.pdf', dist: undefined, help: true }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected)
  })

  it.each([
    [['--handout', '--fragments'], /cannot be combined/],
    [['--pages'], /Unknown option '--pages'[\s\S]*Usage/],
    [['deck.pdf'], /Unexpected argument 'deck.pdf'|positional/i],
    [['--out', ' '], /--out needs a file name/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message)
  })
})
