import { describe, expect, it } from 'vitest';
import { IntakeError, parseIntake, safeParseIntake } from '../../src/index.js';
import { baseIntake } from '../support/plan.js';

const messages = (input: unknown): string[] => {
  const result = safeParseIntake(input);
  if (result.success) throw new Error('expected the input to be rejected');
  expect(result.error).toBeInstanceOf(IntakeError);
  return result.error.issues.map((issue) => issue.message);
};
const issues = (input: unknown) => {
  const result = safeParseIntake(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return result.error.issues;
};

describe('parseIntake', () => {
  it('accepts a minimal intake and derives acuity from onset', () => {
    const intake = parseIntake(
      baseIntake({
        assessedOn: '2026-12-01',
        conditions: [
          { condition: 'neck-pain', severity: 'mild', onset: '2026-11-04' },
          { condition: 'low-back-pain', severity: 'mild', onset: '2026-11-03' },
          { condition: 'sciatica', severity: 'mild', onset: '2026-09-08' },
          { condition: 'migraine', severity: 'mild', onset: '2026-09-07' },
          { condition: 'fibromyalgia', severity: 'mild' },
          { condition: 'tmj-disorder', severity: 'mild', onset: '2020-01-01', acuity: 'acute' },
        ],
      }),
    );
    expect(intake.conditions.map((c) => c.acuity)).toEqual(['acute', 'subacute', 'subacute', 'chronic', 'chronic', 'acute']);
  });

  it('removes repeated goals, red flags and clearances', () => {
    const intake = parseIntake(baseIntake({ goals: ['pain-relief', 'pain-relief'], clearances: ['physician', 'physician'] }));
    expect(intake.goals).toEqual(['pain-relief']);
    expect(intake.clearances).toEqual(['physician']);
  });

  it('parses its own output again unchanged', () => {
    const once = parseIntake(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'mild', onset: '2026-11-04' }] }));
    expect(parseIntake(once)).toEqual(once);
  });

  it('accepts a leap day and rejects dates that do not exist', () => {
    expect(parseIntake(baseIntake({ assessedOn: '2028-02-29' })).assessedOn).toBe('2028-02-29');
    expect(messages(baseIntake({ assessedOn: '2026-02-29' }))).toEqual([
      'assessedOn is not a real calendar date (2026-02-29 does not exist)',
    ]);
    expect(messages(baseIntake({ assessedOn: '2026-02-30' }))).toEqual([
      'assessedOn is not a real calendar date (2026-02-30 does not exist)',
    ]);
    expect(messages(baseIntake({ assessedOn: '12/01/2026' }))).toEqual(['assessedOn must be a date written YYYY-MM-DD']);
  });
});

describe('IntakeError messages', () => {
  it('names the exact path and the range', () => {
    const found = issues(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'mild', painScore: 11 }] }));
    expect(found).toEqual([
      { path: ['conditions', 0, 'painScore'], code: 'too_big', message: 'conditions[0].painScore must be between 0 and 10' },
    ]);
  });

  it('says when a whole number is expected', () => {
    expect(messages(baseIntake({ age: 40.5 }))).toEqual(['age must be a whole number']);
  });

  it('suggests the closest ids for an unknown id', () => {
    expect(messages(baseIntake({ conditions: [{ condition: 'low-back', severity: 'mild' }] }))).toEqual([
      'conditions[0].condition "low-back" is not a valid value; did you mean "low-back-pain"?',
    ]);
    expect(messages(baseIntake({ history: [{ flag: 'anticoagulant' }] }))).toEqual([
      'history[0].flag "anticoagulant" is not a valid value; did you mean "anticoagulants"?',
    ]);
  });

  it('lists the valid values when nothing is close', () => {
    const [message] = messages(baseIntake({ goals: ['zzzzzzzzzzzzzz'] }));
    expect(message).toMatch(/^goals\[0\] "zzzzzzzzzzzzzz" is not a valid value; valid values: pain-relief, rehabilitation/);
  });

  it('rejects unknown keys and suggests the known one', () => {
    expect(issues(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'mild', painscore: 3 }] }))).toEqual([
      {
        path: ['conditions', 0, 'painscore'],
        code: 'unknown_key',
        message: 'conditions[0].painscore is not a known field; did you mean "painScore"?',
      },
    ]);
  });

  it('says what is required and what type was expected', () => {
    expect(messages({ conditions: 'neck', goals: [] })).toEqual([
      'assessedOn is required',
      'conditions must be a list, not text',
      'goals must list at least one goal',
    ]);
    expect(messages(null)).toEqual(['input must be an object, not null']);
  });

  it('bounds every list', () => {
    const seven = Array.from({ length: 7 }, () => ({ condition: 'neck-pain', severity: 'mild' }));
    expect(messages(baseIntake({ conditions: seven }))).toEqual(['conditions must list at most 6 conditions']);
    const blackouts = Array.from({ length: 367 }, () => '2027-01-01');
    expect(messages(baseIntake({ availability: { blackoutDates: blackouts } }))).toEqual([
      'availability.blackoutDates must list at most 366 dates',
    ]);
  });

  it('requires a region where the plan depends on it', () => {
    expect(messages(baseIntake({ conditions: [{ condition: 'sports-injury', severity: 'mild' }] }))).toEqual([
      'conditions[0].region is required for sports-injury (say where it is, e.g. "knee")',
    ]);
    expect(messages(baseIntake({ history: [{ flag: 'varicose-veins' }] }))).toEqual([
      'history[0].region is required for varicose-veins (say which area to avoid)',
    ]);
    expect(messages(baseIntake({ history: [{ flag: 'pregnancy' }] }))).toEqual([
      'history[0].weeks is required for pregnancy (weeks of gestation decide position and timing)',
    ]);
  });

  it('checks dates against each other', () => {
    expect(
      messages(
        baseIntake({
          conditions: [{ condition: 'neck-pain', severity: 'mild', onset: '2026-12-02' }],
          availability: { startDate: '2026-11-30' },
        }),
      ),
    ).toEqual(['conditions[0].onset must not be after assessedOn', 'availability.startDate must not be before assessedOn']);
    expect(messages(baseIntake({ availability: { authorizedUntil: '2026-11-01' } }))).toEqual([
      'availability.authorizedUntil must not be before the start date',
    ]);
  });

  it('checks scores against their measure’s range', () => {
    expect(messages(baseIntake({ scores: [{ measure: 'ndi', value: 60 }] }))).toEqual([
      'scores[0].value must be between 0 and 50 for ndi',
    ]);
  });

  it('never lets __proto__ or constructor keys through or change any object', () => {
    const input = JSON.parse('{"assessedOn":"2026-12-01","conditions":[{"condition":"neck-pain","severity":"mild"}],"goals":["pain-relief"],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    expect(messages(input)).toEqual(['__proto__ is not a known field', 'constructor is not a known field']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('turns an input that throws when read into an IntakeError', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(messages(hostile)).toEqual(['input could not be read (a property threw when accessed)']);
  });

  it('puts every issue in the error message, one per line', () => {
    expect(() => parseIntake({})).toThrow(/Invalid input \(3 problems\):\n- assessedOn is required/);
  });
});

describe('IntakeError.is', () => {
  it('recognizes an IntakeError from this copy and from another copy of the module, where instanceof fails', async () => {
    // A query string makes vite load a second, separate instance of the module: a second class.
    const copy: string = '../../src/intake/IntakeError.js?another-copy';
    const other = (await import(/* @vite-ignore */ copy)) as typeof import('../../src/intake/IntakeError.js');
    expect(other.IntakeError).not.toBe(IntakeError);
    const foreign = new other.IntakeError([{ path: ['assessedOn'], code: 'custom', message: 'assessedOn is wrong' }]);
    expect(foreign instanceof IntakeError).toBe(false);
    expect(IntakeError.is(foreign)).toBe(true);
    const parsed = safeParseIntake({});
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(other.IntakeError.is(parsed.error)).toBe(true);
  });

  it('rejects look-alikes: plain errors, objects with its name and issues, null and primitives', () => {
    expect(IntakeError.is(new Error('Invalid input'))).toBe(false);
    const lookAlike = Object.assign(new Error('x'), { name: 'IntakeError', issues: [] });
    expect(IntakeError.is(lookAlike)).toBe(false);
    expect(IntakeError.is({ [Symbol('massage-plan.IntakeError')]: true })).toBe(false);
    for (const value of [null, undefined, 0, 'IntakeError', true]) expect(IntakeError.is(value)).toBe(false);
  });

  it('keeps the brand out of JSON and enumeration', () => {
    const error = new IntakeError([{ path: [], code: 'custom', message: 'no' }]);
    expect(Object.keys(error).sort()).toEqual(['issues', 'name']);
    expect(Object.getOwnPropertySymbols(error).map((s) => Object.getOwnPropertyDescriptor(error, s)?.enumerable)).toEqual([false]);
  });
});
