/**
 * A Redis of the test's own (Debian's redis-server, which .ci/run installs): on a free loopback
 * port, nothing written to disk, stopped by the test. Restartable on the same port, as a Redis that
 * goes away mid-talk and comes back empty would be.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'

const SERVER = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p)) ?? 'redis-server'

export interface TestRedis {
  port: number
  url: string
  /** Stops it (SIGKILL: a crash, nothing saved) and resolves once the process is gone. */
  stop(): Promise<void>
  /** Starts it again on the same port, empty. */
  start(): Promise<void>
}

/** A port the kernel says is free now (another test may take it before us: start() then fails clearly). */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => ok(port))
    })
  })
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort()
  let child: ChildProcess | undefined
  const start = () =>
    new Promise<void>((ok, fail) => {
      const proc = spawn(SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child = proc
      let out = ''
      const timer = setTimeout(() => fail(new Error(`redis-server did not start on port ${port} within 10 s:\n${out}`)), 10_000)
      proc.stdout!.on('data', (d: Buffer) => {
        out += d.toString()
        if (out.includes('Ready to accept connections')) {
          clearTimeout(timer)
          ok()
        }
      })
      proc.stderr!.on('data', (d: Buffer) => (out += d.toString()))
      proc.once('exit', (code) => {
        clearTimeout(timer)
        fail(new Error(`redis-server exited (${code}) on port ${port}:\n${out}`))
      })
      proc.once('error', (e) => {
        clearTimeout(timer)
        fail(new Error(`cannot start ${SERVER}: ${e.message} (install Debian's redis-server)`))
      })
    })
  const stop = async () => {
    const proc = child
    child = undefined
    if (!proc || proc.exitCode !== null) return
    const gone = new Promise<void>((ok) => proc.once('exit', () => ok()))
    proc.kill('SIGKILL')
    await gone
  }
  await start()
  return { port, url: `redis://127.0.0.1:${port}/0`, stop, start }
}
