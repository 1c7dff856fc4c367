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
import { announceReady, hallOptions } from './server-process.ts'

export type ServerRequest = { type: 'memory' } | { type: 'stop' }
export type ServerReply =
  { type: 'ready'; port: number; token: string } | { type: 'memory'; rss: number; heapUsed: number; external: number; connections: number }

// --dist DIR: serve a built deck (the join storm); --plain: without compression (its "before").
const given = process.argv.indexOf('--dist')
const dist = given > 0 ? process.argv[given + 1]! : mkdtempSync(join(tmpdir(), 'bench-follow-'))
if (given < 0) writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
const token = generateToken()
const rejections: string[] = []
const server = await startPresentServer({
  ...hallOptions(dist, token),
  compress: !process.argv.includes('--plain'),
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
      if (given < 0) rmSync(dist, { recursive: true, force: true })
      process.exit(0)
    })
  }
})
announceReady<ServerReply>({ type: 'ready', port: server.port, token })
