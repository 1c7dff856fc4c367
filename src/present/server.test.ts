import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect, createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { MAX_MESSAGE_BYTES, decodeServerMessage, encodeClientMessage, type Position, type ServerMessage } from './protocol.ts'
import { startPresentServer, type PresentOptions, type PresentServer } from './server.ts'
import { generateToken } from './token.ts'

/** A content-hashed script, big and repetitive enough to compress well. */
const bundle = Array.from({ length: 2000 }, (_, i) => `export const slide${i} = { id: 'slide-${i}', title: 'A title ${i % 7}' }`).join('\n')

const at = (h: number, f = -1): Position => ({ h, v: 0, f, paused: false, overview: false })

/** A real socket to the follow channel, with its messages queued for awaiting. */
function client(port: number, origin: string | null = `http://127.0.0.1:${port}`) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/follow`, origin ? { origin } : {})
  const queue: ServerMessage[] = []
  const waiting: ((m: ServerMessage) => void)[] = []
  ws.on('message', (data) => {
    const decoded = decodeServerMessage(data.toString())
    if (!decoded.ok) throw new Error(`server sent a malformed message: ${data.toString()}`)
    const next = waiting.shift()
    if (next) next(decoded.message)
    else queue.push(decoded.message)
  })
  const opened = new Promise<void>((ok, fail) => {
    ws.once('open', () => ok())
    ws.once('error', fail)
    ws.once('unexpected-response', (_req, res) => fail(new Error(`HTTP ${res.statusCode}`)))
  })
  const closed = new Promise<{ code: number; reason: string }>((ok) =>
    ws.once('close', (code, reason) => ok({ code, reason: reason.toString() })),
  )
  return {
    ws,
    opened,
    closed,
    next: () => new Promise<ServerMessage>((ok) => (queue.length ? ok(queue.shift()!) : waiting.push(ok))),
    send: (text: string | Buffer) => ws.send(text),
    async hello(token?: string) {
      await opened
      ws.send(encodeClientMessage(token === undefined ? { type: 'hello' } : { type: 'hello', token }))
      const welcome = await this.next()
      if (welcome.type !== 'welcome') throw new Error(`expected a welcome, got ${welcome.type}`)
      return welcome
    },
  }
}

/** A plain HTTP GET with the path sent exactly as written (no client-side normalising). */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = ''
      res.on('data', (d: Buffer) => (body += d.toString()))
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', fail)
    req.end()
  })
}

/** One raw HTTP request, method and headers as given. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string> },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path: options.path ?? '/', method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (d: Buffer) => chunks.push(d))
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      },
    )
    req.on('error', fail)
    req.end()
  })
}

/**
 * A follower that never reads a byte: a raw TCP socket, paused from the start, that sends the
 * upgrade and a hello (a masked text frame, as RFC 6455 requires of clients) and nothing more.
 */
function neverReads(port: number): Socket {
  const socket = connect(port, '127.0.0.1')
  socket.pause()
  const hello = Buffer.from(encodeClientMessage({ type: 'hello' }))
  const mask = Buffer.from([1, 2, 3, 4])
  const frame = Buffer.concat([Buffer.from([0x81, 0x80 | hello.length]), mask, hello.map((b, i) => b ^ mask[i % 4]!)])
  socket.write(
    `GET /follow HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  )
  socket.write(frame)
  socket.on('error', () => {})
  return socket
}

describe('present server', () => {
  const base = mkdtempSync(join(tmpdir(), 'present-server-'))
  const dist = join(base, 'dist')
  const token = generateToken()
  const log: string[] = []
  let server: PresentServer
  /** A present server of this test's own on a free port of 127.0.0.1, serving the same folder, with `options` over the defaults. */
  const start = (options: Partial<PresentOptions> = {}) =>
    startPresentServer({ distDir: dist, token, port: 0, host: '127.0.0.1', publicHost: '127.0.0.1', log: () => {}, ...options })
  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true })
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><meta charset="utf-8" /></head><body>deck</body></html>')
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(dist, 'assets', 'deck-Ab_d12-4.js'), bundle)
    writeFileSync(join(base, 'secret.txt'), 'outside the deck')
    symlinkSync(join(base, 'secret.txt'), join(dist, 'assets', 'link.txt'))
    server = await start({ maxConnections: 12, log: (line) => log.push(line) })
  })
  afterAll(async () => {
    await server?.close()
    rmSync(base, { recursive: true, force: true })
  })

  it('serves the deck, marked for following, and the join code', async () => {
    const page = await get(server.port, '/index.html')
    expect(page.status).toBe(200)
    expect(page.body).toContain(`<meta name="deck-follow" content="${server.audienceUrl}" />`)
    expect((await get(server.port, '/')).body).toContain('deck-follow')
    expect((await get(server.port, '/assets/app.js')).body).toBe('console.log(1)')
    const qr = await get(server.port, '/follow/qr.svg')
    expect(qr.status).toBe(200)
    expect(qr.body).toMatch(/^<svg/)
    expect(server.presenterUrl).toBe(`${server.audienceUrl}?presenter=${token}`)
    expect(server.audienceUrl).toBe(`http://127.0.0.1:${server.port}/index.html`)
  })

  it.each([
    ['/../secret.txt', [403, 404]],
    ['/assets/../../secret.txt', [403, 404]],
    ['/%2e%2e/secret.txt', [403, 404]],
    ['/..%2fsecret.txt', [403]],
    ['/assets/..%5c..%5csecret.txt', [403]],
    ['/assets/link.txt', [403]],
    ['/assets/', [404]],
    ['/assets', [404]],
    ['/%E0%A4%A', [403]],
    ['/index.html%00.js', [403]],
  ])('refuses %s (no traversal, no listing)', async (path, statuses) => {
    const res = await get(server.port, path)
    expect(statuses).toContain(res.status)
    expect(res.body).not.toContain('outside the deck')
    expect(res.body).not.toContain('app.js')
  })

  it('followers get the presenter’s moves; the last position survives the presenter’s reconnection', async () => {
    const presenter = client(server.port)
    expect(await presenter.hello(token)).toMatchObject({ role: 'presenter', tokenRejected: false, position: null })
    const a = client(server.port)
    const b = client(server.port)
    expect(await a.hello()).toMatchObject({ role: 'audience', tokenRejected: false })
    await b.hello()
    presenter.send(encodeClientMessage({ type: 'position', position: at(4, 1) }))
    for (const f of [a, b]) expect(await f.next()).toMatchObject({ type: 'position', position: at(4, 1) })
    presenter.ws.close()
    await presenter.closed
    // A reloaded presenter page, and a follower joining meanwhile, learn where the talk is.
    expect(await client(server.port).hello()).toMatchObject({ position: at(4, 1) })
    const again = client(server.port)
    expect(await again.hello(token)).toMatchObject({ role: 'presenter', position: at(4, 1) })
    for (const c of [a, b, again]) c.ws.close()
  })

  it('two token holders follow each other’s moves, each hearing only the other’s, not its own', async () => {
    const laptop = client(server.port)
    const second = client(server.port)
    await laptop.hello(token)
    await second.hello(token)
    const follower = client(server.port)
    await follower.hello()
    laptop.send(encodeClientMessage({ type: 'position', position: at(7) }))
    expect(await laptop.next()).toMatchObject({ type: 'moved' })
    expect(await second.next()).toMatchObject({ type: 'position', position: at(7) })
    expect(await follower.next()).toMatchObject({ type: 'position', position: at(7) })
    second.send(encodeClientMessage({ type: 'position', position: at(8) }))
    const answer = await second.next()
    expect(answer).toMatchObject({ type: 'moved' })
    expect(await laptop.next()).toEqual({ type: 'position', position: at(8), seq: (answer as { seq: number }).seq })
    expect(await follower.next()).toMatchObject({ type: 'position', position: at(8) })
    // A repeat moves no one and echoes nothing, but is still answered.
    second.send(encodeClientMessage({ type: 'position', position: at(8) }))
    expect(await second.next()).toMatchObject({ type: 'moved' })
    laptop.send(encodeClientMessage({ type: 'position', position: at(9) }))
    expect(await laptop.next()).toMatchObject({ type: 'moved' })
    expect(await second.next()).toMatchObject({ type: 'position', position: at(9) })
    for (const c of [laptop, second, follower]) c.ws.close()
  })

  it('hostile clients move no one, are closed, and leave the server serving', async () => {
    const presenter = client(server.port)
    await presenter.hello(token)
    const follower = client(server.port)
    await follower.hello()

    const forged = client(server.port)
    expect(await forged.hello(generateToken())).toMatchObject({ role: 'audience', tokenRejected: true })
    forged.send(encodeClientMessage({ type: 'position', position: at(0) }))
    expect((await forged.closed).code).toBe(1008)

    const missing = client(server.port)
    await missing.hello()
    missing.send(encodeClientMessage({ type: 'position', position: at(0) }))
    expect((await missing.closed).code).toBe(1008)

    const early = client(server.port)
    await early.opened
    early.send(encodeClientMessage({ type: 'position', position: at(0) }))
    expect((await early.closed).code).toBe(1008)

    const malformed = client(server.port)
    await malformed.opened
    malformed.send('{"type":"position","position":{"h":"<img src=x onerror=alert(1)>"}}')
    expect((await malformed.closed).code).toBe(1008)

    const oversize = client(server.port)
    await oversize.opened
    oversize.send(JSON.stringify({ type: 'hello', token: 'x'.repeat(MAX_MESSAGE_BYTES) }))
    expect((await oversize.closed).code).toBe(1009)

    const binary = client(server.port)
    await binary.opened
    binary.send(Buffer.from([1, 2, 3]))
    expect((await binary.closed).code).toBe(1003)

    // A flood, even with the token: the same position over and over, far past the rate limit.
    const flood = client(server.port)
    await flood.hello(token)
    const same = encodeClientMessage({ type: 'position', position: server.hub.position ?? at(4, 1) })
    for (let i = 0; i < 500; i++) flood.send(same)
    expect((await flood.closed).code).toBe(1008)

    // The follower heard none of it: its next message is the presenter's real move.
    presenter.send(encodeClientMessage({ type: 'position', position: at(6) }))
    expect(await follower.next()).toMatchObject({ type: 'position', position: at(6) })
    expect((await get(server.port, '/index.html')).status).toBe(200)

    // One log line per kind, however many were refused.
    const kinds = log.map((l) => /rejected \(([a-z-]+)\)/.exec(l)?.[1]).filter(Boolean)
    expect(new Set(kinds).size).toBe(kinds.length)
    expect(kinds).toEqual(expect.arrayContaining(['bad-token', 'not-presenter', 'malformed', 'oversize', 'binary', 'flood']))
    expect(server.rejections.counts().flood).toBe(1)
    presenter.ws.close()
    follower.ws.close()
  })

  it('refuses WebSockets from another origin, without one, or on another path', async () => {
    await expect(client(server.port, 'http://evil.example').opened).rejects.toThrow('HTTP 403')
    await expect(client(server.port, null).opened).rejects.toThrow('HTTP 403')
    const other = new WebSocket(`ws://127.0.0.1:${server.port}/elsewhere`, { origin: `http://127.0.0.1:${server.port}` })
    await expect(
      new Promise(
        (ok, fail) => (other.once('open', ok), other.once('unexpected-response', (_q, r) => fail(new Error(`HTTP ${r.statusCode}`)))),
      ),
    ).rejects.toThrow('HTTP 404')
    expect(server.rejections.counts().origin).toBe(2)
  })

  it('a room full of hello-only clients: the presenter still gets in and moves all of them; newcomers wait their turn', async () => {
    const silent = client(server.port)
    await silent.opened
    const openedAt = performance.now()
    const room: ReturnType<typeof client>[] = []
    while (server.hub.stats().audience < 12) {
      const c = client(server.port)
      await c.hello()
      room.push(c)
    }
    const late = client(server.port)
    await late.opened
    late.send(encodeClientMessage({ type: 'hello' }))
    expect(await late.closed).toMatchObject({ code: 1013 })

    const presenter = client(server.port)
    expect(await presenter.hello(token)).toMatchObject({ role: 'presenter' })
    presenter.send(encodeClientMessage({ type: 'position', position: at(11) }))
    for (const c of room) expect(await c.next()).toMatchObject({ type: 'position', position: at(11) })

    room[0]!.ws.close()
    await room[0]!.closed
    await expect.poll(() => server.hub.stats().audience).toBe(11)
    expect(await client(server.port).hello()).toMatchObject({ role: 'audience', position: at(11) })

    // A connection that never says hello gives its place back within seconds.
    expect(await silent.closed).toMatchObject({ code: 1008, reason: 'no-hello' })
    expect(performance.now() - openedAt).toBeLessThan(6_000)
    for (const c of [...room, presenter]) c.ws.close()
  }, 15_000)

  it('sockets that never say hello cannot crowd the presenter out: the busiest address makes space, and each leaves within the hello timeout', async () => {
    const small = await start({ maxConnections: 2, maxWaiting: 4, helloTimeoutMs: 3000 })
    try {
      const silent = Array.from({ length: 4 }, () => client(small.port))
      for (const c of silent) await c.opened
      const presenter = client(small.port)
      expect(await presenter.hello(token)).toMatchObject({ role: 'presenter' })
      // The oldest silent one made space; the rest leave at the hello timeout.
      expect((await silent[0]!.closed).code).toBe(1013)
      for (const c of silent.slice(1)) expect((await c.closed).code).toBe(1008)
      await expect.poll(() => small.hub.stats()).toMatchObject({ waiting: 0, presenters: 1 })
      presenter.ws.close()
    } finally {
      await small.close()
    }
  })

  it('bounds the followers from one address, never the presenter', async () => {
    const small = await start({ maxPerAddress: 2 })
    try {
      const two = [client(small.port), client(small.port)]
      for (const c of two) await c.hello()
      const third = client(small.port)
      await third.opened
      third.send(encodeClientMessage({ type: 'hello' }))
      expect((await third.closed).code).toBe(1013)
      const presenter = client(small.port)
      expect(await presenter.hello(token)).toMatchObject({ role: 'presenter' })
      expect(small.rejections.counts()['address-cap']).toBe(1)
      for (const c of [...two, presenter]) c.ws.close()
    } finally {
      await small.close()
    }
  })

  it('refuses an upgrade or a request naming a foreign host (DNS rebinding), even with a matching Origin', async () => {
    const host = `evil.example:${server.port}`
    await expect(
      new Promise((ok, fail) => {
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}/follow`, { origin: `http://${host}`, headers: { host } })
        ws.once('open', ok)
        ws.once('unexpected-response', (_q, r) => fail(new Error(`HTTP ${r.statusCode}`)))
      }),
    ).rejects.toThrow('HTTP 403')
    expect((await send(server.port, { path: '/index.html', headers: { host } })).status).toBe(403)
    expect((await send(server.port, { path: '/index.html', headers: { host: `localhost:${server.port}` } })).status).toBe(200)
    expect(server.rejections.counts().host).toBe(2)
  })

  it.each(['/', '/index.html', '/assets/app.js', '/follow/qr.svg', '/follow', '/nothing-here'])(
    'answers GET and HEAD only at %s: 405 for POST, PUT, DELETE, TRACE, OPTIONS',
    async (path) => {
      for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS']) {
        const res = await send(server.port, { method, path })
        expect([method, res.status, res.headers.allow]).toEqual([method, 405, 'GET, HEAD'])
      }
    },
  )

  it('answers headers over the limit with 431, not a reset', async () => {
    const res = await send(server.port, { path: '/index.html', headers: { 'x-padding': 'x'.repeat(20_000) } })
    expect(res.status).toBe(431)
  })

  it('drops a follower that stopped reading once its queue passes the bound; the others get every move', async () => {
    const small = await start({ maxQueuedBytes: 4096, rate: { perSecond: 1e9, burst: 1e9 } })
    try {
      const presenter = client(small.port)
      await presenter.hello(token)
      const slow = neverReads(small.port)
      const reader = client(small.port)
      await reader.hello()
      await expect.poll(() => small.hub.stats().audience).toBe(2)
      // Moves until the server drops the one that never reads: the kernel's buffers fill first,
      // then ws's queue. Bounded: a server that never drops it fails the test.
      let sent = 0
      while (!small.rejections.counts()['slow-reader'] && sent < 200_000) {
        for (let i = 0; i < 2000; i++) presenter.send(encodeClientMessage({ type: 'position', position: at(1 + (sent++ % 2)) }))
        await expect.poll(() => small.hub.stats().relayed, { timeout: 20_000 }).toBe(sent)
      }
      slow.destroy()
      expect(small.rejections.counts()['slow-reader']).toBe(1)
      const last = at(3)
      presenter.send(encodeClientMessage({ type: 'position', position: last }))
      let got: ServerMessage
      let heard = 0
      do {
        got = await reader.next()
        heard++
      } while (got.type === 'position' && got.position.h !== 3)
      expect(got).toMatchObject({ type: 'position', position: last, seq: sent + 1 })
      expect(heard).toBe(sent + 1)
      presenter.ws.close()
      reader.ws.close()
    } finally {
      await small.close()
    }
  }, 60_000)

  it('counts only pongs that answer the server’s own pings: unsolicited pongs keep no one connected', async () => {
    const small = await start({ heartbeatMs: 100 })
    try {
      const honest = client(small.port)
      await honest.hello()
      const faker = new WebSocket(`ws://127.0.0.1:${small.port}/follow`, { origin: `http://127.0.0.1:${small.port}`, autoPong: false })
      await new Promise((ok) => faker.once('open', ok))
      faker.send(encodeClientMessage({ type: 'hello' }))
      const pongs = setInterval(() => faker.readyState === faker.OPEN && faker.pong('still here'), 20)
      const closed = new Promise<number>((ok) => faker.once('close', ok))
      try {
        expect(await closed).toBe(1006)
      } finally {
        clearInterval(pongs)
      }
      expect(small.rejections.counts()['no-pong']).toBe(1)
      expect(honest.ws.readyState).toBe(WebSocket.OPEN)
      honest.ws.close()
    } finally {
      await small.close()
    }
  })

  it('sends brotli or gzip as the browser accepts, each decoding to the file’s bytes, and the file as it is otherwise', async () => {
    const path = '/assets/deck-Ab_d12-4.js'
    const plain = await send(server.port, { path })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(bundle)
    const gz = await send(server.port, { path, headers: { 'accept-encoding': 'gzip, deflate' } })
    expect([gz.headers['content-encoding'], gz.headers.vary]).toEqual(['gzip', 'Accept-Encoding'])
    expect(gunzipSync(gz.body).toString()).toBe(bundle)
    const br = await send(server.port, { path, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.body).toString()).toBe(bundle)
    expect(br.body.length).toBeLessThan(bundle.length / 5)
    expect((await send(server.port, { path, headers: { 'accept-encoding': 'br;q=0, gzip' } })).headers['content-encoding']).toBe('gzip')
    // The page itself too, marker included.
    const page = await send(server.port, { path: '/index.html', headers: { 'accept-encoding': 'gzip' } })
    expect(gunzipSync(page.body).toString()).toContain('deck-follow')
  })

  it('a hashed asset is cacheable for a year; index.html is revalidated by its ETag and answers 304', async () => {
    const asset = await send(server.port, { path: '/assets/deck-Ab_d12-4.js', headers: { 'accept-encoding': 'gzip' } })
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const page = await send(server.port, { path: '/index.html', headers: { 'accept-encoding': 'gzip' } })
    expect(page.headers['cache-control']).toBe('no-cache')
    const etag = page.headers.etag as string
    expect(etag).toMatch(/^"[^"]+"$/)
    const again = await send(server.port, { path: '/index.html', headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } })
    expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, etag])
    // Another encoding is another representation: its own ETag, so no 304 for the gzip one.
    const plain = await send(server.port, { path: '/index.html', headers: { 'if-none-match': etag } })
    expect(plain.status).toBe(200)
    for (const path of ['/assets/app.js', '/follow/qr.svg'])
      expect((await send(server.port, { path })).headers['cache-control']).toBe('no-cache')
  })

  it('holds the files in memory: a file changed on disk after the start is not re-read', async () => {
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("changed")')
    expect((await send(server.port, { path: '/assets/app.js' })).body.toString()).toBe('console.log(1)')
  })

  it('names the port when it is taken', async () => {
    const blocker = createServer()
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', () => ok()))
    const port = (blocker.address() as { port: number }).port
    try {
      await expect(start({ port })).rejects.toThrow(`port ${port} is already in use on 127.0.0.1`)
    } finally {
      blocker.close()
    }
  })
})
