import fc from 'fast-check';
import { addCalendarDays, daysBetween, type CalendarDate } from '../../src/calendar/calendarDate.js';
import { WEEKDAYS, type Weekday } from '../../src/intake/vocabulary.js';
import type { PhaseProposal } from '../../src/rules/Effect.js';

// All generators build valid values by construction (no .filter), so
// shrinking stays fast and no run is wasted.

const FIRST = '2024-01-01';
const LAST = '2030-12-31';
const SPAN = daysBetween(LAST, FIRST);

/** Dates where calendars go wrong: leap days, year ends, DST changes (US, EU, NZ, Brazil). */
export const TRICKY_DATES: readonly CalendarDate[] = [
  '2024-02-29',
  '2028-02-28',
  '2028-02-29',
  '2028-03-01',
  '2026-12-31',
  '2027-12-31',
  '2029-12-31',
  '2030-12-31',
  '2026-03-08',
  '2026-03-29',
  '2026-04-05',
  '2026-09-27',
  '2026-10-25',
  '2026-11-01',
  '2027-02-28',
];

/** Any calendar date 2024–2030, often one of {@link TRICKY_DATES}. */
export const calendarDateArb: fc.Arbitrary<CalendarDate> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: SPAN }).map((day) => addCalendarDays(FIRST, day)) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY_DATES) },
);

/** A non-empty set of weekdays, in week order. */
export const weekdaysArb: fc.Arbitrary<Weekday[]> = fc.subarray([...WEEKDAYS], { minLength: 1 });

/** The frequencies of the taper ladder, plus an off-ladder one. */
export const FREQUENCIES = [2, 1.5, 1, 0.5, 0.25] as const;

const weeksArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 16 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 20, noNaN: true }) },
);

/** 1–3 phases in taper order with non-increasing frequencies, as `mergePhases` produces them. */
export const taperPhasesArb: fc.Arbitrary<PhaseProposal[]> = fc
  .tuple(
    fc.subarray(['intensive', 'transition', 'maintenance'] as const, { minLength: 1 }),
    fc.array(fc.constantFrom(...FREQUENCIES), { minLength: 3, maxLength: 3 }),
    fc.array(weeksArb, { minLength: 3, maxLength: 3 }),
  )
  .map(([kinds, frequencies, weeks]) => {
    const sorted = [...frequencies].sort((a, b) => b - a);
    return kinds.map((phase, i) => ({ phase, sessionsPerWeek: sorted[i] ?? 1, weeks: weeks[i] ?? 0 }));
  });

/** Phases no engine should produce: any order, repeated kinds, frequencies above 2, zero or negative. */
export const wildPhasesArb: fc.Arbitrary<PhaseProposal[]> = fc.array(
  fc.record({
    phase: fc.constantFrom('intensive', 'transition', 'maintenance' as const),
    sessionsPerWeek: fc.oneof(fc.constantFrom(...FREQUENCIES, 3, 7, 0, -1), fc.double({ min: -1, max: 10, noNaN: true })),
    weeks: fc.oneof(weeksArb, fc.constantFrom(-2, 0, 52)),
  }),
  { maxLength: 5 },
);

/** Blackout dates relative to a start date: none, scattered, or a dense run (up to 366). */
export function blackoutsArb(): fc.Arbitrary<(start: CalendarDate) => CalendarDate[]> {
  return fc.oneof(
    fc.constant(() => []),
    fc
      .array(fc.integer({ min: -10, max: 200 }), { maxLength: 366 })
      .map((offsets) => (start: CalendarDate) => offsets.map((day) => addCalendarDays(start, day))),
    fc
      .tuple(fc.integer({ min: -5, max: 120 }), fc.integer({ min: 1, max: 366 }))
      .map(([from, length]) => (start: CalendarDate) =>
        Array.from({ length }, (_, i) => addCalendarDays(start, from + i)),
      ),
    fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 2, max: 7 }))
      .map(([from, every]) => (start: CalendarDate) =>
        Array.from({ length: 60 }, (_, i) => addCalendarDays(start, from + i * every)),
      ),
  );
}

/** Availability as the intake has it (the start date is separate), built for a given start date. */
export interface AvailabilityParts {
  weekdays?: Weekday[];
  blackoutDates?: CalendarDate[];
  maxSessions?: number;
  authorizedUntil?: CalendarDate;
}

/**
 * A start date and availability, including impossible ones: a single
 * weekday, dense blackouts, a cap of 1, an authorization that ends before
 * the first allowed day. Optional keys are omitted, never `undefined`.
 */
export const availabilityArb: fc.Arbitrary<{ startDate: CalendarDate } & AvailabilityParts> = fc
  .record({
    startDate: calendarDateArb,
    weekdays: fc.option(weekdaysArb, { nil: undefined }),
    blackouts: blackoutsArb(),
    maxSessions: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    authorizedAfter: fc.option(fc.integer({ min: -3, max: 200 }), { nil: undefined }),
  })
  .map(({ startDate, weekdays, blackouts, maxSessions, authorizedAfter }) => ({
    startDate,
    ...(weekdays === undefined ? {} : { weekdays }),
    blackoutDates: blackouts(startDate),
    ...(maxSessions === undefined ? {} : { maxSessions }),
    ...(authorizedAfter === undefined ? {} : { authorizedUntil: addCalendarDays(startDate, authorizedAfter) }),
  }));
