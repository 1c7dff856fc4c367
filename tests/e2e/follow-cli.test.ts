import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'present-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** `npm run present -- …` as the presenter runs it (tsx src/present/cli.ts), its output collected. */
function present(args: string[]) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'src/present/cli.ts'), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)))
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    /** Resolves once the two links and the QR code have been printed. */
    links: () =>
      new Promise<string[]>((ok, fail) => {
        const check = () => {
          const lines = stdout.split('\n')
          const at = lines.findIndex((l) => l.startsWith('presenter: '))
          if (at >= 0 && lines.length > at + 4) ok(lines.slice(at))
        }
        child.stdout!.on('data', check)
        void exited.then((code) => fail(new Error(`present exited (${code}) before printing its links:\n${stdout}\n${stderr}`)))
      }),
  }
}

describe('npm run present', () => {
  it('prints exactly the presenter’s and the audience’s links, then the audience link as a QR code, and serves them', async () => {
    const run = present(['--port', '0', '--host', '127.0.0.1'])
    try {
      const lines = await run.links()
      const presenter = /^presenter: http:\/\/127\.0\.0\.1:(\d+)\/index\.html\?presenter=([A-Za-z0-9_-]{43})$/.exec(lines[0]!)
      expect(presenter, lines[0]).not.toBeNull()
      const port = presenter![1]
      expect(lines[1]).toBe(`audience:  http://127.0.0.1:${port}/index.html`)
      // The terminal QR code: block characters, several rows.
      expect(lines.slice(2).filter((l) => /[█▀▄]/.test(l)).length).toBeGreaterThan(10)
      const page = await fetch(`http://127.0.0.1:${port}/index.html`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain(`<meta name="deck-follow" content="http://127.0.0.1:${port}/index.html" />`)
    } finally {
      run.child.kill('SIGTERM')
      expect(await run.exited).toBe(0)
    }
  })

  it('a taken port is a clear error naming it', async () => {
    const blocker = createServer()
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', () => ok()))
    const port = (blocker.address() as { port: number }).port
    try {
      const run = present(['--port', String(port), '--host', '127.0.0.1'])
      expect(await run.exited).toBe(1)
      expect(run.output().stderr).toContain(`present: port ${port} is already in use on 127.0.0.1`)
    } finally {
      blocker.close()
    }
  })

  it('--token-file keeps the presenter link across restarts; without it each run has a new token', async () => {
    const tokens: string[] = []
    for (const args of [['--token-file', join(dir, 'token')], ['--token-file', join(dir, 'token')], []]) {
      const run = present(['--port', '0', '--host', '127.0.0.1', ...args])
      try {
        tokens.push(/presenter=([A-Za-z0-9_-]+)/.exec((await run.links())[0]!)![1]!)
      } finally {
        run.child.kill('SIGTERM')
        await run.exited
      }
    }
    expect(tokens[1]).toBe(tokens[0])
    expect(tokens[2]).not.toBe(tokens[0])
  })

  it('a mistyped option says what is wrong', async () => {
    const run = present(['--prot', '80'])
    expect(await run.exited).toBe(2)
    expect(run.output().stderr).toMatch(/^present: unknown option --prot\n\nusage: npm run present/)
  })
})
