import { describe, expect, it } from 'vitest'
import { checkQuestion, cleanText, decodeRoomMessage } from './room-protocol.ts'
import { csvCell, mdText } from './room-export.ts'

describe('room messages', () => {
  it('strips control characters and bidi overrides, folds line breaks, and counts characters as a reader does', () => {
    expect(cleanText('Is\u202e this\u0000 right?\r\n\tReally\u2066?')).toBe('Is this right? Really?')
    expect(checkQuestion('😀'.repeat(280), '')).toMatchObject({ ok: true })
    expect(checkQuestion('😀'.repeat(281), '')).toEqual({
      ok: false,
      reason: 'A question is at most 280 characters; this one has 281. Shorten it.',
    })
    expect(checkQuestion('\u202e\u0007 ', '')).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) })
  })

  it('accepts exactly the keys of each message, as the position messages do', () => {
    expect(decodeRoomMessage({ type: 'vote', ref: 'a1', question: 3 })).toMatchObject({ ok: true })
    expect(decodeRoomMessage({ type: 'vote', ref: 'a1', question: 3, weight: 10 })).toMatchObject({ ok: false })
    expect(decodeRoomMessage({ type: 'vote', ref: 'a1', question: 1.5 })).toMatchObject({ ok: false })
    expect(decodeRoomMessage({ type: 'ask', ref: 'a1', slide: '../etc', text: 'x', name: '' })).toMatchObject({ ok: false })
    expect(decodeRoomMessage({ type: 'signal', ref: 'a1', slide: 'the-claim', kind: 'love' })).toMatchObject({ ok: false })
    expect(decodeRoomMessage({ type: 'signal', ref: 'a1', slide: 'the-claim', kind: null })).toMatchObject({ ok: true })
    expect(decodeRoomMessage({ type: 'join', ref: 'j', device: 'short' })).toMatchObject({ ok: false })
    expect(decodeRoomMessage({ type: 'approve', ref: 'a1', question: 2, token: 'x' })).toMatchObject({ ok: false })
  })

  it('exports text that cannot become a spreadsheet formula or Markdown markup', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('plain, with comma')).toBe('"plain, with comma"')
    expect(csvCell(-2)).toBe('-2')
    expect(mdText('<img src=x> *bold* [link](y)')).toBe('\\<img src=x\\> \\*bold\\* \\[link\\]\\(y\\)')
  })
})
