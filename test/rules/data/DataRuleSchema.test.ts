import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../../src/intake/parseWith.js';
import { dataRuleReferences } from '../../../src/rules/data/dataRuleReferences.js';
import { DataRuleSchema } from '../../../src/rules/data/DataRuleSchema.js';
import { ruleOf } from './helpers.js';

const base = { id: 'clinic/x', family: 'precaution', description: 'A rule.', source: 'CLINIC-POLICY', when: { always: true }, then: [{ kind: 'capPressure', max: 2, message: 'Light.' }] };
const issues = (overrides: Record<string, unknown>) => {
  const result = safeParseWith(DataRuleSchema, { ...base, ...overrides });
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.map(({ path, message }) => ({ path, message }));
};
const SITE_MESSAGE = 'is "@site", but the rule binds no site: "@site" needs `when` to be a condition or history predicate, or an "all" with one as a direct child';

describe('DataRuleSchema', () => {
  it('checks its own fields', () => {
    expect(issues({ id: '', family: 'house', description: 'x'.repeat(601), source: 'x'.repeat(41), then: [] })).toEqual([
      { path: ['id'], message: 'id must not be empty or blank' },
      { path: ['family'], message: 'family "house" is not a valid value; did you mean "dose"?' },
      { path: ['description'], message: 'description must be at most 600 characters' },
      { path: ['source'], message: 'source must be at most 40 characters' },
      { path: ['then'], message: 'then must list at least one effect' },
    ]);
    expect(issues({ then: Array.from({ length: 51 }, () => base.then[0]) })).toEqual([{ path: ['then'], message: 'then must list at most 50 effects' }]);
    expect(issues({ extra: 1 })).toEqual([{ path: ['extra'], message: 'extra is not a known field' }]);
    expect(issues({ when: { all: [{ history: 'x', goal: 'y' }] } })[0]?.path).toEqual(['when', 'all', 0]);
  });

  it('"@site" needs a binding predicate, reported at each use', () => {
    const then = [
      { kind: 'avoid', region: '@site', side: '@site', message: 'x' },
      { kind: 'addTechnique', technique: 'swedish', regions: ['neck', '@site'], message: 'x' },
    ];
    for (const when of [{ always: true }, { any: [{ history: 'diabetes' }] }, { not: { condition: 'neck-pain' } }, { all: [{ any: [{ history: 'diabetes' }] }] }]) {
      expect(issues({ when, then })).toEqual([
        { path: ['then', 0, 'region'], message: `then[0].region ${SITE_MESSAGE}` },
        { path: ['then', 0, 'side'], message: `then[0].side ${SITE_MESSAGE}` },
        { path: ['then', 1, 'regions', 1], message: `then[1].regions[1] ${SITE_MESSAGE}` },
      ]);
    }
    for (const when of [{ condition: 'neck-pain' }, { history: ['diabetes'] }, { all: [{ age: { min: 1 } }, { history: 'diabetes' }] }]) {
      expect(DataRuleSchema.safeParse({ ...base, when, then }).success).toBe(true);
    }
  });
});

describe('dataRuleReferences', () => {
  it('names every id with its path and collection, skipping "@site"', () => {
    const rule = ruleOf(
      {
        all: [
          { history: 'diabetes', region: ['knee'] },
          { condition: ['plantar-fasciitis', 'joint-pain'], region: ['ankle-foot'] },
          { any: [{ redFlag: 'night-pain' }, { not: { goal: ['maintenance'] } }, { clearance: 'physician' }, { age: { min: 3 } }] },
        ],
      },
      [
        { kind: 'avoid', region: '@site', technique: 'hot-stone', message: 'x', clearedBy: 'physician' },
        { kind: 'requireClearance', clearance: 'surgeon', message: 'x' },
        { kind: 'addTechnique', technique: 'swedish', regions: ['@site', 'neck'], message: 'x' },
        { kind: 'capRegionPressure', region: 'neck', max: 2, message: 'x' },
        { kind: 'addTarget', region: 'hip', muscles: [], message: 'x' },
        { kind: 'addGoal', measure: 'ndi', target: 3, message: 'x' },
        { kind: 'addHomeCare', id: 'walk', regions: ['thigh'], message: 'x' },
        { kind: 'addAftercare', id: 'sore', techniques: ['deep-tissue'], message: 'x' },
        { kind: 'addConsent', id: 'c', techniques: ['intraoral-tmj'], message: 'x' },
        { kind: 'addSessionCheck', id: 's', techniques: ['percussion'], message: 'x' },
        { kind: 'refer', urgency: 'routine', message: 'x', clearedBy: 'oncologist' },
        { kind: 'defer', until: 'clearance', message: 'x', clearedBy: 'obstetrician' },
        { kind: 'endBy', date: '2026-01-01', message: 'x', clearedBy: 'obstetrician' },
        { kind: 'capPressure', max: 2, message: 'x', clearedBy: 'physician' },
      ],
    );
    expect(dataRuleReferences(rule).map((r) => `${r.path.join('.')} ${r.collection} ${r.id}`)).toEqual([
      'when.all.0.history historyFlags diabetes',
      'when.all.0.region.0 regions knee',
      'when.all.1.condition.0 conditions plantar-fasciitis',
      'when.all.1.condition.1 conditions joint-pain',
      'when.all.1.region.0 regions ankle-foot',
      'when.all.2.any.0.redFlag redFlags night-pain',
      'when.all.2.any.1.not.goal.0 goals maintenance',
      'when.all.2.any.2.clearance clearances physician',
      'then.0.clearedBy clearances physician',
      'then.0.technique techniques hot-stone',
      'then.1.clearance clearances surgeon',
      'then.2.technique techniques swedish',
      'then.2.regions.1 regions neck',
      'then.3.region regions neck',
      'then.4.region regions hip',
      'then.5.measure outcomeMeasures ndi',
      'then.6.regions.0 regions thigh',
      'then.7.techniques.0 techniques deep-tissue',
      'then.8.techniques.0 techniques intraoral-tmj',
      'then.9.techniques.0 techniques percussion',
      'then.10.clearedBy clearances oncologist',
      'then.11.clearedBy clearances obstetrician',
      'then.12.clearedBy clearances obstetrician',
      'then.13.clearedBy clearances physician',
    ]);
  });
});
