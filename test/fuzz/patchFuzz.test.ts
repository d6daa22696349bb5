import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog, extendCatalog, IntakeError, planSchemas, safeParseIntake, safeRecommendPlan } from '../../src/index.js';
import { fcConfig } from '../support/fcConfig.js';
import { watchPollution } from './watchPollution.js';
import { assertDeeplyFrozen, checkPatch, KnownFinding, patchCaseArbitrary, snapshot } from './patchFuzz.js';

// A CI-sized run of the catalogue fuzzer (FUZZ_TARGET=catalog npm run fuzz
// runs 100,000 patches): hostile patches through extendCatalog, and the
// catalogues it returns through safeRecommendPlan. Seeded from FC_SEED.
const RUNS = 300;
// A guard against hangs, not a benchmark: a function rule that yields 100,000 effects
// (each checked) makes one recommendation take about a second on a loaded machine.
const GUARD_MS = 5_000;

describe('fuzz: hostile catalogue patches', () => {
  const expectUnpolluted = watchPollution();

  it(`${RUNS} patches: a frozen catalogue or an IntakeError, the patch unchanged, recommendations valid or IntakeError`, () => {
    let accepted = 0;
    let recommended = 0;
    const known: Record<string, number> = {};
    try {
      fc.assert(
        fc.property(patchCaseArbitrary, (c) => {
          try {
            const outcome = checkPatch(c);
            if (outcome.accepted) accepted++;
            recommended += outcome.kinds.length;
            if (outcome.frozeFunctions > 0) known['1'] = (known['1'] ?? 0) + 1;
            expect(outcome.extendMs, 'extendCatalog took too long').toBeLessThan(GUARD_MS);
            expect(outcome.recommendMs, 'safeRecommendPlan took too long').toBeLessThan(GUARD_MS);
          } catch (error) {
            if (!(error instanceof KnownFinding)) throw error;
            known[String(error.finding)] = (known[String(error.finding)] ?? 0) + 1;
          }
        }),
        { seed: fcConfig.seed, numRuns: RUNS },
      );
    } catch (error) {
      throw new Error(`catalogue fuzz failed with FC_SEED=${fcConfig.seed} (replay: FC_SEED=${fcConfig.seed} npx vitest run test/fuzz/patchFuzz.test.ts)\n${String(error)}`);
    }
    expectUnpolluted();
    // The generator must keep reaching the engine, not only the patch validator.
    expect(accepted).toBeGreaterThan(RUNS / 10);
    expect(recommended).toBeGreaterThan(RUNS / 10);
  }, 120_000);
});

describe('the catalogue fuzz checks can fail', () => {
  it('snapshot sees a changed value, a new key and a frozen object', () => {
    const value = { a: [1, { b: 'c' }] };
    const before = snapshot(value);
    (value.a[1] as { b: string }).b = 'd';
    expect(snapshot(value)).not.toBe(before);
    const other = { a: 1 };
    const s = snapshot(other);
    Object.freeze(other);
    expect(snapshot(other)).not.toBe(s);
  });

  it('assertDeeplyFrozen finds an unfrozen object deep inside', () => {
    expect(() => assertDeeplyFrozen(Object.freeze({ a: Object.freeze([{}]) }))).toThrow(/not frozen/);
    expect(() => assertDeeplyFrozen(extendCatalog(defaultCatalog, { version: 'x@1' }))).not.toThrow();
  });
});

// Bugs the fuzzer found in src/, fixed since: each test states the contract
// the fix keeps (regression tests).
const intake = { assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pain', severity: 'mild', painScore: 3 }], goals: ['pain-relief'] };
const fnRule = (then: () => unknown, when: () => unknown = () => true) => ({
  id: 'vendor/fn',
  family: 'precaution',
  description: 'A vendor function rule.',
  source: 'WERNER-PATHOLOGY',
  when,
  then,
});

describe('fuzz findings, fixed (DESIGN §5)', () => {
  it('finding 1: extendCatalog does not freeze the functions of the patch', () => {
    function when(): boolean {
      return true;
    }
    const then = (): unknown[] => [];
    extendCatalog(defaultCatalog, { rules: [fnRule(then, when)] } as never);
    expect(Object.isFrozen(when)).toBe(false);
    expect(Object.isFrozen(then)).toBe(false);
  });

  it('finding 2: an effects array with its own iterator is read by index, never a TypeError', () => {
    const then = () => {
      const effects: unknown[] = [{ kind: 'capPressure', max: 2, message: 'Light pressure.' }];
      Object.defineProperty(effects, Symbol.iterator, {
        value: function* () {
          yield { kind: 'no-such-kind' };
        },
      });
      return effects;
    };
    const catalog = extendCatalog(defaultCatalog, { rules: [fnRule(then)] } as never);
    const result = safeRecommendPlan(intake, { catalog }); // threw TypeError: handlers[effect.kind] is not a function
    // The listed effect is folded, not what the iterator yields.
    expect(result.success && result.data.kind === 'plan' && result.data.plan.pressure.max).toBe(2);
  });

  it('finding 3: a source named "constructor" is an unknown source', () => {
    const patch = {
      rules: [
        {
          id: 'clinic/proto-source',
          family: 'precaution',
          description: 'Cites an inherited name.',
          source: 'constructor',
          when: { always: true },
          then: [{ kind: 'capPressure', max: 3, message: 'Moderate pressure.' }],
        },
      ],
    };
    // Was accepted, and the plan cited a source without id or citation.
    let catalog;
    try {
      catalog = extendCatalog(defaultCatalog, patch as never);
    } catch (error) {
      expect(error).toBeInstanceOf(IntakeError);
      return;
    }
    const result = safeRecommendPlan(intake, { catalog });
    expect(result.success && planSchemas({ catalog }).RecommendationSchema.safeParse(result.data).success).toBe(true);
  });

  it('finding 4: an issue message does not quote an input string unbounded', () => {
    const onset = '2026-02-20'.repeat(2_000);
    const result = safeParseIntake({
      assessedOn: '2026-03-02',
      conditions: [{ condition: 'post-surgical', severity: 'moderate', onset, region: 'knee', surgery: { type: 'knee arthroscopy', date: '2026-02-20' } }],
      goals: ['pain-relief'],
    });
    expect(result.success).toBe(false);
    if (!result.success) for (const issue of result.error.issues) expect(issue.message.length).toBeLessThanOrEqual(2_000);
  });

  it('finding 5: an outcome measure whose min exceeds its max is an IntakeError', () => {
    const patch = {
      sources: [{ id: 'V-SRC-0', citation: 'A vendor source.', grade: 'evidence' }],
      outcomeMeasures: [{ id: 'v-measure', name: 'Vendor measure', min: 1e308, max: 1, meaningfulChange: { points: 1 }, better: 'lower', source: 'V-SRC-0' }],
    };
    expect(() => extendCatalog(defaultCatalog, patch as never)).toThrow(IntakeError);
  });
});
