import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT, defaultSession, parsePresentArgs } from './args.ts'
import { publicHost } from './lan.ts'

describe('npm run present options', () => {
  it('defaults: port 8000, every interface, a new token', () => {
    expect(parsePresentArgs([])).toEqual({
      port: DEFAULT_PORT,
      host: undefined,
      tokenFile: undefined,
      maxConnections: 2000,
      maxPerAddress: 1000,
      publicNames: [],
      session: defaultSession(),
      moderate: false,
      redis: undefined,
      node: undefined,
    })
    expect(defaultSession(new Date('2026-03-04T10:00:00Z'))).toBe('.present/session-2026-03-04.sqlite')
  })

  it('reads every option, with = or a space', () => {
    expect(
      parsePresentArgs([
        '--port',
        '9000',
        '--host=127.0.0.1',
        '--token-file',
        't.txt',
        '--max-connections=50',
        '--max-per-address',
        '20',
        '--public-name',
        'Deck.Example.org',
        '--public-name=talk.example.net',
        '--moderate',
        '--redis',
        'rediss://:secret@redis.internal:6380/2',
        '--node=b',
      ]),
    ).toEqual({
      port: 9000,
      host: '127.0.0.1',
      tokenFile: 't.txt',
      maxConnections: 50,
      maxPerAddress: 20,
      publicNames: ['deck.example.org', 'talk.example.net'],
      session: defaultSession(),
      moderate: true,
      redis: 'rediss://:secret@redis.internal:6380/2',
      node: 'b',
    })
  })

  it('reads the session file without --redis', () => {
    expect(parsePresentArgs(['--session', 'a.sqlite'])).toMatchObject({ session: 'a.sqlite', redis: undefined })
  })

  it.each([
    [['--port', 'eighty'], /--port: expected a whole number from 0 to 65535, found "eighty"/],
    [['--port', '70000'], /--port: expected a whole number/],
    [['--port'], /Option '--port <value>' argument missing/],
    [['--host', '--port'], /Option '--host' argument is ambiguous/],
    [['--host='], /--host: expected a value/],
    [['--max-per-address', '0'], /--max-per-address: expected a whole number from 1/],
    [['--public-name', 'https://deck.example.org/'], /--public-name: expected a host name such as deck.example.org/],
    [['--session='], /--session: expected a value/],
    [['--moderate=yes'], /--moderate' does not take an argument/],
    [['--redis', 'localhost:6379'], /--redis: expected redis:\/\/\[:PASSWORD@\]HOST:PORT\/DB/],
    [['--redis', 'redis://:hunter2@h:1/x'], /found "redis:\/\/:\*\*\*@h:1\/x"/],
    [['--node', 'a'], /--node: names this server among several; give --redis URL too/],
    [['--verbose'], /^unknown option --verbose$/],
    // Contradictions: one of the two would be silently ignored.
    [['--redis', 'redis://h:1/0', '--token-file', 't', '--session', 'a.sqlite'], /^--session: with --redis the room lives in Redis/],
    [['--redis', 'redis://h:1/0'], /^--redis: the nodes of one talk meet through its token; give --token-file F/],
  ])('refuses %j', (argv, message) => {
    expect(() => parsePresentArgs(argv)).toThrow(message)
  })

  it('the links name the LAN address when listening everywhere, the given host otherwise', () => {
    const interfaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      docker0: [{ address: '203.0.113.5', family: 'IPv4', internal: false }],
      wlan0: [{ address: '192.168.1.23', family: 'IPv4', internal: false }],
    } as unknown as Parameters<typeof publicHost>[1]
    expect(publicHost(undefined, interfaces)).toBe('192.168.1.23')
    expect(publicHost('127.0.0.1', interfaces)).toBe('127.0.0.1')
    expect(publicHost(undefined, {})).toBe('127.0.0.1')
  })
})
