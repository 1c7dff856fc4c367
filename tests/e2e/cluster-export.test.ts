/**
 * After a talk served by several servers (present --redis URL --token-file F): `npm run questions`
 * and `npm run export:pdf -- --handout` read its room from the Redis the servers shared, the talk
 * named by the same token file. A real redis-server on a free port, a real node, a question asked
 * through the follow channel, and the two commands run as npm runs them.
 */
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { slidesOfDeck } from '../../src/present/room-slides.ts'
import type { PresentServer } from '../../src/present/server.ts'
import { generateToken } from '../../src/present/token.ts'
import { channel, isType, startNode } from './cluster-harness.ts'
import { outline, pdftext, squash } from './pdf-tools.ts'
import { startRedis, type TestRedis } from './redis-harness.ts'

const root = resolve(import.meta.dirname, '../..')
const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs')
/** CI installs redis-server (.ci/run); a machine without it skips, saying why, rather than failing. */
const noRedis = spawnSync('redis-server', ['--version']).error
if (noRedis) console.warn(`cluster-export.test.ts skipped: redis-server is not installed (${noRedis.message})`)

/** A tool run as npm runs it (tsx), without blocking this process (the node serves meanwhile). */
const run = (file: string, ...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [tsx, resolve(root, file), ...args],
      { cwd: root, encoding: 'utf8', timeout: 180_000 },
      (error, stdout, stderr) => done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    )
  })

/** A loopback port nothing listens on (now): a Redis that is not there. */
const closedPort = () =>
  new Promise<number>((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => ok(port))
    })
  })

describe.skipIf(noRedis)('the room of a clustered talk, after it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-export-'))
  const tokenFile = join(dir, 'token')
  const text = 'Who enforces a peer agreement between cities?'
  let redis: TestRedis
  let node: PresentServer
  let slide: { id: string; title: string }

  beforeAll(async () => {
    redis = await startRedis()
    const token = generateToken()
    writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 })
    slide = slidesOfDeck(readFileSync(`${inject('distDir')}/index.html`, 'utf8'))[2]!
    node = await startNode(redis.url, 'a', token)
    const asker = channel(node.port)
    try {
      await asker.hello()
      asker.room({ type: 'join', ref: 'j', device: 'cluster-export-device-0001' })
      await asker.until(isType('room'), 'the room')
      asker.room({ type: 'ask', ref: 'q1', slide: slide.id, text, name: 'Ana' })
      // "received" comes only once Redis holds the question.
      expect((await asker.until(isType('received'), 'received')).ref).toBe('q1')
    } finally {
      asker.close()
    }
  })
  afterAll(async () => {
    await node?.close()
    await redis?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('npm run questions --redis URL --token-file F lists the question with its slide', async () => {
    const json = await run('src/present/questions-cli.ts', '--redis', redis.url, '--token-file', tokenFile, '--format', 'json')
    expect(json.status, json.stderr).toBe(0)
    const rows = JSON.parse(json.stdout) as Record<string, unknown>[]
    expect(rows.filter((r) => r.type === 'question')).toEqual([
      expect.objectContaining({ slide: slide.id, slideTitle: slide.title, text, name: 'Ana', votes: 0, state: 'shown' }),
    ])
    const md = await run('src/present/questions-cli.ts', '--redis', redis.url, '--token-file', tokenFile)
    expect(md.status, md.stderr).toBe(0)
    // Markdown escapes the URL's dots; the report says where the room came from, and the question.
    expect(md.stdout).toMatch(
      /^# Questions from the room\n\n1 question, 0 votes, from Redis redis:\/\/127\\\.0\\\.0\\\.1:\d+\/0, the talk of /,
    )
    expect(md.stdout).toContain(`(shown): ${text} (Ana,`)
  })

  it('export:pdf --handout --redis URL --token-file F prints it under “Questions from the room”', async () => {
    const out = join(dir, 'handout.pdf')
    const args = ['--handout', '--redis', redis.url, '--token-file', tokenFile, '--dist', inject('distDir'), '--out', out]
    const result = await run('src/export/cli.ts', ...args)
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
    const room = outline(out).find((o) => o.depth === 0 && o.title === 'Questions from the room')
    expect(room, 'the handout’s “Questions from the room” bookmark').toBeDefined()
    const page = squash(pdftext(out, room!.page))
    expect(page).toContain(squash(text))
    expect(page).toContain(squash(slide.title))
  }, 240_000)

  it('a token that names no talk there says so; an unreachable Redis is one line naming its URL', async () => {
    const other = join(dir, 'other-token')
    writeFileSync(other, `${generateToken()}\n`)
    const unknown = await run('src/present/questions-cli.ts', '--redis', redis.url, '--token-file', other)
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toBe(
      `questions: Redis ${redis.url} holds no talk with the token in ${other}: ` +
        'no present server of that talk has used this Redis (or its data was lost)\n',
    )

    const away = `redis://127.0.0.1:${await closedPort()}/0`
    const down = await run('src/present/questions-cli.ts', '--redis', away, '--token-file', tokenFile)
    expect(down.status).toBe(1)
    expect(down.stderr).toMatch(
      new RegExp(`^questions: --redis: cannot reach Redis at ${away.replace(/[./]/g, '\\$&')}: .*ECONNREFUSED.*\n$`),
    )
    expect(down.stdout).toBe('')
  })
})
