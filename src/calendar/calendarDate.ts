import { UTCDateMini, type UTCDate } from '@date-fns/utc';
import { addDays, getISODay } from 'date-fns';
import { millisecondsInDay } from 'date-fns/constants';
import { WEEKDAYS, type Weekday } from '../intake/vocabulary.js';

/** A calendar date written `YYYY-MM-DD`, with no time and no time zone. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Calendar arithmetic goes through date-fns on UTCDates (@date-fns/utc):
// every date is a UTCDate at midnight UTC, whose getters and setters are the
// UTC ones, so no result depends on the host's time zone. Plain local Dates
// would: Pacific/Apia skipped 2011-12-30 and Pacific/Kiritimati 1994-12-31,
// so "add one day" differs by zone there (date-fns' `isExists` builds a local
// Date and says 2011-12-30 does not exist in Apia). Dates cross the public
// API as `YYYY-MM-DD` strings, never as Dates: a UTCDate serializes to a full
// timestamp.
//
// Reading and writing the string are done here, not with parseISO and
// formatISO: measured on the benchmark corpus (about 30 dates read and 12 to
// 28 written per plan), parseISO (7 µs a call), formatISO (2-3 µs) and
// differenceInCalendarDays (10 µs) made recommendPlan 1.55x slower, 2.6x
// for 52-week authorizations; test/calendar/calendarDate.prop.test.ts checks
// that these functions agree with parseISO, formatISO and
// differenceInCalendarDays in the UTC context on every date.

/**
 * Reads a `YYYY-MM-DD` string as a UTCDate at midnight UTC, or `undefined`
 * when it is not a real calendar date. A UTCDate rolls 2026-02-30 over to
 * 2026-03-02, so the date is read back and must give the same year, month
 * and day (the round trip). `setFullYear` keeps years 0-99 as written.
 */
function readDate(date: string): UTCDate | undefined {
  const m = ISO_DATE.exec(date);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  const parsed = new UTCDateMini(0);
  parsed.setFullYear(year, month, day);
  return parsed.getFullYear() === year && parsed.getMonth() === month && parsed.getDate() === day ? parsed : undefined;
}

/**
 * Reads a calendar date for date-fns arithmetic; throws on anything else.
 *
 * @param date - a valid calendar date
 * @returns the date at midnight UTC: a `UTCDateMini` (typed `UTCDate` by
 *   @date-fns/utc; the UTCDate without its string methods), whose getters
 *   and setters are the UTC ones
 * @throws RangeError when `date` is not a calendar date
 * @example
 * toUTCDate('2026-03-03').toISOString(); // '2026-03-03T00:00:00.000Z'
 */
export function toUTCDate(date: CalendarDate): UTCDate {
  const parsed = readDate(date);
  if (parsed === undefined) throw new RangeError(`not a calendar date: ${date}`);
  return parsed;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * Writes a date as its `YYYY-MM-DD` calendar date in UTC.
 *
 * @param date - a date (a UTCDate from {@link toUTCDate}, or any Date: its UTC day is taken)
 * @returns the calendar date
 * @example
 * fromUTCDate(toUTCDate('2026-03-03')); // '2026-03-03'
 */
export function fromUTCDate(date: Date): CalendarDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
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
  return readDate(value) !== undefined;
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
  return fromUTCDate(addDays(toUTCDate(date), days));
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
  // Both are midnight UTC, and a UTC day has no daylight-saving change: the
  // difference is a whole number of days (differenceInCalendarDays in the
  // UTC context gives the same, at 10 µs a call).
  return Math.round((toUTCDate(to).getTime() - toUTCDate(from).getTime()) / millisecondsInDay);
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
  // ISO weekdays run 1 (Monday) to 7 (Sunday), the order of WEEKDAYS.
  return WEEKDAYS[getISODay(toUTCDate(date)) - 1] as Weekday;
}

/**
 * Makes the calendar dates at day offsets from one start date, reading the
 * start once: the schedule walks a phase's sessions with it instead of
 * parsing the start date again for every session.
 *
 * @param start - a valid calendar date
 * @returns a function from a day offset (0 is `start`) to its calendar date
 * @throws RangeError when `start` is not a calendar date
 * @example
 * const dateOf = calendarFrom('2026-02-27');
 * [0, 1, 2].map(dateOf); // ['2026-02-27', '2026-02-28', '2026-03-01']
 */
export function calendarFrom(start: CalendarDate): (offset: number) => CalendarDate {
  const origin = toUTCDate(start);
  return (offset) => fromUTCDate(addDays(origin, offset));
}
