/**
 * `npm run export:pptx [-- --out FILE] [--backup]`
 *
 * Builds the deck if dist/ is missing or older than its sources (as export:pdf does), then writes
 * an editable PowerPoint file of it. Exits non-zero with the reason on any failure.
 */
import { relative, resolve } from 'node:path'
import { parseCommandLine, runCommandLine, UsageError } from '../../cli/command-line.ts'
import { BROWSER_NOTE } from '../browser.ts'
import { ensureBuilt } from '../freshness.ts'
import { ExportError } from '../pdf.ts'
import { assertWritable, exportPptx } from './export.ts'

export const USAGE = `Usage: npm run export:pptx -- [options]

  --out FILE     where to write the PowerPoint file (default: deck.pptx)
  --backup       add the backup slides, after the closing slide, each marked as a backup slide
  -h, --help     show this help

Titles, text, points, quotations, tables and notes are editable text; diagrams are SVG pictures
(with a PNG for older PowerPoint) and formulas pictures, both taken from the built deck.
${BROWSER_NOTE}`

export interface PptxCliArgs {
  out: string
  backup: boolean
  help: boolean
}

/** Parse the command line; throws UsageError naming the mistake. */
export function parsePptxArgs(argv: readonly string[]): PptxCliArgs {
  const read = parseCommandLine(argv, { out: { type: 'string', short: 'o' }, backup: { type: 'boolean', default: false } })
  if (read.help) return { out: 'deck.pptx', backup: false, help: true }
  const { values } = read
  if (values.out !== undefined && !values.out.trim()) throw new UsageError('--out needs a file name')
  return { out: values.out ?? 'deck.pptx', backup: values.backup ?? false, help: false }
}

async function main(argv: readonly string[]): Promise<number> {
  const root = process.cwd()
  const log = (line: string) => console.log(`[export:pptx] ${line}`)
  const args = runCommandLine('export:pptx', USAGE, argv, parsePptxArgs)
  try {
    const out = resolve(root, args.out)
    // Before a build that may take a minute: a path that cannot be written fails at once.
    assertWritable(out)
    const distDir = resolve(root, 'dist')
    if (!(await ensureBuilt(root, distDir, log))) log('dist/ is up to date')
    const result = await exportPptx({ root, distDir, out, backup: args.backup, log })
    for (const s of result.shrunk) log(`slide "${s.id}": text set at ${Math.round(s.scale * 100)}% of the deck's size to fit`)
    for (const id of result.split) log(`slide "${id}": split over two PowerPoint slides to fit`)
    log(
      `wrote ${relative(root, result.file) || result.file}: ${result.slides} slides, ${result.pictures} pictures, ` +
        `${(result.bytes / 1024).toFixed(0)} KB, in ${(result.ms / 1000).toFixed(1)} s`,
    )
    return 0
  } catch (e) {
    console.error(`[export:pptx] failed: ${e instanceof Error ? e.message : String(e)}`)
    if (!(e instanceof ExportError) && e instanceof Error && e.stack && process.env.DEBUG) console.error(e.stack)
    return 1
  }
}

// Run only as the entry point, so tests can import parsePptxArgs.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
