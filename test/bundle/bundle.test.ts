import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The goal of issue 5: a browser bundle of `recommendPlan`, minified ESM with
 * its dependencies, of at most 35 kB gzip.
 */
const GOAL_GZIP_BYTES = 35_000;
/**
 * What the suite enforces today: the measured size plus about 5% headroom,
 * so growth fails the build. 0.1 measured 55.2 kB (zod 4 classic,
 * 2026-11-27); the 0.2 clinical review (new safety rules, sources with DOIs
 * and PMIDs) brought it to 61.7 kB and the plan of care (home care,
 * aftercare, consents, checks, billing lines, medical necessity) to 69.5 kB
 * (2026-12-01); the open catalogue (intake schemas per catalogue, the rule
 * index, vendor entries' rules) to 72.9 kB, with the checks of vendor function
 * rules kept out of this path (they come with `extendCatalog`). With the
 * intake schema on `zod/mini` the 0.1 bundle measured 36.2 kB
 * (docs/performance.md, "Bundle"); zod as a peer dependency and a lean
 * catalogue text path are the way back down (the speed and size issue).
 * Lower this to {@link GOAL_GZIP_BYTES} once the bundle fits.
 */
const CEILING_GZIP_BYTES = 76_000;

const SRC_INDEX = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

let dir: string;
let code: Uint8Array;
let metafile: Metafile;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'massage-plan-bundle-'));
  const entry = join(dir, 'entry.ts');
  // What an app writes: one named import. Exported so nothing is shaken out.
  writeFileSync(entry, `import { recommendPlan } from ${JSON.stringify(SRC_INDEX)};\nexport { recommendPlan };\n`);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  code = result.outputFiles[0]?.contents ?? new Uint8Array();
  metafile = result.metafile;
}, 60_000);

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('browser bundle of recommendPlan (esbuild, minified ESM, dependencies included)', () => {
  it('bundles the engine and its dependencies, not an empty shell', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((f) => f.endsWith('src/engine/recommendPlan.ts'))).toBe(true);
    expect(inputs.some((f) => f.includes('node_modules/zod/'))).toBe(true);
    expect(code.length).toBeGreaterThan(10_000);
  });

  it(`stays under the gzip ceiling (${CEILING_GZIP_BYTES} bytes; goal ${GOAL_GZIP_BYTES})`, () => {
    const gzip = gzipSync(code).length;
    expect(gzip, `gzip ${gzip} bytes, minified ${code.length} bytes`).toBeLessThanOrEqual(CEILING_GZIP_BYTES);
  });

  it('imports no Node built-in: no node: specifier, no require, no built-in module among the inputs', () => {
    const text = new TextDecoder().decode(code);
    expect(text).not.toMatch(/["'`]node:[a-z_/]+["'`]/);
    expect(text).not.toMatch(/\brequire\s*\(/);
    expect(text).not.toMatch(/\bimport\s*\(\s*["'`]/);
    const builtins = Object.keys(metafile.inputs).filter((f) => f.startsWith('node:') || !f.includes('/'));
    expect(builtins).toEqual([]);
  });
});
