import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { extendCatalog } from '../../src/catalog/extendCatalog.js';
import { catalogMemo, compiledOf, MEMO_LIMIT } from '../../src/catalog/sealCatalog.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { intakeArbitrary } from '../support/arbitraries.js';
import { assertProperty } from '../support/fcConfig.js';
import { planOf } from '../support/plan.js';

// The effects of a condition entry and the goals on a measure are built once
// per catalogue and shared (catalogMemo). These tests show the sharing is
// invisible: results equal those of a catalogue with nothing memoized yet,
// a catalogue's memo never serves another catalogue, nothing shared is
// frozen in a result, and the memo stays bounded.

const frozenPaths = (value: unknown, path = 'result', found: string[] = []): string[] => {
  if (typeof value !== 'object' || value === null) return found;
  if (Object.isFrozen(value)) found.push(path);
  for (const [key, child] of Object.entries(value)) frozenPaths(child, `${path}.${key}`, found);
  return found;
};

describe('catalogMemo', () => {
  it('gives the results of a catalogue whose memo is empty, and the same again on a second call', () => {
    const shared = extendCatalog(defaultCatalog, {});
    assertProperty(
      fc.property(intakeArbitrary(), (intake) => {
        // A fresh catalogue per intake: nothing memoized, so everything is built for this intake.
        const cold = recommendPlan(intake, { catalog: extendCatalog(defaultCatalog, {}) });
        const warm = recommendPlan(intake, { catalog: shared });
        const again = recommendPlan(intake, { catalog: shared });
        return isDeepStrictEqual(cold, warm) && isDeepStrictEqual(warm, again);
      }),
      { runsFactor: 0.3 },
    );
  });

  it('never freezes anything in a result: callers may annotate the plans they get', () => {
    assertProperty(
      fc.property(intakeArbitrary(), (intake) => {
        recommendPlan(intake); // warms the memo with this intake's values
        expect(frozenPaths(recommendPlan(intake))).toEqual([]);
      }),
      { runsFactor: 0.2 },
    );
  });

  it("serves each catalogue its own values: a vendor's upper-back muscles after the built-in ones were memoized", () => {
    const intake = {
      assessedOn: '2026-12-01',
      conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
      goals: ['pain-relief'],
    };
    // Neck pain targets the upper back with the region's own muscles.
    const before = planOf(intake).targets.find((t) => t.region === 'upper-back');
    expect(before?.muscles).toContain('rhomboids');
    const upperBack = defaultCatalog.regions['upper-back'];
    const vendor = extendCatalog(defaultCatalog, { regions: [{ ...upperBack, muscles: ['rhomboids', 'serratus posterior superior'] }] });
    const result = recommendPlan(intake, { catalog: vendor });
    if (result.kind !== 'plan') throw new Error('expected a plan');
    expect(result.plan.targets.find((t) => t.region === 'upper-back')?.muscles).toEqual(['rhomboids', 'serratus posterior superior']);
    // The built-in catalogue is untouched by the vendor's.
    expect(planOf(intake).targets.find((t) => t.region === 'upper-back')?.muscles).toEqual(before?.muscles);
  });

  it('keeps at most MEMO_LIMIT values per catalogue, and still returns the right value past it', () => {
    const catalog = extendCatalog(defaultCatalog, {});
    const memo = compiledOf(catalog)?.memo;
    if (memo === undefined) throw new Error('expected a sealed catalogue');
    const start = memo.size;
    for (let i = 0; i < MEMO_LIMIT + 10; i++) {
      expect(catalogMemo(catalog, `test|${i}`, () => ({ i })).i).toBe(i);
    }
    expect(memo.size).toBe(MEMO_LIMIT);
    expect(start).toBeLessThan(MEMO_LIMIT);
    // A kept value is the same object next time, and frozen so no caller can change it for the others.
    const first = catalogMemo(catalog, 'test|0', () => ({ i: -1 }));
    expect(first).toEqual({ i: 0 });
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('builds a fresh, unfrozen value each time for a catalogue that is not sealed', () => {
    let builds = 0;
    const plain = { rules: [] };
    const a = catalogMemo(plain, 'k', () => ({ n: ++builds }));
    const b = catalogMemo(plain, 'k', () => ({ n: ++builds }));
    expect([a.n, b.n]).toEqual([1, 2]);
    expect(Object.isFrozen(a)).toBe(false);
  });
});
