/**
 * `npm run questions -- FILE [--format md|csv|json]`, or `-- --redis URL --token-file F` for a
 * talk served by several servers: the room of a talk on standard output. Hidden questions are
 * listed too (their state says so): this is the presenter's record, not the audience's view.
 */
import { resolve } from 'node:path'
import { parseCommandLine, runCommandLine, UsageError } from '../cli/command-line.ts'
import { FORMATS, exportRows, formatRows, type ExportFormat } from './room-export.ts'
import { REDIS_ROOM_OPTIONS, REDIS_ROOM_USAGE, describeSource, readRoom, roomSourceOf, type RoomSource } from './room-source.ts'

export const USAGE = `usage: npm run questions -- FILE [--format md|csv|json]
       npm run questions -- --redis URL --token-file F [--format md|csv|json]
  FILE            the session file of a talk (npm run present --session FILE; default .present/session-YYYY-MM-DD.sqlite)
${REDIS_ROOM_USAGE}
  --format F      md (a report, the default), csv (opens in a spreadsheet) or json (an array of objects)
  -h, --help      show this help
Every question with its slide id and title, text, name, votes, state (pending, shown, hidden,
answered, pinned) and time, then the signal counts per slide. Stop the server first: it holds the
file's lock while it runs (Redis can be read while the talk goes on).`

export type QuestionsArgs = { help: true } | { help: false; source: RoomSource; format: ExportFormat }

/** Throws UsageError with one line saying what is wrong. */
export function parseQuestionsArgs(argv: readonly string[]): QuestionsArgs {
  const read = parseCommandLine(argv, { format: { type: 'string', default: 'md' }, ...REDIS_ROOM_OPTIONS }, { positionals: true })
  if (read.help) return { help: true }
  const { values, positionals } = read
  if (positionals.length > 1) throw new UsageError(`one session file expected, found ${positionals.length}`)
  const source = roomSourceOf('FILE', positionals[0], values)
  if (!source) throw new UsageError('the session file is missing (or --redis URL --token-file F for a talk served by several servers)')
  const format = values.format as ExportFormat
  if (!FORMATS.includes(format)) throw new UsageError(`--format: expected md, csv or json, found ${JSON.stringify(values.format)}`)
  return { help: false, source, format }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = runCommandLine('questions', USAGE, argv, parseQuestionsArgs)
  if (args.help) return 0 // answered by runCommandLine; here for the type
  try {
    const snapshot = await readRoom(args.source)
    process.stdout.write(formatRows(exportRows(snapshot), args.format, describeSource(args.source)))
    return 0
  } catch (e) {
    console.error(`questions: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code))
