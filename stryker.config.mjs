// Mutation testing of the engine, the rules and the schedule: `npm run mutation`.
// Slow (minutes per folder on 2 cores); never part of `npm test`.
// One folder at a time: npm run mutation -- --mutate 'src/rules/**/*.ts'
// Method, scores and the surviving mutants judged equivalent: docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/rules/**/*.ts', 'src/engine/**/*.ts', 'src/schedule/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (code run when a module loads: rule ids, descriptions and
  // sources in the rule tables, the rule arrow functions themselves, constant
  // tables) are 3/4 of all mutants and each needs the whole suite: ~11 hours
  // on 2 cores. They are left out; docs/testing.md says what they are.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // Only what the mutation tests need goes into the sandbox: the build output
  // and generated docs change under a running build and made the copy fail.
  ignorePatterns: ['dist', 'docs', 'artifacts', 'coverage', 'reports', 'bench', 'scripts', 'examples', '.scratch*', '*.tgz', '*.cpuprofile'],
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 70, break: null },
};
