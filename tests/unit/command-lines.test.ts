import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCommandLine, UsageError } from '../../src/cli/command-line.ts'

const root = resolve(import.meta.dirname, '../..')
const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs')

/** Every `npm run` tool, by script name and entry file (package.json says the same). */
const COMMANDS = [
  ['export:pdf', 'src/export/cli.ts'],
  ['export:pptx', 'src/export/pptx/cli.ts'],
  ['questions', 'src/present/questions-cli.ts'],
  ['present', 'src/present/cli.ts'],
  ['build:single', 'src/export/build-single.ts'],
  ['preview-image', 'src/export/preview-image.ts'],
  ['bench', 'bench/run.ts'],
  ['shots', 'tests/tools/screenshots.ts'],
] as const

/** Run a tool as npm does (tsx); its exit status and what it printed. Async, so the runs overlap. */
const run = (file: string, ...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [tsx, resolve(root, file), ...args],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    )
  })

/** Starting tsx eight times over takes a while on a busy machine. */
const SPAWN_TIMEOUT = 60_000

describe.concurrent('every command line', () => {
  it('lists every tool package.json runs with tsx', async () => {
    const { scripts } = (await import('../../package.json', { with: { type: 'json' } })).default as { scripts: Record<string, string> }
    const tools = Object.entries(scripts).filter(([, s]) => /^tsx /.test(s))
    expect(tools.map(([name, s]) => [name, s.replace(/^tsx /, '')]).sort()).toEqual(COMMANDS.map(([n, f]) => [n, f]).sort())
  })

  it.each(COMMANDS)(
    '%s --help prints its usage and exits 0',
    async (_name, file) => {
      const { status, stdout, stderr } = await run(file, '--help')
      expect(stderr).toBe('')
      expect(stdout).toMatch(/^usage: npm run /im)
      expect(stdout).toMatch(/-h, --help/)
      expect(status).toBe(0)
    },
    SPAWN_TIMEOUT,
  )

  it.each(COMMANDS)(
    '%s --bogus names the option in one line, prints the usage, exits 2: no stack trace',
    async (name, file) => {
      const { status, stdout, stderr } = await run(file, '--bogus')
      const [first, ...rest] = stderr.split('\n')
      expect(first).toBe(`${name}: unknown option --bogus`)
      expect(rest.join('\n')).toMatch(/usage: npm run /i)
      expect(stderr).not.toMatch(/\n\s+at /)
      expect(stdout).toBe('')
      expect(status).toBe(2)
    },
    SPAWN_TIMEOUT,
  )
})

describe('parseCommandLine', () => {
  const options = { out: { type: 'string', default: 'a.pdf' }, quiet: { type: 'boolean' } } as const

  it('reads the options, typed, with their defaults', () => {
    expect(parseCommandLine(['--quiet'], options)).toEqual({ help: false, values: { out: 'a.pdf', quiet: true }, positionals: [] })
    expect(parseCommandLine(['--out=b.pdf'], options)).toMatchObject({ values: { out: 'b.pdf' } })
  })

  it('answers help first, whatever else is on the line', () => {
    expect(parseCommandLine(['--bogus', '-h'], options)).toEqual({ help: true })
    expect(parseCommandLine(['--', '--help'], options, { positionals: true })).toMatchObject({ help: false, positionals: ['--help'] })
  })

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['file.pdf'], 'unexpected argument file.pdf: this command takes options only'],
    [['--out'], "Option '--out <value>' argument missing"],
    [['--quiet=yes'], "Option '--quiet' does not take an argument"],
  ])('refuses %j in one line: %s', (argv, message) => {
    expect(() => parseCommandLine(argv, options)).toThrow(new UsageError(message))
  })
})
