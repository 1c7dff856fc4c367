import { describe, expect, it } from 'vitest'
import { followActive, presenterToken, remoteActive } from './follow.ts'
import {
  atPosition,
  backoffDelay,
  clampToDeck,
  followLabel,
  followState,
  helloRefused,
  talkFull,
  toPosition,
  type FollowView,
} from './follow-state.ts'

const view = (over: Partial<FollowView>): FollowView => ({
  connection: 'open',
  role: 'audience',
  tokenRejected: false,
  following: true,
  ...over,
})

describe('follow state', () => {
  it('says live, detached, offline, presenting, or that a presenter link was not accepted', () => {
    expect(followState(view({}))).toBe('live')
    expect(followState(view({ following: false }))).toBe('detached')
    expect(followState(view({ connection: 'offline', following: false }))).toBe('offline')
    expect(followState(view({ role: 'presenter' }))).toBe('presenting')
    expect(followState(view({ connection: 'connecting', role: undefined }))).toBe('connecting')
    expect(followLabel(view({ tokenRejected: true }))).toMatch(/^Audience view/)
    expect(followLabel(view({ connection: 'offline' }))).toMatch(/still works/)
    expect(followLabel(view({ role: 'presenter', clusterUnreachable: true }))).toMatch(/Redis unreachable, only this server/)
  })

  it('backs off 0.5, 1, 2, 4 s, then 5 s, with jitter', () => {
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, 0.5))).toEqual([500, 1000, 2000, 4000, 5000, 5000])
    expect(backoffDelay(0, 0)).toBe(400)
    expect(backoffDelay(0, 1)).toBe(600)
  })

  it('maps positions onto this deck', () => {
    expect(toPosition({ h: 2, v: 0 }, false, false)).toEqual({ h: 2, v: 0, f: -1, paused: false, overview: false })
    expect(clampToDeck({ h: 40, v: 3, f: 0, paused: true, overview: false }, [1, 1, 2])).toEqual({
      h: 2,
      v: 1,
      f: 0,
      paused: true,
      overview: false,
    })
    const live = { h: 2, v: 0, f: 1, paused: false, overview: false }
    expect(atPosition({ ...live, f: -1 }, live, false)).toBe(false)
    expect(atPosition({ ...live, f: -1 }, live, true)).toBe(true)
  })

  it('runs only on a page the present server marked, never in the speaker view’s previews or the print view', () => {
    const page = { audienceUrl: 'http://192.168.1.2:8000/index.html', search: '', printView: false, window: { width: 1280, height: 720 } }
    expect(followActive(page)).toBe(true)
    expect(followActive({ ...page, audienceUrl: undefined })).toBe(false)
    expect(followActive({ ...page, search: '?receiver&progress=false' })).toBe(false)
    expect(followActive({ ...page, search: '?print-pdf', printView: true })).toBe(false)
    expect(presenterToken('?presenter=abc')).toBe('abc')
    expect(presenterToken('?presenter=')).toBeUndefined()
  })

  it('opens the presenter link as the remote on a phone or with ?remote; never without a token', () => {
    const page = {
      audienceUrl: 'http://192.168.1.2:8000/index.html',
      search: '?presenter=abc',
      printView: false,
      window: { width: 1280, height: 720 },
    }
    const phone = { width: 390, height: 844 }
    expect(remoteActive(page)).toBe(false)
    expect(remoteActive({ ...page, window: phone })).toBe(true)
    expect(remoteActive({ ...page, window: { width: 844, height: 390 } })).toBe(true)
    expect(remoteActive({ ...page, search: '?presenter=abc&remote' })).toBe(true)
    expect(remoteActive({ ...page, search: '?presenter=abc&remote=0', window: phone })).toBe(false)
    // An audience page cannot open it, on any screen or with ?remote.
    expect(remoteActive({ ...page, search: '?remote', window: phone })).toBe(false)
    expect(remoteActive({ ...page, search: '', window: phone })).toBe(false)
    // Nor a page the present server did not serve.
    expect(remoteActive({ ...page, audienceUrl: undefined, window: phone })).toBe(false)
  })

  it('a hello refused as malformed or too big is refused for good; a full room or a lost server is worth another try', () => {
    expect([1008, 1009, 1003].map(helloRefused)).toEqual([true, true, true])
    expect([1013, 1006, 1001, 1000].map(helloRefused)).toEqual([false, false, false, false])
  })

  it('a follower refused because the talk is full (1013) is told so, not just "offline"', () => {
    expect([1013, 1006, 1008].map(talkFull)).toEqual([true, false, false])
    const full = { connection: 'offline', role: undefined, tokenRejected: false, following: true, full: true } as const
    expect(followLabel(full)).toBe('The talk is full: the deck still works here, and this page keeps trying to join')
    expect(followLabel({ ...full, full: false })).toBe('Offline: the deck still works; reconnecting')
  })
})
