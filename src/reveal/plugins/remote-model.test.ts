import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import type { Position } from '../../present/protocol.ts'
import { describePace, nextPosition, pace, placeLabel, previousPosition, readTalk, type Talk } from './remote-model.ts'
import { answered, dropped, initialSync, relayed, shownPosition, tapped, welcomed } from './remote-sync.ts'

const at = (h: number, f = -1, paused = false): Position => ({ h, v: 0, f, paused, overview: false })

const { document } = parseHTML(`<div class="slides">
  <section id="a" data-part="claim" data-timing="60"><h2>A</h2><footer><span class="part-name"><span>I</span> The claim</span></footer></section>
  <section id="b" data-part="claim" data-timing="60"><h2>B</h2><p class="fragment" data-fragment-index="0">1</p><p class="fragment" data-fragment-index="1">2</p><p class="fragment" data-fragment-index="1">2b</p></section>
  <section id="c" data-part="close" data-timing="30"><h2>C</h2><footer><span class="part-name"><span>II</span> Close</span></footer></section>
  <section id="x" data-part="claim" data-timing="60" data-backup><h2>X</h2></section>
</div>`)
const talk: Talk = readTalk(document.querySelector('.slides')!)

describe('the remote’s view of the talk', () => {
  it('reads slides, steps (grouped fragments count once), parts and backups from the built page', () => {
    expect(talk.slides.map((s) => [s.id, s.h, s.steps, s.backup])).toEqual([
      ['a', 0, 0, false],
      ['b', 1, 2, false],
      ['c', 2, 0, false],
      ['x', 3, 0, true],
    ])
    expect(talk.parts).toEqual([
      { id: 'claim', label: 'I The claim' },
      { id: 'close', label: 'II Close' },
    ])
  })

  it('reads the same talk once reveal.js’s scroll view (a phone) has moved each slide into a page of its own', () => {
    // reveal.js may activate its scroll view before the remote's code has loaded: each slide then
    // sits in .scroll-page > .scroll-page-sticky > .scroll-page-content, with data-index-h/v.
    const { document: scrolled } = parseHTML('<div class="slides"></div>')
    const container = scrolled.querySelector('.slides')!
    document.querySelectorAll('.slides > section').forEach((section, h) => {
      const page = scrolled.createElement('div')
      page.className = 'scroll-page'
      page.innerHTML = '<div class="scroll-page-sticky"><div class="scroll-page-content"></div></div>'
      const copy = section.cloneNode(true) as Element
      copy.setAttribute('data-index-h', String(h))
      copy.setAttribute('data-index-v', '0')
      page.querySelector('.scroll-page-content')!.appendChild(copy)
      container.appendChild(page)
    })
    expect(readTalk(container)).toEqual(talk)
  })

  it('Next and Previous step through fragments, then slides, as reveal.js does; they lift a blackout', () => {
    expect(nextPosition(talk, at(0))).toEqual(at(1, -1))
    expect(nextPosition(talk, at(1, -1))).toEqual(at(1, 0))
    expect(nextPosition(talk, at(1, 1))).toEqual(at(2, -1))
    expect(previousPosition(talk, at(2))).toEqual(at(1, 1))
    expect(previousPosition(talk, at(1, 0))).toEqual(at(1, -1))
    expect(previousPosition(talk, at(0))).toBeUndefined()
    expect(nextPosition(talk, at(3))).toBeUndefined()
    expect(nextPosition(talk, at(1, 0, true))).toEqual(at(1, 1))
  })

  it('says where the talk is and how it runs against the plan', () => {
    expect(placeLabel(talk, at(1, 0))).toBe('Slide 2 of 3 · step 1 of 2')
    expect(placeLabel(talk, at(3))).toBe('Backup 1 of 1')
    // Slide b is planned from 1:00 to 2:00.
    expect(pace(talk, at(1), 30)).toMatchObject({ state: 'ahead', words: '0:30 ahead', budget: 'I The claim: 2:00 planned, ends at 2:00' })
    expect(pace(talk, at(1), 90)).toMatchObject({ state: 'on-time', words: 'on time' })
    expect(pace(talk, at(1), 185)).toMatchObject({ state: 'behind', words: '1:05 behind' })
    expect(pace(talk, at(3), 10)).toBeUndefined()
  })
})

describe('the remote and the server', () => {
  const open = welcomed(initialSync, 'presenter', false, at(1))

  it('a tap while offline is not sent, and nothing is queued to replay when the connection returns', () => {
    const offline = dropped(open).sync
    const tap = tapped(offline, at(2))
    expect(tap).toMatchObject({ sent: false, why: 'offline' })
    const back = welcomed(tap.sync, 'presenter', false, at(5))
    expect(back.inFlight).toEqual([])
    expect(shownPosition(back)).toEqual(at(5))
  })

  it('a wrong token controls nothing', () => {
    const audience = welcomed(initialSync, 'audience', true, at(1))
    expect(tapped(audience, at(2))).toMatchObject({ sent: false, why: 'not-presenter' })
  })

  it('another token holder’s move that crossed this remote’s own is passed over; the server’s answer settles it', () => {
    const sent = tapped(open, at(2))
    expect(sent.sent).toBe(true)
    // The laptop's move reached the server first: the remote's comes after it everywhere.
    const crossed = relayed(sent.sync, at(4))
    expect(shownPosition(crossed)).toEqual(at(2))
    const settled = answered(crossed)
    expect(settled).toMatchObject({ truth: at(2), inFlight: [] })
    // With nothing in flight, another holder's move is the truth.
    expect(shownPosition(relayed(settled, at(4)))).toEqual(at(4))
  })

  it('a tap that would not move the talk sends nothing', () => {
    expect(tapped(open, at(1))).toMatchObject({ sent: false, why: 'no-move' })
    expect(tapped(open, undefined)).toMatchObject({ sent: false, why: 'no-move' })
  })

  it('a dropped connection reports the moves that were not confirmed', () => {
    const sent = tapped(open, at(2)).sync
    expect(dropped(sent).unconfirmed).toBe(1)
  })

  it('a restarted server that knows no position yet keeps the last one shown', () => {
    expect(shownPosition(welcomed(open, 'presenter', false, null))).toEqual(at(1))
  })

  it('the pace line says it is connecting until the talk’s position is known, never “backup” meanwhile', () => {
    expect(describePace(talk, undefined, 0)).toEqual({ text: 'Connecting: waiting for the talk’s position…', state: 'loading', budget: '' })
    expect(describePace(talk, at(0), 30)).toMatchObject({ text: 'on time', state: 'on-time' })
    expect(describePace(talk, at(3), 30)).toEqual({ text: 'backup: outside the talk’s time', state: 'backup', budget: '' })
  })
})
