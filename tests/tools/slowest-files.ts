/**
 * A vitest reporter that prints the five slowest test files at the end of a run, so that growth in
 * test time stays visible. vitest.config.ts adds it in a plugin's configureVitest hook rather than
 * in `reporters`, which `--reporter` on the command line (CI's JSON report) would replace.
 */
import { relative } from 'node:path'
import type { Reporter, TestModule } from 'vitest/node'

const SHOWN = 5

export interface FileTime {
  file: string
  project: string
  ms: number
}

/** The slowest files first, at most `count`. */
export function slowest(times: readonly FileTime[], count = SHOWN): FileTime[] {
  return [...times].sort((a, b) => b.ms - a.ms).slice(0, count)
}

export function formatSlowest(times: readonly FileTime[]): string {
  const rows = slowest(times)
  const width = Math.max(...rows.map((r) => r.file.length))
  return [
    `Slowest ${rows.length} test files:`,
    ...rows.map((r) => `  ${(r.ms / 1000).toFixed(1).padStart(7)} s  ${r.file.padEnd(width)}  (${r.project})`),
  ].join('\n')
}

export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const times = modules.map((m) => ({
      file: relative(m.project.config.root, m.moduleId),
      project: m.project.name,
      ms: m.diagnostic().duration,
    }))
    if (times.length) console.log(`\n${formatSlowest(times)}\n`)
  }
}
