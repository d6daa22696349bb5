import { statSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.js';

/**
 * The test run Stryker uses for every mutant (`npm run mutation`): the unit
 * and property tests of every mutated folder (intake, catalog, rules,
 * engine, schedule, export, calendar), plus every `*.mutation.test.ts`.
 * Left out: tests that spawn processes or browsers (time zones, CLI,
 * examples, docs, package, and the write-schemas test, skipped through
 * MUTATION_RUN), the browser-safety scan of the export sources, the bundle
 * budget and the fuzz run; they add seconds to minutes per mutant, or read
 * files the sandbox does not copy. Property tests run 100 cases instead of
 * 500 (FC_RUNS, which the environment may lower further), still seeded from
 * test/support/fcConfig.ts.
 *
 * `isolate: false`: with isolation every test file imported the library
 * again (the catalogue, the zod schemas): 66 of the 132 seconds of a full
 * run. Mutants are switched on at run time (static ones are ignored), so
 * sharing modules between test files changes no result; the suite passes
 * either way.
 *
 * Smallest test files first: Stryker stops at the first failing test, and
 * the small unit and mutation tests kill most mutants in milliseconds, where
 * vitest's own order (longest first) ran the property tests first.
 */
class SmallestFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const size = (spec: TestSpecification): number => statSync(spec.moduleId).size;
    return Promise.resolve([...files].sort((a, b) => size(a) - size(b) || a.moduleId.localeCompare(b.moduleId)));
  }
}

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
    isolate: false,
    sequence: { sequencer: SmallestFirst },
    env: { FC_RUNS: process.env.FC_RUNS ?? '100', MUTATION_RUN: '1' },
  },
});
