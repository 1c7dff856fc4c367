import { defineConfig } from 'vitest/config'
import SlowestFiles from './tests/tools/slowest-files.ts'

/**
 * The five slowest test files, printed at the end whatever --reporter says (CI asks for JSON, and a
 * command-line reporter replaces the config's). Added to each project: a project's plugins run
 * configureVitest, the root config's do not; the reporter is added once.
 */
const slowestFiles = {
  name: 'deck:slowest-files',
  configureVitest({ vitest }: { vitest: { config: { reporters: unknown[] } } }) {
    if (!vitest.config.reporters.some((r) => r instanceof SlowestFiles)) vitest.config.reporters.push(new SlowestFiles())
  },
}

/**
 * Test files run at once, unit and browser files mixed in one queue (both projects must give the
 * same figure to share it). vitest's default on a 2-core machine is one, and it ran the browser
 * files only after every unit file, one after another: most of a browser test's time is spent
 * waiting (for Chromium to lay out, for a fixture build, for a server), not computing. Every file
 * has its own servers on port 0, its own temp folders and its own browser contexts; the built
 * decks are only read. Two, not three: on two cores three pushed the load past 12 and
 * timing-sensitive browser tests (a Redis restart's reconnect, the speaker view's previews)
 * failed now and then.
 */
const WORKERS = 2

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [slowestFiles],
        test: {
          name: 'unit',
          maxWorkers: WORKERS,
          include: ['src/**/*.test.ts', 'slides/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [slowestFiles],
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One build serves every browser test, and the fixture decks are built once, in the
          // background; see tests/e2e/global-setup.ts and fixture-builds.ts.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          maxWorkers: WORKERS,
        },
      },
    ],
  },
})
