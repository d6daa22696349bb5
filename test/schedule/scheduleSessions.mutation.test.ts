import { describe, expect, it } from 'vitest';
import { scheduleSessions, type ScheduleInput } from '../../src/schedule/scheduleSessions.js';

// scheduleSessions, scenario by scenario, with everything it returns: the
// dates (a * marks a reassessment), each note a clinic reads, and the trace.

const I = (sessionsPerWeek: number, weeks: number) => ({ phase: 'intensive' as const, sessionsPerWeek, weeks });
const run = (input: Partial<ScheduleInput> & Pick<ScheduleInput, 'phases'>) =>
  scheduleSessions({ startDate: '2026-12-01', minutes: 45, ...input });
const dates = (result: ReturnType<typeof scheduleSessions>): string =>
  result.sessions.map((s) => `${s.date}${s.phase === 'intensive' ? '' : ` ${s.phase}`}${s.reassessment ? '*' : ''}`).join(' ');
const traceOf = (result: ReturnType<typeof scheduleSessions>, rule: string): string | undefined =>
  result.trace.find((t) => t.rule === rule)?.detail;

const SPACING =
  'Never more than 2 sessions in any 7 days; at least 2 days between sessions, 5 in weekly care, 10 every 2 weeks, 20 every 4 weeks; frequencies above 2 a week are booked as 2.';

describe('scheduleSessions: a full result', () => {
  it('twice a week on Tuesdays and Thursdays: dates, minutes, numbers, the whole trace', () => {
    const result = run({ phases: [I(2, 2)], weekdays: ['tue', 'thu'], minutes: 60 });
    expect(result.sessions).toStrictEqual([
      { number: 1, date: '2026-12-01', phase: 'intensive', minutes: 60, reassessment: false },
      { number: 2, date: '2026-12-03', phase: 'intensive', minutes: 60, reassessment: false },
      { number: 3, date: '2026-12-08', phase: 'intensive', minutes: 60, reassessment: false },
      { number: 4, date: '2026-12-10', phase: 'intensive', minutes: 60, reassessment: true },
    ]);
    expect(result.notes).toStrictEqual([]);
    expect(result.trace).toStrictEqual([
      { rule: 'schedule/start', effect: 'schedule', detail: 'First session on the first allowed day on or after 2026-12-01: 2026-12-01.', source: 'MP-DEFAULT' },
      { rule: 'schedule/weekdays', effect: 'schedule', detail: 'Sessions only on tue, thu.', source: 'MP-DEFAULT' },
      { rule: 'schedule/spacing', effect: 'schedule', detail: SPACING, source: 'MP-DEFAULT' },
      {
        rule: 'schedule/phases',
        effect: 'schedule',
        detail: 'Each phase plans round(sessions a week × weeks) sessions in its own span: intensive 2×/week for 2 weeks: 4 sessions (2026-12-01 to 2026-12-14). 4 of 4 scheduled.',
        source: 'MP-DEFAULT',
      },
      { rule: 'schedule/certification-period', effect: 'schedule', detail: 'The plan of care covers at most 90 days: 2026-12-01 to 2027-02-28.', source: 'CMS-100-02' },
      {
        rule: 'schedule/reassessment',
        effect: 'schedule',
        detail:
          'Reassessment (progress report) by session 4 at the latest (about 70% recovery is expected by visits 3–4, a practice-level figure), then at least every 10 sessions, at the end of each phase and on the last session scheduled: sessions 4.',
        source: 'CMS-100-02',
      },
    ]);
  });

  it('a three-phase taper: spans, step-down dates, a reassessment at each phase end, the 90-day cut', () => {
    const result = run({ phases: [I(2, 4), { phase: 'transition', sessionsPerWeek: 1, weeks: 4 }, { phase: 'maintenance', sessionsPerWeek: 0.5, weeks: 8 }], minutes: 60 });
    expect(dates(result)).toBe(
      '2026-12-01 2026-12-04 2026-12-08 2026-12-11* 2026-12-15 2026-12-18 2026-12-22 2026-12-25* ' +
        '2026-12-30 transition 2027-01-05 transition 2027-01-12 transition 2027-01-19 transition* ' +
        '2027-01-29 maintenance 2027-02-09 maintenance 2027-02-23 maintenance*',
    );
    expect(traceOf(result, 'schedule/weekdays')).toBe('Sessions only on mon, tue, wed, thu, fri (default Monday–Friday).');
    expect(traceOf(result, 'schedule/phases')).toBe(
      'Each phase plans round(sessions a week × weeks) sessions in its own span: intensive 2×/week for 4 weeks: 8 sessions (2026-12-01 to 2026-12-28); transition weekly for 4 weeks: 4 sessions (2026-12-29 to 2027-01-25); maintenance every 2 weeks for 8 weeks: 4 sessions (2027-01-26 to 2027-03-22). 15 of 16 scheduled.',
    );
    expect(traceOf(result, 'schedule/reassessment')).toBe(
      'Reassessment (progress report) by session 4 at the latest (about 70% recovery is expected by visits 3–4, a practice-level figure), then at least every 10 sessions, at the end of each phase and on the last session scheduled: sessions 4, 8, 12, 15.',
    );
    expect(result.notes).toStrictEqual([
      {
        id: 'recertification-due',
        rule: 'schedule/certification-period',
        message:
          'A recertification is due by 2027-02-28: the plan of care covers at most 90 days from the first session (2026-12-01 to 2027-02-28), and 1 planned session (maintenance 1) lying beyond it was not scheduled.',
      },
    ]);
    expect(result.trace.some((t) => t.rule === 'schedule/authorization' || t.rule === 'schedule/blackouts')).toBe(false);
  });

  it('the first reassessment by session 4, then one every 10 sessions at the latest, and on the last', () => {
    expect(dates(run({ phases: [I(1, 11)] }))).toBe(
      '2026-12-01 2026-12-08 2026-12-15 2026-12-22* 2026-12-29 2027-01-05 2027-01-12 2027-01-19 2027-01-26 2027-02-02 2027-02-09*',
    );
    expect(traceOf(run({ phases: [I(2, 8)] }), 'schedule/reassessment')).toMatch(/: sessions 4, 14, 16\.$/);
    // Fewer than 4 sessions: the last one is the first reassessment.
    expect(dates(run({ phases: [I(1, 3)] }))).toBe('2026-12-01 2026-12-08 2026-12-15*');
  });

  it('takes the nearer of two open days around the aim, the earlier on a tie', () => {
    // aim for the 2nd session: day 3.5 (Thu or Fri from a Monday)
    expect(dates(run({ phases: [I(2, 1)], startDate: '2026-11-30' }))).toBe('2026-11-30 2026-12-03*');
    expect(dates(run({ phases: [I(2, 1)], startDate: '2026-11-30', blackoutDates: ['2026-12-03'] }))).toBe('2026-11-30 2026-12-04*');
    expect(dates(run({ phases: [I(2, 1)], startDate: '2026-11-30', blackoutDates: ['2026-12-03', '2026-12-04'] }))).toBe('2026-11-30 2026-12-02*');
  });
});

describe('scheduleSessions: limits and what the trace says about them', () => {
  it('blackouts (strings that are not dates are ignored) and a session cap', () => {
    const result = run({ phases: [I(2, 4)], blackoutDates: ['2026-12-03', 'not-a-date'], maxSessions: 3, authorizedUntil: '2026-12-31' });
    expect(dates(result)).toBe('2026-12-01 2026-12-04 2026-12-08*');
    expect(traceOf(result, 'schedule/blackouts')).toBe('No session on 2 blackout dates.');
    expect(traceOf(result, 'schedule/authorization')).toBe('Within the authorization: at most 3 sessions, none after 2026-12-31.');
    expect(traceOf(result, 'schedule/phases')).toMatch(/\. 3 of 8 scheduled\.$/);
    expect(result.notes).toStrictEqual([
      {
        id: 'schedule-shortfall-max-sessions',
        rule: 'schedule/authorization',
        message: '5 planned sessions (intensive 5) of 8 could not be scheduled: the authorization allows at most 3 sessions. Request more sessions if progress warrants it.',
      },
    ]);
    expect(traceOf(run({ phases: [I(1, 2)], blackoutDates: ['2026-12-25'] }), 'schedule/blackouts')).toBe('No session on 1 blackout date.');
  });

  it('a cap is a whole number of sessions; 0 or NaN allows none', () => {
    expect(dates(run({ phases: [I(2, 2)], maxSessions: 2.7 }))).toBe('2026-12-01 2026-12-04*');
    const none = run({ phases: [I(2, 1)], maxSessions: 0 });
    expect(none.sessions).toStrictEqual([]);
    expect(traceOf(none, 'schedule/authorization')).toBe('Within the authorization: at most 0 sessions.');
    expect(traceOf(none, 'schedule/start')).toBe('First session on the first allowed day on or after 2026-12-01: 2026-12-01.');
    expect(none.notes[0]?.message).toBe(
      '2 planned sessions (intensive 2) of 2 could not be scheduled: the authorization allows at most 0 sessions. Request more sessions if progress warrants it.',
    );
    expect(run({ phases: [I(2, 1)], maxSessions: Number.NaN }).sessions).toStrictEqual([]);
    expect(traceOf(run({ phases: [I(2, 1)], maxSessions: 1 }), 'schedule/authorization')).toBe('Within the authorization: at most 1 session.');
  });

  it('an authorization end: no session after it, and a note with the count', () => {
    const result = run({ phases: [I(2, 4)], authorizedUntil: '2026-12-10' });
    expect(dates(result)).toBe('2026-12-01 2026-12-04 2026-12-08*');
    expect(traceOf(result, 'schedule/authorization')).toBe('Within the authorization: none after 2026-12-10.');
    expect(result.notes).toStrictEqual([
      {
        id: 'schedule-shortfall-authorized-until',
        rule: 'schedule/authorization',
        message: '5 planned sessions (intensive 5) of 8 could not be scheduled: the authorization ends 2026-12-10. Request an extension if progress warrants it.',
      },
    ]);
  });

  it('a session whose week straddles the end of the authorization and the 90 days', () => {
    // weekly on Tuesdays (and Mondays); the 13th Tuesday is a blackout, the Monday after it is day 90
    const base = { phases: [I(1, 14)], weekdays: ['tue' as const, 'mon' as const], blackoutDates: ['2027-02-23'] };
    const cert = run(base);
    expect(cert.sessions).toHaveLength(12);
    expect(cert.notes).toStrictEqual([
      {
        id: 'recertification-due',
        rule: 'schedule/certification-period',
        message:
          'A recertification is due by 2027-02-28: the plan of care covers at most 90 days from the first session (2026-12-01 to 2027-02-28), and 2 planned sessions (intensive 2) lying beyond it were not scheduled.',
      },
    ]);
    const auth = run({ ...base, authorizedUntil: '2027-02-28' });
    expect(auth.notes.map((n) => [n.id, n.message.slice(0, 40)])).toStrictEqual([
      ['schedule-shortfall-authorized-until', '1 planned session (intensive 1) of 14 co'],
      ['recertification-due', 'A recertification is due by 2027-02-28: '],
    ]);
  });

  it('nothing past 90 days from the first session (plan of care certification)', () => {
    const result = run({ phases: [I(1, 14)], weekdays: ['tue'] });
    expect(result.sessions).toHaveLength(13);
    expect(result.sessions.at(-1)?.date).toBe('2027-02-23');
    expect(result.notes[0]?.message).toMatch(/and 1 planned session \(intensive 1\) lying beyond it was not scheduled\.$/);
    expect(run({ phases: [I(1, 13)], weekdays: ['tue'] }).notes).toStrictEqual([]);
  });
});

describe('scheduleSessions: every shortfall note', () => {
  it('no allowed weekday at all', () => {
    const result = run({ phases: [I(2, 2)], weekdays: [] });
    expect(result.sessions).toStrictEqual([]);
    expect(result.notes).toStrictEqual([
      {
        id: 'schedule-shortfall-weekdays',
        rule: 'schedule/weekdays',
        message: 'No session could be scheduled: no allowed weekday (none) falls on or after 2026-12-01; 4 planned sessions (intensive 4) of 4 could not be scheduled.',
      },
    ]);
    expect(traceOf(result, 'schedule/start')).toBe('No allowed day was found on or after 2026-12-01 within 366 days and the authorization.');
    expect(traceOf(result, 'schedule/weekdays')).toBe('Sessions only on none.');
    expect(traceOf(result, 'schedule/phases')).toBe(
      'Each phase plans round(sessions a week × weeks) sessions in its own span: intensive 2×/week for 2 weeks: 4 sessions. 0 of 4 scheduled.',
    );
    expect(result.trace.map((t) => t.rule)).toStrictEqual(['schedule/start', 'schedule/weekdays', 'schedule/spacing', 'schedule/phases']);
  });

  it('too few weekdays for the frequency', () => {
    const result = run({ phases: [I(2, 2)], startDate: '2026-11-30', weekdays: ['mon'] });
    expect(dates(result)).toBe('2026-11-30 2026-12-07*');
    expect(result.notes).toStrictEqual([
      {
        id: 'schedule-shortfall-weekdays',
        rule: 'schedule/weekdays',
        message:
          "2 planned sessions (intensive 2) of 4 could not be scheduled: the allowed weekdays (mon) leave no day in the phase's week that keeps the minimum spacing between sessions. Add weekdays or accept the lower frequency.",
      },
    ]);
  });

  it('a blackout on the only allowed day of a week', () => {
    const result = run({ phases: [I(1, 3)], startDate: '2026-11-30', weekdays: ['mon'], blackoutDates: ['2026-12-07'] });
    expect(dates(result)).toBe('2026-11-30 2026-12-14*');
    expect(result.notes).toStrictEqual([
      {
        id: 'schedule-shortfall-blackouts',
        rule: 'schedule/blackouts',
        message: "1 planned session (intensive 1) of 3 could not be scheduled: every allowed day that keeps the minimum spacing in the phase's week was a blackout date.",
      },
    ]);
    expect(traceOf(result, 'schedule/phases')).toMatch(/intensive weekly for 3 weeks: 3 sessions \(2026-11-30 to 2026-12-20\)\. 2 of 3 scheduled\.$/);
  });

  it('every allowed day of a year blacked out', () => {
    const mondays = Array.from({ length: 53 }, (_, i) => new Date(Date.UTC(2026, 10, 30 + 7 * i)).toISOString().slice(0, 10));
    const result = run({ phases: [I(1, 2)], startDate: '2026-11-30', weekdays: ['mon'], blackoutDates: mondays });
    expect(result.notes).toStrictEqual([
      {
        id: 'schedule-shortfall-blackouts',
        rule: 'schedule/blackouts',
        message: 'No session could be scheduled: every allowed weekday in the 366 days from 2026-11-30 is a blackout date; 2 planned sessions (intensive 2) of 2 could not be scheduled.',
      },
    ]);
  });

  it('an authorization that ends before the first allowed day', () => {
    const result = run({ phases: [I(2, 4)], startDate: '2026-12-05', authorizedUntil: '2026-12-06' });
    expect(result.sessions).toStrictEqual([]);
    expect(result.notes).toStrictEqual([
      {
        id: 'schedule-shortfall-authorized-until',
        rule: 'schedule/authorization',
        message:
          'No session could be scheduled: the authorization ends 2026-12-06, before the first allowed day on or after 2026-12-05; 8 planned sessions (intensive 8) of 8 could not be scheduled.',
      },
    ]);
    expect(result.trace.some((t) => t.rule === 'schedule/certification-period' || t.rule === 'schedule/reassessment')).toBe(false);
  });

  it('a session pushed late leaves no room for the next phase', () => {
    const result = run({ phases: [I(2, 1), { phase: 'maintenance', sessionsPerWeek: 0.5, weeks: 1 }], startDate: '2026-11-30', blackoutDates: ['2026-12-03'] });
    expect(dates(result)).toBe('2026-11-30 2026-12-04*');
    expect(result.notes).toStrictEqual([
      {
        id: 'schedule-shortfall-spacing',
        rule: 'schedule/spacing',
        message:
          "1 planned session (maintenance 1) of 3 could not be scheduled: earlier sessions, moved by the calendar, left no day in the phase's week that keeps the spacing (never more than 2 sessions in any 7 days, at least 2 days apart, 5 for weekly care).",
      },
    ]);
  });
});

describe('scheduleSessions: phases that plan nothing', () => {
  it('drops phases with no positive finite frequency or length, and caps frequency at 2', () => {
    const result = run({
      phases: [
        { phase: 'intensive', sessionsPerWeek: Number.NaN, weeks: 2 },
        { phase: 'transition', sessionsPerWeek: 1, weeks: Number.POSITIVE_INFINITY },
        { phase: 'transition', sessionsPerWeek: -1, weeks: 2 },
        { phase: 'transition', sessionsPerWeek: 1, weeks: -2 },
        { phase: 'transition', sessionsPerWeek: 0, weeks: 2 },
        { phase: 'maintenance', sessionsPerWeek: 5, weeks: 1 },
      ],
    });
    expect(dates(result)).toBe('2026-12-01 maintenance 2026-12-04 maintenance*');
    expect(traceOf(result, 'schedule/phases')).toBe(
      'Each phase plans round(sessions a week × weeks) sessions in its own span: maintenance 2×/week for 1 week: 2 sessions (2026-12-01 to 2026-12-07). 2 of 2 scheduled.',
    );
  });

  it('no phase at all: no session, no certification period, no reassessment', () => {
    const result = run({ phases: [{ phase: 'intensive', sessionsPerWeek: 0, weeks: 4 }] });
    expect(result.sessions).toStrictEqual([]);
    expect(result.notes).toStrictEqual([]);
    expect(traceOf(result, 'schedule/phases')).toBe('No phase plans a session.');
    expect(traceOf(result, 'schedule/start')).toBe('No allowed day was found on or after 2026-12-01 within 366 days and the authorization.');
    expect(result.trace.map((t) => t.rule)).toStrictEqual(['schedule/start', 'schedule/weekdays', 'schedule/spacing', 'schedule/phases']);
  });
});
