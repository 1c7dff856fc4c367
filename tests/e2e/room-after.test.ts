import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { WebSocket } from 'ws'
import { encodeClientMessage } from '../../src/present/protocol.ts'
import { encodeRoomClientMessage, type RoomClientMessage } from '../../src/present/room-protocol.ts'
import { outline, pdftext, squash } from './pdf-tools.ts'

const root = resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'room-after-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const session = join(dir, 'talk.sqlite')
const tokenFile = join(dir, 'token')

/** `npm run present` as a process (tsx src/present/cli.ts), resolved with its port once it prints its links. */
function present(): Promise<{ child: ChildProcess; port: number; token: string; exited: Promise<number | null> }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve(root, 'src/present/cli.ts'),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--session',
      session,
      '--token-file',
      tokenFile,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)))
  let out = ''
  return new Promise((ok, fail) => {
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /presenter: http:\/\/127\.0\.0\.1:(\d+)\/index\.html\?presenter=([A-Za-z0-9_-]+)/.exec(out)
      if (m) ok({ child, port: Number(m[1]), token: m[2]!, exited })
    })
    void exited.then((code) => fail(new Error(`present exited (${code}):\n${out}`)))
  })
}

type Any = Record<string, unknown> & { type: string }

/** A device on the room: what it sent, and what the server said it received. */
async function device(port: number, id: string, token?: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/follow`, { origin: `http://127.0.0.1:${port}` })
  const acked: RoomClientMessage[] = []
  const sent = new Map<string, RoomClientMessage>()
  let room: Any | undefined
  await new Promise<void>((ok, fail) => {
    ws.once('error', fail)
    ws.once('open', () => ws.send(encodeClientMessage(token ? { type: 'hello', token } : { type: 'hello' })))
    ws.on('message', (d) => {
      const m = JSON.parse(d.toString()) as Any
      if (m.type === 'welcome') ws.send(encodeRoomClientMessage({ type: 'join', ref: 'join', device: id }))
      else if (m.type === 'room') {
        room = m
        ok()
      } else if (m.type === 'received' && sent.has(m.ref as string)) acked.push(sent.get(m.ref as string)!)
    })
  })
  ws.on('error', () => {})
  return {
    ws,
    acked,
    room: () => room!,
    send(m: RoomClientMessage) {
      sent.set(m.ref, m)
      if (ws.readyState === ws.OPEN) ws.send(encodeRoomClientMessage(m))
    },
  }
}

const slides = ['the-claim', 'foreign-relations', 'network-topologies']

describe('kill -9 during a storm, then a restart on the same file', () => {
  it('keeps every question and vote the server acknowledged', async () => {
    const run = await present()
    const devices = await Promise.all(Array.from({ length: 12 }, (_, i) => device(run.port, `crash-device-${i}-000000000000`)))
    const presenter = await device(run.port, 'presenter-device-0000000', run.token)
    // Six questions (the per-address burst, all these devices share 127.0.0.1), then votes from everyone.
    devices
      .slice(0, 6)
      .forEach((d, i) =>
        d.send({ type: 'ask', ref: `ask${i}`, slide: slides[i % 3]!, text: `Crash question ${i}: <b>kept</b>?`, name: i ? '' : 'Ana' }),
      )
    const deadline = Date.now() + 10_000
    while (devices.slice(0, 6).some((d) => !d.acked.length) && Date.now() < deadline) await new Promise((ok) => setImmediate(ok))
    const ids = devices.slice(0, 6).map((d) => (d.acked.length ? d : undefined))
    expect(ids.every(Boolean)).toBe(true)
    // Learn the questions' ids from the presenter's own room answer on a second connection.
    const listing = await device(run.port, 'listing-device-000000000')
    const questionIds = (listing.room().questions as { id: number }[]).map((q) => q.id)
    expect(questionIds).toHaveLength(6)
    presenter.send({ type: 'hide', ref: 'hide', question: questionIds[5]! })
    presenter.send({ type: 'answer', ref: 'answer', question: questionIds[0]! })
    // The storm: every device votes for every question, one message after another, and the
    // server is killed while they are in flight.
    let votes = 0
    for (const q of questionIds.slice(0, 5))
      for (const d of devices) {
        d.send({ type: 'vote', ref: `v${q}`, question: q })
        votes++
      }
    const someAcked = Date.now() + 10_000
    while (devices.reduce((n, d) => n + d.acked.filter((m) => m.type === 'vote').length, 0) < 10 && Date.now() < someAcked)
      await new Promise((ok) => setImmediate(ok))
    run.child.kill('SIGKILL')
    await run.exited
    const ackedVotes = devices.flatMap((d, i) =>
      d.acked.filter((m) => m.type === 'vote').map((m) => [i, (m as { question: number }).question]),
    )
    expect(ackedVotes.length).toBeGreaterThan(0)
    expect(votes).toBe(60)

    const again = await present()
    try {
      for (const [i, d] of devices.entries()) {
        const back = await device(again.port, `crash-device-${i}-000000000000`)
        const room = back.room()
        for (const m of d.acked) {
          if (m.type === 'vote') expect(room.votes, `device ${i}'s acknowledged vote on ${m.question}`).toContain(m.question)
          if (m.type === 'ask') expect(room.asked, `device ${i}'s acknowledged question`).toContain(m.ref)
        }
        back.ws.close()
      }
    } finally {
      again.child.kill('SIGTERM')
      expect(await again.exited).toBe(0)
    }
    // Two starts of the real command (tsx compiling it) on a loaded machine.
  }, 180_000)
})

const questions = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'src/present/questions-cli.ts'), ...args], { cwd: root, encoding: 'utf8' })

describe('npm run questions', () => {
  it('JSON: an array of objects, every question with its slide, text, votes, state and time, and signal counts per slide', () => {
    const run = questions([session, '--format', 'json'])
    expect(run.status, run.stderr).toBe(0)
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[]
    const qs = rows.filter((r) => r.type === 'question')
    expect(qs).toHaveLength(6)
    expect(qs.find((q) => q.text === 'Crash question 0: <b>kept</b>?')).toMatchObject({
      slide: 'the-claim',
      slideTitle: expect.stringContaining('2012 post'),
      name: 'Ana',
      state: 'answered',
      askedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    expect(qs.find((q) => q.text === 'Crash question 5: <b>kept</b>?')).toMatchObject({ state: 'hidden' })
    expect(qs.every((q) => typeof q.votes === 'number')).toBe(true)
  })

  it('CSV opens in a spreadsheet: a header, quoted cells, one row a question; Markdown reads as a report', () => {
    const csv = questions([session, '--format', 'csv'])
    expect(csv.status, csv.stderr).toBe(0)
    const lines = csv.stdout
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe('type,slide,slide_title,id,text,name,votes,state,asked_at,source,unclear,agree,disagree')
    expect(lines.filter((l) => l.startsWith('question,'))).toHaveLength(6)
    const md = questions([session])
    expect(md.status).toBe(0)
    expect(md.stdout).toMatch(/^# Questions from the room\n\n6 questions, \d+ votes/)
    expect(md.stdout).toContain('Crash question 0: \\<b\\>kept\\</b\\>?')
  })

  it('--help exits 0; an unknown option is one line, the usage, and exit 2; a bad file names it', () => {
    const help = questions(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^usage: npm run questions -- FILE/)
    const bad = questions([session, '--fromat', 'csv'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^questions: unknown option --fromat\n\nusage: npm run questions/)
    const text = join(dir, 'notes.txt')
    writeFileSync(text, 'not a database, just notes '.repeat(40))
    const notDb = questions([text])
    expect(notDb.status).toBe(1)
    expect(notDb.stderr).toContain(`session file ${text} is not an SQLite database`)
  })
})

describe('export:pdf --handout --session', () => {
  it('adds “Questions from the room” after the references, hidden questions left out', () => {
    const out = join(dir, 'handout.pdf')
    const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs')
    const run = spawnSync(
      process.execPath,
      [tsx, 'src/export/cli.ts', '--handout', '--session', session, '--dist', inject('distDir'), '--out', out],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 180_000,
      },
    )
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0)
    const top = outline(out).filter((o) => o.depth === 0)
    const refs = top.findIndex((o) => o.title === 'References')
    const room = top.findIndex((o) => o.title === 'Questions from the room')
    expect(refs).toBeGreaterThanOrEqual(0)
    expect(room).toBe(refs + 1)
    const page = squash(pdftext(out, top[room]!.page))
    expect(page).toContain(squash('Questions from the room'))
    expect(page).toContain(squash('Crash question 0: <b>kept</b>?'))
    expect(page).toContain(squash('Crash question 4: <b>kept</b>?'))
    expect(squash(pdftext(out))).not.toContain(squash('Crash question 5'))
  }, 240_000)
})
