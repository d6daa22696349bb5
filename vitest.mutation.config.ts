import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The test run Stryker uses for every mutant (`npm run mutation`): the unit
 * and property tests of every mutated folder (intake, catalog, rules,
 * engine, schedule, export, calendar), plus every `*.mutation.test.ts`.
 * Left out: tests that spawn processes or browsers (time zones, CLI,
 * examples, docs, package, and the write-schemas test, skipped through
 * MUTATION_RUN), the browser-safety scan of the export sources, the bundle
 * budget and the fuzz run; they add seconds to minutes per mutant, or read
 * files the sandbox does not copy. Property tests run 100 cases
 * instead of 500 (FC_RUNS), still seeded from test/support/fcConfig.ts.
 */
// Spread, not mergeConfig: mergeConfig would concatenate `include` with the
// base config's `test/**/*.test.ts` and run everything.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'test/rules/**/*.test.ts',
      'test/engine/**/*.test.ts',
      'test/schedule/**/*.test.ts',
      'test/intake/**/*.test.ts',
      'test/catalog/**/*.test.ts',
      'test/export/**/*.test.ts',
      'test/calendar/**/*.test.ts',
      'test/**/*.mutation.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/timezones.test.ts', 'test/export/browserSafe.test.ts'],
    env: { FC_RUNS: '100', MUTATION_RUN: '1' },
  },
});
