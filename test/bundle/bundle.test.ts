import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The goals of issue 12 (item 4) for a browser bundle of `recommendPlan`,
 * minified ESM, gzip: the library's own code (zod external, as the peer
 * dependency it is) at most 30 kB, and the whole bundle with zod at most
 * 55 kB. (Issue 5 had asked 35 kB for the whole bundle.)
 */
const GOAL_GZIP_BYTES = 55_000;
const GOAL_OWN_GZIP_BYTES = 30_000;
/**
 * What the suite enforces today: the measured size plus about 3% headroom,
 * so growth fails the build. 0.1 measured 55.2 kB (zod 4 classic,
 * 2026-11-27); the 0.2 clinical review (new safety rules, sources with DOIs
 * and PMIDs) brought it to 61.7 kB and the plan of care (home care,
 * aftercare, consents, checks, billing lines, medical necessity) to 69.5 kB
 * (2026-12-01); the open catalogue (intake schemas per catalogue, the rule
 * index, vendor entries' rules) to 74.4 kB, with the checks of vendor function
 * rules kept out of this path (they come with `extendCatalog`). Issue 12
 * took the rules' descriptions out of this path (documentation that no
 * recommendation carries: `rules/ruleDescriptions.ts`, attached by
 * `defaultCatalog`, which `recommendPlan` no longer imports): 70.9 kB, of
 * which the library's own code is 44.8 kB. The goals are not met: what is
 * left is mostly text the results carry (messages, citations, evidence
 * summaries, advice: about 20 kB gzip) and the engine's code (about 17 kB)
 * — docs/performance.md, "Bundle". Lower these as the bundle shrinks.
 */
const CEILING_GZIP_BYTES = 73_000;
const CEILING_OWN_GZIP_BYTES = 46_000;

const SRC_INDEX = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

let dir: string;
let code: Uint8Array;
let ownCode: Uint8Array;
let metafile: Metafile;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'massage-plan-bundle-'));
  const entry = join(dir, 'entry.ts');
  // What an app writes: one named import. Exported so nothing is shaken out.
  writeFileSync(entry, `import { recommendPlan } from ${JSON.stringify(SRC_INDEX)};\nexport { recommendPlan };\n`);
  const bundle = (external: string[]) =>
    build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      external,
      logLevel: 'silent',
    });
  // zod external: what the library adds to an app that has zod already (its peer dependency).
  const [result, own] = await Promise.all([bundle([]), bundle(['zod', 'zod/*'])]);
  code = result.outputFiles[0]?.contents ?? new Uint8Array();
  ownCode = own.outputFiles[0]?.contents ?? new Uint8Array();
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

  it(`with zod external (a peer dependency), the library's own code stays under ${CEILING_OWN_GZIP_BYTES} bytes gzip (goal ${GOAL_OWN_GZIP_BYTES})`, () => {
    const gzip = gzipSync(ownCode).length;
    expect(gzip, `gzip ${gzip} bytes, minified ${ownCode.length} bytes`).toBeLessThanOrEqual(CEILING_OWN_GZIP_BYTES);
    expect(new TextDecoder().decode(ownCode)).toMatch(/from\s*["']zod["']/);
  });

  it('leaves the rules\u2019 descriptions out (documentation: defaultCatalog carries them, no recommendation does)', () => {
    const text = new TextDecoder().decode(code);
    // Two descriptions, as written in rules/ruleDescriptions.ts.
    expect(text).not.toContain('Contagious illness: defer until resolved.');
    expect(text).not.toContain('Positions the client wants to avoid are excluded.');
    // metafile.inputs lists every file read; the output's inputs say which left bytes in the bundle.
    const inOutput = Object.entries(Object.values(metafile.outputs)[0]?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 0);
    expect(inOutput.map(([file]) => file).filter((file) => /ruleDescriptions|defaultCatalog/.test(file))).toEqual([]);
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
