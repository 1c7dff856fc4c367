import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** 256 random bits (the issue asks for at least 128), as URL-safe base64: 43 characters. */
export const TOKEN_BYTES = 32
const MIN_TOKEN_LENGTH = 22 // 128 bits of base64url
const TOKEN_PATTERN = /^[A-Za-z0-9_-]+$/

export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url')
}

/**
 * Whether a presented token is the presenter's, in constant time: both sides are hashed first, so
 * timingSafeEqual compares equal-length buffers and neither the length nor any prefix leaks.
 */
export function tokenMatches(expected: string, presented: string | undefined): boolean {
  if (presented === undefined) return false
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest()
  return timingSafeEqual(digest(expected), digest(presented))
}

/** The token in an existing token file, checked; throws naming the file if it is missing or weak. */
export function readTokenFile(file: string): string {
  if (!existsSync(file)) throw new Error(`--token-file ${file}: no such file (the token file the talk's servers shared)`)
  const token = readFileSync(file, 'utf8').trim()
  if (token.length < MIN_TOKEN_LENGTH || !TOKEN_PATTERN.test(token))
    throw new Error(
      `--token-file ${file}: expected a token of at least ${MIN_TOKEN_LENGTH} URL-safe base64 characters (128 bits), found ${token.length ? `${token.length} characters` : 'an empty file'}; delete the file to get a new one`,
    )
  return token
}

/** A token kept in a file across restarts: read it, or write a new one there (mode 0600). */
export function tokenFromFile(file: string): string {
  if (existsSync(file)) return readTokenFile(file)
  const token = generateToken()
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${token}\n`, { mode: 0o600 })
  return token
}
