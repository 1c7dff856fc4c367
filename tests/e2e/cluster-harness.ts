/**
 * Several present servers on one test Redis: in this process, or one in a child process that a
 * test can kill with SIGKILL. And a raw client of the follow channel that keeps every message, for
 * the tests where a browser adds nothing.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { inject } from 'vitest'
import { WebSocket } from 'ws'
import { decodeServerMessage, encodeClientMessage, type Position, type ServerMessage } from '../../src/present/protocol.ts'
import {
  decodeRoomServerMessage,
  encodeRoomClientMessage,
  type RoomClientMessage,
  type RoomServerMessage,
} from '../../src/present/room-protocol.ts'
import { startPresentServer, type PresentOptions, type PresentServer } from '../../src/present/server.ts'

export const at = (h: number, f = -1): Position => ({ h, v: 0, f, paused: false, overview: false })

const nodeOptions = (redis: string, node: string, token: string, log?: string[]): PresentOptions => ({
  distDir: inject('distDir'),
  token,
  port: 0,
  host: '127.0.0.1',
  publicHost: '127.0.0.1',
  room: { session: '', moderate: false },
  cluster: { redis, node },
  log: (line) => log?.push(line),
})

/** A node in this process. */
export function startNode(redis: string, node: string, token: string, log?: string[]): Promise<PresentServer> {
  return startPresentServer(nodeOptions(redis, node, token, log))
}

/** A node in a child process: `kill()` is SIGKILL, as a machine that dies. */
export async function startNodeProcess(redis: string, node: string, token: string) {
  const { log: _log, ...options } = nodeOptions(redis, node, token)
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'present-node.ts'), JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let err = ''
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
  const port = await new Promise<number>((ok, fail) => {
    let out = ''
    const timer = setTimeout(() => fail(new Error(`node ${node} did not start within 30 s:\n${err}`)), 30_000)
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const line = /^\{"port":(\d+)\}$/m.exec(out)
      if (line) {
        clearTimeout(timer)
        ok(Number(line[1]))
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`node ${node} exited (${code}):\n${err}`))
    })
  })
  return {
    port,
    log: () => err,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const gone = new Promise<void>((ok) => child.once('exit', () => ok()))
      child.kill('SIGKILL')
      await gone
    },
  }
}

export type Received = ServerMessage | RoomServerMessage

/** A raw follow-channel client that keeps every message; `until` waits (bounded) for one that matches. */
export function channel(port: number) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/follow`, { origin: `http://127.0.0.1:${port}` })
  const seen: Received[] = []
  const waiters: { test: (m: Received) => boolean; ok: (m: Received) => void }[] = []
  let from = 0
  ws.on('message', (data) => {
    const text = data.toString()
    const decoded = decodeServerMessage(text)
    const message = decoded.ok ? decoded.message : decodeRoomServerMessage(text)
    if (!message) throw new Error(`the server sent something unreadable: ${text}`)
    seen.push(message)
    for (const w of [...waiters])
      if (w.test(message)) {
        waiters.splice(waiters.indexOf(w), 1)
        from = seen.length
        w.ok(message)
      }
  })
  const opened = new Promise<void>((ok, fail) => {
    ws.once('open', () => ok())
    ws.once('error', fail)
  })
  const closed = new Promise<void>((ok) => ws.once('close', () => ok()))
  const client = {
    ws,
    seen,
    closed,
    /** The positions received so far (welcome's included), in order. */
    positions: () =>
      seen.flatMap((m) => (m.type === 'position' ? [m.position.h] : m.type === 'welcome' && m.position ? [m.position.h] : [])),
    /** The first message after the one the last `until` returned that matches (already here, or awaited). */
    until<T extends Received>(test: (m: Received) => m is T, what: string, timeoutMs = 10_000): Promise<T> {
      const i = seen.findIndex((m, j) => j >= from && test(m))
      if (i >= 0) {
        from = i + 1
        return Promise.resolve(seen[i] as T)
      }
      from = seen.length
      return new Promise<T>((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`no ${what} within ${timeoutMs} ms; received ${JSON.stringify(seen)}`)), timeoutMs)
        waiters.push({ test, ok: (m) => (clearTimeout(timer), ok(m as T)) })
      })
    },
    async hello(token?: string) {
      await opened
      ws.send(encodeClientMessage(token === undefined ? { type: 'hello' } : { type: 'hello', token }))
      return client.until((m): m is Extract<Received, { type: 'welcome' }> => m.type === 'welcome', 'welcome')
    },
    move: (h: number) => ws.send(encodeClientMessage({ type: 'position', position: at(h) })),
    room: (message: RoomClientMessage) => ws.send(encodeRoomClientMessage(message)),
    close: () => ws.terminate(),
  }
  return client
}

export const isPositionAt =
  (h: number) =>
  (m: Received): m is Extract<Received, { type: 'position' }> =>
    m.type === 'position' && m.position.h === h
export const isType =
  <K extends Received['type']>(type: K) =>
  (m: Received): m is Extract<Received, { type: K }> =>
    m.type === type
