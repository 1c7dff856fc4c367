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

export const USAGE = `usage: npm run present -- [--port N] [--host H] [--token-file F] [--max-connections N]
  --port N             port to listen on (default ${DEFAULT_PORT}; 0 for any free one)
  --host H             interface to listen on (default: all, so phones on the same network can join; 127.0.0.1 for this machine only)
  --token-file F       keep the presenter's token in F across restarts (default: a new token each run)
  --max-connections N  follow connections allowed at once (default ${DEFAULT_MAX_CONNECTIONS})`

/** Parse the command line; throws with a message naming the option on a mistake. */
export function parsePresentArgs(argv: readonly string[]): PresentArgs {
  const args: PresentArgs = { port: DEFAULT_PORT, host: undefined, tokenFile: undefined, maxConnections: DEFAULT_MAX_CONNECTIONS }
  const integer = (name: string, value: string | undefined, min: number, max: number): number => {
    const n = Number(value)
    if (value === undefined || !/^\d+$/.test(value) || n < min || n > max)
      throw new Error(
        `${name}: expected a whole number from ${min} to ${max}, found ${value === undefined ? 'nothing' : JSON.stringify(value)}`,
      )
    return n
  }
  const text = (name: string, value: string | undefined): string => {
    if (value === undefined || value === '' || value.startsWith('--')) throw new Error(`${name}: expected a value after it`)
    return value
  }
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined]
    const value = () => inline ?? argv[++i]
    switch (name) {
      case '--port':
        args.port = integer('--port', value(), 0, 65535)
        break
      case '--host':
        args.host = text('--host', value())
        break
      case '--token-file':
        args.tokenFile = text('--token-file', value())
        break
      case '--max-connections':
        args.maxConnections = integer('--max-connections', value(), 1, 100_000)
        break
      default:
        throw new Error(`unknown option ${JSON.stringify(argv[i])}\n${USAGE}`)
    }
  }
  return args
}
