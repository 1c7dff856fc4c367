/**
 * `npm run build:single`: one self-contained HTML file in dist-single/ that opens from file://,
 * offline, speaker view included.
 *
 * A normal build runs first when dist/ is missing or stale: it draws every diagram in headless
 * Chromium into the capture cache (node_modules/.cache/deck-diagrams), so the single file gets
 * the drawn SVGs and leaves mermaid out. Then `vite build --mode single`, then a check that the
 * file names nothing outside itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { undrawnDiagramIds } from '../compile/capture.ts'
import { externalReferences } from '../compile/single-file.ts'
import { readCommandLine } from '../cli/command-line.ts'
import { ensureBuilt, runViteBuild } from './freshness.ts'

export interface SingleFileReport {
  file: string
  bytes: number
  slides: number
  diagrams: number
  undrawn: number
  /** Files in the output folder besides index.html. */
  extraFiles: string[]
  /** Resources the page would load from elsewhere. */
  external: string[]
}

/** Check a single-file build's output folder. */
export function inspectSingleFile(outDir: string): SingleFileReport {
  const file = resolve(outDir, 'index.html')
  if (!existsSync(file)) throw new Error(`the single-file build wrote no ${file}`)
  const html = readFileSync(file, 'utf8')
  return {
    file,
    bytes: Buffer.byteLength(html),
    slides: [...html.matchAll(/<section\s+id="/g)].length,
    diagrams: [...html.matchAll(/<figure id="[^"]+" class="diagram/g)].length,
    undrawn: undrawnDiagramIds(html).length,
    extraFiles: readdirSync(outDir).filter((f) => f !== 'index.html'),
    external: externalReferences(html),
  }
}

async function main(): Promise<void> {
  const root = process.cwd()
  const log = (line: string) => console.log(`[build:single] ${line}`)
  const built = await ensureBuilt(root, resolve(root, 'dist'), log)
  if (!built) log('dist/ is up to date, so the diagram cache is warm')
  log('building the single file (vite build --mode single)')
  await runViteBuild(root, { mode: 'single' })
  const outDir = resolve(root, process.env.DECK_OUT_DIR ?? 'dist-single')
  const report = inspectSingleFile(outDir)
  const problems = [
    ...report.extraFiles.map((f) => `a second file was written beside it: ${f}`),
    ...report.external.map((u) => `it loads ${u} from outside the file`),
  ]
  if (problems.length) throw new Error(`the single file is not self-contained:\n  - ${problems.join('\n  - ')}`)
  if (report.undrawn)
    log(
      `note: ${report.undrawn} diagram(s) were not drawn at build time (no browser?): the file carries mermaid and draws them when opened`,
    )
  log(
    `wrote ${relative(root, report.file)}: ${(report.bytes / 1024 / 1024).toFixed(2)} MB, ${report.slides} slides, ` +
      `${report.diagrams - report.undrawn}/${report.diagrams} diagrams drawn; open it from disk (file://), no server needed`,
  )
}

const USAGE = `Usage: npm run build:single

  Builds dist/ if it is missing or stale, then one self-contained HTML file in dist-single/.
  -h, --help     show this help`

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  readCommandLine('build:single', USAGE, {})
  main().catch((e: unknown) => {
    console.error(`[build:single] failed: ${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 1
  })
}
