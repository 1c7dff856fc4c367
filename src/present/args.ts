import { parseCommandLine, UsageError } from '../cli/command-line.ts'

/** `npm run present` options. */
export interface PresentArgs {
  port: number
  /** undefined: every interface, so phones on the same network can join. */
  host: string | undefined
  tokenFile: string | undefined
  maxConnections: number
}

export const DEFAULT_PORT = 8000
export const DEFAULT_MAX_CONNECTIONS = 2000

export const USAGE = `usage: npm run present -- [--port N] [--host H] [--token-file F] [--max-connections N] [--help]
  --port N             port to listen on (default ${DEFAULT_PORT}; 0 for any free one)
  --host H             interface to listen on (default: all, so phones on the same network can join; 127.0.0.1 for this machine only)
  --token-file F       keep the presenter's token in F across restarts (default: a new token each run)
  --max-connections N  follow connections allowed at once (default ${DEFAULT_MAX_CONNECTIONS})
  -h, --help           show this help`

/** Parse the command line (node:util parseArgs); throws UsageError naming the option on a mistake. */
export function parsePresentArgs(argv: readonly string[]): PresentArgs {
  const read = parseCommandLine(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    'token-file': { type: 'string' },
    'max-connections': { type: 'string' },
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
  const text = (name: string, value: string | undefined): string | undefined => {
    if (value === '') throw new UsageError(`--${name}: expected a value after it`)
    return value
  }
  return {
    port: integer('port', values.port, DEFAULT_PORT, 0, 65535),
    host: text('host', values.host),
    tokenFile: text('token-file', values['token-file']),
    maxConnections: integer('max-connections', values['max-connections'], DEFAULT_MAX_CONNECTIONS, 1, 100_000),
  }
}
