import { parseCommandLine, UsageError } from '../cli/command-line.ts'

/** `npm run present` options. */
export interface PresentArgs {
  port: number
  /** undefined: every interface, so phones on the same network can join. */
  host: string | undefined
  tokenFile: string | undefined
  maxConnections: number
  maxPerAddress: number
  /** Extra host names the server answers to (a public name behind a proxy); the links use the first. */
  publicNames: string[]
  /** The room's session file (SQLite). */
  session: string
  /** Questions reach the audience only once the presenter approves them. */
  moderate: boolean
  /** Several servers, one talk: the Redis they share (its URL may hold a password). */
  redis: string | undefined
  /** This server's name among them. */
  node: string | undefined
}

export const DEFAULT_PORT = 8000
export const DEFAULT_MAX_CONNECTIONS = 2000
/**
 * Followers from one address. High on purpose: reached over the internet, a venue's phones
 * share one public address (NAT), hundreds of them; the token holder is never counted.
 */
export const DEFAULT_MAX_PER_ADDRESS = 1000

/** One file a day by default: a restart the same day resumes the room, next week's talk starts empty. */
export const defaultSession = (date: Date = new Date()): string => `.present/session-${date.toISOString().slice(0, 10)}.sqlite`

export const USAGE = `usage: npm run present -- [--port N] [--host H] [--token-file F] [--max-connections N] [--max-per-address N] [--public-name H] [--session FILE] [--moderate]
                      [--redis URL --token-file F [--node NAME]] [--help]
  --port N             port to listen on (default ${DEFAULT_PORT}; 0 for any free one)
  --host H             interface to listen on (default: all, so phones on the same network can join; 127.0.0.1 for this machine only)
  --token-file F       keep the presenter's token in F across restarts (default: a new token each run)
  --max-connections N  followers allowed at once (default ${DEFAULT_MAX_CONNECTIONS}); the presenter always gets in
  --max-per-address N  followers allowed from one address (default ${DEFAULT_MAX_PER_ADDRESS}: a venue's NAT puts hundreds behind one)
  --public-name H      a name the server is reached by besides its addresses (behind a proxy, a DNS name); repeatable; the links use the first
  --session FILE       the room's questions, votes and signals and the last position, kept in this SQLite file
                       (default ${defaultSession(new Date(0)).replace('1970-01-01', 'YYYY-MM-DD')}); the same file resumes the talk
  --moderate           questions reach the audience only after the presenter approves them
  --redis URL          several servers, one talk: positions and the room shared through Redis at URL
                       (redis://[:PASSWORD@]HOST:PORT/DB, or rediss:// for TLS) instead of the session file;
                       needs --token-file (the same file on every node: the talk is known by its token), not --session
  --node NAME          this server's name among them, in logs (default: host name and process id)
  -h, --help           show this help`

/** A --redis value, as every command reads it; throws UsageError naming it (password hidden) if it is no Redis URL. */
export function checkRedisUrl(value: string): string {
  if (!/^rediss?:\/\/[^/\s]+(\/\d{1,2})?\/?$/.test(value))
    throw new UsageError(
      `--redis: expected redis://[:PASSWORD@]HOST:PORT/DB or rediss://… (TLS), found ${JSON.stringify(value.replace(/:[^:@/]*@/, ':***@'))}`,
    )
  return value
}

/** Parse the command line (node:util parseArgs); throws UsageError naming the option on a mistake. */
export function parsePresentArgs(argv: readonly string[]): PresentArgs {
  const read = parseCommandLine(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    'token-file': { type: 'string' },
    'max-connections': { type: 'string' },
    'max-per-address': { type: 'string' },
    'public-name': { type: 'string', multiple: true },
    session: { type: 'string' },
    moderate: { type: 'boolean' },
    redis: { type: 'string' },
    node: { type: 'string' },
  })
  if (read.help) throw new UsageError('--help is answered before the options are read (runCommandLine)')
  const { values } = read
  const integer = (name: string, value: string | undefined, fallback: number, min: number, max: number): number => {
    if (value === undefined) return fallback
    const n = Number(value)
    if (!/^\d+$/.test(value) || n < min || n > max)
      throw new UsageError(`--${name}: expected a whole number from ${min} to ${max}, found ${JSON.stringify(value)}`)
    return n
  }
  const hostName = (name: string, value: string): string => {
    if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(value))
      throw new UsageError(
        `--${name}: expected a host name such as deck.example.org (no scheme, port or path), found ${JSON.stringify(value)}`,
      )
    return value.toLowerCase()
  }
  const node = (value: string | undefined, redis: string | undefined): string | undefined => {
    if (value === undefined) return undefined
    if (redis === undefined) throw new UsageError('--node: names this server among several; give --redis URL too')
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(value))
      throw new UsageError(`--node: expected 1 to 64 letters, digits, '.', '_' or '-', found ${JSON.stringify(value)}`)
    return value
  }
  const text = (name: string, value: string | undefined): string | undefined => {
    if (value === '') throw new UsageError(`--${name}: expected a value after it`)
    return value
  }
  const args: PresentArgs = {
    port: integer('port', values.port, DEFAULT_PORT, 0, 65535),
    host: text('host', values.host),
    tokenFile: text('token-file', values['token-file']),
    maxConnections: integer('max-connections', values['max-connections'], DEFAULT_MAX_CONNECTIONS, 1, 100_000),
    maxPerAddress: integer('max-per-address', values['max-per-address'], DEFAULT_MAX_PER_ADDRESS, 1, 100_000),
    publicNames: (values['public-name'] ?? []).map((name) => hostName('public-name', name)),
    session: text('session', values.session) ?? defaultSession(),
    moderate: values.moderate ?? false,
    redis: values.redis === undefined ? undefined : checkRedisUrl(values.redis),
    node: node(values.node, values.redis),
  }
  // Options that contradict each other are refused rather than one silently ignored.
  if (values.redis !== undefined && values.session !== undefined)
    throw new UsageError('--session: with --redis the room lives in Redis, not in a session file; give one or the other')
  if (values.redis !== undefined && values['token-file'] === undefined)
    throw new UsageError('--redis: the nodes of one talk meet through its token; give --token-file F, the same file on every node')
  return args
}
