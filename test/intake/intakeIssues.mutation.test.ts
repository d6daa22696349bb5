// The wording of IntakeError issues, pinned where the mutation run
// (docs/testing.md) found messages and branches no test checked: what a
// clinic-software developer reads when an intake is wrong (DESIGN §4).
import { describe, expect, it } from 'vitest';
import { IntakeError, safeParseIntake } from '../../src/index.js';
import { closestIds } from '../../src/intake/closestIds.js';
import { nestedIntakeError } from '../../src/intake/nestedIntakeError.js';
import { formatPath } from '../../src/intake/toIntakeIssues.js';
import { baseIntake } from '../support/plan.js';

const issues = (input: unknown): IntakeError['issues'] => {
  const result = safeParseIntake(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return result.error.issues;
};
const messages = (input: unknown): string[] => issues(input).map((issue) => issue.message);

describe('IntakeError message', () => {
  it('one issue: "Invalid input: " and the issue', () => {
    const error = new IntakeError([{ path: ['age'], code: 'too_big', message: 'age must be between 0 and 120' }]);
    expect(error.message).toBe('Invalid input: age must be between 0 and 120');
    expect(error.name).toBe('IntakeError');
    expect(error).toBeInstanceOf(Error);
  });

  it('several issues: the count, then one "- " line per issue', () => {
    const error = new IntakeError([
      { path: ['a'], code: 'x', message: 'a is wrong' },
      { path: ['b'], code: 'y', message: 'b is wrong' },
    ]);
    expect(error.message).toBe('Invalid input (2 problems):\n- a is wrong\n- b is wrong');
  });
});

describe('lists of the wrong type', () => {
  // zod also checks the size of a string given for a list (its length); one
  // issue says what is wrong, not a second one about the length.
  it('says only that a list is expected, whatever the length of the text given', () => {
    expect(issues(baseIntake({ goals: 'pain-relief' }))).toEqual([{ path: ['goals'], code: 'invalid_type', message: 'goals must be a list, not text' }]);
    expect(messages(baseIntake({ redFlags: 'x'.repeat(40) }))).toEqual(['redFlags must be a list, not text']);
  });

  it('still reports the size of a real list', () => {
    expect(messages(baseIntake({ goals: [] }))).toEqual(['goals must list at least one goal']);
  });
});

describe('formatPath', () => {
  it('writes the root as "input", indexes in brackets and keys with dots', () => {
    expect(formatPath([])).toBe('input');
    expect(formatPath(['conditions', 0, 'painScore'])).toBe('conditions[0].painScore');
    expect(formatPath([0, 'a'])).toBe('[0].a');
  });

  it('shortens a key longer than 60 characters (the path keeps it whole)', () => {
    expect(formatPath(['x'.repeat(60)])).toBe('x'.repeat(60));
    expect(formatPath(['x'.repeat(61)])).toBe(`${'x'.repeat(60)}…`);
  });
});

describe('closestIds', () => {
  const ids = ['low-back-pain', 'neck-pain', 'migraine', 'sciatica'];

  it('puts substring matches first, then the nearest by edit distance, at most three', () => {
    expect(closestIds('low-back', ids)).toEqual(['low-back-pain']);
    expect(closestIds('neckpain', ids)).toEqual(['neck-pain']);
    expect(closestIds('pain', ['a-pain', 'b-pain', 'c-pain', 'd-pain'])).toEqual(['a-pain', 'b-pain', 'c-pain']);
    expect(closestIds('pain', ['a-pain', 'b-pain', 'c-pain'], 2)).toEqual(['a-pain', 'b-pain']);
  });

  it('ranks a smaller distance first, equal distances by id', () => {
    expect(closestIds('migrane', ['migraine', 'migrainez', 'xmigraine'])).toEqual(['migraine', 'migrainez', 'xmigraine']);
    expect(closestIds('abcd', ['abxd', 'abce'])).toEqual(['abce', 'abxd']);
  });

  it('counts substrings only from three characters, either way round, ignoring case', () => {
    expect(closestIds('ne', ['neck-pain'])).toEqual([]);
    expect(closestIds('mig', ['migraine'])).toEqual(['migraine']);
    expect(closestIds('NECK', ['neck-pain'])).toEqual(['neck-pain']);
    expect(closestIds('neck-pain-left', ['neck-pain'])).toEqual(['neck-pain']);
  });

  it('reads only the first 200 characters of what was written', () => {
    expect(closestIds(`${'x'.repeat(200)}neck-pain`, ['neck-pain'])).toEqual([]);
    expect(closestIds(`${'x'.repeat(191)}neck-pain`, ['neck-pain'])).toEqual(['neck-pain']);
  });

  it('keeps ids within the distance threshold: 2, or a third of the length', () => {
    expect(closestIds('ab', ['xy'])).toEqual(['xy']);
    expect(closestIds('ab', ['xyz'])).toEqual([]);
    // 12 characters: a third is 4 edits.
    expect(closestIds('aaaaaaaaaaaa', ['aaaaaaaabbbb'])).toEqual(['aaaaaaaabbbb']);
    expect(closestIds('aaaaaaaaaaaa', ['aaaaaaabbbbb'])).toEqual([]);
  });

  it('computes the edit distance with insertions, deletions and substitutions', () => {
    expect(closestIds('sciatca', ['sciatica'])).toEqual(['sciatica']);
    expect(closestIds('sciatiica', ['sciatica'])).toEqual(['sciatica']);
    expect(closestIds('sxiatixa', ['sciatica'])).toEqual(['sciatica']);
    expect(closestIds('scxxxxca', ['sciatica'])).toEqual([]);
  });
});

describe('nestedIntakeError', () => {
  it('prefixes paths and messages, and names the argument where the message spoke of the root', () => {
    const error = new IntakeError([
      { path: [], code: 'invalid_type', message: 'input must be an object, not null' },
      { path: ['catalog'], code: 'custom', message: 'catalog must be a catalogue' },
    ]);
    const nested = nestedIntakeError('options', error);
    expect(nested.issues).toEqual([
      { path: ['options'], code: 'invalid_type', message: 'options must be an object, not null' },
      { path: ['options', 'catalog'], code: 'custom', message: 'options.catalog must be a catalogue' },
    ]);
    expect(nested.message).toBe('Invalid input (2 problems):\n- options must be an object, not null\n- options.catalog must be a catalogue');
  });

  it('replaces only a leading whole word "input"', () => {
    const error = new IntakeError([{ path: [], code: 'x', message: 'inputs are not read: input' }]);
    expect(nestedIntakeError('plan', error).issues[0]?.message).toBe('inputs are not read: input');
  });
});

describe('invalid_type issues', () => {
  it('names what was given: null, a list, text, an object, a boolean, a non-finite number', () => {
    expect(messages(baseIntake({ age: null }))).toEqual(['age must be a number, not null']);
    expect(messages(baseIntake({ age: [] }))).toEqual(['age must be a number, not a list']);
    expect(messages(baseIntake({ age: '40' }))).toEqual(['age must be a number, not text']);
    expect(messages(baseIntake({ age: {} }))).toEqual(['age must be a number, not an object']);
    expect(messages(baseIntake({ age: true }))).toEqual(['age must be a number, not a boolean']);
    expect(messages(baseIntake({ age: Number.NaN }))).toEqual(['age must be a number, not NaN']);
    expect(messages(baseIntake({ age: Number.POSITIVE_INFINITY }))).toEqual(['age must be a number, not Infinity']);
    expect(messages(baseIntake({ preferences: { hotStones: 1 } }))).toEqual(['preferences.hotStones must be true or false, not a number']);
    expect(messages(baseIntake({ preferences: 'none' }))).toEqual(['preferences must be an object, not text']);
    expect(messages(baseIntake({ goals: 'pain' }))).toEqual(['goals must be a list, not text']);
    expect(messages(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'mild', surgery: { type: 5, date: '2026-11-01' } }] }))).toEqual([
      'conditions[0].surgery.type must be text, not a number',
    ]);
  });

  it('codes: required for a missing field, not_whole for a fraction, invalid_type otherwise', () => {
    expect(issues(baseIntake({ assessedOn: undefined }))).toEqual([{ path: ['assessedOn'], code: 'required', message: 'assessedOn is required' }]);
    expect(issues(baseIntake({ age: 40.5 }))).toEqual([{ path: ['age'], code: 'not_whole', message: 'age must be a whole number' }]);
    expect(issues(baseIntake({ age: 'x' }))).toEqual([{ path: ['age'], code: 'invalid_type', message: 'age must be a number, not text' }]);
  });
});

describe('invalid_value issues', () => {
  it('quotes the value given, cut at 40 characters, and suggests the nearest ids joined by "or"', () => {
    expect(issues(baseIntake({ conditions: [{ condition: 'neck', severity: 'mild' }] }))).toEqual([
      {
        path: ['conditions', 0, 'condition'],
        code: 'unknown_id',
        message: 'conditions[0].condition "neck" is not a valid value; did you mean "neck-pain"?',
      },
    ]);
    expect(messages(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'mid' }] }))).toEqual([
      'conditions[0].severity "mid" is not a valid value; did you mean "mild"?',
    ]);
    expect(messages(baseIntake({ history: [{ flag: 'pregnan' }] }))).toEqual([
      'history[0].flag "pregnan" is not a valid value; did you mean "pregnancy" or "pregnancy-complication"?',
    ]);
    expect(messages(baseIntake({ goals: ['z'.repeat(40)] }))[0]).toMatch(new RegExp(`^goals\\[0\\] "${'z'.repeat(40)}" is not a valid value; `));
    const long = `${'z'.repeat(45)}`;
    expect(messages(baseIntake({ goals: [long] }))[0]).toMatch(new RegExp(`^goals\\[0\\] "${'z'.repeat(40)}…" is not a valid value; valid values: `));
  });

  it('quotes numbers and booleans as text, and describes lists and objects instead of printing them', () => {
    expect(messages(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 3 }] }))).toEqual([
      'conditions[0].severity "3" is not a valid value; valid values: mild, moderate, severe',
    ]);
    expect(messages(baseIntake({ conditions: [{ condition: 'neck-pain', severity: true }] }))).toEqual([
      'conditions[0].severity "true" is not a valid value; valid values: mild, moderate, severe',
    ]);
    expect(messages(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 5n }] }))).toEqual([
      'conditions[0].severity "5" is not a valid value; valid values: mild, moderate, severe',
    ]);
    expect(messages(baseIntake({ conditions: [{ condition: 'neck-pain', severity: ['mild'] }] }))).toEqual([
      'conditions[0].severity a list is not a valid value; valid values: mild, moderate, severe',
    ]);
    expect(messages(baseIntake({ conditions: [{ condition: 'neck-pain', severity: { mild: true } }] }))).toEqual([
      'conditions[0].severity an object is not a valid value; valid values: mild, moderate, severe',
    ]);
  });
});

describe('unrecognized_keys issues', () => {
  it('suggests the known key of the object where the unknown one sits, through optional and nested objects', () => {
    expect(issues(baseIntake({ preferences: { maxpressure: 3 } }))).toEqual([
      { path: ['preferences', 'maxpressure'], code: 'unknown_key', message: 'preferences.maxpressure is not a known field; did you mean "maxPressure"?' },
    ]);
    expect(messages(baseIntake({ history: [{ flag: 'diabetes', wekes: 3 }] }))).toEqual([
      'history[0].wekes is not a known field; did you mean "weeks"?',
    ]);
    expect(messages(baseIntake({ conditions: [{ condition: 'post-surgical', severity: 'mild', region: 'knee', surgery: { type: 'tka', date: '2026-11-01', dte: 1 } }] }))).toEqual([
      'conditions[0].surgery.dte is not a known field; did you mean "date"?',
    ]);
    expect(messages(baseIntake({ assesedOn: '2026-12-01' }))).toEqual(['assesedOn is not a known field; did you mean "assessedOn"?']);
  });

  it('joins several known keys with "or"', () => {
    expect(messages(baseIntake({ preferences: { max: 1 } }))).toEqual(['preferences.max is not a known field; did you mean "maxPressure" or "maxSessionMinutes"?']);
  });

  it('gives no hint when no known key is near', () => {
    expect(messages(baseIntake({ zzzzzzzz: 1 }))).toEqual(['zzzzzzzz is not a known field']);
  });

  it('lists 20 unknown keys and counts the rest: "1 more unknown field", "2 more unknown fields"', () => {
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`x${i}`, i]));
    const twenty = issues(baseIntake({ preferences: keys(20) }));
    expect(twenty).toHaveLength(20);
    expect(twenty[19]).toEqual({ path: ['preferences', 'x19'], code: 'unknown_key', message: 'preferences.x19 is not a known field' });
    const one = issues(baseIntake({ preferences: keys(21) }));
    expect(one).toHaveLength(21);
    expect(one.at(-1)).toEqual({ path: ['preferences'], code: 'unknown_key', message: 'preferences has 1 more unknown field (the first 20 are listed)' });
    expect(issues(baseIntake({ preferences: keys(22) })).at(-1)?.message).toBe('preferences has 2 more unknown fields (the first 20 are listed)');
  });
});

describe('safeParseIntake never throws', () => {
  it('an input that throws when read: one "unreadable" issue at the root', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } });
    expect(issues(hostile)).toEqual([{ path: [], code: 'unreadable', message: 'input could not be read (a property threw when accessed)' }]);
  });

  it('options that are not a catalogue: the error, with paths from options, and no parse', () => {
    const result = safeParseIntake(baseIntake(), { catalog: {} as never });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([[['options', 'catalog'], 'custom']]);
      expect(result.error.issues[0]?.message).toMatch(/^options\.catalog must be a catalogue made by defaultCatalog or extendCatalog/);
    }
  });
});

describe('other issues keep zod’s code and the library’s wording', () => {
  it('too_big, too_small and custom checks', () => {
    expect(issues(baseIntake({ age: 121 }))).toEqual([{ path: ['age'], code: 'too_big', message: 'age must be between 0 and 120' }]);
    expect(issues(baseIntake({ age: -1 }))).toEqual([{ path: ['age'], code: 'too_small', message: 'age must be between 0 and 120' }]);
    expect(issues(baseIntake({ assessedOn: '2026-13-01' }))).toEqual([
      { path: ['assessedOn'], code: 'custom', message: 'assessedOn is not a real calendar date (2026-13-01 does not exist)' },
    ]);
  });
});
