import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './cli.ts'

describe('parseCliArgs', () => {
  it.each([
    [[], { kind: 'slides', out: 'deck.pdf', dist: undefined, help: false, backup: false }],
    [['--handout'], { kind: 'handout', out: 'deck-handout.pdf', dist: undefined, help: false, backup: false }],
    [['--fragments', '--out', 'steps.pdf'], { kind: 'fragments', out: 'steps.pdf', dist: undefined, help: false, backup: false }],
    [['-o', 'x.pdf', '--dist', 'build'], { kind: 'slides', out: 'x.pdf', dist: 'build', help: false, backup: false }],
    [['--out=y.pdf'], { kind: 'slides', out: 'y.pdf', dist: undefined, help: false, backup: false }],
    [['--backup'], { kind: 'slides', out: 'deck.pdf', dist: undefined, help: false, backup: true }],
    [['--fragments', '--backup'], { kind: 'fragments', out: 'deck-fragments.pdf', dist: undefined, help: false, backup: true }],
    [['--help'], { kind: 'slides', out: 'deck.pdf', dist: undefined, help: true, backup: false }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected)
  })

  it.each([
    [['--handout', '--fragments'], /cannot be combined/],
    [['--pages'], /^unknown option --pages$/],
    [['deck.pdf'], /^unexpected argument deck.pdf: this command takes options only$/],
    [['--out', ' '], /--out needs a file name/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message)
  })
})
