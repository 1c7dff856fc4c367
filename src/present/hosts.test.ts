import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { createHostCheck, hostName } from './hosts.ts'

const lan = { wlan0: [{ address: '192.168.1.23', family: 'IPv4', internal: false }] } as unknown as ReturnType<
  NonNullable<Parameters<typeof createHostCheck>[0]['interfaces']>
>
const upgrade = (host: string, origin?: string) => ({ headers: { host, origin } }) as unknown as IncomingMessage

describe('host names the server answers to', () => {
  const everywhere = createHostCheck({
    listenHost: undefined,
    publicHost: '192.168.1.23',
    publicNames: ['deck.example.org'],
    interfaces: () => lan,
  })

  it.each([
    ['192.168.1.23:8000', true],
    ['localhost:8000', true],
    ['127.0.0.1:8000', true],
    ['[::1]:8000', true],
    ['Deck.Example.org', true],
    ['evil.example:8000', false],
    ['192.168.1.23.evil.example:8000', false],
    ['deck.example.org@evil.example', false],
    ['', false],
  ])('%j: %s', (host, allowed) => {
    expect(everywhere.allows(host)).toBe(allowed)
  })

  it('listening on one address, only that one (and loopback names)', () => {
    const one = createHostCheck({ listenHost: '127.0.0.1', publicHost: '127.0.0.1', interfaces: () => lan })
    expect(one.allows('127.0.0.1:1')).toBe(true)
    expect(one.allows('192.168.1.23:1')).toBe(false)
  })

  it('an Origin must be the Host it was sent to, and that host allowed', () => {
    expect(everywhere.originAllowed(upgrade('192.168.1.23:8000', 'http://192.168.1.23:8000'))).toBe(true)
    expect(everywhere.originAllowed(upgrade('deck.example.org', 'https://deck.example.org'))).toBe(true)
    expect(everywhere.originAllowed(upgrade('evil.example:8000', 'http://evil.example:8000'))).toBe(false)
    expect(everywhere.originAllowed(upgrade('192.168.1.23:8000', 'http://evil.example'))).toBe(false)
    expect(everywhere.originAllowed(upgrade('192.168.1.23:8000'))).toBe(false)
    expect(everywhere.originAllowed(upgrade('192.168.1.23:8000', 'null'))).toBe(false)
  })

  it('reads a host name without port or brackets', () => {
    expect([hostName('[::1]:80'), hostName('A.b:1'), hostName('a b'), hostName(undefined)]).toEqual(['::1', 'a.b', undefined, undefined])
  })
})
