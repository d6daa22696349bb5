import { expect } from 'vitest';
import { addCalendarDays, daysBetween, weekdayOf } from '../../src/calendar/calendarDate.js';
import type { TreatmentPlan } from '../../src/engine/RecommendationSchema.js';
import type { Intake } from '../../src/intake/IntakeSchema.js';
import type { ClearanceId } from '../../src/intake/vocabulary.js';

// Oracles shared by the property tests of the built-in catalogue
// (test/engine) and of generated vendor catalogues (test/catalog): written
// from the clinical reference and DESIGN §3, not from the engine's helpers.

/**
 * Red flags the intake implies (clinical reference §0), computed from the
 * intake alone: bilateral sciatica; a headache condition begun under 90 days
 * ago at 50+; lumbar back pain at 65+ with osteoporosis or corticosteroids.
 */
export function impliedRedFlags(intake: Pick<Intake, 'age' | 'history' | 'conditions' | 'redFlags' | 'assessedOn'>): string[] {
  const age = intake.age ?? 0;
  const flags = (intake.history ?? []).map((h) => h.flag);
  const implied: string[] = [];
  if (!(intake.redFlags ?? []).includes('bilateral-leg-symptoms') && intake.conditions.some((c) => c.condition === 'sciatica' && c.side === 'both')) {
    implied.push('bilateral-sciatica');
  }
  const newHeadache = intake.conditions.some(
    (c) =>
      (c.condition === 'tension-headache' || c.condition === 'migraine') &&
      (c.onset === undefined ? c.acuity !== 'chronic' : daysBetween(intake.assessedOn, c.onset) < 90),
  );
  if (age >= 50 && newHeadache) implied.push('new-headache-after-50');
  const back = intake.conditions.some((c) => c.condition === 'low-back-pain' || c.condition === 'sciatica');
  if (age >= 65 && back && (flags.includes('osteoporosis') || flags.includes('corticosteroids'))) implied.push('fracture-risk');
  return implied;
}

/**
 * Who lifts each built-in "no massage now" flag (clinical reference §1).
 * Fever and contagious illness are lifted by no clearance: they wait until
 * resolved. (The built-in rules say so; the catalogue's `clearedBy` data is
 * what a vendor's flag uses.)
 */
export const NO_MASSAGE_LIFTED_BY: Readonly<Record<string, ClearanceId | undefined>> = {
  dvt: 'physician',
  fever: undefined,
  'contagious-illness': undefined,
  'uncontrolled-hypertension': 'physician',
  'pregnancy-complication': 'obstetrician',
  'severe-thrombocytopenia': 'physician',
};

/**
 * DESIGN §3 invariant 6 (and 12's first reassessment) on one plan: phase
 * frequencies, weekdays, blackouts, start, authorization, spacing,
 * reassessments, the 90-day plan of care.
 */
export function checkSchedule(plan: TreatmentPlan): void {
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

