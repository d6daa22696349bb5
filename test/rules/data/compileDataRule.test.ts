import { describe, expect, it } from 'vitest';
import type { IntakeInput } from '../../../src/intake/IntakeSchema.js';
import { compileDataRule } from '../../../src/rules/data/compileDataRule.js';
import { DataRuleSchema } from '../../../src/rules/data/DataRuleSchema.js';
import type { DataEffect } from '../../../src/rules/data/EffectSchema.js';
import type { PredicateInput } from '../../../src/rules/data/PredicateSchema.js';
import { ctx, ruleOf } from './helpers.js';

const applies = (when: PredicateInput, overrides: Partial<IntakeInput> = {}): boolean => compileDataRule(ruleOf(when)).when(ctx(overrides));

const knee = { condition: 'joint-pain', severity: 'severe', region: 'knee', side: 'left', painScore: 7, acuity: 'acute' } as const;

describe('compileDataRule: every predicate kind', () => {
  it('always, not', () => {
    expect(applies({ always: true })).toBe(true);
    expect(applies({ not: { always: true } })).toBe(false);
    expect(applies({ not: { goal: 'maintenance' } })).toBe(true);
  });

  it('all and any', () => {
    expect(applies({ all: [{ condition: 'neck-pain' }, { goal: 'pain-relief' }] })).toBe(true);
    expect(applies({ all: [{ condition: 'neck-pain' }, { goal: 'maintenance' }] })).toBe(false);
    expect(applies({ any: [{ condition: 'migraine' }, { goal: 'pain-relief' }] })).toBe(true);
    expect(applies({ any: [{ condition: 'migraine' }, { goal: 'maintenance' }] })).toBe(false);
  });

  it('condition: an entry with one of the ids that passes every filter', () => {
    const conditions = [knee];
    expect(applies({ condition: ['migraine', 'joint-pain'] }, { conditions })).toBe(true);
    expect(applies({ condition: 'migraine' }, { conditions })).toBe(false);
    expect(applies({ condition: 'joint-pain', severity: ['severe'], acuity: ['acute'], region: ['knee', 'hip'] }, { conditions })).toBe(true);
    expect(applies({ condition: 'joint-pain', severity: ['mild'] }, { conditions })).toBe(false);
    expect(applies({ condition: 'joint-pain', acuity: ['chronic'] }, { conditions })).toBe(false);
    expect(applies({ condition: 'joint-pain', region: ['hip'] }, { conditions })).toBe(false);
    // The filters hold for one entry together, not across entries.
    expect(
      applies({ condition: ['joint-pain', 'neck-pain'], severity: ['mild'], region: ['knee'] }, { conditions: [knee, { condition: 'neck-pain', severity: 'mild' }] }),
    ).toBe(false);
    // A region filter needs the entry's region.
    expect(applies({ condition: 'neck-pain', region: ['neck'] })).toBe(false);
  });

  it('history, with a region filter', () => {
    const history = [{ flag: 'varicose-veins', region: 'lower-leg' }, { flag: 'diabetes' }] as const;
    expect(applies({ history: 'diabetes' }, { history: [...history] })).toBe(true);
    expect(applies({ history: ['cancer'] }, { history: [...history] })).toBe(false);
    expect(applies({ history: 'varicose-veins', region: ['lower-leg'] }, { history: [...history] })).toBe(true);
    expect(applies({ history: 'varicose-veins', region: ['thigh'] }, { history: [...history] })).toBe(false);
    expect(applies({ history: 'diabetes', region: ['thigh'] }, { history: [...history] })).toBe(false);
    expect(applies({ history: 'diabetes' })).toBe(false);
  });

  it('redFlag, goal, clearance', () => {
    expect(applies({ redFlag: ['night-pain', 'major-trauma'] }, { redFlags: ['major-trauma'] })).toBe(true);
    expect(applies({ redFlag: 'night-pain' }, { redFlags: ['major-trauma'] })).toBe(false);
    expect(applies({ redFlag: 'night-pain' })).toBe(false);
    expect(applies({ goal: ['maintenance', 'pain-relief'] })).toBe(true);
    expect(applies({ goal: 'maintenance' })).toBe(false);
    expect(applies({ clearance: 'physician' }, { clearances: ['physician'] })).toBe(true);
    expect(applies({ clearance: 'surgeon' }, { clearances: ['physician'] })).toBe(false);
    expect(applies({ clearance: 'surgeon' })).toBe(false);
  });

  it('age: given and in range, bounds included', () => {
    expect(applies({ age: { min: 65 } }, { age: 65 })).toBe(true);
    expect(applies({ age: { min: 65 } }, { age: 64 })).toBe(false);
    expect(applies({ age: { max: 17 } }, { age: 17 })).toBe(true);
    expect(applies({ age: { max: 17 } }, { age: 18 })).toBe(false);
    expect(applies({ age: { max: 120 } })).toBe(false);
  });

  it('painScore: some condition entry with a score in range', () => {
    expect(applies({ painScore: { min: 7 } }, { conditions: [{ condition: 'neck-pain', severity: 'mild', painScore: 2 }, knee] })).toBe(true);
    expect(applies({ painScore: { min: 8 } }, { conditions: [knee] })).toBe(false);
    expect(applies({ painScore: { min: 3, max: 5 } }, { conditions: [knee] })).toBe(false);
    expect(applies({ painScore: { min: 0 } })).toBe(false);
  });

  it('pregnancyWeeks: a pregnancy entry with weeks in range', () => {
    expect(applies({ pregnancyWeeks: { min: 12, max: 12 } }, { history: [{ flag: 'pregnancy', weeks: 12 }] })).toBe(true);
    expect(applies({ pregnancyWeeks: { min: 13 } }, { history: [{ flag: 'pregnancy', weeks: 12 }] })).toBe(false);
    expect(applies({ pregnancyWeeks: { min: 0 } }, { history: [{ flag: 'diabetes' }] })).toBe(false);
  });
});

describe('compileDataRule: then', () => {
  it('without "@site": one frozen array, the same every time', () => {
    const rule = compileDataRule(ruleOf({ history: 'diabetes' }, [{ kind: 'avoid', technique: 'hot-stone', message: 'No heat.' }]));
    const first = rule.then(ctx());
    expect(first).toEqual([{ kind: 'avoid', technique: 'hot-stone', message: 'No heat.' }]);
    expect(rule.then(ctx({ age: 40 }))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it('carries id, family, description, source, triggers and a frozen copy of its JSON', () => {
    const data = ruleOf({ history: 'diabetes' });
    const rule = compileDataRule(data);
    expect(rule).toMatchObject({ id: 'clinic/test', family: 'precaution', description: 'A test rule.', source: 'CLINIC-POLICY', triggers: ['history:diabetes'] });
    expect(rule.data).toEqual(data);
    expect(rule.data).not.toBe(data);
    expect(Object.isFrozen(rule.data?.when)).toBe(true);
    expect('triggers' in compileDataRule(ruleOf({ age: { min: 60 } }))).toBe(false);
  });

  const siteRule = (when: PredicateInput, then: DataEffect[]) => compileDataRule(ruleOf(when, then));
  const sites: DataEffect[] = [
    { kind: 'avoid', region: '@site', side: '@site', technique: 'deep-tissue', message: 'No deep work on the site.' },
    { kind: 'capRegionPressure', region: '@site', side: '@site', max: 2, message: 'Light on the site.' },
    { kind: 'addTarget', region: '@site', side: '@site', muscles: [], message: 'Work the site.' },
    { kind: 'addTechnique', technique: 'swedish', regions: ['@site', 'neck'], message: 'Swedish.' },
    { kind: 'capPressure', max: 3, message: 'Moderate at most.' },
  ];

  it('"@site": once per matched entry, with its region and side (no side when it has none)', () => {
    const rule = siteRule({ condition: 'joint-pain' }, sites);
    const conditions = [knee, { condition: 'joint-pain', severity: 'mild', region: 'hip' }, { condition: 'neck-pain', severity: 'mild', region: 'neck' }] as const;
    expect(rule.then(ctx({ conditions: [...conditions] }))).toEqual([
      { kind: 'avoid', technique: 'deep-tissue', message: 'No deep work on the site.', region: 'knee', side: 'left' },
      { kind: 'capRegionPressure', max: 2, message: 'Light on the site.', region: 'knee', side: 'left' },
      { kind: 'addTarget', muscles: [], message: 'Work the site.', region: 'knee', side: 'left' },
      { kind: 'addTechnique', technique: 'swedish', regions: ['knee', 'neck'], message: 'Swedish.' },
      { kind: 'capPressure', max: 3, message: 'Moderate at most.' },
      { kind: 'avoid', technique: 'deep-tissue', message: 'No deep work on the site.', region: 'hip' },
      { kind: 'capRegionPressure', max: 2, message: 'Light on the site.', region: 'hip' },
      { kind: 'addTarget', muscles: [], message: 'Work the site.', region: 'hip' },
      { kind: 'addTechnique', technique: 'swedish', regions: ['hip', 'neck'], message: 'Swedish.' },
    ]);
  });

  it('"@site" binds only the entries that pass the binding predicate\'s filters; an "all" binds its first condition or history child', () => {
    const rule = siteRule({ all: [{ age: { min: 18 } }, { history: 'varicose-veins', region: ['lower-leg'] }, { condition: 'joint-pain' }] }, [
      { kind: 'avoid', region: '@site', side: '@site', message: 'Not over varicose veins.' },
    ]);
    const history = [
      { flag: 'varicose-veins', region: 'lower-leg', side: 'right' },
      { flag: 'varicose-veins', region: 'thigh' },
    ] as const;
    expect(rule.then(ctx({ age: 40, history: [...history], conditions: [knee] }))).toEqual([
      { kind: 'avoid', message: 'Not over varicose veins.', region: 'lower-leg', side: 'right' },
    ]);
  });

  it('an entry without a region: avoid everywhere, cap everywhere, no target, "@site" leaves addTechnique', () => {
    const rule = siteRule({ condition: 'neck-pain' }, sites);
    expect(rule.then(ctx({ conditions: [{ condition: 'neck-pain', severity: 'mild', side: 'left' }] }))).toEqual([
      { kind: 'avoid', technique: 'deep-tissue', message: 'No deep work on the site.' },
      { kind: 'capPressure', max: 2, message: 'Light on the site.' },
      { kind: 'addTechnique', technique: 'swedish', regions: ['neck'], message: 'Swedish.' },
      { kind: 'capPressure', max: 3, message: 'Moderate at most.' },
    ]);
    const bare = siteRule({ condition: 'neck-pain' }, [
      { kind: 'avoid', region: '@site', message: 'Not over the site.' },
      { kind: 'addTechnique', technique: 'swedish', regions: ['@site'], message: 'Swedish on the site.' },
    ]);
    // A bare region avoid with no region cannot be placed: the therapist is told to find the area, the exclusion never vanishes silently.
    expect(bare.then(ctx())).toEqual([
      { kind: 'addPrecaution', id: 'site-not-given', message: 'Not over the site (the area was not given in the intake: find it and keep off it).' },
    ]);
  });

  it('identical effects from several entries are yielded once', () => {
    const rule = siteRule({ condition: ['neck-pain', 'joint-pain'] }, [
      { kind: 'avoid', region: '@site', message: 'Not over the site.' },
      { kind: 'capPressure', max: 3, message: 'Moderate at most.' },
    ]);
    const conditions = [
      { condition: 'joint-pain', severity: 'mild', region: 'knee' },
      { condition: 'neck-pain', severity: 'mild', region: 'knee' },
    ] as const;
    expect(rule.then(ctx({ conditions: [...conditions] }))).toEqual([
      { kind: 'avoid', message: 'Not over the site.', region: 'knee' },
      { kind: 'capPressure', max: 3, message: 'Moderate at most.' },
    ]);
  });

  it('round-trips through JSON: the same when and then', () => {
    const data = ruleOf({ all: [{ condition: 'joint-pain', region: ['knee'] }, { not: { age: { max: 17 } } }, { any: [{ goal: 'pain-relief' }, { painScore: { min: 6 } }] }] }, sites);
    const again = compileDataRule(DataRuleSchema.parse(JSON.parse(JSON.stringify(data))));
    const rule = compileDataRule(data);
    const intakes = [ctx(), ctx({ conditions: [knee], age: 30 }), ctx({ conditions: [knee], age: 12 }), ctx({ conditions: [knee], goals: ['maintenance'] })];
    for (const c of intakes) {
      expect(again.when(c)).toBe(rule.when(c));
      expect(again.then(c)).toEqual(rule.then(c));
    }
    expect(intakes.map((c) => rule.when(c))).toEqual([false, true, false, true]);
  });
});
