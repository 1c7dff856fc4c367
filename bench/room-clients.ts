/**
 * One client process of `npm run bench -- --room`: its share of the followers. Each follows the
 * positions (arrival times noted, as in the follow bench), joins the room with its own device id,
 * and in the storm signals on slides and votes on the questions it sees; the askers among them
 * ask once each. Every acknowledgement is noted, to be checked against the file afterwards.
 */
import { WebSocket } from 'ws'
import { decodeServerMessage, encodeClientMessage } from '../src/present/protocol.ts'
import { SIGNAL_KINDS, encodeRoomClientMessage, type RoomClientMessage } from '../src/present/room-protocol.ts'
import { SLIDES, slideId } from './room-deck.ts'

export type RoomClientsRequest =
  { type: 'connect'; port: number; followers: number; askers: number; prefix: string } | { type: 'storm'; ms: number } | { type: 'finish' }
export type RoomClientsReply =
  | { type: 'ready' }
  | { type: 'connected' }
  | { type: 'stormed'; sent: { asks: number; votes: number; signals: number } }
  | {
      type: 'results'
      /** seq -> arrival times. */
      positions: [number, number[]][]
      /** Acknowledged questions: device, ref, id, when the ask was sent. */
      questions: [string, string, number, number][]
      /** Acknowledged votes: device, question. */
      votes: [string, number][]
      refused: string[]
    }

const CONNECT_BATCH = 50
const now = () => performance.timeOrigin + performance.now()
const reply = (m: RoomClientsReply) => process.send!(m)
const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms))

interface Follower {
  ws: WebSocket
  device: string
  seen: number[]
  pending: Map<string, { kind: 'ask'; at: number } | { kind: 'vote'; question: number } | { kind: 'signal' }>
  n: number
}

const followers: Follower[] = []
const positions = new Map<number, number[]>()
const questions: [string, string, number, number][] = []
const votes: [string, number][] = []
const refused: string[] = []

function open(port: number, device: string): Promise<Follower> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/follow`, { origin: `http://127.0.0.1:${port}`, perMessageDeflate: false })
  const f: Follower = { ws, device, seen: [], pending: new Map(), n: 0 }
  return new Promise((ok, fail) => {
    ws.once('error', fail)
    ws.once('open', () => ws.send(encodeClientMessage({ type: 'hello' })))
    ws.on('message', (data) => {
      const at = now()
      const text = data.toString()
      const decoded = decodeServerMessage(text)
      if (decoded.ok) {
        const m = decoded.message
        if (m.type === 'welcome') {
          ws.send(encodeRoomClientMessage({ type: 'join', ref: 'join', device }))
          ok(f)
        } else if (m.type === 'position') {
          let list = positions.get(m.seq)
          if (!list) positions.set(m.seq, (list = []))
          list.push(at)
        }
        return
      }
      const r = JSON.parse(text) as { type: string; ref?: string; question?: number; questions?: { id: number }[] }
      if (r.type === 'room' || r.type === 'room-update') for (const q of r.questions ?? []) f.seen.push(q.id)
      else if (r.type === 'received' || r.type === 'refused') {
        const was = f.pending.get(r.ref!)
        f.pending.delete(r.ref!)
        if (!was) return
        if (r.type === 'refused') refused.push((r as unknown as { reason: string }).reason)
        else if (was.kind === 'ask') questions.push([device, r.ref!, r.question!, was.at])
        else if (was.kind === 'vote') votes.push([device, was.question])
      }
    })
  })
}

const send = (f: Follower, m: RoomClientMessage, what: Follower['pending'] extends Map<string, infer V> ? V : never) => {
  f.pending.set(m.ref, what)
  f.ws.send(encodeRoomClientMessage(m))
}

async function storm(ms: number, askers: number) {
  const sent = { asks: 0, votes: 0, signals: 0 }
  const start = Date.now()
  // Askers ask once each, spread over the first 80 % of the storm.
  followers.slice(0, askers).forEach((f, i) => {
    setTimeout(
      () => {
        const ref = `q${++f.n}`
        send(
          f,
          {
            type: 'ask',
            ref,
            slide: slideId(i % SLIDES),
            text: `Question ${f.device.slice(0, 8)} #${i}: what about this slide?`,
            name: '',
          },
          { kind: 'ask', at: now() },
        )
        sent.asks++
      },
      Math.random() * ms * 0.8,
    )
  })
  // Everyone, about once a second: a signal now and then, a vote on a question not yet voted on.
  const voted = new Map<Follower, Set<number>>()
  while (Date.now() - start < ms) {
    for (const f of followers) {
      if (Math.random() > 0.1) continue
      if (Math.random() < 0.3) {
        send(
          f,
          {
            type: 'signal',
            ref: `s${++f.n}`,
            slide: slideId(Math.floor(Math.random() * SLIDES)),
            kind: SIGNAL_KINDS[Math.floor(Math.random() * 4)]!,
          },
          { kind: 'signal' },
        )
        sent.signals++
      } else {
        const mine = voted.get(f) ?? new Set<number>()
        voted.set(f, mine)
        const choice = f.seen.find((id) => !mine.has(id) && Math.random() < 0.2)
        if (choice === undefined) continue
        mine.add(choice)
        send(f, { type: 'vote', ref: `v${++f.n}`, question: choice }, { kind: 'vote', question: choice })
        sent.votes++
      }
    }
    await sleep(100)
  }
  return sent
}

let askers = 0
process.on('message', (m: RoomClientsRequest) => {
  if (m.type === 'connect') {
    askers = m.askers
    void (async () => {
      for (let i = 0; i < m.followers; i += CONNECT_BATCH) {
        const batch = Array.from({ length: Math.min(CONNECT_BATCH, m.followers - i) }, (_, k) =>
          open(m.port, `${m.prefix}-device-${i + k}-0000000000`),
        )
        followers.push(...(await Promise.all(batch)))
      }
      reply({ type: 'connected' })
    })().catch((e: unknown) => {
      console.error(`room-clients: could not connect: ${e instanceof Error ? e.message : String(e)}`)
      process.exit(1)
    })
  } else if (m.type === 'storm') void storm(m.ms, askers).then((sent) => reply({ type: 'stormed', sent }))
  else {
    for (const f of followers) f.ws.terminate()
    process.send!(
      { type: 'results', positions: [...positions.entries()], questions, votes, refused } satisfies RoomClientsReply,
      undefined,
      {},
      () => process.disconnect(),
    )
  }
})
process.on('disconnect', () => process.exit(0))
reply({ type: 'ready' })
