import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, reassessPlan, recommendPlan, type IntakeInput, type TreatmentPlan } from '../../src/index.js';
import { intakeArbitrary } from '../support/arbitraries.js';
import { assertProperty } from '../support/fcConfig.js';

// Intakes with a pain baseline in a given range on the first condition and
// no red flags, so that the first recommendation can be a plan.
const withPain = (min: number, max: number) =>
  fc
    .tuple(intakeArbitrary({ redFlags: fc.constant([]) }), fc.integer({ min, max }))
    .map(([intake, pain]): IntakeInput => {
      const [first, ...rest] = intake.conditions;
      // The pain baseline comes from painScore alone here (a listed pain-nrs score would replace it).
      const scores = intake.scores?.filter((s) => s.measure !== 'pain-nrs');
      return {
        ...intake,
        ...(scores === undefined ? {} : { scores }),
        conditions: [{ ...first!, painScore: pain }, ...rest.map(({ painScore: _p, ...c }) => c)],
      };
    });

const firstPlan = (intake: IntakeInput): TreatmentPlan | undefined => {
  const result = recommendPlan(intake);
  return result.kind === 'plan' ? result.plan : undefined;
};

const phaseNow = (plan: TreatmentPlan, completed: number): number => {
  const last = plan.sessions[Math.min(completed, plan.sessions.length) - 1];
  const phase = plan.phases.find((p) => p.phase === last?.phase) ?? plan.phases[0];
  return phase?.sessionsPerWeek ?? 0;
};

describe('reassessPlan properties', () => {
  it('an improved reassessment never makes the plan more frequent', () => {
    assertProperty(
      fc.property(withPain(3, 10), fc.nat({ max: 40 }), fc.nat({ max: 120 }), (intake, completedDraw, days) => {
        const plan = firstPlan(intake);
        if (plan === undefined) return;
        const completed = Math.min(completedDraw, plan.sessions.length);
        const next = reassessPlan(plan, { assessedOn: addCalendarDays(plan.intake.assessedOn, days), sessionsCompleted: completed, painScore: 0 });
        // A pregnancy that has advanced to its due date, or to weeks with no
        // acceptable position, or nothing left to work, defers; anything else plans.
        if (next.kind === 'defer') {
          expect(next.reasons.map((reason) => reason.rule)).toEqual(expect.arrayContaining([expect.stringMatching(/^precaution\/pregnancy-due-date$|^preference\/no-position-left$|^plan\/no-technique-left$/)]));
          return;
        }
        // Pain 0 is the recovery cut-off (Kamper 2010): a discharge when every
        // goal with a baseline is met too, a stepped-down plan otherwise.
        const baselined = plan.goals.filter((g) => g.baseline !== undefined).map((g) => g.measure);
        if (baselined.every((m) => m === 'pain-nrs')) expect(next.kind).toBe('discharge');
        else expect(next.kind).toBe('plan');
        if (next.kind !== 'plan') return;
        const before = phaseNow(plan, completed);
        for (const phase of next.plan.phases) expect(phase.sessionsPerWeek).toBeLessThanOrEqual(before);
        for (const session of next.plan.sessions) expect(session.date >= addCalendarDays(plan.intake.assessedOn, days)).toBe(true);
        const cap = plan.intake.availability?.maxSessions;
        if (cap !== undefined) expect(next.plan.sessions.length).toBeLessThanOrEqual(Math.max(0, cap - completed));
      }),
      { runsFactor: 0.4 },
    );
  });

  it('a worse reassessment never makes the plan less cautious: it refers', () => {
    assertProperty(
      fc.property(withPain(0, 7), fc.nat({ max: 40 }), fc.nat({ max: 120 }), (intake, completedDraw, days) => {
        const plan = firstPlan(intake);
        if (plan === undefined) return;
        const completed = Math.min(completedDraw, plan.sessions.length);
        const baseline = Math.max(...plan.intake.conditions.map((c) => c.painScore ?? 0));
        const next = reassessPlan(plan, {
          assessedOn: addCalendarDays(plan.intake.assessedOn, days),
          sessionsCompleted: completed,
          painScore: Math.min(10, baseline + 3),
        });
        expect(next.kind).toBe('refer');
      }),
      { runsFactor: 0.4 },
    );
  });
});
