import { describe, expect, it } from 'vitest'
import { addressKey, createAdmission } from './admission.ts'

describe('admission', () => {
  it('a token holder gets in however full the room is; the audience waits its turn', () => {
    const room = createAdmission<string>({ audience: 2, perAddress: 10, waiting: 10 })
    for (const c of ['a', 'b', 'c', 'p']) room.arrive(c, '10.0.0.1')
    expect(room.admit('a', false)).toEqual({ ok: true })
    expect(room.admit('b', false)).toEqual({ ok: true })
    expect(room.admit('c', false)).toEqual({ ok: false, full: 'room' })
    expect(room.admit('p', true)).toEqual({ ok: true })
    room.leave('c')
    room.leave('a')
    room.arrive('d', '10.0.0.2')
    expect(room.admit('d', false)).toEqual({ ok: true })
    expect(room.counts()).toEqual({ waiting: 0, audience: 2 })
  })

  it('bounds one address, and only the audience', () => {
    const room = createAdmission<string>({ audience: 100, perAddress: 2, waiting: 100 })
    for (const c of ['a', 'b', 'c', 'p', 'x']) room.arrive(c, c === 'x' ? '10.0.0.9' : '10.0.0.1')
    expect(['a', 'b', 'c'].map((c) => room.admit(c, false).ok)).toEqual([true, true, false])
    expect(room.admit('p', true).ok).toBe(true)
    expect(room.admit('x', false).ok).toBe(true)
  })

  it('a full waiting room pushes out the oldest of the address holding the most places', () => {
    const room = createAdmission<string>({ audience: 100, perAddress: 100, waiting: 4 })
    for (const c of ['s1', 's2', 's3']) expect(room.arrive(c, '10.6.6.6')).toBeUndefined()
    expect(room.arrive('phone', '10.0.0.1')).toBeUndefined()
    expect(room.arrive('presenter', '10.0.0.2')).toBe('s1')
    expect(room.arrive('s4', '10.6.6.6')).toBe('s2')
    expect(room.admit('presenter', true).ok).toBe(true)
    expect(room.counts().waiting).toBe(3)
  })

  it.each([
    ['192.168.1.7', '192.168.1.7'],
    ['::ffff:192.168.1.7', '192.168.1.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8::5', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('counts %s as %s', (remote, key) => {
    expect(addressKey(remote)).toBe(key)
  })
})
