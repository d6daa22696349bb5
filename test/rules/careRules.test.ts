import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { RULE_FAMILIES } from '../../src/rules/Rule.js';
import { ctxWith, fire, ruleOf } from './ruleHarness.js';

// The care rules (family `care`) one at a time: when each applies and what
// it yields, on intakes built from the harness's minimal neck-pain intake.

const careRules = defaultCatalog.rules.filter((r) => r.family === 'care');

describe('care rules', () => {
  it('run after the goal rules and before the preferences', () => {
    expect(RULE_FAMILIES.indexOf('care')).toBe(RULE_FAMILIES.indexOf('goal') + 1);
    expect(RULE_FAMILIES.at(-1)).toBe('preference');
    const families = defaultCatalog.rules.map((r) => r.family);
    expect(families.lastIndexOf('goal')).toBeLessThan(families.indexOf('care'));
    expect(families.lastIndexOf('care')).toBeLessThan(families.indexOf('preference'));
  });

  it('cite catalogue sources; a practice-level or unverified source is said in the description', () => {
    expect(careRules.length).toBeGreaterThan(15);
    for (const rule of careRules) {
      const source = defaultCatalog.sources[rule.source];
      expect(source, `${rule.id}: ${rule.source}`).toBeDefined();
      if (source?.grade === 'practice') expect(rule.description, rule.id).toMatch(/practice|default/i);
    }
  });

  it('never say the myths ("flush toxins", "drink water to flush")', () => {
    const intakes = [
      ctxWith(),
      ctxWith({ age: 12, history: [{ flag: 'hypertension' }, { flag: 'anticoagulants' }, { flag: 'diabetes' }, { flag: 'pregnancy', weeks: 20 }] }),
      ctxWith({ conditions: [{ condition: 'post-surgical', severity: 'mild', region: 'knee' }, { condition: 'sports-injury', severity: 'mild', region: 'ankle-foot', acuity: 'acute' }] }),
    ];
    for (const ctx of intakes) {
      for (const rule of careRules) {
        if (!rule.when(ctx)) continue;
        for (const effect of rule.then(ctx)) expect(effect.message, rule.id).not.toMatch(/toxin|flush/i);
      }
    }
  });

  it('superficial heat: acute or subacute low back pain, with heat and its region marked, none when heat is ruled out', () => {
    const lbp = (acuity: 'acute' | 'subacute' | 'chronic', history: unknown[] = []) =>
      fire('care/low-back-heat', { conditions: [{ condition: 'low-back-pain', severity: 'mild', acuity }], history: history as never });
    expect(lbp('acute')).toStrictEqual([
      expect.objectContaining({ kind: 'addHomeCare', id: 'low-back-heat', heat: true, regions: ['lower-back'] }),
    ]);
    expect(lbp('subacute')).not.toBeNull();
    expect(lbp('chronic')).toBeNull();
    expect(lbp('acute', [{ flag: 'peripheral-neuropathy', region: 'ankle-foot' }])).toBeNull();
    expect(lbp('acute', [{ flag: 'pregnancy', weeks: 14 }])).toBeNull();
    expect(lbp('acute', [{ flag: 'diabetes' }])).toBeNull();
    expect(ruleOf('care/low-back-heat').source).toBe('S33');
  });

  it('PEACE in the first days of an injury (no region, no heat), LOVE with the site afterwards', () => {
    expect(fire('care/sports-injury-peace-love', { conditions: [{ condition: 'sports-injury', severity: 'mild', region: 'knee', acuity: 'acute' }] })).toStrictEqual([
      expect.objectContaining({ id: 'injury-peace' }),
    ]);
    const love = fire('care/sports-injury-peace-love', { conditions: [{ condition: 'sports-injury', severity: 'mild', region: 'knee', acuity: 'chronic' }] });
    expect(love).toStrictEqual([expect.objectContaining({ id: 'injury-love', regions: ['knee'] })]);
  });

  it('consent: informed always, guardian under 18 only (with the age)', () => {
    expect(fire('consent/informed')).toHaveLength(1);
    expect(fire('consent/guardian')).toBeNull();
    expect(fire('consent/guardian', { age: 18 })).toBeNull();
    expect(fire('consent/guardian', { age: 17 })?.[0]?.message).toMatch(/^The client is 17 \(under 18\)/);
    expect(fire('consent/intraoral')).toStrictEqual([expect.objectContaining({ kind: 'addConsent', id: 'intraoral', techniques: ['intraoral-tmj'] })]);
  });

  it('checks: calf after surgery and in pregnancy; blood pressure; bruising; skin and sensation; heat only with heat techniques', () => {
    expect(fire('check/calf')).toBeNull();
    expect(fire('check/calf', { history: [{ flag: 'pregnancy', weeks: 30 }] })).not.toBeNull();
    expect(fire('check/calf', { conditions: [{ condition: 'post-surgical', severity: 'mild', region: 'knee' }] })).not.toBeNull();
    expect(fire('check/blood-pressure', { history: [{ flag: 'hypertension' }] })).not.toBeNull();
    expect(fire('check/blood-pressure')).toBeNull();
    expect(fire('check/bruising', { history: [{ flag: 'bleeding-disorder' }] })).not.toBeNull();
    expect(fire('check/skin-sensation', { history: [{ flag: 'peripheral-neuropathy', region: 'ankle-foot' }] })).not.toBeNull();
    expect(fire('check/skin-after-heat')).toStrictEqual([expect.objectContaining({ techniques: ['hot-stone'] })]);
  });

  it('aftercare soreness goes with the techniques that reach pressure 3 and a plan pressure of 3', () => {
    const [effect] = fire('aftercare/soreness') ?? [];
    expect(effect).toMatchObject({ kind: 'addAftercare', id: 'soreness', minPressure: 3 });
    const reaching = Object.values(defaultCatalog.techniques).filter((t) => t.pressure.max >= 3).map((t) => t.id);
    expect(effect?.kind === 'addAftercare' ? effect.techniques : []).toEqual(reaching);
    expect(reaching).not.toContain('lymphatic-drainage');
  });

  it('discharge: recovery cut-offs only when a tracked measure has one', () => {
    expect(fire('discharge/recovered')?.[0]?.message).toMatch(/^Recovered: Pain numeric rating scale \(NRS, 0–10\) 0 /);
    // Carpal tunnel tracks the BCTQ only (and pain when pain relief is ticked or a pain score given).
    expect(fire('discharge/recovered', { conditions: [{ condition: 'carpal-tunnel', severity: 'mild' }], goals: ['rehabilitation'] })).toBeNull();
    expect(fire('discharge/recovered', { conditions: [{ condition: 'carpal-tunnel', severity: 'mild' }] })).not.toBeNull();
    expect(fire('discharge/recovered', { conditions: [{ condition: 'low-back-pain', severity: 'mild' }] })?.[0]?.message).toMatch(/RMDQ, 0–24\) 2 or less/);
  });
});
