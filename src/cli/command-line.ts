/**
 * The command line of every `npm run` tool (export:pdf, present, build:single, bench, shots,
 * preview-image, and new ones): options read by node:util parseArgs, strictly, plus `-h, --help`.
 * `--help` prints the usage and exits 0; an unknown option or a missing value prints one line
 * naming it, then the usage, and exits 2. Never a stack trace: a typo is no crash.
 *
 *   const { values } = readCommandLine('shots', USAGE, { out: { type: 'string', default: 'shots' } })
 *
 * A tool with its own parse function (checks parseArgs cannot do: a number out of range, two
 * options that exclude each other) uses parseCommandLine inside it, throws UsageError, and reads
 * its command line with runCommandLine, which reports both the same way:
 *
 *   const args = runCommandLine('present', USAGE, process.argv.slice(2), parsePresentArgs)
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h' } }
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: WithHelp<O>; strict: true; allowPositionals: true }>>

/** A mistake on the command line: the tool exits 2 with this line and its usage. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export type CommandLine<O extends Options> =
  { help: true } | { help: false; values: Omit<Parsed<O>['values'], 'help'>; positionals: string[] }

/** parseArgs's own wording, cut to one line that names the option. */
function oneLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e)
  const code = (e as { code?: string }).code
  const option = /'([^']+)'/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && option) return `unexpected argument ${option}: this command takes options only`
  return message.split(/(?<=\.) /)[0]!.replace(/\.$/, '')
}

/** Does the command line ask for help (before any `--`)? It wins over every other mistake. */
export function wantsHelp(argv: readonly string[]): boolean {
  const own = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv
  return own.some((a) => a === '--help' || a === '-h')
}

/** Pure: the parsed options, or `help`; throws UsageError naming the first mistake. */
export function parseCommandLine<const O extends Options>(
  argv: readonly string[],
  options: O,
  { positionals = false }: { positionals?: boolean } = {},
): CommandLine<O> {
  // Someone asking how it works is told, whatever else is on the line.
  if (wantsHelp(argv)) return { help: true }
  let parsed: Parsed<O>
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<O>,
      strict: true,
      allowPositionals: true,
    })
  } catch (e) {
    throw new UsageError(oneLine(e), { cause: e })
  }
  if (!positionals && parsed.positionals.length)
    throw new UsageError(`unexpected argument ${parsed.positionals[0]}: this command takes options only`)
  const { help: _help, ...values } = parsed.values as Record<string, unknown>
  return { help: false, values: values as Omit<Parsed<O>['values'], 'help'>, positionals: parsed.positionals }
}

/** Print a usage mistake as the tools do ("name: what is wrong", then the usage) and exit 2. */
export function exitOnUsageError(name: string, usage: string, error: UsageError): never {
  console.error(`${name}: ${error.message}\n\n${usage}`)
  process.exit(2)
}

/**
 * The command line of tool `name`: on --help prints `usage` and exits 0; on a mistake prints one
 * line naming it and the usage, and exits 2; otherwise the values, typed from `options`.
 */
export function readCommandLine<const O extends Options>(
  name: string,
  usage: string,
  options: O,
  config: { positionals?: boolean; argv?: readonly string[] } = {},
): { values: Omit<Parsed<O>['values'], 'help'>; positionals: string[] } {
  try {
    const read = parseCommandLine(config.argv ?? process.argv.slice(2), options, config)
    if (read.help) {
      console.log(usage)
      process.exit(0)
    }
    return read
  } catch (e) {
    if (e instanceof UsageError) exitOnUsageError(name, usage, e)
    throw e
  }
}

/**
 * Run `parse` (a tool's own parser, throwing UsageError on a mistake) on the command line, after
 * answering --help with the usage (exit 0); a UsageError prints one line and the usage (exit 2).
 */
export function runCommandLine<T>(name: string, usage: string, argv: readonly string[], parse: (argv: readonly string[]) => T): T {
  if (wantsHelp(argv)) {
    console.log(usage)
    process.exit(0)
  }
  try {
    return parse(argv)
  } catch (e) {
    if (e instanceof UsageError) exitOnUsageError(name, usage, e)
    throw e
  }
}
