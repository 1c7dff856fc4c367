/**
 * One present server's link to the Redis that several servers of one talk share (--redis): a
 * command connection and a subscriber connection (Redis requires its own for pub/sub), the talk's
 * key prefix, and whether Redis is reachable now.
 *
 * While Redis is unreachable the node keeps serving the deck and its own followers. Commands are
 * kept in ioredis's offline queue (maxRetriesPerRequest: null) and run when it is back, so the
 * room acknowledges a question only once Redis has it, however long that takes. The outage is
 * logged once, when it starts, and once when it ends.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { hostname } from 'node:os'
import { Redis } from 'ioredis'

export interface RedisLink {
  /** This server's name in the cluster (--node): its own publications are recognised by it. */
  readonly node: string
  /** The URL with its password redacted, for logs. */
  readonly describe: string
  /** Every key and channel of this talk starts with it. */
  readonly prefix: string
  readonly commands: Redis
  readonly subscriber: Redis
  readonly reachable: boolean
  /** `NODE\nMAC\nTEXT`: a publication this node vouches for, with the talk's token as the key. */
  seal(text: string): string
  /** A publication's node and text, or why it is not one of this talk's nodes'. */
  unseal(sealed: string): Unsealed
  /** Called on every change: false when the link drops, true when it is ready again. */
  onReachable(listener: (reachable: boolean) => void): void
  /** Idempotent: every call answers the same promise, settled once both connections are closed. */
  close(): Promise<void>
}

/** A node name: what the logs and the channel carry. */
export const NODE_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/

/** A default node name unique to this process, for a cluster started without --node. */
export const defaultNodeName = (): string =>
  `${
    hostname()
      .replace(/[^A-Za-z0-9_.-]/g, '-')
      .slice(0, 40) || 'node'
  }-${process.pid}-${Math.random().toString(36).slice(2, 6)}`

/**
 * The talk's prefix, from its token: the nodes of one talk share the token file, so they meet on
 * the same keys, another talk on the same Redis never does, and the token itself is never written.
 */
export const talkPrefix = (token: string): string => `deck:${createHash('sha256').update(token).digest('hex').slice(0, 16)}:`

export type Unsealed = { ok: true; node: string; text: string } | { ok: false; reason: string }

/**
 * Publications are sealed with an HMAC keyed by the talk's token, which every node has (the shared
 * token file) and Redis never sees: someone who can write to Redis but lacks the token moves no
 * one and puts nothing in front of the presenter. The token stays the only control.
 */
export function createSeal(token: string, node: string): { seal(text: string): string; unseal(sealed: string): Unsealed } {
  const key = createHash('sha256').update(`deck-cluster\n${token}`).digest()
  const mac = (from: string, text: string) => createHmac('sha256', key).update(`${from}\n${text}`).digest('base64url').slice(0, 22)
  return {
    seal: (text) => `${node}\n${mac(node, text)}\n${text}`,
    unseal(sealed) {
      const first = sealed.indexOf('\n')
      const second = sealed.indexOf('\n', first + 1)
      if (first < 1 || second < 0) return { ok: false, reason: 'not sealed by a node of this talk' }
      const from = sealed.slice(0, first)
      const given = Buffer.from(sealed.slice(first + 1, second))
      const text = sealed.slice(second + 1)
      const want = Buffer.from(mac(from, text))
      if (!NODE_PATTERN.test(from) || given.length !== want.length || !timingSafeEqual(given, want))
        return { ok: false, reason: 'its seal does not match the talk’s token (forged, or another talk’s)' }
      return { ok: true, node: from, text }
    },
  }
}

/** The URL without its password, for logs and errors. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.href
  } catch {
    return '(an unparsable Redis URL)'
  }
}

export interface RedisLinkOptions {
  url: string
  node: string
  token: string
  log: (line: string) => void
  /** How long the first connection may take before the server gives up starting. @default 5000 */
  connectTimeoutMs?: number
}

/** Connects (both connections) or throws a clear error naming the URL (password redacted). */
export async function connectRedis(options: RedisLinkOptions): Promise<RedisLink> {
  const { url, node, log } = options
  if (!NODE_PATTERN.test(node)) throw new Error(`--node: expected 1 to 64 letters, digits, '.', '_' or '-', found ${JSON.stringify(node)}`)
  if (!/^rediss?:\/\//.test(url))
    throw new Error(`--redis: expected redis://[:PASSWORD@]HOST:PORT/DB or rediss://…, found ${redactUrl(url)}`)
  const shown = redactUrl(url)
  const settings = {
    lazyConnect: true,
    // Wait for Redis however long it is away: a write is acknowledged only once Redis has it.
    maxRetriesPerRequest: null,
    // Reconnect quickly at first, then every 2 s: a restarted Redis is noticed within seconds.
    retryStrategy: (attempt: number) => Math.min(100 * attempt, 2000),
    connectionName: `deck-present-${node}`,
  }
  const commands = new Redis(url, settings)
  const subscriber = commands.duplicate()
  const listeners: ((reachable: boolean) => void)[] = []
  let reachable = false
  let started = false
  // ioredis reports a failed attempt as an 'error' event; without a listener Node would throw it.
  let lastError: Error | undefined
  const quiet = (e: Error) => (lastError = e)
  commands.on('error', quiet)
  subscriber.on('error', quiet)
  commands.on('ready', () => {
    if (reachable) return
    reachable = true
    if (started) log(`present: Redis ${shown} is back; resynchronising this node (${node}) with the others`)
    for (const listener of listeners) listener(true)
  })
  commands.on('close', () => {
    if (!reachable) return
    reachable = false
    log(`present: Redis ${shown} is unreachable; this node (${node}) serves the deck and its own followers alone until it is back`)
    for (const listener of listeners) listener(false)
  })
  const timeout = options.connectTimeoutMs ?? 5000
  try {
    await Promise.race([
      Promise.all([commands.connect(), subscriber.connect()]),
      new Promise((_, fail) => setTimeout(() => fail(new Error(`no answer within ${timeout} ms`)), timeout).unref()),
    ])
    await commands.ping()
  } catch (e) {
    commands.disconnect()
    subscriber.disconnect()
    const why = lastError?.message ?? (e instanceof Error ? e.message : String(e))
    throw new Error(`--redis: cannot reach Redis at ${shown}: ${why}`, { cause: e })
  }
  started = true
  let closing: Promise<void> | undefined
  const { seal, unseal } = createSeal(options.token, node)
  return {
    seal,
    unseal,
    node,
    describe: shown,
    prefix: talkPrefix(options.token),
    commands,
    subscriber,
    get reachable() {
      return reachable
    },
    onReachable: (listener) => listeners.push(listener),
    close() {
      // quit waits for the replies still due (the room's last writes); disconnect if Redis is away.
      const end = (r: Redis) =>
        r.status === 'ready'
          ? r.quit().then(
              () => undefined,
              () => r.disconnect(),
            )
          : r.disconnect()
      closing ??= Promise.all([end(subscriber), end(commands)]).then(() => undefined)
      return closing
    },
  }
}
