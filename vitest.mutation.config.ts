import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The test run Stryker uses for every mutant (`npm run mutation`): the unit
 * and property tests of the mutated folders and of everything that calls
 * them, without the tests that spawn processes or browsers (time zones, CLI,
 * examples, docs), the bundle budget and the fuzz run. They add minutes per
 * mutant and kill nothing the others do not. Property tests run 100 cases
 * instead of 500 (FC_RUNS), still seeded from test/support/fcConfig.ts.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        '**/node_modules/**',
        '**/timezones.test.ts',
        'test/cli/**',
        'test/docs/**',
        'test/examples/**',
        'test/bundle/**',
        'test/fuzz/**',
      ],
      env: { FC_RUNS: '100' },
    },
  }),
);
