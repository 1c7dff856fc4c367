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
    [['--session', 's.sqlite'], /^--session adds the room’s questions to the handout/],
    [['--redis', 'redis://h:1/0', '--token-file', 't'], /^--redis adds the room’s questions to the handout/],
    [
      ['--handout', '--redis', 'redis://h:1/0', '--token-file', 't', '--session', 's.sqlite'],
      /^--session: with --redis the room is read from Redis/,
    ],
    [['--handout', '--redis', 'redis://h:1/0'], /^--redis: the talk is known there by its token; give --token-file F/],
    [['--handout', '--token-file', 't'], /^--token-file: names a talk on Redis; give --redis URL too/],
    [['--handout', '--redis', 'h:6379', '--token-file', 't'], /^--redis: expected redis:\/\//],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message)
  })

  it('reads the handout’s room from a session file or from Redis', () => {
    expect(parseCliArgs(['--handout', '--session', 's.sqlite']).room).toEqual({ kind: 'file', file: 's.sqlite' })
    expect(parseCliArgs(['--handout', '--redis', 'redis://h:1/0', '--token-file', 't']).room).toEqual({
      kind: 'redis',
      redis: 'redis://h:1/0',
      tokenFile: 't',
    })
  })
})
