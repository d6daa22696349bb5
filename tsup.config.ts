import { defineConfig } from 'tsup';

// tsup is pinned to ~8.5 (package.json): the package supports Node 20, and
// tsup 9 and its successor tsdown need Node 22.18 or later to run. Move on
// when Node 20 support is dropped.
//
// No source maps: they would point at src/, which the package does not ship.
//
// Two builds: the library (ESM + CJS + types, platform-neutral so it runs in
// browsers) and the CLI (ESM for Node only). Both run in parallel, so neither
// cleans; `npm run build` removes dist first.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // Inline the FHIR R4 types so @types/fhir stays a dev dependency.
    dts: { resolve: [/^fhir\//] },
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    clean: false,
    dts: false,
  },
]);
