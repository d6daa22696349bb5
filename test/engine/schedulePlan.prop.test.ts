import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../../src/calendar/calendarDate.js';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { HISTORY_FLAG_IDS } from '../../src/intake/vocabulary.js';
import { intakeArbitrary } from '../support/arbitraries.js';
import { assertProperty, fcConfig } from '../support/fcConfig.js';
import { checkSchedule } from '../support/planInvariants.js';

// DESIGN §3 invariant 6 end to end: the engine hands the intake's
// availability to the scheduler, and every plan it returns keeps it.
// (test/schedule checks scheduleSessions itself on generated calendars.)

const PLAN_FLAGS = HISTORY_FLAG_IDS.filter((flag) => defaultCatalog.historyFlags[flag].tier !== 'no-massage' && flag !== 'pregnancy');
const plans = intakeArbitrary({ historyFlags: PLAN_FLAGS, maxHistory: 3, redFlags: fc.constant([]) });

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
