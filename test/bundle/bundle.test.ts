import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * The same app bundled from a single-file build of the library, as tsup
 * makes the published `dist/index.js`: one module, so `"sideEffects": false`
 * cannot drop what recommendPlan does not use, and only module-level values
 * whose calls are marked pure are dropped. Before they were (2026-12-01):
 * 51.4 kB own code, 78.0 kB with zod; measured 45.0 kB and 71.0 kB after.
 * The ceilings are those plus about 3%.
 */
const CEILING_SINGLE_FILE_GZIP_BYTES = 73_100;
const CEILING_SINGLE_FILE_OWN_GZIP_BYTES = 46_300;
/**
 * An app that imports only `isCalendarDate` from the single-file build: what
 * is left is what no bundler can drop, so a module-level call that is not
 * marked pure (a schema, a rule table) shows here. Measured about 1 kB.
 */
const CEILING_SINGLE_FILE_CALENDAR_GZIP_BYTES = 1_500;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC_INDEX = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

let dir: string;
let code: Uint8Array;
let ownCode: Uint8Array;
// How an app's bundler builds for the browser: minified ESM, in memory.
const APP_BUILD = { bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' } as const;

let metafile: Metafile;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'massage-plan-bundle-'));
  const entry = join(dir, 'entry.ts');
  // What an app writes: one named import. Exported so nothing is shaken out.
  writeFileSync(entry, `import { recommendPlan } from ${JSON.stringify(SRC_INDEX)};\nexport { recommendPlan };\n`);
  const bundle = (external: string[]) => build({ ...APP_BUILD, entryPoints: [entry], metafile: true, external });
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

describe('the same app bundled from a single-file build of the library (as dist/index.js is built)', () => {
  let singleFile: string;
  let appCode: Uint8Array;
  let appOwnCode: Uint8Array;
  let calendarCode: Uint8Array;

  beforeAll(async () => {
    // Build src/index.ts into one ESM file the way tsup builds dist/index.js:
    // platform-neutral, every dependency and peer dependency external.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; peerDependencies: Record<string, string> };
    const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)].flatMap((name) => [name, `${name}/*`]);
    const lib = join(dir, 'single-file', 'index.js');
    await build({ entryPoints: [SRC_INDEX], outfile: lib, bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', external, logLevel: 'silent' });
    singleFile = readFileSync(lib, 'utf8');
    const app = (name: string, imports: string, externalOfApp: string[]) => {
      const entry = join(dir, 'single-file', `${name}.js`);
      writeFileSync(entry, `import { ${imports} } from './index.js';\nexport { ${imports} };\n`);
      return build({
        ...APP_BUILD,
        entryPoints: [entry],
        external: externalOfApp,
        // The dependencies are resolved from the project, not the temp directory.
        nodePaths: [join(ROOT, 'node_modules')],
      });
    };
    const results = await Promise.all([app('app', 'recommendPlan', []), app('app-own', 'recommendPlan', ['zod', 'zod/*']), app('calendar', 'isCalendarDate', ['zod', 'zod/*'])]);
    [appCode, appOwnCode, calendarCode] = results.map((result) => result.outputFiles[0]?.contents ?? new Uint8Array()) as [Uint8Array, Uint8Array, Uint8Array];
  }, 60_000);

  it(`stays under the gzip ceiling (${CEILING_SINGLE_FILE_GZIP_BYTES} bytes with zod, ${CEILING_SINGLE_FILE_OWN_GZIP_BYTES} bytes of the library's own code)`, () => {
    const gzip = gzipSync(appCode).length;
    expect(gzip, `gzip ${gzip} bytes, minified ${appCode.length} bytes`).toBeLessThanOrEqual(CEILING_SINGLE_FILE_GZIP_BYTES);
    const own = gzipSync(appOwnCode).length;
    expect(own, `gzip ${own} bytes, minified ${appOwnCode.length} bytes`).toBeLessThanOrEqual(CEILING_SINGLE_FILE_OWN_GZIP_BYTES);
    expect(new TextDecoder().decode(appOwnCode)).toMatch(/from\s*["']zod["']/);
  });

  it('leaves out what only other functions use (schemas of patches, data rules and plans, reassessment rules, FHIR URLs)', () => {
    // Text from each, as written in src/: the single-file build holds it, the app does not.
    const marks = [
      'must be a function (', // CatalogPatchSchema's RuleSchema
      'must be an effect object', // EffectSchema
      'must give a min, a max or both', // PredicateSchema
      'Ids of the rules behind this item', // RecommendationSchema
      'No meaningful change after', // reassessmentRules
      '/CodeSystem/technique', // FHIR_URLS
      'must be a FHIR reference without spaces', // toFhirCarePlan's options
    ];
    const text = new TextDecoder().decode(appCode);
    for (const mark of marks) {
      expect(singleFile, mark).toContain(mark);
      expect(text, mark).not.toContain(mark);
    }
  });

  it(`drops every module-level value an app does not use: isCalendarDate alone stays under ${CEILING_SINGLE_FILE_CALENDAR_GZIP_BYTES} bytes gzip`, () => {
    const gzip = gzipSync(calendarCode).length;
    expect(gzip, `gzip ${gzip} bytes, minified ${calendarCode.length} bytes:\n${new TextDecoder().decode(calendarCode).slice(0, 2000)}`).toBeLessThanOrEqual(
      CEILING_SINGLE_FILE_CALENDAR_GZIP_BYTES,
    );
  });
});
