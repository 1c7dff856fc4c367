/**
 * One client process of `npm run bench -- --follow`: opens its share of the follower sockets and
 * notes when each position arrives (absolute time: performance.timeOrigin + now, comparable across
 * the processes of one machine). Several of these split the followers, as the audience's devices
 * would, so one process's queue of messages is not what is measured.
 */
import { WebSocket } from 'ws'
import { decodeServerMessage, encodeClientMessage } from '../src/present/protocol.ts'

export type ClientsRequest = { type: 'connect'; port: number; followers: number } | { type: 'expect'; seq: number } | { type: 'finish' }
export type ClientsReply =
  | { type: 'ready' }
  | { type: 'connected'; seq: number }
  | { type: 'step'; seq: number }
  | { type: 'results'; seqs: number[]; arrivals: number[][]; outOfOrder: number }

/** Handshakes in flight per process: four processes at once stay under the server’s listen backlog (511). */
const CONNECT_BATCH = 50
const now = () => performance.timeOrigin + performance.now()
const reply = (m: ClientsReply) => process.send!(m)

const sockets: WebSocket[] = []
/** seq -> arrival time per follower. */
const arrivals = new Map<number, number[]>()
let outOfOrder = 0
let waitingFor = -1
let followers = 0

async function connect(port: number, n: number): Promise<number> {
  followers = n
  let seq = 0
  for (let i = 0; i < n; i += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, n - i) }, () => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/follow`, { origin: `http://127.0.0.1:${port}`, perMessageDeflate: false })
      sockets.push(ws)
      let last = -1
      return new Promise<void>((ok, fail) => {
        ws.once('error', fail)
        ws.once('open', () => ws.send(encodeClientMessage({ type: 'hello' })))
        ws.on('message', (data) => {
          const at = now()
          const decoded = decodeServerMessage(data.toString())
          if (!decoded.ok) return
          const m = decoded.message
          if (m.type === 'welcome') {
            last = seq = m.seq
            ok()
            return
          }
          if (m.type === 'cluster') return
          if (m.seq !== last + 1) outOfOrder++
          last = m.seq
          let list = arrivals.get(m.seq)
          if (!list) arrivals.set(m.seq, (list = []))
          list.push(at)
          if (m.seq === waitingFor && list.length === followers) reply({ type: 'step', seq: m.seq })
        })
      })
    })
    await Promise.all(batch)
  }
  return seq
}

process.on('message', (m: ClientsRequest) => {
  if (m.type === 'connect')
    connect(m.port, m.followers).then(
      (seq) => reply({ type: 'connected', seq }),
      (e: unknown) => {
        console.error(`follow-clients: could not connect: ${e instanceof Error ? e.message : String(e)}`)
        process.exit(1)
      },
    )
  else if (m.type === 'expect') {
    waitingFor = m.seq
    if ((arrivals.get(m.seq)?.length ?? 0) === followers) reply({ type: 'step', seq: m.seq })
  } else {
    for (const ws of sockets) ws.terminate()
    const seqs = [...arrivals.keys()]
    // Disconnect only once the (large) results have been written to the channel.
    process.send!(
      { type: 'results', seqs, arrivals: seqs.map((s) => arrivals.get(s)!), outOfOrder } satisfies ClientsReply,
      undefined,
      {},
      () => process.disconnect(),
    )
  }
})
process.on('disconnect', () => process.exit(0))
// Only now: a message sent before this process listens would be lost.
reply({ type: 'ready' })
