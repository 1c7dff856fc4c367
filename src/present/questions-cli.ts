/**
 * `npm run questions -- FILE [--format md|csv|json]`: the room of a talk, from its session file,
 * on standard output. Hidden questions are listed too (their state says so): this is the
 * presenter's record, not the audience's view.
 */
import { resolve } from 'node:path'
import { parseCommandLine, runCommandLine, UsageError } from '../cli/command-line.ts'
import { FORMATS, exportRows, formatRows, type ExportFormat } from './room-export.ts'
import { readRoomFile } from './room-store.ts'

export const USAGE = `usage: npm run questions -- FILE [--format md|csv|json]
  FILE            the session file of a talk (npm run present --session FILE; default .present/session-YYYY-MM-DD.sqlite)
  --format F      md (a report, the default), csv (opens in a spreadsheet) or json (an array of objects)
  -h, --help      show this help
Every question with its slide id and title, text, name, votes, state (pending, shown, hidden,
answered, pinned) and time, then the signal counts per slide. Stop the server first: it holds the
file's lock while it runs.`

export type QuestionsArgs = { help: true } | { help: false; file: string; format: ExportFormat }

/** Throws UsageError with one line saying what is wrong. */
export function parseQuestionsArgs(argv: readonly string[]): QuestionsArgs {
  const read = parseCommandLine(argv, { format: { type: 'string', default: 'md' } }, { positionals: true })
  if (read.help) return { help: true }
  const { values, positionals } = read
  if (positionals.length !== 1)
    throw new UsageError(positionals.length ? `one session file expected, found ${positionals.length}` : 'the session file is missing')
  const format = values.format as ExportFormat
  if (!FORMATS.includes(format)) throw new UsageError(`--format: expected md, csv or json, found ${JSON.stringify(values.format)}`)
  return { help: false, file: positionals[0]!, format }
}

function main(argv: readonly string[]): number {
  const args = runCommandLine('questions', USAGE, argv, parseQuestionsArgs)
  if (args.help) return 0 // answered by runCommandLine; here for the type
  try {
    const snapshot = readRoomFile(resolve(args.file))
    process.stdout.write(formatRows(exportRows(snapshot), args.format, args.file))
    return 0
  } catch (e) {
    console.error(`questions: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exitCode = main(process.argv.slice(2))
