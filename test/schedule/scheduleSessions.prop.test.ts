import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, daysBetween, isCalendarDate, weekdayOf } from '../../src/calendar/calendarDate.js';
import type { Weekday } from '../../src/intake/vocabulary.js';
import type { PhaseProposal } from '../../src/rules/Effect.js';
import { minGapDays } from '../../src/schedule/minGapDays.js';
import { scheduleSessions, type ScheduleInput, type ScheduleResult } from '../../src/schedule/scheduleSessions.js';
import { fcConfig } from '../support/fcConfig.js';
import { availabilityArb, calendarDateArb, taperPhasesArb, wildPhasesArb } from '../support/scheduleArbitraries.js';

const MON_FRI: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const SOURCES = new Set(['CMS-100-02', 'MP-DEFAULT']);

/** The phases the scheduler will book, computed independently: clamped, with their target counts. */
function plannedPhases(phases: readonly PhaseProposal[]) {
  return phases
    .map((phase) => {
      const perWeek = Number.isFinite(phase.sessionsPerWeek) && phase.sessionsPerWeek > 0 ? Math.min(phase.sessionsPerWeek, 2) : 0;
      const weeks = Number.isFinite(phase.weeks) && phase.weeks > 0 ? phase.weeks : 0;
      return { phase: phase.phase, perWeek, length: Math.round(weeks * 7), target: Math.round(perWeek * weeks) };
    })
    .filter((phase) => phase.target > 0);
}

/** The first day on or after the start that the availability allows, by brute force over a year. */
function firstAllowedDay(input: ScheduleInput): string | undefined {
  const weekdays = new Set(input.weekdays ?? MON_FRI);
  const blackouts = new Set(input.blackoutDates ?? []);
  for (let day = 0; day < 366; day++) {
    const date = addCalendarDays(input.startDate, day);
    if (weekdays.has(weekdayOf(date)) && !blackouts.has(date)) return date;
  }
  return undefined;
}

/**
 * Every constraint of invariant 6 and of the schedule contract, as a list of
 * violations (empty when all hold). Collecting strings instead of calling
 * expect() per session keeps 500 runs fast and the failure message whole.
 */
function violations(input: ScheduleInput, result: ScheduleResult): string[] {
  const broken: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) broken.push(what);
  };
  const { sessions, notes, trace } = result;
  const dates = sessions.map((session) => session.date);
  const weekdays = new Set(input.weekdays ?? MON_FRI);
  const blackouts = new Set(input.blackoutDates ?? []);
  const planned = plannedPhases(input.phases);
  const totalTarget = planned.reduce((sum, phase) => sum + phase.target, 0);

  sessions.forEach((session, i) => {
    const at = `session ${session.number} (${session.date})`;
    check(session.number === i + 1, `${at}: numbered ${session.number}, expected ${i + 1}`);
    check(session.minutes === input.minutes, `${at}: minutes ${session.minutes}`);
    check(isCalendarDate(session.date), `${at}: not a calendar date`);
    check(session.date >= input.startDate, `${at}: before the start date`);
    check(weekdays.has(weekdayOf(session.date)), `${at}: on ${weekdayOf(session.date)}, not an allowed weekday`);
    check(!blackouts.has(session.date), `${at}: on a blackout date`);
    check(input.authorizedUntil === undefined || session.date <= input.authorizedUntil, `${at}: after authorizedUntil`);
    const previous = dates[i - 1];
    // Strictly increasing, and never on consecutive days.
    if (previous !== undefined) check(daysBetween(session.date, previous) >= 2, `${at}: under 2 days after ${previous}`);
  });
  if (dates.length > 0) {
    const first = dates[0] as string;
    const last = dates.at(-1) as string;
    // Never more than 2 sessions in any 7 consecutive days, checked window by window.
    const days = dates.map((date) => daysBetween(date, first));
    for (let from = -6; from <= (days.at(-1) ?? 0); from++) {
      const count = days.filter((day) => day >= from && day <= from + 6).length;
      check(count <= 2, `${count} sessions in the 7 days from ${addCalendarDays(first, from)}`);
    }
    // 90-day certification period: days 0..89 from the first session.
    check(daysBetween(last, first) <= 89, `last session ${last} is more than 89 days after ${first}`);
    check(first === firstAllowedDay(input), `first session ${first}, first allowed day ${firstAllowedDay(input)}`);
  }
  check(sessions.length <= (input.maxSessions ?? Infinity), `${sessions.length} sessions over the cap`);
  check(sessions.length <= totalTarget, `${sessions.length} sessions, only ${totalTarget} planned`);

  // Reassessment: the first on or before session 4 (the last, when fewer);
  // no run of 10 without one; the last of every phase; the last of all.
  const firstReassessment = sessions.find((session) => session.reassessment)?.number;
  if (sessions.length > 0) {
    check(
      firstReassessment !== undefined && firstReassessment <= Math.min(4, sessions.length),
      `first reassessment at session ${String(firstReassessment)} of ${sessions.length}`,
    );
  }
  let run = 0;
  sessions.forEach((session, i) => {
    run = session.reassessment ? 0 : run + 1;
    check(run < 10, `session ${session.number}: ${run} sessions in a row without a reassessment`);
    const next = sessions[i + 1];
    if (next === undefined || next.phase !== session.phase) {
      check(session.reassessment, `session ${session.number}: last of its phase but no reassessment`);
    }
  });

  // Phases in order, each in its own span, each at its own minimum spacing
  // (checked when phase names are unique, so a session maps to one phase).
  const names = planned.map((phase) => phase.phase);
  if (new Set(names).size === names.length && dates.length > 0) {
    const first = dates[0] as string;
    let from = 0;
    const spans = new Map(
      planned.map((phase) => {
        const span = { ...phase, from, to: from + phase.length - 1 };
        from += phase.length;
        return [phase.phase, span] as const;
      }),
    );
    let previousIndex = 0;
    sessions.forEach((session, i) => {
      const at = `session ${session.number} (${session.date}, ${session.phase})`;
      const span = spans.get(session.phase as PhaseProposal['phase']);
      if (span === undefined) {
        broken.push(`${at}: no such phase planned`);
        return;
      }
      const index = names.indexOf(span.phase);
      check(index >= previousIndex, `${at}: phase out of order`);
      previousIndex = index;
      const day = daysBetween(session.date, first);
      check(day >= span.from && day <= span.to, `${at}: outside the phase span, days ${span.from}..${span.to}`);
      const previous = dates[i - 1];
      if (previous !== undefined) {
        const gap = daysBetween(session.date, previous);
        check(gap >= minGapDays(span.perWeek), `${at}: ${gap} days after the previous, under ${minGapDays(span.perWeek)}`);
      }
    });
    for (const span of spans.values()) {
      const count = sessions.filter((session) => session.phase === span.phase).length;
      check(count <= span.target, `${span.phase}: ${count} sessions, only ${span.target} planned`);
    }
  }

  // Notes account for every planned session that was not scheduled, and only then appear.
  let missing = 0;
  for (const note of notes) {
    const match = /(\d+) planned sessions? \(/.exec(note.message);
    if (match === null) broken.push(`note ${note.id} gives no count: ${note.message}`);
    else missing += Number(match[1]);
  }
  check(missing === totalTarget - sessions.length, `notes count ${missing} unscheduled, expected ${totalTarget - sessions.length}`);
  check(new Set(notes.map((note) => note.id)).size === notes.length, 'duplicate note ids');

  // Trace closure: every note's rule has a trace entry; every source is known.
  const rules = new Set(trace.map((entry) => entry.rule));
  for (const note of notes) check(rules.has(note.rule), `note ${note.id}: rule ${note.rule} has no trace entry`);
  for (const entry of trace) check(SOURCES.has(entry.source), `trace ${entry.rule}: unknown source ${entry.source}`);
  return broken;
}

function checkSchedule(input: ScheduleInput, result: ScheduleResult): void {
  expect(violations(input, result)).toEqual([]);
}

const inputArb = (phasesArb: fc.Arbitrary<PhaseProposal[]>) =>
  fc
    .record({ phases: phasesArb, availability: availabilityArb, minutes: fc.integer({ min: 10, max: 120 }) })
    .map(({ phases, availability, minutes }): ScheduleInput => ({ phases, minutes, ...availability }));

describe('scheduleSessions: invariant 6 over generated availabilities', () => {
  it('keeps every constraint for taper-shaped phases, including impossible calendars', () => {
    fc.assert(
      fc.property(inputArb(taperPhasesArb), (input) => {
        checkSchedule(input, scheduleSessions(input));
      }),
      fcConfig,
    );
  });

  it('keeps every constraint for phases no engine should produce', () => {
    fc.assert(
      fc.property(inputArb(wildPhasesArb), (input) => {
        checkSchedule(input, scheduleSessions(input));
      }),
      { ...fcConfig, numRuns: Math.max(1, Math.round(fcConfig.numRuns / 2)) },
    );
  });

  it('is deterministic: equal input, deep-equal output', () => {
    fc.assert(
      fc.property(inputArb(taperPhasesArb), (input) => {
        expect(scheduleSessions(structuredClone(input))).toEqual(scheduleSessions(input));
      }),
      { ...fcConfig, numRuns: Math.max(1, Math.round(fcConfig.numRuns / 5)) },
    );
  });

  it('with a cap, books exactly the first sessions of the uncapped schedule', () => {
    fc.assert(
      fc.property(inputArb(taperPhasesArb), fc.integer({ min: 1, max: 40 }), (input, cap) => {
        const { maxSessions: _ignored, ...uncapped } = input;
        const all = scheduleSessions(uncapped).sessions.map((s) => s.date);
        const capped = scheduleSessions({ ...uncapped, maxSessions: cap }).sessions.map((s) => s.date);
        expect(capped).toEqual(all.slice(0, cap));
      }),
      { ...fcConfig, numRuns: Math.max(1, Math.round(fcConfig.numRuns / 5)) },
    );
  });

  it('books every planned session when every day is open and the taper fits in 12 weeks', () => {
    // Whole numbers of sessions per phase (e.g. every 4 weeks for 4, 8 or 12 weeks).
    const fittingPhases = fc
      .tuple(
        fc.subarray(['intensive', 'transition', 'maintenance'] as const, { minLength: 1 }),
        fc.array(fc.constantFrom(2, 1.5, 1, 0.5, 0.25), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 3 }),
      )
      .map(([kinds, frequencies, units]) => {
        const sorted = [...frequencies].sort((a, b) => b - a);
        // weeks = units × (4 weeks for 0.25, 2 for 0.5 and 1.5, 1 otherwise), then trimmed to 12 weeks in all.
        let left = 12;
        return kinds.flatMap((phase, i) => {
          const perWeek = sorted[i] ?? 1;
          const step = perWeek === 0.25 ? 4 : perWeek === 0.5 || perWeek === 1.5 ? 2 : 1;
          const weeks = Math.min((units[i] ?? 1) * step, Math.floor(left / step) * step);
          left -= weeks;
          return weeks > 0 ? [{ phase, sessionsPerWeek: perWeek, weeks }] : [];
        });
      });
    fc.assert(
      fc.property(fittingPhases, calendarDateArb, (phases, startDate) => {
        const input: ScheduleInput = {
          phases,
          startDate,
          weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          minutes: 60,
        };
        const result = scheduleSessions(input);
        checkSchedule(input, result);
        expect(result.notes).toEqual([]);
        expect(result.sessions.length).toBe(plannedPhases(phases).reduce((sum, p) => sum + p.target, 0));
      }),
      fcConfig,
    );
  });
});
