import { format, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { toUTCDate, type CalendarDate } from '../calendar/calendarDate.js';

// Dates for people come from date-fns `format` with a date-fns locale: the
// locale data is bundled with the library, so the words are the same in
// every runtime, where `Intl` depends on the ICU data of the host. The date
// is a UTCDate, so the day never shifts with the host's time zone.

/**
 * Writes a calendar date as people read it, in a date-fns locale.
 *
 * @param date - a valid calendar date
 * @param locale - a date-fns locale (`import { fr } from 'date-fns/locale/fr'`); default `enUS`
 * @returns for example `Tue 3 Mar 2026`
 * @throws RangeError when `date` is not a calendar date
 * @example
 * readableDate('2026-03-03'); // 'Tue 3 Mar 2026'
 */
export function readableDate(date: CalendarDate, locale: Locale = enUS): string {
  return format(toUTCDate(date), 'EEE d MMM yyyy', { locale });
}

/**
 * Writes the weekday of a calendar date as people read it, abbreviated, in a date-fns locale.
 *
 * @param date - a valid calendar date
 * @param locale - a date-fns locale; default `enUS`
 * @returns for example `Tue`
 * @throws RangeError when `date` is not a calendar date
 * @example
 * readableWeekday('2026-03-03'); // 'Tue'
 */
export function readableWeekday(date: CalendarDate, locale: Locale = enUS): string {
  return format(toUTCDate(date), 'EEE', { locale });
}
