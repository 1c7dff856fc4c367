/**
 * One present server of `npm run bench -- --follow --nodes N`, in a process of its own (its
 * memory measured alone; killed with SIGKILL for the failover run). argv[2]: Redis URL, argv[3]:
 * node name, argv[4]: the talk's token. Serves a one-page deck (only the channel is measured).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPresentServer } from '../src/present/server.ts'
import { announceReady, hallOptions } from './server-process.ts'

export type NodeRequest = { type: 'memory' } | { type: 'stop' }
export type NodeReply = { type: 'ready'; port: number } | { type: 'memory'; rss: number; heap: number; connections: number }

const [redis, node, token] = process.argv.slice(2) as [string, string, string]
const dist = mkdtempSync(join(tmpdir(), 'bench-cluster-'))
writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
const server = await startPresentServer({
  ...hallOptions(dist, token),
  cluster: { redis, node },
  log: (line) => console.error(`[${node}] ${line}`),
})
const reply = (m: NodeReply) => process.send!(m)
const gc = (globalThis as { gc?: () => void }).gc
process.on('message', (m: NodeRequest) => {
  if (m.type === 'memory') {
    gc?.()
    gc?.()
    const u = process.memoryUsage()
    reply({ type: 'memory', rss: u.rss, heap: u.heapUsed + u.external + u.arrayBuffers, connections: server.hub.stats().connections })
    return
  }
  void server.close().then(() => {
    rmSync(dist, { recursive: true, force: true })
    process.exit(0)
  })
})
announceReady<NodeReply>({ type: 'ready', port: server.port })
