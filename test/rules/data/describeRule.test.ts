import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../src/catalog/defaultCatalog.js';
import { compileDataRule } from '../../../src/rules/data/compileDataRule.js';
import { describeRule } from '../../../src/rules/data/describeRule.js';
import type { DataEffect } from '../../../src/rules/data/EffectSchema.js';
import type { PredicateInput } from '../../../src/rules/data/PredicateSchema.js';
import { ruleOf } from './helpers.js';

const CAP: DataEffect = { kind: 'capPressure', max: 2, message: 'Light.' };
const when = (p: PredicateInput): string => describeRule(ruleOf(p, [CAP]));
// Bound to a condition so that "@site" is allowed; the effect's words follow the colon.
const then = (e: DataEffect): string => {
  const words = describeRule(ruleOf({ condition: 'neck-pain' }, [e]));
  const prefix = 'When the client has neck pain: ';
  expect(words.startsWith(prefix)).toBe(true);
  return `${words.charAt(prefix.length).toUpperCase()}${words.slice(prefix.length + 1)}`;
};

describe('describeRule', () => {
  it('the design example, with and without catalogue names', () => {
    const rule = ruleOf({ all: [{ history: 'diabetes' }, { condition: ['plantar-fasciitis', 'joint-pain'] }] }, [
      { kind: 'avoid', technique: 'hot-stone', message: 'No heat.' },
      CAP,
    ]);
    expect(describeRule(rule)).toBe('When the client has diabetes and has plantar fasciitis or joint pain: avoid hot stone; pressure at most 2.');
    expect(describeRule(rule, defaultCatalog)).toBe('When the client has diabetes and has plantar fasciitis or joint pain: avoid hot-stone massage; pressure at most 2.');
    expect(describeRule(compileDataRule(rule))).toBe(describeRule(rule));
  });

  it('a function rule is its description', () => {
    const rule = defaultCatalog.rules[0];
    expect(rule && describeRule(rule)).toBe(rule?.description);
  });

  it('words every predicate', () => {
    expect(when({ any: [{ redFlag: 'night-pain' }, { goal: ['maintenance', 'stress-relief'] }] })).toBe(
      "When either the client reports night pain or the client's goals include maintenance or stress relief: pressure at most 2.",
    );
    expect(when({ not: { clearance: 'physician' } })).toBe('When not (physician clearance is recorded): pressure at most 2.');
    expect(when({ condition: 'neck-pain', severity: ['moderate', 'severe'], acuity: ['acute'], region: ['neck'] })).toBe(
      'When the client has neck pain, moderate or severe, acute, at the neck: pressure at most 2.',
    );
    expect(when({ history: ['varicose-veins'], region: ['thigh', 'lower-leg'] })).toBe('When the client has varicose veins at the thigh or lower leg: pressure at most 2.');
    expect(when({ age: { min: 65 } })).toBe("When the client's age is at least 65: pressure at most 2.");
    expect(when({ painScore: { min: 3, max: 6 } })).toBe("When a condition's pain score is 3 to 6: pressure at most 2.");
    expect(when({ pregnancyWeeks: { max: 12 } })).toBe('When the pregnancy is at most 12 weeks along: pressure at most 2.');
    expect(when({ pregnancyWeeks: { min: 12, max: 12 } })).toBe('When the pregnancy is 12 weeks along: pressure at most 2.');
    expect(when({ always: true })).toBe('Pressure at most 2.');
  });

  it('words every effect', () => {
    const cases: [DataEffect, string][] = [
      [{ kind: 'refer', urgency: 'urgent', message: 'x', clearedBy: 'physician' }, 'Refer (urgent) unless physician clearance is recorded.'],
      [{ kind: 'defer', until: 'resolved', message: 'x' }, 'Defer massage until resolved.'],
      [{ kind: 'defer', until: 'clearance', message: 'x' }, 'Defer massage until clearance.'],
      [{ kind: 'requireClearance', clearance: 'surgeon', message: 'x' }, 'Require surgeon clearance.'],
      [{ kind: 'avoid', region: 'knee', side: 'left', message: 'x' }, 'Avoid knee (left side).'],
      [{ kind: 'avoid', region: '@site', side: '@site', technique: 'deep-tissue', message: 'x' }, 'Avoid deep tissue on the affected area (on its side).'],
      [{ kind: 'avoid', position: 'prone', from: '2026-01-01', until: '2026-02-01', message: 'x' }, 'Avoid the prone position from 2026-01-01 until 2026-02-01.'],
      [{ kind: 'avoid', message: 'x' }, 'Avoid all massage.'],
      [{ kind: 'capPressure', max: 3, message: 'x' }, 'Pressure at most 3.'],
      [{ kind: 'startPressure', start: 2, max: 4, message: 'x' }, 'Start at pressure 2, at most 4.'],
      [{ kind: 'allowPositions', positions: ['side-lying', 'seated'], message: 'x' }, 'Only side-lying or seated positions.'],
      [{ kind: 'addTechnique', technique: 'swedish', regions: ['neck', '@site'], message: 'x' }, 'Add swedish on neck and the affected area.'],
      [{ kind: 'addTarget', region: 'neck', side: 'both', muscles: ['scalenes'], maxPressure: 2, message: 'x' }, 'Work scalenes in neck (both sides) at pressure at most 2.'],
      [{ kind: 'setMinutes', minutes: 30, message: 'x' }, '30-minute sessions.'],
      [{ kind: 'capMinutes', max: 45, message: 'x' }, 'Sessions of at most 45 minutes.'],
      [
        { kind: 'setPhases', phases: [{ phase: 'intensive', sessionsPerWeek: 2, weeks: 3 }, { phase: 'maintenance', sessionsPerWeek: 1, weeks: 1 }], message: 'x' },
        'Phases: intensive 2× a week for 3 weeks then maintenance 1× a week for 1 week.',
      ],
      [{ kind: 'addGoal', measure: 'ndi', baseline: 20, target: 13, message: 'x' }, 'Goal: ndi from 20 to 13.'],
      [{ kind: 'addPrecaution', id: 'p', message: 'Check skin' }, 'Precaution: Check skin.'],
      [{ kind: 'addComplementary', care: 'superficial-heat', message: 'x' }, 'Complementary care: superficial heat.'],
      [{ kind: 'addHomeCare', id: 'h', message: 'Walk daily' }, 'Home care: Walk daily.'],
      [{ kind: 'addAftercare', id: 'a', message: 'Expect soreness' }, 'Aftercare: Expect soreness.'],
      [{ kind: 'addConsent', id: 'c', message: 'Intraoral work' }, 'Consent: Intraoral work.'],
      [{ kind: 'addSessionCheck', id: 's', message: 'Any dizziness?' }, 'Ask before each session: Any dizziness?'],
      [{ kind: 'addDischargeCriterion', id: 'd', message: 'Goals met' }, 'Discharge when: Goals met.'],
      [{ kind: 'endBy', date: '2026-09-01', message: 'x', clearedBy: 'obstetrician' }, 'No sessions from 2026-09-01 unless obstetrician clearance is recorded.'],
      [{ kind: 'capRegionPressure', region: 'neck', site: 'anterior neck', max: 2, message: 'x' }, 'Pressure at most 2 on neck (anterior neck).'],
    ];
    for (const [effect, words] of cases) expect(then(effect)).toBe(words);
  });

  it('uses catalogue names in a sentence (lowercase unless the name has capitals of its own)', () => {
    expect(describeRule(ruleOf({ redFlag: 'night-pain' }, [{ kind: 'addGoal', measure: 'ndi', target: 5, message: 'x' }]), defaultCatalog)).toBe(
      'When the client reports constant night pain, not eased by rest or a change of position: goal: Neck Disability Index (NDI, 0–50) to 5.',
    );
  });
});
