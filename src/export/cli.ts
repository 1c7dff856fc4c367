/**
 * `npm run export:pdf [-- --out FILE] [--handout | --fragments] [--backup] [--dist DIR]`
 *
 * Builds the deck if dist/ is missing or older than its sources, prints it through reveal.js's
 * print view in headless Chromium, checks the page count against the deck and writes the PDF.
 * Exits non-zero with the reason on any failure.
 */
import { relative, resolve } from 'node:path'
import { parseCommandLine, runCommandLine, UsageError } from '../cli/command-line.ts'
import { BROWSER_NOTE } from './browser.ts'
import { ensureBuilt } from './freshness.ts'
import { ExportError, exportPdf, type PdfKind } from './pdf.ts'
import { exportRows } from '../present/room-export.ts'
import { REDIS_ROOM_OPTIONS, describeSource, readRoom, roomSourceOf, type RoomSource } from '../present/room-source.ts'
import type { RoomSnapshot } from '../present/room-store.ts'
import type { HandoutQuestion } from './handout.ts'

/** The questions of a talk's room the audience could see, most votes first within each slide. */
function handoutQuestions(room: RoomSnapshot): HandoutQuestion[] {
  return exportRows(room, { includeHidden: false }).flatMap((r) =>
    r.type === 'question' && r.state !== 'pending'
      ? [{ slideTitle: r.slideTitle, text: r.text, name: r.name, votes: r.votes, answered: r.state === 'answered' }]
      : [],
  )
}

const USAGE = `Usage: npm run export:pdf -- [options]

  --out FILE     where to write the PDF
                 (default: deck.pdf; deck-handout.pdf with --handout; deck-fragments.pdf with --fragments)
  --handout      slides with the speaker's notes beside them, then the references (A4 landscape)
  --fragments    one page per fragment step instead of one page per slide
  --backup       print the backup slides too, after the closing slide (the handout always has them)
  --dist DIR     print this already built deck folder instead of dist/ (it is not rebuilt)
  --session FILE with --handout: add "Questions from the room" after the references, from a talk's
                 session file (npm run present --session FILE); hidden questions are left out
  --redis URL --token-file F
                 with --handout, for a talk served by several servers (npm run present --redis):
                 its questions from the Redis they shared, the talk named by its token file
  -h, --help     show this help

${BROWSER_NOTE}`

const DEFAULT_OUT: Record<PdfKind, string> = { slides: 'deck.pdf', handout: 'deck-handout.pdf', fragments: 'deck-fragments.pdf' }

export interface CliArgs {
  kind: PdfKind
  out: string
  /** Set when --dist was given: export that folder as it is. */
  dist?: string
  /** --backup: the slides or fragments PDF includes the backup slides. */
  backup: boolean
  /** --session, or --redis with --token-file: where the handout's questions come from. */
  room?: RoomSource
  help: boolean
}

/** Parse the command line; throws UsageError naming the mistake. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const read = parseCommandLine(argv, {
    out: { type: 'string', short: 'o' },
    handout: { type: 'boolean', default: false },
    fragments: { type: 'boolean', default: false },
    backup: { type: 'boolean', default: false },
    dist: { type: 'string' },
    session: { type: 'string' },
    ...REDIS_ROOM_OPTIONS,
  })
  if (read.help) return { kind: 'slides', out: DEFAULT_OUT.slides, help: true, backup: false }
  const { values } = read
  if (values.handout && values.fragments) throw new UsageError('--handout and --fragments cannot be combined: choose one')
  if (values.out !== undefined && !values.out.trim()) throw new UsageError('--out needs a file name')
  const room = roomSourceOf('--session', values.session, values)
  if (room && !values.handout)
    throw new UsageError(
      `${room.kind === 'file' ? '--session' : '--redis'} adds the room’s questions to the handout: use it with --handout`,
    )
  const kind: PdfKind = values.handout ? 'handout' : values.fragments ? 'fragments' : 'slides'
  return {
    kind,
    out: values.out ?? DEFAULT_OUT[kind],
    dist: values.dist,
    ...(room && { room }),
    help: false,
    backup: values.backup ?? false,
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const root = process.cwd()
  const log = (line: string) => console.log(`[export:pdf] ${line}`)
  const args = runCommandLine('export:pdf', USAGE, argv, parseCliArgs)
  try {
    const distDir = resolve(root, args.dist ?? 'dist')
    if (!args.dist) {
      const built = await ensureBuilt(root, distDir, log)
      if (!built) log('dist/ is up to date')
    }
    log(
      `exporting ${args.kind === 'slides' ? 'the slides' : args.kind === 'handout' ? 'the handout' : 'every fragment step'} to ${args.out}`,
    )
    const questions = args.room && handoutQuestions(await readRoom(args.room))
    if (args.room && questions) log(`${questions.length} questions from the room (${describeSource(args.room)}), hidden ones left out`)
    const result = await exportPdf({ distDir, out: resolve(root, args.out), kind: args.kind, log, backup: args.backup, questions })
    for (const w of result.warnings) log(`warning: ${w}`)
    const unit =
      args.kind === 'slides'
        ? 'one per slide'
        : args.kind === 'fragments'
          ? 'one per fragment step'
          : `${result.slides} slides with their notes, then the references`
    log(
      `wrote ${relative(root, result.file) || result.file}: ${result.pages} pages (${unit}), ` +
        `${(result.bytes / 1024).toFixed(0)} KB, in ${(result.ms / 1000).toFixed(1)} s`,
    )
    return 0
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    console.error(`[export:pdf] failed: ${reason}`)
    if (!(e instanceof ExportError) && e instanceof Error && e.stack && process.env.DEBUG) console.error(e.stack)
    return 1
  }
}

// Run only as the entry point, so tests can import parseCliArgs.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
