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

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [slowestFiles],
        test: {
          name: 'unit',
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
          // One build serves every browser test; see tests/e2e/global-setup.ts.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
