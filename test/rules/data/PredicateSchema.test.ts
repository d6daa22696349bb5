import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../../src/intake/parseWith.js';
import { PredicateSchema } from '../../../src/rules/data/PredicateSchema.js';

const issues = (input: unknown) => {
  const result = safeParseWith(PredicateSchema, input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.error.issues.map(({ path, message }) => ({ path, message }));
};

describe('PredicateSchema accepts every kind', () => {
  it.each([
    { all: [{ always: true }] },
    { any: [{ history: 'diabetes' }, { condition: ['neck-pain'] }] },
    { not: { goal: 'maintenance' } },
    { always: true },
    { condition: 'neck-pain', severity: ['mild', 'severe'], acuity: ['acute'], region: ['neck'] },
    { history: ['diabetes', 'cancer'], region: ['knee'] },
    { redFlag: 'night-pain' },
    { goal: ['pain-relief'] },
    { clearance: 'physician' },
    { age: { min: 0, max: 120 } },
    { painScore: { min: 7 } },
    { pregnancyWeeks: { max: 12 } },
  ])('%j', (p) => {
    expect(PredicateSchema.parse(p)).toEqual(p);
  });
});

describe('PredicateSchema says what is wrong, where', () => {
  it('two kinds in one object: exactly one kind, at that object', () => {
    expect(issues({ all: [{ condition: 'neck-pain', history: 'diabetes' }] })).toEqual([
      {
        path: ['all', 0],
        message:
          'all[0] has "condition" and "history": a predicate has exactly one kind (combine several with { "all": [...] } or { "any": [...] })',
      },
    ]);
  });

  it('no kind: lists the kinds and the nearest one', () => {
    expect(issues({ not: { conditon: 'neck-pain' } })).toEqual([
      {
        path: ['not'],
        message:
          'not must have one kind of predicate: all, any, not, always, condition, history, redFlag, goal, clearance, age, painScore or pregnancyWeeks ("conditon" is not one; did you mean "condition"?)',
      },
    ]);
    expect(issues({})[0]?.message).toBe(
      'input must have one kind of predicate: all, any, not, always, condition, history, redFlag, goal, clearance, age, painScore or pregnancyWeeks (it is empty)',
    );
  });

  it('an unknown key beside a kind: the keys that kind takes', () => {
    expect(issues({ any: [{ always: true }, { condition: 'neck-pain', sevrity: ['mild'] }] })).toEqual([
      {
        path: ['any', 1],
        message: 'any[1] has an unknown key "sevrity" (did you mean "severity"?): a condition predicate takes only condition, severity, acuity and region',
      },
    ]);
    expect(issues({ history: 'diabetes', severity: ['mild'] })).toEqual([
      { path: [], message: 'input has an unknown key "severity": a history predicate takes only history and region' },
    ]);
  });

  it('not an object', () => {
    expect(issues({ all: [5] })).toEqual([{ path: ['all', 0], message: 'all[0] must be a predicate object, e.g. { "condition": "neck-pain" }' }]);
    expect(issues({ not: [] })).toEqual([{ path: ['not'], message: 'not must be a predicate object, e.g. { "condition": "neck-pain" }' }]);
  });

  it('ids: shape, type and list length, at the id', () => {
    expect(issues({ all: [{ history: 'Diabetes' }] })).toEqual([
      { path: ['all', 0, 'history'], message: 'all[0].history must be lowercase words joined by hyphens, e.g. "plantar-fasciitis"' },
    ]);
    expect(issues({ condition: ['neck-pain', 'Neck Pain'] })).toEqual([
      { path: ['condition', 1], message: 'condition[1] must be lowercase words joined by hyphens, e.g. "plantar-fasciitis"' },
    ]);
    expect(issues({ redFlag: 7 })).toEqual([
      { path: ['redFlag'], message: 'redFlag must be an id or a list of ids, e.g. "neck-pain" or ["neck-pain", "migraine"]' },
    ]);
    expect(issues({ goal: [] })).toEqual([{ path: ['goal'], message: 'goal must list at least one id' }]);
    expect(issues({ clearance: ['physician'] })).toEqual([{ path: ['clearance'], message: 'clearance must be text, not a list' }]);
  });

  it('all and any hold 1 to 50 predicates', () => {
    expect(issues({ all: [] })).toEqual([{ path: ['all'], message: 'all must list at least one predicate' }]);
    expect(issues({ any: Array.from({ length: 51 }, () => ({ always: true })) })).toEqual([
      { path: ['any'], message: 'any must list at most 50 predicates' },
    ]);
    expect(PredicateSchema.safeParse({ any: Array.from({ length: 50 }, () => ({ always: true })) }).success).toBe(true);
  });

  it('severity and acuity are from the vocabulary', () => {
    expect(issues({ condition: 'neck-pain', severity: ['mid'] })).toEqual([
      { path: ['severity', 0], message: 'severity[0] "mid" is not a valid value; did you mean "mild"?' },
    ]);
    expect(issues({ condition: 'neck-pain', acuity: [] })).toEqual([{ path: ['acuity'], message: 'acuity must list at least one acuity' }]);
  });

  it('ranges: a bound, in order, within bounds', () => {
    expect(issues({ age: {} })).toEqual([{ path: ['age'], message: 'age must give a min, a max or both' }]);
    expect(issues({ painScore: { min: 8, max: 3 } })).toEqual([
      { path: ['painScore', 'min'], message: 'painScore.min must not be more than max (8 > 3)' },
    ]);
    expect(issues({ age: { min: -1 } })).toEqual([{ path: ['age', 'min'], message: 'age.min must be between 0 and 120' }]);
    expect(issues({ painScore: { max: 11 } })).toEqual([{ path: ['painScore', 'max'], message: 'painScore.max must be between 0 and 10' }]);
    expect(issues({ pregnancyWeeks: { max: 61 } })).toEqual([
      { path: ['pregnancyWeeks', 'max'], message: 'pregnancyWeeks.max must be between 0 and 60' },
    ]);
    expect(issues({ age: { min: 1, mx: 3 } })).toEqual([
      { path: ['age'], message: 'age has an unknown key "mx" (did you mean "max"?): a range takes only min and max' },
    ]);
    expect(issues({ always: false })).toEqual([{ path: ['always'], message: 'always "false" is not a valid value; valid values: true' }]);
  });

  it('errors deep in the tree keep their whole path', () => {
    expect(issues({ all: [{ any: [{ not: { history: 'x', goal: 'y' } }] }] })[0]?.path).toEqual(['all', 0, 'any', 0, 'not']);
  });
});

describe('PredicateSchema as JSON Schema', () => {
  it('converts (io: input) to a recursive anyOf of closed objects', () => {
    const schema = z.toJSONSchema(PredicateSchema, { io: 'input' }) as { anyOf: { required: string[]; additionalProperties: boolean }[] };
    expect(schema.anyOf.map((o) => o.required[0])).toEqual([
      'all', 'any', 'not', 'always', 'condition', 'history', 'redFlag', 'goal', 'clearance', 'age', 'painScore', 'pregnancyWeeks',
    ]);
    expect(schema.anyOf.every((o) => o.additionalProperties === false)).toBe(true);
    expect(JSON.stringify(schema)).toContain('"$ref":"#"');
  });
});
