// Mutation testing of all of src/ but the CLI: `npm run mutation`.
// Slow (minutes per folder on 2 cores); never part of `npm test`.
// One folder at a time, reusing earlier results (reports/stryker-incremental.json):
//   npm run mutation -- --concurrency 1 --incremental --mutate 'src/rules/**/*.ts'
// Method, scores and the surviving mutants judged equivalent: docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/intake/**/*.ts',
    'src/catalog/**/*.ts',
    'src/rules/**/*.ts',
    'src/engine/**/*.ts',
    'src/schedule/**/*.ts',
    'src/export/**/*.ts',
    'src/calendar/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (code run when a module loads: rule ids, descriptions and
  // sources in the rule tables, the rule arrow functions themselves, constant
  // tables) are 3/4 of all mutants and each needs the whole suite: ~11 hours
  // on 2 cores. They are left out; docs/testing.md says what they are.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10000,
  // With --incremental, results of unchanged mutants and tests are reused
  // from this file; it lives with the other reports (not committed).
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // Only what the mutation tests need goes into the sandbox: the build output
  // and generated docs change under a running build and made the copy fail.
  // examples/catalogs stays: the export tests read its clinic patch.
  ignorePatterns: ['dist', 'docs', 'artifacts', 'coverage', 'reports', 'bench', 'scripts', 'examples/*.ts', '.scratch*', '*.tgz', '*.cpuprofile'],
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 70, break: null },
};
