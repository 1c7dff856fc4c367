/**
 * The present server with the room on, alone in its own process for `npm run bench -- --room`,
 * so its memory is measured without the benchmark's sockets. A one-page deck of SLIDES sections
 * (only the channel and the room are measured) and a session file in a temporary folder.
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPresentServer } from '../src/present/server.ts'
import { generateToken } from '../src/present/token.ts'
import { SLIDES, slideId } from './room-deck.ts'
import { announceReady, hallOptions } from './server-process.ts'

export type RoomServerRequest = { type: 'stats' } | { type: 'stop' }
export type RoomServerReply =
  | { type: 'ready'; port: number; token: string; session: string }
  | { type: 'stats'; rss: number; heapUsed: number; writes: number; commits: number; dbBytes: number }
  | { type: 'stopped' }

const dir = mkdtempSync(join(tmpdir(), 'bench-room-'))
const sections = Array.from({ length: SLIDES }, (_, i) => `<section id="${slideId(i)}"><h2>Slide ${i}</h2></section>`).join('')
writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head></head><body><div class="slides">${sections}</div></body></html>`)
const session = join(dir, 'session.sqlite')
const token = generateToken()
const log: string[] = []
const server = await startPresentServer({
  ...hallOptions(dir, token),
  log: (line) => log.push(line),
  room: {
    session,
    moderate: false,
    limits: { askBurstPerAddress: 100_000, questionsPerAddress: 100_000, actsPerSecondPerAddress: 1_000_000 },
  },
})
const reply = (m: RoomServerReply) => process.send!(m)
const gc = (globalThis as { gc?: () => void }).gc
process.on('message', (m: RoomServerRequest) => {
  if (m.type === 'stats') {
    gc?.()
    const mem = process.memoryUsage()
    const room = server.room!.stats()
    const size = (f: string) => (existsSync(f) ? statSync(f).size : 0)
    reply({
      type: 'stats',
      rss: mem.rss,
      heapUsed: mem.heapUsed,
      writes: room.writes,
      commits: room.commits,
      dbBytes: size(session) + size(`${session}-wal`),
    })
  } else {
    for (const line of log) console.error(line)
    // Closing commits what is pending; the file stays for the parent to check (and remove).
    void server.close().then(() => process.send!({ type: 'stopped' } satisfies RoomServerReply, undefined, {}, () => process.exit(0)))
  }
})
announceReady<RoomServerReply>({ type: 'ready', port: server.port, token, session })
