import { describe, expect, it } from 'vitest'
import { MAX_INDEX, decodeClientMessage, decodeServerMessage, encodeClientMessage, encodeServerMessage, type Position } from './protocol.ts'

const at: Position = { h: 3, v: 0, f: 1, paused: false, overview: false }

describe('follow protocol', () => {
  it('round-trips every message', () => {
    for (const m of [
      { type: 'hello' } as const,
      { type: 'hello', token: 'abc_DEF-123' } as const,
      { type: 'position', position: at } as const,
    ])
      expect(decodeClientMessage(encodeClientMessage(m))).toEqual({ ok: true, message: m })
    const welcome = { type: 'welcome', role: 'audience', tokenRejected: true, position: null, seq: 0 } as const
    expect(decodeServerMessage(encodeServerMessage(welcome))).toEqual({ ok: true, message: welcome })
    expect(decodeServerMessage(encodeServerMessage({ type: 'position', position: at, seq: 7 }))).toEqual({
      ok: true,
      message: { type: 'position', position: at, seq: 7 },
    })
    expect(decodeServerMessage(encodeServerMessage({ type: 'moved', seq: 3 }))).toEqual({ ok: true, message: { type: 'moved', seq: 3 } })
  })

  it.each([
    ['not JSON', 'hello'],
    ['an array', '[1,2]'],
    ['an unknown type', '{"type":"html","html":"<b>x</b>"}'],
    ['an extra field', JSON.stringify({ type: 'position', position: at, html: '<img onerror=alert(1)>' })],
    ['an extra field in the position', JSON.stringify({ type: 'position', position: { ...at, note: 'x' } })],
    ['a fractional index', JSON.stringify({ type: 'position', position: { ...at, h: 1.5 } })],
    ['a negative index', JSON.stringify({ type: 'position', position: { ...at, v: -1 } })],
    ['an index out of range', JSON.stringify({ type: 'position', position: { ...at, h: MAX_INDEX + 1 } })],
    ['a string index', JSON.stringify({ type: 'position', position: { ...at, h: '3' } })],
    ['a fragment below -1', JSON.stringify({ type: 'position', position: { ...at, f: -2 } })],
    ['a non-boolean flag', JSON.stringify({ type: 'position', position: { ...at, paused: 1 } })],
    ['a missing field', JSON.stringify({ type: 'position', position: { h: 1, v: 0, f: -1, paused: false } })],
    ['a token with markup', JSON.stringify({ type: 'hello', token: '<script>' })],
    ['a token that is not a string', JSON.stringify({ type: 'hello', token: 42 })],
  ])('refuses %s', (_, text) => {
    expect(decodeClientMessage(text).ok).toBe(false)
  })

  it('relays a copy: nothing but the five fields survives decoding', () => {
    const decoded = decodeClientMessage(JSON.stringify({ type: 'position', position: at }))
    expect(decoded.ok && decoded.message.type === 'position' && Object.keys(decoded.message.position)).toEqual([
      'h',
      'v',
      'f',
      'paused',
      'overview',
    ])
  })

  it('the page ignores a malformed server message', () => {
    expect(decodeServerMessage('{"type":"position","position":{"h":1},"seq":1}').ok).toBe(false)
    expect(decodeServerMessage('{"type":"welcome","role":"admin","tokenRejected":false,"position":null,"seq":0}').ok).toBe(false)
  })
})
