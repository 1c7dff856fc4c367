/**
 * The present server, alone in its own process for `npm run bench -- --follow`, so its memory is
 * measured without the benchmark's own sockets. Serves a one-page deck from a temporary folder
 * (only the follow channel is measured) and answers the parent over IPC.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPresentServer } from '../src/present/server.ts'
import { generateToken } from '../src/present/token.ts'

export type ServerRequest = { type: 'memory' } | { type: 'stop' }
export type ServerReply =
  { type: 'ready'; port: number; token: string } | { type: 'memory'; rss: number; heapUsed: number; external: number; connections: number }

const dist = mkdtempSync(join(tmpdir(), 'bench-follow-'))
writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
const token = generateToken()
const rejections: string[] = []
const server = await startPresentServer({
  distDir: dist,
  token,
  port: 0,
  host: '127.0.0.1',
  publicHost: '127.0.0.1',
  maxConnections: 20_000,
  // Every follower here comes from 127.0.0.1.
  maxPerAddress: 20_000,
  log: (line) => rejections.push(line),
})
const reply = (message: ServerReply) => process.send!(message)
const gc = (globalThis as { gc?: () => void }).gc
process.on('message', (message: ServerRequest) => {
  if (message.type === 'memory') {
    gc?.()
    gc?.()
    const m = process.memoryUsage()
    reply({
      type: 'memory',
      rss: m.rss,
      heapUsed: m.heapUsed,
      external: m.external + m.arrayBuffers,
      connections: server.hub.stats().connections,
    })
  } else {
    for (const line of rejections) console.error(line)
    void server.close().then(() => {
      rmSync(dist, { recursive: true, force: true })
      process.exit(0)
    })
  }
})
// The parent gone (killed, crashed): never outlive it.
process.on('disconnect', () => process.exit(0))
reply({ type: 'ready', port: server.port, token })
