import { parseArgs } from 'node:util'

/** `npm run present` options. */
export interface PresentArgs {
  port: number
  /** undefined: every interface, so phones on the same network can join. */
  host: string | undefined
  tokenFile: string | undefined
  maxConnections: number
  /** The room's session file (SQLite). */
  session: string
  /** Questions reach the audience only once the presenter approves them. */
  moderate: boolean
}

export const DEFAULT_PORT = 8000
export const DEFAULT_MAX_CONNECTIONS = 2000

/** One file a day by default: a restart the same day resumes the room, next week's talk starts empty. */
export const defaultSession = (date: Date = new Date()): string => `.present/session-${date.toISOString().slice(0, 10)}.sqlite`

export const USAGE = `usage: npm run present -- [--port N] [--host H] [--token-file F] [--max-connections N] [--session FILE] [--moderate]
  --port N             port to listen on (default ${DEFAULT_PORT}; 0 for any free one)
  --host H             interface to listen on (default: all, so phones on the same network can join; 127.0.0.1 for this machine only)
  --token-file F       keep the presenter's token in F across restarts (default: a new token each run)
  --max-connections N  follow connections allowed at once (default ${DEFAULT_MAX_CONNECTIONS})
  --session FILE       the room's questions, votes and signals and the last position, kept in this SQLite file
                       (default ${defaultSession(new Date(0)).replace('1970-01-01', 'YYYY-MM-DD')}); the same file resumes the talk
  --moderate           questions reach the audience only after the presenter approves them`

/** Parse the command line (node:util parseArgs); throws with a message naming the option on a mistake. */
export function parsePresentArgs(argv: readonly string[]): PresentArgs {
  let values: { port?: string; host?: string; 'token-file'?: string; 'max-connections'?: string; session?: string; moderate?: boolean }
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'token-file': { type: 'string' },
        'max-connections': { type: 'string' },
        session: { type: 'string' },
        moderate: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, { cause: e })
  }
  const integer = (name: string, value: string | undefined, fallback: number, min: number, max: number): number => {
    if (value === undefined) return fallback
    const n = Number(value)
    if (!/^\d+$/.test(value) || n < min || n > max)
      throw new Error(`--${name}: expected a whole number from ${min} to ${max}, found ${JSON.stringify(value)}`)
    return n
  }
  const text = (name: string, value: string | undefined): string | undefined => {
    if (value === '') throw new Error(`--${name}: expected a value after it`)
    return value
  }
  return {
    port: integer('port', values.port, DEFAULT_PORT, 0, 65535),
    host: text('host', values.host),
    tokenFile: text('token-file', values['token-file']),
    maxConnections: integer('max-connections', values['max-connections'], DEFAULT_MAX_CONNECTIONS, 1, 100_000),
    session: text('session', values.session) ?? defaultSession(),
    moderate: values.moderate ?? false,
  }
}
