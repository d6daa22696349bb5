import { de } from 'date-fns/locale/de';
import { fr } from 'date-fns/locale/fr';
import { describe, expect, it } from 'vitest';
import { IntakeError, formatPlan, recommendPlan } from '../../src/index.js';
import { readableDate, readableWeekday } from '../../src/export/readableDate.js';

describe('readableDate', () => {
  it('writes dates as people read them, in English by default and in a date-fns locale', () => {
    expect(readableDate('2026-03-03')).toBe('Tue 3 Mar 2026');
    expect(readableDate('2028-02-29')).toBe('Tue 29 Feb 2028');
    expect(readableDate('2011-12-30')).toBe('Fri 30 Dec 2011');
    expect(readableDate('1994-12-31')).toBe('Sat 31 Dec 1994');
    expect(readableDate('2026-03-03', fr)).toBe('mar. 3 mars 2026');
    expect(readableWeekday('2026-03-03')).toBe('Tue');
    expect(readableWeekday('2026-03-08', de)).toBe('So.');
    expect(() => readableDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('formatPlan with a locale', () => {
  const result = recommendPlan({
    assessedOn: '2026-03-02',
    conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
    goals: ['pain-relief'],
    availability: { weekdays: ['tue', 'thu'] },
  });

  it('names the weekdays of the session calendar in the locale, English by default', () => {
    const english = formatPlan(result, { format: 'markdown' });
    const french = formatPlan(result, { format: 'markdown', locale: fr });
    expect(english).toMatch(/\| 2026-03-03 \| Tue \|/);
    expect(french).toMatch(/\| 2026-03-03 \| mar\. \|/);
    expect(french).toMatch(/\| 2026-03-05 \| jeu\. \|/);
    // Only the weekdays change.
    expect(french.replace(/\| (mar|jeu)\. \|/g, '|  |')).toBe(english.replace(/\| (Tue|Thu) \|/g, '|  |'));
  });

  it('rejects a locale that is not a date-fns locale with an IntakeError at options.locale', () => {
    let caught: unknown;
    try {
      formatPlan(result, { format: 'text', locale: 'fr' as never });
    } catch (error) {
      caught = error;
    }
    expect(IntakeError.is(caught)).toBe(true);
    expect((caught as IntakeError).issues[0]?.path).toEqual(['options', 'locale']);
  });
});
