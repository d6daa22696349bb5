import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, daysBetween, weekdayOf } from '../../src/calendar/calendarDate.js';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import type { TreatmentPlan } from '../../src/engine/RecommendationSchema.js';
import { HISTORY_FLAG_IDS } from '../../src/intake/vocabulary.js';
import { intakeArbitrary } from '../support/arbitraries.js';
import { assertProperty, fcConfig } from '../support/fcConfig.js';

// DESIGN §3 invariant 6 end to end: the engine hands the intake's
// availability to the scheduler, and every plan it returns keeps it.
// (test/schedule checks scheduleSessions itself on generated calendars.)

const PLAN_FLAGS = HISTORY_FLAG_IDS.filter((flag) => defaultCatalog.historyFlags[flag].tier !== 'no-massage' && flag !== 'pregnancy');
const plans = intakeArbitrary({ historyFlags: PLAN_FLAGS, maxHistory: 3, redFlags: fc.constant([]) });

function checkSchedule(plan: TreatmentPlan): void {
  const { intake, sessions, phases } = plan;
  const availability = intake.availability ?? {};
  const start = availability.startDate ?? intake.assessedOn;
  const weekdays = availability.weekdays ?? ['mon', 'tue', 'wed', 'thu', 'fri'];
  const blackouts = new Set(availability.blackoutDates ?? []);

  phases.forEach((phase, i) => {
    expect(phase.sessionsPerWeek).toBeLessThanOrEqual(2);
    if (i > 0) expect(phase.sessionsPerWeek).toBeLessThanOrEqual(phases[i - 1]?.sessionsPerWeek ?? Infinity);
  });
  expect(sessions.map((s) => s.number)).toEqual(sessions.map((_, i) => i + 1));
  if (availability.maxSessions !== undefined) expect(sessions.length).toBeLessThanOrEqual(availability.maxSessions);
  // The first reassessment on or before the 4th session (invariant 12).
  if (sessions.length >= 4) expect(sessions.slice(0, 4).some((s) => s.reassessment), 'no reassessment by session 4').toBe(true);
  let sinceReassessment = 0;
  sessions.forEach((session, i) => {
    expect(session.minutes).toBe(plan.sessionMinutes);
    expect(daysBetween(session.date, start), `session ${session.number} before the start`).toBeGreaterThanOrEqual(0);
    expect(weekdays, `session ${session.number} on ${weekdayOf(session.date)}`).toContain(weekdayOf(session.date));
    expect(blackouts.has(session.date), `session ${session.number} on a blackout date`).toBe(false);
    if (availability.authorizedUntil !== undefined) expect(session.date <= availability.authorizedUntil).toBe(true);
    const previous = sessions[i - 1];
    if (previous !== undefined) expect(session.date > previous.date).toBe(true);
    const twoBefore = sessions[i - 2];
    if (twoBefore !== undefined) expect(daysBetween(session.date, twoBefore.date), 'three sessions in 7 days').toBeGreaterThanOrEqual(7);
    sinceReassessment = session.reassessment ? 0 : sinceReassessment + 1;
    expect(sinceReassessment, 'ten sessions without a reassessment').toBeLessThan(10);
    const next = sessions[i + 1];
    if (next === undefined || next.phase !== session.phase) expect(session.reassessment, `end of ${session.phase} not reassessed`).toBe(true);
  });
  // the 90-day plan of care (CMS-100-02)
  const first = sessions[0];
  const last = sessions.at(-1);
  if (first !== undefined && last !== undefined) expect(last.date <= addCalendarDays(first.date, 89)).toBe(true);
}

describe('recommendPlan: every plan keeps the intake’s calendar (invariant 6)', () => {
  it('allowed weekdays, blackouts, start, authorization, spacing, reassessments, phase frequencies', () => {
    let withAvailability = 0;
    let planned = 0;
    assertProperty(
      fc.property(plans, (input) => {
        const rec = recommendPlan(input);
        if (rec.kind !== 'plan') return;
        planned++;
        if (rec.plan.intake.availability !== undefined && rec.plan.sessions.length > 0) withAvailability++;
        checkSchedule(rec.plan);
      }),
    );
    if (fcConfig.numRuns >= 100) {
      expect(planned).toBeGreaterThan(fcConfig.numRuns / 4);
      expect(withAvailability).toBeGreaterThan(0);
    }
  });

  it('passes each availability field to the schedule (one field at a time)', () => {
    const base = { assessedOn: '2026-12-01', conditions: [{ condition: 'neck-pain', severity: 'moderate' }], goals: ['pain-relief'] };
    const sessionsOf = (availability: object) => {
      const rec = recommendPlan({ ...base, availability });
      if (rec.kind !== 'plan') throw new Error('expected a plan');
      return rec.plan.sessions;
    };
    const usual = sessionsOf({});
    expect(usual.length).toBeGreaterThan(4);
    expect(usual[0]?.date).toBe('2026-12-01'); // a Tuesday
    expect(sessionsOf({ weekdays: ['wed'] }).every((s) => weekdayOf(s.date) === 'wed')).toBe(true);
    expect(sessionsOf({ blackoutDates: ['2026-12-01'] })[0]?.date).not.toBe('2026-12-01');
    expect(sessionsOf({ maxSessions: 3 })).toHaveLength(3);
    expect(sessionsOf({ authorizedUntil: '2026-12-10' }).every((s) => s.date <= '2026-12-10')).toBe(true);
    expect(sessionsOf({ authorizedUntil: '2026-12-10' }).length).toBeLessThan(usual.length);
    expect(sessionsOf({ startDate: '2026-12-07' })[0]?.date).toBe('2026-12-07');
  });
});
