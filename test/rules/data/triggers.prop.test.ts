import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIntake } from '../../../src/intake/parseIntake.js';
import { CLEARANCE_IDS, CONDITION_IDS, GOAL_IDS, HISTORY_FLAG_IDS, RED_FLAG_IDS, REGION_IDS } from '../../../src/intake/vocabulary.js';
import { compileDataRule } from '../../../src/rules/data/compileDataRule.js';
import { PredicateSchema, type Predicate } from '../../../src/rules/data/PredicateSchema.js';
import { intakeTriggerKeys, predicateTriggers, triggerKey } from '../../../src/rules/data/triggers.js';
import { defaultCatalog } from '../../../src/catalog/defaultCatalog.js';
import { intakeArbitrary } from '../../support/arbitraries.js';
import { fcConfig } from '../../support/fcConfig.js';
import { intake, ruleOf } from './helpers.js';

const ids = <T extends string>(values: readonly T[]) => fc.oneof(fc.constantFrom(...values), fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }));
const range = (max: number) =>
  fc.tuple(fc.option(fc.integer({ min: 0, max }), { nil: undefined }), fc.option(fc.integer({ min: 0, max }), { nil: undefined })).map(([a, b]) => {
    const [min, top] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
    return min === undefined && top === undefined ? { min: 0 } : { ...(min === undefined ? {} : { min }), ...(top === undefined ? {} : { max: top }) };
  });

const predicate: fc.Arbitrary<Predicate> = fc.letrec<{ p: Predicate }>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ condition: ids(CONDITION_IDS) }),
    fc.record({ condition: ids(CONDITION_IDS), severity: fc.constant(['mild', 'moderate'] as ('mild' | 'moderate' | 'severe')[]), region: fc.uniqueArray(fc.constantFrom(...REGION_IDS), { minLength: 1, maxLength: 6 }) }),
    fc.record({ history: ids(HISTORY_FLAG_IDS) }),
    fc.record({ redFlag: ids(RED_FLAG_IDS) }),
    fc.record({ goal: ids(GOAL_IDS) }),
    fc.record({ clearance: fc.constantFrom(...CLEARANCE_IDS) }),
    fc.record({ always: fc.constant(true as const) }),
    fc.record({ age: range(120) }),
    fc.record({ painScore: range(10) }),
    fc.record({ pregnancyWeeks: range(60) }),
    fc.record({ all: fc.array(tie('p'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('p'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('p') }),
  ),
})).p;

describe('triggers', () => {
  it('keys and the rules for all, any and the rest', () => {
    expect(triggerKey('redFlag', 'night-pain')).toBe('redFlag:night-pain');
    expect(predicateTriggers({ condition: ['neck-pain', 'migraine'] })).toEqual(['condition:neck-pain', 'condition:migraine']);
    expect(predicateTriggers({ pregnancyWeeks: { min: 1 } })).toEqual(['history:pregnancy']);
    expect(predicateTriggers({ all: [{ goal: ['maintenance', 'pain-relief'] }, { age: { min: 1 } }, { clearance: 'physician' }] })).toEqual(['clearance:physician']);
    expect(predicateTriggers({ all: [{ age: { min: 1 } }, { not: { redFlag: 'night-pain' } }] })).toBeUndefined();
    expect(predicateTriggers({ any: [{ redFlag: 'night-pain' }, { history: 'diabetes' }, { redFlag: 'night-pain' }] })).toEqual(['redFlag:night-pain', 'history:diabetes']);
    expect(predicateTriggers({ any: [{ redFlag: 'night-pain' }, { painScore: { min: 1 } }] })).toBeUndefined();
    for (const p of [{ always: true }, { age: { min: 1 } }, { painScore: { max: 3 } }, { not: { history: 'diabetes' } }] as const) {
      expect(predicateTriggers(p)).toBeUndefined();
    }
    expect(
      intakeTriggerKeys(intake({ history: [{ flag: 'diabetes' }], redFlags: ['night-pain'], clearances: ['physician'], goals: ['pain-relief', 'maintenance'] })),
    ).toEqual(new Set(['condition:neck-pain', 'history:diabetes', 'redFlag:night-pain', 'goal:pain-relief', 'goal:maintenance', 'clearance:physician']));
  });

  it('generated predicates are valid', () => {
    fc.assert(fc.property(predicate, (p) => PredicateSchema.safeParse(p).success), fcConfig);
  });

  it('a predicate whose trigger keys the intake lacks is false', () => {
    let skipped = 0;
    fc.assert(
      fc.property(predicate, intakeArbitrary(), (p, input) => {
        const triggers = predicateTriggers(p);
        if (triggers === undefined) return;
        const parsed = parseIntake(input);
        const keys = intakeTriggerKeys(parsed);
        if (triggers.some((key) => keys.has(key))) return;
        skipped++;
        expect(compileDataRule(ruleOf(p)).when({ intake: parsed, catalog: defaultCatalog })).toBe(false);
      }),
      fcConfig,
    );
    // The property must not hold vacuously.
    if (fcConfig.numRuns >= 100) expect(skipped).toBeGreaterThan(fcConfig.numRuns / 10);
  });
});
