/**
 * What the bench's server processes (follow-server, room-server, cluster-node) share: how their
 * present server listens, and how they tell the parent (spawnServer in follow.ts) they are ready.
 */
import type { PresentOptions } from '../src/present/server.ts'

/** A free port of 127.0.0.1, and room for a hall of sockets: every bench client comes from 127.0.0.1, as one venue's NAT would. */
export function hallOptions(
  distDir: string,
  token: string,
): Pick<PresentOptions, 'distDir' | 'token' | 'port' | 'host' | 'publicHost' | 'maxConnections' | 'maxPerAddress'> {
  return { distDir, token, port: 0, host: '127.0.0.1', publicHost: '127.0.0.1', maxConnections: 20_000, maxPerAddress: 20_000 }
}

/** Sends the ready message spawnServer waits for; the parent gone (killed, crashed), this process never outlives it. */
export function announceReady<Reply extends { type: string }>(ready: Extract<Reply, { type: 'ready' }>): void {
  process.on('disconnect', () => process.exit(0))
  process.send!(ready)
}
