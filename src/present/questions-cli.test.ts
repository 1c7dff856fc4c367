import { describe, expect, it } from 'vitest'
import { parseQuestionsArgs } from './questions-cli.ts'

describe('npm run questions options', () => {
  it('reads a session file, or a clustered talk on Redis named by its token file', () => {
    expect(parseQuestionsArgs(['s.sqlite'])).toEqual({ help: false, source: { kind: 'file', file: 's.sqlite' }, format: 'md' })
    expect(parseQuestionsArgs(['--redis', 'redis://:pw@10.0.0.10:6379/0', '--token-file', 'token', '--format', 'csv'])).toEqual({
      help: false,
      source: { kind: 'redis', redis: 'redis://:pw@10.0.0.10:6379/0', tokenFile: 'token' },
      format: 'csv',
    })
  })

  it.each([
    [[], /^the session file is missing \(or --redis URL --token-file F/],
    [['a.sqlite', 'b.sqlite'], /^one session file expected, found 2$/],
    [
      ['s.sqlite', '--redis', 'redis://h:1/0', '--token-file', 't'],
      /^FILE: with --redis the room is read from Redis, not from a session file/,
    ],
    [['--redis', 'redis://h:1/0'], /^--redis: the talk is known there by its token; give --token-file F/],
    [['s.sqlite', '--token-file', 't'], /^--token-file: names a talk on Redis; give --redis URL too/],
    [['--redis', 'localhost', '--token-file', 't'], /^--redis: expected redis:\/\//],
    [['s.sqlite', '--format', 'xml'], /^--format: expected md, csv or json, found "xml"$/],
  ])('refuses %j in one line', (argv, message) => {
    expect(() => parseQuestionsArgs(argv)).toThrow(message)
  })
})
