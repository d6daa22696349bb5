// The integer-day calendar of massage-plan 0.1, kept only as the oracle of
// test/calendar/calendarDate.prop.test.ts: the library's calendar now runs on
// date-fns, and must agree with this one on every date.
import { WEEKDAYS, type Weekday } from '../../src/intake/vocabulary.js';

type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toDayNumber(date: CalendarDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a calendar date: ${date}`);
  const ms = new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round(ms / DAY_MS);
}

function fromDayNumber(day: number): CalendarDate {
  const d = new Date(day * DAY_MS);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const mo = String(d.getUTCMonth() + 1).padStart(2, '0');
  const da = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${mo}-${da}`;
}

/**
 * Tells whether a string is a real calendar date in `YYYY-MM-DD` form.
 *
 * @param value - the string to check
 * @returns `true` for `2028-02-29`, `false` for `2026-02-30` or `2026-2-3`
 * @example
 * isCalendarDate('2028-02-29'); // true
 */
export function isCalendarDate(value: string): boolean {
  return ISO_DATE.test(value) && fromDayNumber(toDayNumber(value)) === value;
}

/**
 * Adds whole days to a calendar date.
 *
 * @param date - a valid calendar date
 * @param days - days to add (negative to go back)
 * @returns the calendar date `days` later
 * @example
 * addCalendarDays('2028-02-28', 1); // '2028-02-29'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Counts the calendar days from `from` to `to`.
 *
 * @param to - the later date
 * @param from - the earlier date
 * @returns `to - from` in days (negative when `to` is earlier)
 * @example
 * daysBetween('2026-03-01', '2026-02-01'); // 28
 */
export function daysBetween(to: CalendarDate, from: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Names the weekday of a calendar date.
 *
 * @param date - a valid calendar date
 * @returns `'mon'` … `'sun'`
 * @example
 * weekdayOf('2026-11-27'); // 'fri'
 */
export function weekdayOf(date: CalendarDate): Weekday {
  // Day 0 (1970-01-01) was a Thursday: index 3 in a Monday-first week.
  return WEEKDAYS[(((toDayNumber(date) + 3) % 7) + 7) % 7] as Weekday;
}
