// The fuzz run: npm run fuzz  (FUZZ_RUNS, default 100,000; FC_SEED, default test/support/fcConfig.ts)
// Every input goes through parseIntake, safeRecommendPlan and recommendPlan.
// Fails (exit 1) when anything but IntakeError is thrown, when the three
// disagree, when a built-in prototype or the catalogue changes, or when an
// input takes over FUZZ_LIMIT_MS (default 50) — confirmed by timing it again.
// Method and last results: docs/testing.md ("Fuzzing").
import fc from 'fast-check';
import { fcConfig } from '../test/support/fcConfig.js';
import { catalogSnapshot, checkInput, prototypeSnapshot, retime } from '../test/fuzz/fuzzCheck.js';
import { describeInput, fuzzInputArbitrary } from '../test/fuzz/fuzzInputs.js';

const runs = Number(process.env['FUZZ_RUNS'] ?? 100_000);
const limitMs = Number(process.env['FUZZ_LIMIT_MS'] ?? 50);
const BATCH = 1_000;

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
    fc.property(fuzzInputArbitrary, (input) => {
      const outcome = checkInput(input);
      stats.inputs++;
      if (outcome.accepted) stats.accepted++;
      if (outcome.kind !== undefined) stats.kinds[outcome.kind] = (stats.kinds[outcome.kind] ?? 0) + 1;
      for (const code of outcome.codes) stats.codes[code] = (stats.codes[code] ?? 0) + 1;
      stats.firstMeasure.push(outcome.ms);
      if (outcome.ms > slowest.confirmedMs || outcome.ms > limitMs) {
        const confirmedMs = retime(input);
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
console.log(`seed ${fcConfig.seed}, ${stats.inputs.toLocaleString('en')} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`accepted ${stats.accepted} (${JSON.stringify(stats.kinds)}), rejected with IntakeError ${stats.inputs - stats.accepted}`);
console.log(`issue codes (inputs with at least one): ${JSON.stringify(stats.codes)}`);
console.log(`slowest call per input, first measurement: median ${pct(50)} ms, p99 ${pct(99)} ms, p99.9 ${pct(99.9)} ms, max ${pct(100)} ms`);
console.log(`first measurements over ${limitMs} ms: ${stats.overLimitFirst}; confirmed (fastest of 3 more): ${slow.length}`);
console.log(`slowest input (confirmed ${slowest.confirmedMs.toFixed(2)} ms, first ${slowest.ms.toFixed(2)} ms, in ${slowest.call}): ${slowest.input}`);
console.log('no prototype pollution; defaultCatalog unchanged; only IntakeError thrown');

if (failure !== undefined || slow.length > 0) {
  if (failure !== undefined) console.error(`\nFAILED after ${stats.inputs} inputs:\n${failure instanceof Error ? failure.message : String(failure)}`);
  for (const s of slow.slice(0, 10)) console.error(`SLOW ${s.confirmedMs.toFixed(1)} ms (${s.call}): ${s.input}`);
  process.exitCode = 1;
}
