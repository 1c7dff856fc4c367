import { describe, expect, it } from 'vitest'
import { decodeBusPosition, encodeBusPosition } from './position-bus.ts'
import { encodeClientMessage } from './protocol.ts'
import { createSeal, redactUrl, talkPrefix } from './redis-link.ts'
import { decodeRoomOp, decodeStoredQuestion } from './room-redis-store.ts'

const at = (h: number) => ({ h, v: 0, f: -1, paused: false, overview: false })
const question = {
  id: 7,
  ref: 'q1',
  device: 'abcdefghijklmnop1234',
  address: '127.0.0.1',
  slide: 'the-claim',
  text: 'Who enforces it?',
  name: '',
  state: 'shown',
  pinned: false,
  at: 1,
}

describe('what the nodes of one talk exchange through Redis', () => {
  const a = createSeal('token-of-the-talk', 'a')
  const b = createSeal('token-of-the-talk', 'b')
  const stranger = createSeal('another-token', 'a')

  it('a position sealed by one node is read by another, with its node name', () => {
    const text = encodeBusPosition(a, at(3))
    expect(decodeBusPosition(b.unseal(text))).toEqual({ ok: true, node: 'a', position: at(3) })
  })

  it.each([
    ['unsealed', `a\n${encodeClientMessage({ type: 'position', position: at(0) })}`],
    ['sealed with another talk’s token', encodeBusPosition(stranger, at(0))],
    ['its text changed after sealing', encodeBusPosition(a, at(3)).replace('"h":3', '"h":0')],
    ['out of range', a.seal('{"type":"position","position":{"h":-1,"v":0,"f":-1,"paused":false,"overview":false}}')],
    ['a hello, not a position', a.seal(encodeClientMessage({ type: 'hello' }))],
    ['with an extra key', a.seal('{"type":"position","position":{"h":1,"v":0,"f":-1,"paused":false,"overview":false},"x":1}')],
  ])('a publication %s is refused', (_, text) => {
    expect(decodeBusPosition(b.unseal(text)).ok).toBe(false)
  })

  it('room changes are read with the client messages’ own checks', () => {
    expect(decodeStoredQuestion(question)).toEqual(question)
    expect(decodeStoredQuestion({ ...question, text: 'x'.repeat(300) })).toBeUndefined()
    expect(decodeStoredQuestion({ ...question, slide: '<img onerror>' })).toBeUndefined()
    expect(decodeStoredQuestion({ ...question, extra: 1 })).toBeUndefined()
    // Control and bidi characters are stripped as from a client.
    expect(decodeStoredQuestion({ ...question, text: 'Who\u202e enforces it?' })?.text).toBe('Who enforces it?')
    expect(decodeRoomOp({ kind: 'vote', question: 7, device: question.device, on: true })).toEqual({
      kind: 'vote',
      question: 7,
      device: question.device,
      on: true,
    })
    expect(decodeRoomOp({ kind: 'vote', question: 0, device: question.device, on: true })).toBeUndefined()
    expect(decodeRoomOp({ kind: 'signal', slide: 'the-claim', device: question.device, signal: 'loud' })).toBeUndefined()
    expect(decodeRoomOp({ kind: 'moderate', question: 7, state: 'deleted', pinned: false })).toBeUndefined()
  })

  it('keys name the talk by its token’s hash, and logs never show the password', () => {
    expect(talkPrefix('t')).toMatch(/^deck:[0-9a-f]{16}:$/)
    expect(redactUrl('rediss://:hunter2@redis.internal:6380/2')).toBe('rediss://:***@redis.internal:6380/2')
  })
})
