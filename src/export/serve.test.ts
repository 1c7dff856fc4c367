import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { get } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDir, type StaticServer } from './serve.ts'

describe('serveDir', () => {
  let dir: string
  let server: StaticServer
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deck-serve-'))
    writeFileSync(join(dir, 'index.html'), '<p>deck</p>')
    server = await serveDir(dir)
  })
  afterAll(async () => {
    await server?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves the folder’s files, index.html for a folder', async () => {
    const res = await fetch(server.url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await res.text()).toBe('<p>deck</p>')
  })

  it('refuses an undecodable or escaping path, and keeps serving', async () => {
    expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(403)
    expect(await rawStatus(server.url, '/..%2F..%2Fetc%2Fpasswd')).toBe(403)
    // Plain `..` is resolved by the URL parser before the folder is looked at: it names no file here.
    expect(await rawStatus(server.url, '/../../etc/passwd')).toBe(404)
    expect((await fetch(`${server.url}missing.js`)).status).toBe(404)
    expect((await fetch(server.url)).status).toBe(200)
  })
})

/** A request with the path as written: fetch() would resolve `..` itself before sending. */
function rawStatus(base: string, path: string): Promise<number> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    }).on('error', reject)
  })
}
