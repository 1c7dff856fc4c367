/**
 * One client process of the join storm: its share of the audience, each one opening the page (the
 * files a real browser fetched for it, over one keep-alive agent of six connections, as a browser
 * does) and then the follow channel, its start spread evenly over the storm. Reports, per join,
 * the bytes received (bodies as sent, so compressed where the server compressed) and the time
 * from the first request to the channel's welcome ("time to live").
 */
import { Agent, get } from 'node:http'
import { WebSocket } from 'ws'
import { decodeServerMessage, encodeClientMessage } from '../src/present/protocol.ts'

export type StormRequest = {
  type: 'storm'
  port: number
  paths: string[]
  headers: Record<string, string>
  joins: number
  /** When this process's joins start and end, ms from now. */
  spreadMs: number
}
export type StormReply = { type: 'ready' } | { type: 'done'; bytes: number[]; ttl: number[]; failures: string[] }

const reply = (m: StormReply) => process.send!(m)

function fetchAll(port: number, paths: string[], headers: Record<string, string>): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 6 })
  const one = (path: string) =>
    new Promise<number>((ok, fail) => {
      get({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
        let bytes = 0
        res.on('data', (d: Buffer) => (bytes += d.length))
        res.on('end', () => (res.statusCode === 200 ? ok(bytes) : fail(new Error(`HTTP ${res.statusCode} for ${path}`))))
      }).on('error', fail)
    })
  // The page first, then what it asks for, in parallel.
  return one(paths[0]!)
    .then(async (page) => page + (await Promise.all(paths.slice(1).map(one))).reduce((a, b) => a + b, 0))
    .finally(() => agent.destroy())
}

function live(port: number): Promise<WebSocket> {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/follow`, { origin: `http://127.0.0.1:${port}`, perMessageDeflate: false })
    ws.once('error', fail)
    ws.once('open', () => ws.send(encodeClientMessage({ type: 'hello' })))
    ws.once('message', (data) => {
      const d = decodeServerMessage(data.toString())
      if (d.ok && d.message.type === 'welcome') ok(ws)
      else fail(new Error('no welcome'))
    })
    ws.once('close', (code) => fail(new Error(`closed ${code} before the welcome`)))
  })
}

process.on('message', (m: StormRequest) => {
  const bytes: number[] = []
  const ttl: number[] = []
  const failures: string[] = []
  const sockets: WebSocket[] = []
  const joins = Array.from(
    { length: m.joins },
    (_, i) =>
      new Promise<void>((done) =>
        setTimeout(
          () => {
            const started = performance.now()
            fetchAll(m.port, m.paths, m.headers)
              .then(async (b) => {
                sockets.push(await live(m.port))
                bytes.push(b)
                ttl.push(performance.now() - started)
              })
              .catch((e: unknown) => failures.push(e instanceof Error ? e.message : String(e)))
              .finally(done)
          },
          (i * m.spreadMs) / m.joins,
        ),
      ),
  )
  void Promise.all(joins).then(() => {
    for (const ws of sockets) ws.terminate()
    process.send!({ type: 'done', bytes, ttl, failures } satisfies StormReply, undefined, {}, () => process.disconnect())
  })
})
process.on('disconnect', () => process.exit(0))
reply({ type: 'ready' })
