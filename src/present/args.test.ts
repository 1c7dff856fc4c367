import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT, parsePresentArgs } from './args.ts'
import { publicHost } from './lan.ts'

describe('npm run present options', () => {
  it('defaults: port 8000, every interface, a new token', () => {
    expect(parsePresentArgs([])).toEqual({ port: DEFAULT_PORT, host: undefined, tokenFile: undefined, maxConnections: 2000 })
  })

  it('reads --port, --host, --token-file and --max-connections, with = or a space', () => {
    expect(parsePresentArgs(['--port', '9000', '--host=127.0.0.1', '--token-file', 't.txt', '--max-connections=50'])).toEqual({
      port: 9000,
      host: '127.0.0.1',
      tokenFile: 't.txt',
      maxConnections: 50,
    })
  })

  it.each([
    [['--port', 'eighty'], /--port: expected a whole number from 0 to 65535, found "eighty"/],
    [['--port', '70000'], /--port: expected a whole number/],
    [['--port'], /Option '--port <value>' argument missing/],
    [['--host', '--port'], /Option '--host' argument is ambiguous/],
    [['--host='], /--host: expected a value/],
    [['--verbose'], /^unknown option --verbose$/],
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
