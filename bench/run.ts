/**
 * `npm run bench`: the benchmark's one entry. It reads the command line and runs one mode from the
 * table below; each mode lives in the module named for what it measures. Adding a mode is one row:
 * its name becomes an option (`npm run bench -- --NAME`) and a line of the usage.
 *
 * A benchmark, not a test: it reports targets met or missed and exits 0 either way (non-zero only
 * when it cannot run; 2 for a mistake on the command line).
 */
import { resolve } from 'node:path'
import { readCommandLine } from '../src/cli/command-line.ts'
import { root } from './paths.ts'

export interface BenchOptions {
  /** --dist DIR: measure this build instead of building one. */
  dist?: string
  /** --lighthouse: add three Lighthouse mobile runs to the deck's benchmark. */
  lighthouse: boolean
  /** --nodes N: with --follow, N present servers on one Redis instead of one process. */
  nodes?: number
}

interface Mode {
  /** One line of the usage: what the mode measures. */
  what: string
  run: (options: BenchOptions) => Promise<void>
}

/** The modes, the first being the default. A mode is imported only when it runs. */
const MODES = {
  deck: {
    what: 'page loads (desktop at 1× and 4× CPU), the phone, memory and the PDF export (the default)',
    run: async (o) => (await import('./deck.ts')).runDeckBench(o),
  },
  pdf: {
    what: 'the PDF export only, of --dist DIR or of dist/ (built if stale)',
    run: async (o) => (await import('./pdf.ts')).runPdfBench(o.dist),
  },
  follow: {
    what: 'the follow channel: followers on loopback, delays and memory (follow.ts), then a join storm (join-storm.ts); with --nodes N, N servers on one Redis (cluster.ts)',
    run: async (o) => {
      if (o.nodes !== undefined) return (await import('./cluster.ts')).runClusterBench(o.nodes)
      await (await import('./follow.ts')).runFollowBench()
      await (await import('./join-storm.ts')).runJoinStorm()
    },
  },
  room: {
    what: 'the room: 1,000 followers, a storm of questions, votes and signals while the presenter moves (room.ts)',
    run: async () => (await import('./room.ts')).runRoomBench(),
  },
  remote: {
    what: "tap-to-follower delay: a phone remote's moves and the laptop's to 1,000 followers (remote.ts)",
    run: async () => (await import('./remote.ts')).runRemoteBench(),
  },
} satisfies Record<string, Mode>

type ModeName = keyof typeof MODES

const USAGE = `Usage: npm run bench -- [--MODE] [options]

Modes (one at a time):
${Object.entries(MODES)
  .map(([name, mode]) => `  --${name.padEnd(12)} ${mode.what}`)
  .join('\n')}

Options:
  --dist DIR       measure an existing build instead of building into dist-bench/
  --lighthouse     with the deck's benchmark: three Lighthouse mobile runs too
  --nodes N        with --follow: N present servers on one Redis (redis-server must be installed)
  -h, --help       show this help

BENCH_RUNS=n sets the cold loads per profile (default 7).`

const { values } = readCommandLine('bench', USAGE, {
  dist: { type: 'string' },
  lighthouse: { type: 'boolean', default: false },
  nodes: { type: 'string' },
  ...(Object.fromEntries(Object.keys(MODES).map((name) => [name, { type: 'boolean' }])) as Record<ModeName, { type: 'boolean' }>),
})
const chosen = (Object.keys(MODES) as ModeName[]).filter((name) => (values as Record<string, unknown>)[name])
if (chosen.length > 1) {
  console.error(`bench: choose one mode, found ${chosen.map((m) => `--${m}`).join(' and ')}\n\n${USAGE}`)
  process.exit(2)
}
const mode: ModeName = chosen[0] ?? 'deck'
const nodes = values.nodes === undefined ? undefined : Number(values.nodes)
if (nodes !== undefined && (!Number.isInteger(nodes) || nodes < 2 || nodes > 16 || mode !== 'follow')) {
  console.error(`bench: --nodes takes a whole number from 2 to 16, with --follow; found ${JSON.stringify(values.nodes)}\n\n${USAGE}`)
  process.exit(2)
}

MODES[mode]
  .run({ dist: values.dist === undefined ? undefined : resolve(root, values.dist), lighthouse: values.lighthouse ?? false, nodes })
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
