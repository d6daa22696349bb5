import { defineConfig } from 'tsup';

// Two builds: the library (ESM + CJS + types, platform-neutral so it runs in
// browsers) and the CLI (ESM for Node only). Both run in parallel, so neither
// cleans; `npm run build` removes dist first.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // Inline the FHIR R4 types so @types/fhir stays a dev dependency.
    dts: { resolve: [/^fhir\//] },
    sourcemap: true,
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
    sourcemap: true,
    clean: false,
    dts: false,
  },
]);
