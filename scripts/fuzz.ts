// The fuzz run: npm run fuzz | fuzz:catalog | fuzz:vendor-intakes  (FUZZ_RUNS, default 100,000; FC_SEED, default test/support/fcConfig.ts)
// FUZZ_TARGET chooses what is fuzzed:
// - `intakes` (default): every input goes through parseIntake,
//   safeRecommendPlan and recommendPlan. Fails (exit 1) when anything but
//   IntakeError is thrown, when the three disagree, when a built-in
//   prototype or the catalogue changes, or when an input takes over
//   FUZZ_LIMIT_MS (default 50) — confirmed by timing it again;
// - `vendor-intakes`: the same, against the vendor catalogue of
//   examples/catalogs/clinic-patch.json, with valid and corrupted intakes for
//   it; every recommendation must also pass the catalogue's RecommendationSchema;
// - `catalog`: hostile catalogue patches through extendCatalog(defaultCatalog, patch)
//   and, when it returns a catalogue, a few intakes through safeRecommendPlan
//   (test/fuzz/patchFuzz.ts; FUZZ_LIMIT_MS default 200). Known findings in src
//   are counted, not failed (FUZZ_KNOWN_BUGS=1 fails on them).
// Method and last results: docs/testing.md ("Fuzzing").
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { defaultCatalog } from '../src/catalog/defaultCatalog.js';
import { extendCatalog } from '../src/catalog/extendCatalog.js';
import type { Catalog } from '../src/catalog/Catalog.js';
import type { CatalogIds } from '../src/intake/CatalogIds.js';
import { fcConfig } from '../test/support/fcConfig.js';
import { catalogSnapshot, checkInput, prototypeSnapshot, retime } from '../test/fuzz/fuzzCheck.js';
import { describeInput, fuzzInputArbitrary } from '../test/fuzz/fuzzInputs.js';
import { checkPatch, KNOWN_FINDINGS, KnownFinding, patchCaseArbitrary, retimeExtend, vendorIntakeArbitrary } from '../test/fuzz/patchFuzz.js';

// The target: FUZZ_TARGET, or the first argument (`tsx scripts/fuzz.ts catalog`, as npm run fuzz:catalog does).
const target = process.env['FUZZ_TARGET'] ?? process.argv[2] ?? 'intakes';
if (!['intakes', 'vendor-intakes', 'catalog'].includes(target)) throw new Error(`FUZZ_TARGET must be intakes, vendor-intakes or catalog, got ${JSON.stringify(target)}`);
const runs = Number(process.env['FUZZ_RUNS'] ?? 100_000);
const limitMs = Number(process.env['FUZZ_LIMIT_MS'] ?? (target === 'catalog' ? 200 : 50));
const BATCH = 1_000;

if (target === 'catalog') {
  runCatalog();
} else {
  const vendor =
    target === 'vendor-intakes'
      ? (extendCatalog(defaultCatalog, JSON.parse(readFileSync(new URL('../examples/catalogs/clinic-patch.json', import.meta.url), 'utf8')) as never) as unknown as Catalog<CatalogIds>)
      : undefined;
  runIntakes(vendor);
}

function runIntakes(vendor: Catalog<CatalogIds> | undefined): void {

const prototypesBefore = prototypeSnapshot();
const catalogBefore = catalogSnapshot();
const stats = {
  inputs: 0,
  accepted: 0,
  kinds: {} as Record<string, number>,
  codes: {} as Record<string, number>,
  firstMeasure: [] as number[],
  overLimitFirst: 0,
};
const slow: { ms: number; confirmedMs: number; call: string; input: string }[] = [];
let slowest = { ms: 0, confirmedMs: 0, call: '', input: '' };

function checkBatch(): void {
  if (prototypeSnapshot() !== prototypesBefore) throw new Error(`a built-in prototype changed:\n${prototypeSnapshot()}`);
  if (catalogSnapshot() !== catalogBefore) throw new Error('defaultCatalog changed during the fuzz run');
}

const started = performance.now();
let failure: unknown;
try {
  fc.assert(
    fc.property(vendor === undefined ? fuzzInputArbitrary : vendorIntakeArbitrary(vendor), (input) => {
      const outcome = checkInput(input, vendor);
      stats.inputs++;
      if (outcome.accepted) stats.accepted++;
      if (outcome.kind !== undefined) stats.kinds[outcome.kind] = (stats.kinds[outcome.kind] ?? 0) + 1;
      for (const code of outcome.codes) stats.codes[code] = (stats.codes[code] ?? 0) + 1;
      stats.firstMeasure.push(outcome.ms);
      if (outcome.ms > slowest.confirmedMs || outcome.ms > limitMs) {
        const confirmedMs = retime(input, 3, vendor);
        if (outcome.ms > limitMs) stats.overLimitFirst++;
        const entry = { ms: outcome.ms, confirmedMs, call: outcome.slowestCall, input: describeInput(input) };
        if (confirmedMs > slowest.confirmedMs) slowest = entry;
        if (confirmedMs > limitMs) slow.push(entry);
      }
      if (stats.inputs % BATCH === 0) {
        checkBatch();
        if (stats.inputs % (BATCH * 10) === 0) {
          const s = ((performance.now() - started) / 1000).toFixed(0);
          console.log(`${stats.inputs.toLocaleString('en')} inputs, ${s} s, slowest so far ${slowest.confirmedMs.toFixed(2)} ms`);
        }
      }
    }),
    { seed: fcConfig.seed, numRuns: runs },
  );
  checkBatch();
} catch (error) {
  failure = error;
}

const sorted = [...stats.firstMeasure].sort((a, b) => a - b);
const pct = (p: number): string => (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(3);
console.log('');
console.log(`target ${target}${vendor === undefined ? '' : ` (catalogue ${vendor.version})`}, seed ${fcConfig.seed}, ${stats.inputs.toLocaleString('en')} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`accepted ${stats.accepted} (${JSON.stringify(stats.kinds)}), rejected with IntakeError ${stats.inputs - stats.accepted}`);
console.log(`issue codes (inputs with at least one): ${JSON.stringify(stats.codes)}`);
console.log(`slowest call per input, first measurement: median ${pct(50)} ms, p99 ${pct(99)} ms, p99.9 ${pct(99.9)} ms, max ${pct(100)} ms`);
console.log(`first measurements over ${limitMs} ms: ${stats.overLimitFirst}; confirmed (fastest of 3 more): ${slow.length}`);
console.log(`slowest input (confirmed ${slowest.confirmedMs.toFixed(2)} ms, first ${slowest.ms.toFixed(2)} ms, in ${slowest.call}): ${slowest.input}`);
if (failure === undefined) console.log(`no prototype pollution; defaultCatalog unchanged; only IntakeError thrown${vendor === undefined ? '' : '; every recommendation passes the catalogue\'s RecommendationSchema'}`);

if (failure !== undefined || slow.length > 0) {
  if (failure !== undefined) console.error(`\nFAILED after ${stats.inputs} inputs:\n${failure instanceof Error ? failure.message : String(failure)}`);
  for (const s of slow.slice(0, 10)) console.error(`SLOW ${s.confirmedMs.toFixed(1)} ms (${s.call}): ${s.input}`);
  process.exitCode = 1;
}
}

function runCatalog(): void {
  const prototypesBefore = prototypeSnapshot();
  const catalogBefore = catalogSnapshot();
  const stats = {
    patches: 0,
    accepted: 0,
    rejected: 0,
    snapshotted: 0,
    recommendations: 0,
    ruleFailed: 0,
    kinds: {} as Record<string, number>,
    codes: {} as Record<string, number>,
    known: {} as Record<string, number>,
    knownExample: {} as Record<string, string>,
    extendMs: [] as number[],
    recommendMax: 0,
    overLimitFirst: 0,
  };
  const slow: { ms: number; confirmedMs: number; patch: string }[] = [];
  const slowRecommend: { ms: number; patch: string }[] = [];
  const hangMs = Number(process.env['FUZZ_HANG_MS'] ?? 5_000);
  let slowest = { ms: 0, confirmedMs: 0, patch: '' };
  const count = (record: Record<string, number>, key: string): void => {
    record[key] = (record[key] ?? 0) + 1;
  };
  const started = performance.now();
  let failure: unknown;
  try {
    fc.assert(
      fc.property(patchCaseArbitrary, (c) => {
        stats.patches++;
        try {
          const outcome = checkPatch(c);
          if (outcome.accepted) stats.accepted++;
          else stats.rejected++;
          if (outcome.snapshotted) stats.snapshotted++;
          if (outcome.frozeFunctions > 0) {
            count(stats.known, '1');
            stats.knownExample['1'] ??= describeInput(c.patch);
          }
          stats.recommendations += outcome.recommendations;
          stats.ruleFailed += outcome.ruleFailed;
          for (const kind of outcome.kinds) count(stats.kinds, kind);
          for (const code of outcome.codes) count(stats.codes, code);
          stats.extendMs.push(outcome.extendMs);
          stats.recommendMax = Math.max(stats.recommendMax, outcome.recommendMs);
          // A vendor's function rule may yield 100,000 effects, each checked: slow, not hung. Reported; a failure past FUZZ_HANG_MS.
          if (outcome.recommendMs > limitMs) slowRecommend.push({ ms: outcome.recommendMs, patch: describeInput(c.patch) });
          if (outcome.recommendMs > hangMs) throw new Error(`safeRecommendPlan took ${outcome.recommendMs.toFixed(1)} ms on the catalogue of ${describeInput(c.patch)}`);
          if (outcome.extendMs > slowest.confirmedMs || outcome.extendMs > limitMs) {
            const confirmedMs = retimeExtend(c.patch);
            if (outcome.extendMs > limitMs) stats.overLimitFirst++;
            const entry = { ms: outcome.extendMs, confirmedMs, patch: describeInput(c.patch) };
            if (confirmedMs > slowest.confirmedMs) slowest = entry;
            if (confirmedMs > limitMs) slow.push(entry);
          }
        } catch (error) {
          if (!(error instanceof KnownFinding)) throw error;
          count(stats.known, String(error.finding));
          stats.knownExample[String(error.finding)] ??= error.message.slice(0, 400);
        }
        if (stats.patches % BATCH === 0) {
          if (prototypeSnapshot() !== prototypesBefore) throw new Error(`a built-in prototype changed:\n${prototypeSnapshot()}`);
          if (catalogSnapshot() !== catalogBefore) throw new Error('defaultCatalog changed during the fuzz run');
          if (stats.patches % (BATCH * 5) === 0) {
            const s = ((performance.now() - started) / 1000).toFixed(0);
            console.log(`${stats.patches.toLocaleString('en')} patches, ${s} s, slowest extendCatalog so far ${slowest.confirmedMs.toFixed(2)} ms`);
          }
        }
      }),
      { seed: fcConfig.seed, numRuns: runs },
    );
    if (prototypeSnapshot() !== prototypesBefore) throw new Error('a built-in prototype changed');
    if (catalogSnapshot() !== catalogBefore) throw new Error('defaultCatalog changed during the fuzz run');
  } catch (error) {
    failure = error;
  }

  const sorted = [...stats.extendMs].sort((a, b) => a - b);
  const pct = (p: number): string => (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(3);
  console.log('');
  console.log(`target catalog, seed ${fcConfig.seed}, ${stats.patches.toLocaleString('en')} patches in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`extendCatalog returned a catalogue for ${stats.accepted}, threw IntakeError for ${stats.rejected}; patch snapshotted (checked unchanged) ${stats.snapshotted}`);
  console.log(`on those catalogues: ${stats.recommendations} safeRecommendPlan calls, ${JSON.stringify(stats.kinds)}, rule_failed ${stats.ruleFailed}, slowest ${stats.recommendMax.toFixed(2)} ms; over ${limitMs} ms: ${slowRecommend.length} (failure past ${hangMs} ms)`);
  for (const s of slowRecommend.slice(0, 3)) console.log(`  slow safeRecommendPlan ${s.ms.toFixed(1)} ms on the catalogue of ${s.patch.slice(0, 300)}`);
  console.log(`issue codes (patches with at least one): ${JSON.stringify(stats.codes)}`);
  console.log(`extendCatalog, first measurement: median ${pct(50)} ms, p99 ${pct(99)} ms, p99.9 ${pct(99.9)} ms, max ${pct(100)} ms`);
  console.log(`first measurements over ${limitMs} ms: ${stats.overLimitFirst}; confirmed (fastest of 3 more): ${slow.length}`);
  console.log(`slowest patch (confirmed ${slowest.confirmedMs.toFixed(2)} ms, first ${slowest.ms.toFixed(2)} ms): ${slowest.patch}`);
  for (const [finding, n] of Object.entries(stats.known)) {
    console.log(`KNOWN FINDING ${finding} (${KNOWN_FINDINGS[Number(finding) as keyof typeof KNOWN_FINDINGS]}): ${n} patches; e.g. ${stats.knownExample[finding] ?? ''}`);
  }
  if (failure === undefined) console.log('no prototype pollution; defaultCatalog unchanged; only IntakeError thrown; no patch changed (functions aside: finding 1); every plan passes its catalogue\'s RecommendationSchema');
  if (failure !== undefined || slow.length > 0) {
    if (failure !== undefined) console.error(`\nFAILED after ${stats.patches} patches:\n${failure instanceof Error ? failure.message : String(failure)}`);
    for (const s of slow.slice(0, 10)) console.error(`SLOW ${s.confirmedMs.toFixed(1)} ms: ${s.patch}`);
    process.exitCode = 1;
  }
}
