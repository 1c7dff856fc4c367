import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateToken, tokenFromFile, tokenMatches } from './token.ts'

const dir = mkdtempSync(join(tmpdir(), 'present-token-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('presenter token', () => {
  it('is at least 128 random bits, new each time', () => {
    const a = generateToken()
    expect(Buffer.from(a, 'base64url').length * 8).toBeGreaterThanOrEqual(128)
    expect(generateToken()).not.toBe(a)
  })

  it('matches only itself', () => {
    const t = generateToken()
    expect(tokenMatches(t, t)).toBe(true)
    expect(tokenMatches(t, undefined)).toBe(false)
    expect(tokenMatches(t, '')).toBe(false)
    expect(tokenMatches(t, t.slice(0, -1))).toBe(false)
    expect(tokenMatches(t, `${t}x`)).toBe(false)
  })

  it('--token-file keeps one token across runs, in a file only its owner reads', () => {
    const file = join(dir, 'sub', 'token')
    const first = tokenFromFile(file)
    expect(tokenFromFile(file)).toBe(first)
    expect(readFileSync(file, 'utf8').trim()).toBe(first)
    expect(statSync(file).mode & 0o077).toBe(0)
  })

  it('--token-file refuses a weak token', () => {
    const file = join(dir, 'weak')
    writeFileSync(file, 'secret\n')
    expect(() => tokenFromFile(file)).toThrow(/at least 22 URL-safe base64 characters \(128 bits\), found 6 characters/)
  })
})
