import { describe, expect, it } from 'vitest';
import { addCalendarDays, weekdayOf } from '../../src/calendar/calendarDate.js';
import type { PhaseProposal } from '../../src/rules/Effect.js';
import { scheduleSessions, type ScheduleInput } from '../../src/schedule/scheduleSessions.js';

const twice = (weeks: number): PhaseProposal => ({ phase: 'intensive', sessionsPerWeek: 2, weeks });
const weekly = (weeks: number, phase: PhaseProposal['phase'] = 'intensive'): PhaseProposal => ({
  phase,
  sessionsPerWeek: 1,
  weeks,
});

function run(input: Partial<ScheduleInput> & Pick<ScheduleInput, 'phases' | 'startDate'>) {
  return scheduleSessions({ minutes: 60, ...input });
}
const datesOf = (result: ReturnType<typeof run>) => result.sessions.map((s) => s.date);
const reassessedNumbers = (result: ReturnType<typeof run>) =>
  result.sessions.filter((s) => s.reassessment).map((s) => s.number);
const noteIds = (result: ReturnType<typeof run>) => result.notes.map((n) => n.id);

describe('scheduleSessions: concrete calendars', () => {
  it('books Tue/Thu twice a week for 4 weeks from Tue 2026-12-01', () => {
    const result = run({ phases: [twice(4)], startDate: '2026-12-01', weekdays: ['tue', 'thu'] });
    expect(datesOf(result)).toEqual([
      '2026-12-01',
      '2026-12-03',
      '2026-12-08',
      '2026-12-10',
      '2026-12-15',
      '2026-12-17',
      '2026-12-22',
      '2026-12-24',
    ]);
    expect(result.sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result.sessions.every((s) => s.minutes === 60 && s.phase === 'intensive')).toBe(true);
    expect(reassessedNumbers(result)).toEqual([4, 8]);
    expect(result.notes).toEqual([]);
  });

  it('starts on the first allowed day on or after the start date', () => {
    // 2026-12-05 is a Saturday; Monday–Friday by default → Monday 2026-12-07.
    const result = run({ phases: [weekly(2)], startDate: '2026-12-05' });
    expect(datesOf(result)).toEqual(['2026-12-07', '2026-12-14']);
  });

  it('spreads twice-weekly sessions Monday/Thursday when every weekday is open', () => {
    // Aim is 3.5 days after Monday: Thursday and Friday are equally near, the earlier wins.
    const result = run({ phases: [twice(2)], startDate: '2027-01-04' });
    expect(datesOf(result)).toEqual(['2027-01-04', '2027-01-07', '2027-01-11', '2027-01-14']);
  });

  it('moves a weekly session off a blackout date to another allowed day in its week', () => {
    const result = run({
      phases: [weekly(4)],
      startDate: '2026-12-01',
      weekdays: ['tue', 'thu'],
      blackoutDates: ['2026-12-08'],
    });
    expect(datesOf(result)).toEqual(['2026-12-01', '2026-12-10', '2026-12-15', '2026-12-22']);
    expect(result.notes).toEqual([]);
  });

  it('skips a blackout that leaves no twice-weekly day in its week, and says so', () => {
    const result = run({
      phases: [twice(2)],
      startDate: '2026-12-01',
      weekdays: ['tue', 'thu'],
      blackoutDates: ['2026-12-10'],
    });
    expect(datesOf(result)).toEqual(['2026-12-01', '2026-12-03', '2026-12-08']);
    expect(result.notes).toEqual([
      {
        id: 'schedule-shortfall-blackouts',
        rule: 'schedule/blackouts',
        message:
          "1 planned session (intensive 1) of 4 could not be scheduled: every allowed day that keeps the minimum spacing in the phase's week was a blackout date.",
      },
    ]);
    expect(reassessedNumbers(result)).toEqual([3]);
  });

  it('stops at a cap of 12 sessions, reassessing at session 4 (the first by visit 4) and on the last one', () => {
    const result = run({ phases: [twice(8)], startDate: '2027-01-04', maxSessions: 12 });
    expect(datesOf(result)).toEqual([
      '2027-01-04',
      '2027-01-07',
      '2027-01-11',
      '2027-01-14',
      '2027-01-18',
      '2027-01-21',
      '2027-01-25',
      '2027-01-28',
      '2027-02-01',
      '2027-02-04',
      '2027-02-08',
      '2027-02-11',
    ]);
    expect(reassessedNumbers(result)).toEqual([4, 12]);
    expect(result.notes).toEqual([
      {
        id: 'schedule-shortfall-max-sessions',
        rule: 'schedule/authorization',
        message:
          '4 planned sessions (intensive 4) of 16 could not be scheduled: the authorization allows at most 12 sessions. Request more sessions if progress warrants it.',
      },
    ]);
  });

  it('books nothing after authorizedUntil and reassesses on the last authorized session', () => {
    const result = run({ phases: [weekly(8)], startDate: '2026-12-01', authorizedUntil: '2026-12-31' });
    expect(datesOf(result)).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29']);
    expect(reassessedNumbers(result)).toEqual([4, 5]);
    expect(noteIds(result)).toEqual(['schedule-shortfall-authorized-until']);
    expect(result.notes[0]?.message).toBe(
      '3 planned sessions (intensive 3) of 8 could not be scheduled: the authorization ends 2026-12-31. Request an extension if progress warrants it.',
    );
  });

  it('counts the leap day 2028-02-29', () => {
    // 2028-02-28 is a Monday, so the first Tuesday is the leap day itself.
    expect(weekdayOf('2028-02-29')).toBe('tue');
    const result = run({ phases: [twice(2)], startDate: '2028-02-28', weekdays: ['tue', 'thu'] });
    expect(datesOf(result)).toEqual(['2028-02-29', '2028-03-02', '2028-03-07', '2028-03-09']);
  });

  it('keeps weekly spacing across a leap day in a weekly phase', () => {
    const result = run({ phases: [weekly(3)], startDate: '2028-02-22', weekdays: ['tue'] });
    expect(datesOf(result)).toEqual(['2028-02-22', '2028-02-29', '2028-03-07']);
  });

  it('is unaffected by the US daylight-saving change on 2026-03-08', () => {
    const result = run({ phases: [weekly(3)], startDate: '2026-03-01', weekdays: ['sun'] });
    expect(datesOf(result)).toEqual(['2026-03-01', '2026-03-08', '2026-03-15']);
  });

  it('is unaffected by the New Zealand daylight-saving change on 2026-04-05', () => {
    // Saturday then the Monday after the change; the next week repeats.
    const result = run({ phases: [twice(2)], startDate: '2026-04-04', weekdays: ['sat', 'mon'] });
    expect(datesOf(result)).toEqual(['2026-04-04', '2026-04-06', '2026-04-11', '2026-04-13']);
  });

  it('crosses a year end', () => {
    const result = run({ phases: [twice(2)], startDate: '2026-12-28', blackoutDates: ['2027-01-01'] });
    expect(datesOf(result)).toEqual(['2026-12-28', '2026-12-31', '2027-01-04', '2027-01-07']);
    const weeklyResult = run({ phases: [weekly(2)], startDate: '2030-12-31' });
    expect(datesOf(weeklyResult)).toEqual(['2030-12-31', '2031-01-07']);
  });

  it('books one session a week when only one weekday is allowed for twice-weekly care, and says why', () => {
    const result = run({ phases: [twice(4)], startDate: '2026-12-02', weekdays: ['wed'] });
    expect(datesOf(result)).toEqual(['2026-12-02', '2026-12-09', '2026-12-16', '2026-12-23']);
    expect(reassessedNumbers(result)).toEqual([4]);
    expect(result.notes).toEqual([
      {
        id: 'schedule-shortfall-weekdays',
        rule: 'schedule/weekdays',
        message:
          "4 planned sessions (intensive 4) of 8 could not be scheduled: the allowed weekdays (wed) leave no day in the phase's week that keeps the minimum spacing between sessions. Add weekdays or accept the lower frequency.",
      },
    ]);
  });

  it('never books consecutive days: Monday/Tuesday only gives one session a week', () => {
    const result = run({ phases: [twice(2)], startDate: '2026-12-07', weekdays: ['mon', 'tue'] });
    expect(datesOf(result)).toEqual(['2026-12-07', '2026-12-14']);
    expect(noteIds(result)).toEqual(['schedule-shortfall-weekdays']);
  });

  it('stops at 89 days after the first session and says a recertification is due', () => {
    const result = run({ phases: [twice(16)], startDate: '2026-12-01' });
    expect(result.sessions).toHaveLength(26);
    expect(result.sessions.at(-1)?.date).toBe('2027-02-26');
    expect(reassessedNumbers(result)).toEqual([4, 14, 24, 26]);
    expect(result.notes).toEqual([
      {
        id: 'recertification-due',
        rule: 'schedule/certification-period',
        message:
          'A recertification is due by 2027-02-28: the plan of care covers at most 90 days from the first session (2026-12-01 to 2027-02-28), and 6 planned sessions (intensive 6) lying beyond it were not scheduled.',
      },
    ]);
    expect(result.trace).toContainEqual(
      expect.objectContaining({ rule: 'schedule/certification-period', source: 'CMS-100-02' }),
    );
  });

  it('tapers across phases, each in its own span, reassessing at every phase end', () => {
    const result = run({
      phases: [twice(2), weekly(2, 'transition'), { phase: 'maintenance', sessionsPerWeek: 0.5, weeks: 4 }],
      startDate: '2027-01-04',
    });
    expect(result.sessions.map((s) => [s.date, s.phase, s.reassessment])).toEqual([
      ['2027-01-04', 'intensive', false],
      ['2027-01-07', 'intensive', false],
      ['2027-01-11', 'intensive', false],
      ['2027-01-14', 'intensive', true],
      // Transition span starts Monday 01-18: 5 days after Thursday 01-14 is Tuesday.
      ['2027-01-19', 'transition', false],
      ['2027-01-25', 'transition', true],
      // Maintenance span starts 02-01: 10 days after 01-25 is Thursday 02-04.
      ['2027-02-04', 'maintenance', false],
      ['2027-02-15', 'maintenance', true],
    ]);
  });

  it('books frequencies above 2 a week as 2 a week', () => {
    const result = run({
      phases: [{ phase: 'intensive', sessionsPerWeek: 5, weeks: 1 }],
      startDate: '2027-01-04',
    });
    expect(datesOf(result)).toEqual(['2027-01-04', '2027-01-07']);
  });

  it('books nothing, with a note, when no weekday is allowed', () => {
    const result = run({ phases: [twice(2)], startDate: '2027-01-04', weekdays: [] });
    expect(result.sessions).toEqual([]);
    expect(noteIds(result)).toEqual(['schedule-shortfall-weekdays']);
    expect(result.notes[0]?.message).toMatch(/^No session could be scheduled/);
  });

  it('books nothing, with a note, when every allowed day of the year is a blackout', () => {
    const mondays = Array.from({ length: 53 }, (_, i) => addCalendarDays('2027-01-04', 7 * i));
    const result = run({ phases: [weekly(4)], startDate: '2027-01-04', weekdays: ['mon'], blackoutDates: mondays });
    expect(result.sessions).toEqual([]);
    expect(noteIds(result)).toEqual(['schedule-shortfall-blackouts']);
  });

  it('books nothing when the authorization ends before the first allowed day', () => {
    const result = run({
      phases: [weekly(4)],
      startDate: '2026-12-05',
      weekdays: ['mon'],
      authorizedUntil: '2026-12-06',
    });
    expect(result.sessions).toEqual([]);
    expect(noteIds(result)).toEqual(['schedule-shortfall-authorized-until']);
    expect(result.notes[0]?.message).toContain('the authorization ends 2026-12-06');
  });

  it('marks a single authorized session as a reassessment', () => {
    const result = run({ phases: [twice(4)], startDate: '2027-01-04', maxSessions: 1 });
    expect(result.sessions).toEqual([{ number: 1, date: '2027-01-04', phase: 'intensive', minutes: 60, reassessment: true }]);
  });

  it('returns no sessions and no notes for phases that plan none', () => {
    const result = run({ phases: [{ phase: 'intensive', sessionsPerWeek: 0, weeks: 4 }], startDate: '2027-01-04' });
    expect(result.sessions).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it('gives every note a rule with a trace entry, and every trace entry a known source', () => {
    const result = run({
      phases: [twice(20)],
      startDate: '2026-12-01',
      weekdays: ['wed'],
      blackoutDates: ['2026-12-16'],
      maxSessions: 9,
    });
    const rules = new Set(result.trace.map((entry) => entry.rule));
    for (const note of result.notes) expect(rules).toContain(note.rule);
    for (const entry of result.trace) expect(['CMS-100-02', 'MP-DEFAULT']).toContain(entry.source);
    expect(result.trace.find((entry) => entry.rule === 'schedule/reassessment')?.source).toBe('CMS-100-02');
  });
});
