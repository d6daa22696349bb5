import { describe, expect, it } from 'vitest';
import { IntakeError, safeRecommendPlan } from '../../src/index.js';
import { MAX_UNKNOWN_KEYS_LISTED } from '../../src/intake/toIntakeIssues.js';

// Inputs whose size, not whose content, is the attack: every collection of
// the schema is bounded, and no message grows with the input.
const base = { assessedOn: '2026-12-01', conditions: [{ condition: 'neck-pain', severity: 'moderate' }], goals: ['pain-relief'] };

const issuesOf = (input: unknown): IntakeError['issues'] => {
  const result = safeRecommendPlan(input);
  if (result.success) throw new Error('expected an IntakeError');
  expect(result.error).toBeInstanceOf(IntakeError);
  return result.error.issues;
};

describe('huge inputs', () => {
  it('lists the first unknown keys of an object and counts the rest in one issue', () => {
    const input = { ...base, ...Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`extra${i}`, i])) };
    const issues = issuesOf(input);
    expect(issues).toHaveLength(MAX_UNKNOWN_KEYS_LISTED + 1);
    expect(issues.slice(0, MAX_UNKNOWN_KEYS_LISTED).map((i) => i.path)).toEqual(
      Array.from({ length: MAX_UNKNOWN_KEYS_LISTED }, (_, i) => [`extra${i}`]),
    );
    expect(issues.at(-1)).toEqual({
      path: [],
      code: 'unknown_key',
      message: `input has ${10_000 - MAX_UNKNOWN_KEYS_LISTED} more unknown fields (the first ${MAX_UNKNOWN_KEYS_LISTED} are listed)`,
    });
  });

  it('lists every unknown key when there are no more than the limit, with no summary issue', () => {
    const input = { ...base, preferences: Object.fromEntries(Array.from({ length: MAX_UNKNOWN_KEYS_LISTED }, (_, i) => [`x${i}`, i])) };
    const issues = issuesOf(input);
    expect(issues).toHaveLength(MAX_UNKNOWN_KEYS_LISTED);
    expect(issues.every((i) => i.path.length === 2 && i.path[0] === 'preferences')).toBe(true);
    expect(issuesOf({ ...base, preferences: { ...Object.fromEntries(Array.from({ length: MAX_UNKNOWN_KEYS_LISTED + 1 }, (_, i) => [`x${i}`, i])) } }).at(-1)?.message).toBe(
      'preferences has 1 more unknown field (the first 20 are listed)',
    );
  });

  it('keeps the message short for a 1,000,000-character key, and the key itself in the path', () => {
    const key = 'k'.repeat(1_000_000);
    const [issue, ...rest] = issuesOf({ ...base, [key]: 1 });
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual([key]);
    expect(issue?.message).toBe(`${'k'.repeat(60)}… is not a known field`);
  });

  it('rejects a 10 MB id with one short message', () => {
    const issues = issuesOf({ ...base, goals: ['y'.repeat(10_000_000)] });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('unknown_id');
    expect(issues[0]?.message.length).toBeLessThan(400);
  });

  it.each([
    ['conditions', { conditions: Array(1_000_000).fill(base.conditions[0]) }, 'conditions must list at most 6 conditions'],
    ['goals', { goals: Array(1_000_000).fill('pain-relief') }, 'goals must list at most 7 goals'],
    ['history', { history: Array(100_000).fill({ flag: 'diabetes' }) }, 'history must list at most 60 history entries'],
    ['blackoutDates', { availability: { blackoutDates: Array(100_000).fill('2026-12-02') } }, 'availability.blackoutDates must list at most 366 dates'],
    ['redFlags', { redFlags: Array(100_000).fill('night-pain') }, 'redFlags must list at most 17 red flags'],
  ])('rejects a huge %s list with the single bound issue', (_name, patch, message) => {
    const issues = issuesOf({ ...base, ...patch });
    expect(issues.map((i) => i.message)).toEqual([message]);
  });
});

describe('a list or object where an id belongs', () => {
  const deep = (depth: number): unknown => {
    let value: unknown = 'neck-pain';
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };
  it.each([
    ['an object with no prototype', Object.create(null) as unknown, 'an object'],
    ['nesting deeper than the stack', deep(20_000), 'a list'],
    ['a list holding a symbol', [Symbol('x')], 'a list'],
    ['100,000 strings of 10,000 characters', Array(100_000).fill('x'.repeat(10_000)), 'a list'],
  ])('is named, not reported unreadable: %s', (_name, value, words) => {
    const issues = issuesOf({ ...base, conditions: [{ condition: value, severity: 'moderate' }] });
    expect(issues.map((i) => i.code)).toEqual(['unknown_id']);
    expect(issues[0]?.path).toEqual(['conditions', 0, 'condition']);
    expect(issues[0]?.message).toMatch(new RegExp(`^conditions\\[0\\]\\.condition ${words} is not a valid value`));
  });
});
