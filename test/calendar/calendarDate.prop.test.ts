// The calendar runs on date-fns (UTCDate); the integer-day calendar of 0.1
// (./integerDayCalendar.ts) is the oracle. Both must agree on every date,
// and the library's own reading and writing of `YYYY-MM-DD` must agree with
// date-fns' parseISO / formatISO / differenceInCalendarDays in the UTC
// context, which it replaces for speed (docs/performance.md).
import { utc } from '@date-fns/utc';
import { differenceInCalendarDays, formatISO, isValid, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarFrom,
  daysBetween,
  fromUTCDate,
  isCalendarDate,
  toUTCDate,
  weekdayOf,
} from '../../src/calendar/calendarDate.js';
import { assertProperty } from '../support/fcConfig.js';
import * as oracle from './integerDayCalendar.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Calendar dates across the whole 4-digit range, with month ends, leap days and the skipped local days. */
const dateArb: fc.Arbitrary<string> = fc.oneof(
  fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) =>
    d.toISOString().slice(0, 10),
  ),
  fc.constantFrom('2011-12-30', '1994-12-31', '2028-02-29', '2100-02-28', '2000-02-29', '1970-01-01', '0000-01-01', '0099-12-31'),
);

/** Strings shaped like dates, most of them not real ones (day 00–39, month 00–19). */
const dateLikeArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.constantFrom('2026-02-30', '2026-2-3', '2026-02-3', ' 2026-02-03', '2026-02-03T00:00', '+002026-02-03', '20260203', ''),
  fc.string({ maxLength: 12 }),
);

/** parseISO with a round trip: what the brief of issue 11 asks validation to be. */
const parseIsoValid = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = parseISO(value, { in: utc });
  return isValid(parsed) && formatISO(parsed, { representation: 'date' }) === value;
};

describe('the date-fns calendar against the integer-day oracle', () => {
  it('isCalendarDate agrees with the oracle and with parseISO plus a round trip', () => {
    assertProperty(
      fc.property(dateLikeArb, (value) => {
        expect(isCalendarDate(value)).toBe(oracle.isCalendarDate(value));
        expect(isCalendarDate(value)).toBe(parseIsoValid(value));
      }),
    );
  });

  it('addCalendarDays agrees with the oracle, and toUTCDate/fromUTCDate with formatISO', () => {
    assertProperty(
      fc.property(dateArb, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        // Within the years 0000-9999 that a calendar date can be written in.
        fc.pre(/^\d{4}-/.test(oracle.addCalendarDays(date, days)));
        const result = addCalendarDays(date, days);
        expect(result).toBe(oracle.addCalendarDays(date, days));
        expect(formatISO(toUTCDate(result), { representation: 'date' })).toBe(result);
        expect(fromUTCDate(parseISO(result, { in: utc }))).toBe(result);
        expect(calendarFrom(date)(days)).toBe(result);
      }),
    );
  });

  it('daysBetween agrees with the oracle and with differenceInCalendarDays in the UTC context', () => {
    assertProperty(
      fc.property(dateArb, dateArb, (to, from) => {
        const days = daysBetween(to, from);
        expect(days).toBe(oracle.daysBetween(to, from));
        expect(days).toBe(differenceInCalendarDays(parseISO(to), parseISO(from), { in: utc }));
        expect(addCalendarDays(from, days)).toBe(to);
      }),
    );
  });

  it('weekdayOf agrees with the oracle', () => {
    assertProperty(
      fc.property(dateArb, (date) => {
        expect(weekdayOf(date)).toBe(oracle.weekdayOf(date));
      }),
    );
  });

  it('rejects what is not a calendar date, where a UTCDate would roll over', () => {
    expect(() => toUTCDate('2026-02-30')).toThrow(RangeError);
    expect(() => addCalendarDays('2026-02-30', 0)).toThrow('not a calendar date: 2026-02-30');
    expect(() => daysBetween('2026-03-01', '2026-2-1')).toThrow(RangeError);
    expect(() => calendarFrom('2026-13-01')).toThrow(RangeError);
    expect(toUTCDate('0012-03-04').toISOString()).toBe('0012-03-04T00:00:00.000Z');
  });
});
