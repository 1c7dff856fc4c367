import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { encodeClientMessage, type Position } from './protocol.ts'
import { encodeRoomClientMessage, type RoomClientMessage } from './room-protocol.ts'
import { openRoomStore, readRoomFile } from './room-store.ts'
import { startPresentServer, type PresentServer } from './server.ts'
import { generateToken } from './token.ts'

const base = mkdtempSync(join(tmpdir(), 'present-room-'))
const dist = join(base, 'dist')
mkdirSync(dist, { recursive: true })
writeFileSync(
  join(dist, 'index.html'),
  '<!doctype html><html><head><meta charset="utf-8" /></head><body><div class="slides">' +
    '<section id="opening"><h1>Why &amp; how</h1></section><section id="evidence"><h2>The <em>evidence</em></h2></section>' +
    '</div></body></html>',
)
afterAll(() => rmSync(base, { recursive: true, force: true }))

let files = 0
const sessionFile = () => join(base, `s${++files}.sqlite`)
const token = generateToken()

function start(session: string, options: { moderate?: boolean; limits?: object; port?: number } = {}): Promise<PresentServer> {
  return startPresentServer({
    distDir: dist,
    token,
    port: options.port ?? 0,
    host: '127.0.0.1',
    publicHost: '127.0.0.1',
    log: () => {},
    room: { session, moderate: options.moderate ?? false, limits: options.limits },
  })
}

type Any = Record<string, unknown> & { type: string }

/** A raw client of the channel: what a page (or a hostile script) sends, and every message it gets. */
async function member(server: PresentServer, presenterToken?: string, device = `device-${Math.random().toString(36).slice(2)}-0123456789`) {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/follow`, { origin: `http://127.0.0.1:${server.port}` })
  const got: Any[] = []
  const waiters: (() => void)[] = []
  ws.on('message', (d) => {
    got.push(JSON.parse(d.toString()) as Any)
    for (const w of waiters.splice(0)) w()
  })
  const closed = new Promise<number>((ok) => ws.once('close', (code) => ok(code)))
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok())
    ws.once('error', fail)
  })
  /** The first message (from `from` on) that matches, waiting for it with a deadline. */
  const wait = (match: (m: Any) => boolean, what: string): Promise<Any> =>
    new Promise((ok, fail) => {
      const deadline = setTimeout(() => fail(new Error(`no ${what} within 5 s; got ${JSON.stringify(got).slice(0, 2000)}`)), 5000)
      const check = () => {
        const m = got.find(match)
        if (m) {
          clearTimeout(deadline)
          ok(m)
        } else waiters.push(check)
      }
      check()
    })
  ws.send(encodeClientMessage(presenterToken ? { type: 'hello', token: presenterToken } : { type: 'hello' }))
  await wait((m) => m.type === 'welcome', 'welcome')
  let n = 0
  const api = {
    ws,
    got,
    closed,
    device,
    wait,
    send: (m: RoomClientMessage) => ws.send(encodeRoomClientMessage(m)),
    /** Sends and waits for its answer (received or refused). */
    async ask(m: Omit<Extract<RoomClientMessage, { type: 'ask' }>, 'type' | 'ref'>): Promise<Any> {
      const ref = `a${++n}`
      api.send({ type: 'ask', ref, ...m })
      return wait((x) => (x.type === 'received' || x.type === 'refused') && x.ref === ref, `answer to ${ref}`)
    },
    async act(m: RoomClientMessage): Promise<Any> {
      api.send(m)
      return wait((x) => (x.type === 'received' || x.type === 'refused') && x.ref === m.ref, `answer to ${m.ref}`)
    },
  }
  api.send({ type: 'join', ref: 'j', device })
  await wait((m) => m.type === 'room', 'room')
  return api
}

const at = (h: number): Position => ({ h, v: 0, f: -1, paused: false, overview: false })

describe('the room on the present server', () => {
  it('a question is acknowledged only once it is in the file; votes count once per device; the presenter gets it, with signal counts', async () => {
    const file = sessionFile()
    const server = await start(file)
    try {
      const presenter = await member(server, token)
      const alice = await member(server)
      const bob = await member(server)
      const answer = await alice.ask({ slide: 'evidence', text: '  Where is\u202e the source?\n', name: 'Alice' })
      expect(answer).toMatchObject({ type: 'received', state: 'shown' })
      const id = answer.question as number
      expect(await bob.act({ type: 'vote', ref: 'v1', question: id })).toMatchObject({ type: 'received' })
      expect(await bob.act({ type: 'vote', ref: 'v2', question: id })).toMatchObject({ type: 'received' })
      expect(await alice.act({ type: 'signal', ref: 's1', slide: 'evidence', kind: 'source' })).toMatchObject({ type: 'received' })
      expect(await bob.act({ type: 'signal', ref: 's2', slide: 'evidence', kind: 'unclear' })).toMatchObject({ type: 'received' })
      expect(await bob.act({ type: 'signal', ref: 's3', slide: 'evidence', kind: 'source' })).toMatchObject({ type: 'received' })
      const queue = await presenter.wait(
        (m) =>
          m.type === 'queue' && (m.questions as { votes: number }[])[0]?.votes === 1 && JSON.stringify(m.signals).includes('"source":2'),
        'a queue with the vote and the signals',
      )
      expect((queue.questions as object[])[0]).toMatchObject({
        id,
        slide: 'evidence',
        text: 'Where is the source?',
        name: 'Alice',
        votes: 1,
        state: 'shown',
      })
      expect(queue.signals).toEqual([['evidence', { source: 2, unclear: 0, agree: 0, disagree: 0 }]])
      // The audience's list never carries signal counts, devices or addresses.
      const update = await bob.wait((m) => m.type === 'room-update' && JSON.stringify(m).includes('"votes":[['), 'a vote update')
      expect(JSON.stringify(update)).not.toMatch(/device|address|source/)
    } finally {
      await server.close()
    }
    const saved = readRoomFile(file)
    expect(saved.questions.map((q) => q.text)).toEqual(['Where is the source?'])
    expect(saved.votes).toHaveLength(1)
    expect(saved.signals.map((s) => s.kind).sort()).toEqual(['source', 'source'])
    expect(saved.slides).toEqual([
      { id: 'opening', title: 'Why & how' },
      { id: 'evidence', title: 'The evidence' },
    ])
  })

  it('refuses what is too long, empty, about no slide, or too fast, each with a message; markup is kept as text', async () => {
    const server = await start(sessionFile(), { limits: { askEverySeconds: 10 } })
    try {
      const a = await member(server)
      expect(await a.ask({ slide: 'opening', text: 'x'.repeat(1024), name: '' })).toMatchObject({
        type: 'refused',
        reason: expect.stringMatching(/at most 280 characters; this one has 1024/),
      })
      expect(await a.ask({ slide: 'opening', text: ' \u0007 ', name: '' })).toMatchObject({
        type: 'refused',
        reason: expect.stringMatching(/empty/),
      })
      expect(await a.ask({ slide: 'nowhere', text: 'Hello?', name: '' })).toMatchObject({
        type: 'refused',
        reason: expect.stringMatching(/no slide “nowhere”/),
      })
      const html = await a.ask({ slide: 'opening', text: '<img src=x onerror=alert(1)>', name: '<b>me</b>' })
      expect(html).toMatchObject({ type: 'received' })
      expect(await a.ask({ slide: 'opening', text: 'And another?', name: '' })).toMatchObject({
        type: 'refused',
        reason: expect.stringMatching(/One question every 10 seconds/),
      })
      const presenter = await member(server, token)
      const queue = await presenter.wait((m) => m.type === 'queue', 'queue')
      expect((queue.questions as { text: string; name: string }[])[0]).toMatchObject({
        text: '<img src=x onerror=alert(1)>',
        name: '<b>me</b>',
      })
      // The connection is still open: a refusal is an answer, not a punishment.
      expect(a.ws.readyState).toBe(WebSocket.OPEN)
    } finally {
      await server.close()
    }
  })

  it('caps questions per device and per talk', async () => {
    const server = await start(sessionFile(), { limits: { askEverySeconds: 1e-6, questionsPerDevice: 2, questionsPerTalk: 3 } })
    try {
      const a = await member(server)
      const b = await member(server)
      for (const text of ['one?', 'two?']) expect(await a.ask({ slide: 'opening', text, name: '' })).toMatchObject({ type: 'received' })
      expect(await a.ask({ slide: 'opening', text: 'three?', name: '' })).toMatchObject({
        reason: expect.stringMatching(/asked 2 questions, the most/),
      })
      expect(await b.ask({ slide: 'opening', text: 'three?', name: '' })).toMatchObject({ type: 'received' })
      expect(await b.ask({ slide: 'opening', text: 'four?', name: '' })).toMatchObject({
        reason: expect.stringMatching(/reached 3 questions/),
      })
    } finally {
      await server.close()
    }
  })

  it('under --moderate the audience sees a question only once approved; hidden ones never; a forged token cannot moderate', async () => {
    const server = await start(sessionFile(), { moderate: true })
    try {
      const presenter = await member(server, token)
      const audience = await member(server)
      const asked = await audience.ask({ slide: 'opening', text: 'Secret until approved?', name: '' })
      expect(asked).toMatchObject({ type: 'received', state: 'pending' })
      const id = asked.question as number
      const late = await member(server)
      expect((late.got.find((m) => m.type === 'room')!.questions as unknown[]).length).toBe(0)
      // Voting on an unapproved question is refused: it is not shown.
      expect(await late.act({ type: 'vote', ref: 'v', question: id })).toMatchObject({ type: 'refused' })

      const forged = await member(server, generateToken())
      forged.send({ type: 'approve', ref: 'x', question: id })
      expect(await forged.closed).toBe(1008)
      const none = await member(server)
      none.send({ type: 'hide', ref: 'y', question: id })
      expect(await none.closed).toBe(1008)

      expect(await presenter.act({ type: 'approve', ref: 'p1', question: id })).toMatchObject({ type: 'received', state: 'shown' })
      await late.wait(
        (m) => m.type === 'room-update' && JSON.stringify(m.questions).includes('Secret until approved?'),
        'the approved question',
      )
      expect(await presenter.act({ type: 'hide', ref: 'p2', question: id })).toMatchObject({ state: 'hidden' })
      await late.wait((m) => m.type === 'room-update' && (m.removed as number[]).includes(id), 'the question withdrawn')
      const again = await member(server)
      expect(JSON.stringify(again.got.find((m) => m.type === 'room'))).not.toContain('Secret')
    } finally {
      await server.close()
    }
  })

  it('a restart on the same file resumes the questions, votes and the presenter’s position, even before the presenter moves', async () => {
    const file = sessionFile()
    let server = await start(file)
    const port = server.port
    const presenter = await member(server, token)
    presenter.ws.send(encodeClientMessage({ type: 'position', position: at(1) }))
    const a = await member(server)
    const q = await a.ask({ slide: 'evidence', text: 'Kept?', name: '' })
    await a.act({ type: 'vote', ref: 'v', question: q.question as number })
    await a.wait(() => server.hub.position?.h === 1, 'the position')
    await server.close()

    server = await start(file, { port })
    try {
      const back = new WebSocket(`ws://127.0.0.1:${port}/follow`, { origin: `http://127.0.0.1:${port}` })
      const welcome = await new Promise<Any>((ok) => {
        back.once('open', () => back.send(encodeClientMessage({ type: 'hello' })))
        back.once('message', (d) => ok(JSON.parse(d.toString()) as Any))
      })
      expect(welcome).toMatchObject({ type: 'welcome', position: at(1) })
      back.close()
      // The same device finds its question and its vote again.
      const again = await member(server, undefined, a.device)
      expect(again.got.find((m) => m.type === 'room')).toMatchObject({
        votes: [q.question],
        asked: ['a1'],
        questions: [{ text: 'Kept?', votes: 1 }],
      })
    } finally {
      await server.close()
    }
  })
})

describe('session files that cannot be used', () => {
  it('another SQLite database, a text file, a read-only file and a locked file: clear errors naming the file, and nothing overwritten', async () => {
    const foreign = join(base, 'foreign.sqlite')
    const other = new Database(foreign)
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')")
    other.close()
    const before = readFileSync(foreign)
    await expect(start(foreign)).rejects.toThrow(`session file ${foreign} is not a session file of this deck`)
    expect(readFileSync(foreign).equals(before)).toBe(true)
    expect(existsSync(`${foreign}-wal`)).toBe(false)

    const text = join(base, 'notes.txt')
    writeFileSync(text, 'my notes, not a database\n'.repeat(50))
    await expect(start(text)).rejects.toThrow(`session file ${text} is not an SQLite database`)
    expect(readFileSync(text, 'utf8')).toBe('my notes, not a database\n'.repeat(50))

    const readOnly = sessionFile()
    openRoomStore(readOnly).close()
    chmodSync(readOnly, 0o444)
    await expect(start(readOnly)).rejects.toThrow(`session file ${readOnly} is read-only`)

    const locked = sessionFile()
    const first = await start(locked)
    try {
      await expect(start(locked)).rejects.toThrow(`session file ${locked} is in use by another running \`npm run present\``)
    } finally {
      await first.close()
    }
    // Once the first server has stopped, the file opens again.
    const second = await start(locked)
    await second.close()
  })
})
