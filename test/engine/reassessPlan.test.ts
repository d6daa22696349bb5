import { describe, expect, it } from 'vitest';
import { IntakeError, reassessPlan, recommendPlan, type TreatmentPlan } from '../../src/index.js';
import { baseIntake, planOf } from '../support/plan.js';

const neckPlan = (): TreatmentPlan =>
  planOf(
    baseIntake({
      conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 7 }],
      scores: [{ measure: 'ndi', value: 20 }],
      availability: { weekdays: ['tue', 'thu'], maxSessions: 20 },
    }),
  );

const decisionOf = (rec: ReturnType<typeof reassessPlan>) =>
  (rec.kind === 'plan' ? rec.plan.trace : rec.trace).find((t) => t.rule.startsWith('reassess/') && t.rule !== 'reassess/meaningful-change')?.rule;

describe('reassessPlan', () => {
  it('steps down to the next, less frequent phase after a meaningful improvement in pain', () => {
    const plan = neckPlan();
    expect(plan.phases[0]).toMatchObject({ phase: 'intensive', sessionsPerWeek: 2 });
    const next = reassessPlan(plan, { assessedOn: '2026-12-22', sessionsCompleted: 6, painScore: 5 });
    expect(next.kind).toBe('plan');
    if (next.kind !== 'plan') return;
    expect(next.plan.phases[0]).toMatchObject({ phase: 'transition', sessionsPerWeek: 1, because: ['reassess/improved'] });
    expect((next.plan.sessions[0]?.date ?? '') >= '2026-12-22').toBe(true);
    expect(decisionOf(next)).toBe('reassess/improved');
    expect(next.plan.trace).toContainEqual(expect.objectContaining({ rule: 'reassess/meaningful-change', effect: 'progress better', source: 'S38' }));
  });

  it('counts 30% as meaningful when it is less than 2 points', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'mild', painScore: 3 }] }));
    expect(decisionOf(reassessPlan(plan, { assessedOn: '2026-12-15', sessionsCompleted: 3, painScore: 2 }))).toBe('reassess/improved');
  });

  it('judges other measures by their own meaningful change (NDI: 5 points)', () => {
    const plan = neckPlan();
    expect(decisionOf(reassessPlan(plan, { assessedOn: '2026-12-22', sessionsCompleted: 4, scores: [{ measure: 'ndi', value: 16 }] }))).toBe('reassess/continue');
    expect(decisionOf(reassessPlan(plan, { assessedOn: '2026-12-22', sessionsCompleted: 4, scores: [{ measure: 'ndi', value: 15 }] }))).toBe('reassess/improved');
  });

  it('keeps the phase and asks to re-evaluate after 6 sessions without change', () => {
    const next = reassessPlan(neckPlan(), { assessedOn: '2026-12-22', sessionsCompleted: 6, painScore: 6 });
    if (next.kind !== 'plan') throw new Error('expected a plan');
    expect(next.plan.phases[0]?.phase).toBe('intensive');
    expect(next.plan.precautions).toContainEqual(expect.objectContaining({ id: 're-evaluate', because: ['reassess/no-change-re-evaluate'] }));
  });

  it('refers (routine) after 10 sessions without change, and when worse', () => {
    expect(reassessPlan(neckPlan(), { assessedOn: '2027-01-05', sessionsCompleted: 10, painScore: 7 })).toMatchObject({
      kind: 'refer',
      urgency: 'routine',
      reasons: [{ rule: 'reassess/no-change-refer' }],
    });
    expect(reassessPlan(neckPlan(), { assessedOn: '2026-12-10', sessionsCompleted: 2, painScore: 9 })).toMatchObject({
      kind: 'refer',
      reasons: [{ rule: 'reassess/worse' }],
    });
  });

  it('refers on a new red flag with that flag’s urgency, and defers on a new no-massage flag', () => {
    expect(reassessPlan(neckPlan(), { assessedOn: '2026-12-10', sessionsCompleted: 2, redFlags: ['vertebrobasilar-symptoms'] })).toMatchObject({
      kind: 'refer',
      urgency: 'emergency',
    });
    expect(reassessPlan(neckPlan(), { assessedOn: '2026-12-10', sessionsCompleted: 2, history: [{ flag: 'fever' }] })).toMatchObject({
      kind: 'defer',
      until: 'resolved',
    });
  });

  it('applies new precautions from the history to the new plan', () => {
    const next = reassessPlan(neckPlan(), { assessedOn: '2026-12-10', sessionsCompleted: 2, history: [{ flag: 'anticoagulants' }] });
    expect(next.kind === 'plan' && next.plan.pressure.max).toBeLessThanOrEqual(2);
  });

  it('schedules only what is left of the authorization', () => {
    const plan = neckPlan();
    expect(plan.sessions).toHaveLength(14); // the 90-day plan of care holds 14 of the 20 authorized
    const next = reassessPlan(plan, { assessedOn: '2026-12-22', sessionsCompleted: 14, painScore: 4 });
    if (next.kind !== 'plan') throw new Error('expected a plan');
    expect(next.plan.sessions.length).toBeLessThanOrEqual(6);
    expect(next.plan.intake.availability?.maxSessions).toBe(6);
    const six = planOf(
      baseIntake({
        conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 7 }],
        availability: { weekdays: ['tue', 'thu'], maxSessions: 6 },
      }),
    );
    const used = reassessPlan(six, { assessedOn: '2026-12-22', sessionsCompleted: 6, painScore: 4 });
    if (used.kind !== 'plan') throw new Error('expected a plan');
    expect(used.plan.sessions).toEqual([]);
    expect(used.plan.precautions.map((p) => p.id)).toContain('authorization-used');
  });

  it('keeps every because id in the trace and every trace source in the sources', () => {
    const next = reassessPlan(neckPlan(), { assessedOn: '2026-12-22', sessionsCompleted: 6, painScore: 5 });
    if (next.kind !== 'plan') throw new Error('expected a plan');
    const rules = new Set(next.plan.trace.map((t) => t.rule));
    const because = [...next.plan.phases, ...next.plan.precautions, ...next.plan.techniques, ...next.plan.avoid].flatMap((x) => x.because);
    for (const id of because) expect(rules.has(id), id).toBe(true);
    const sources = new Set(next.plan.sources.map((s) => s.id));
    for (const t of next.plan.trace) expect(sources.has(t.source), t.source).toBe(true);
  });

  it('validates the reassessment like an intake', () => {
    const plan = neckPlan();
    expect(() => reassessPlan(plan, { assessedOn: '2026-12-22', sessionsCompleted: 3, painScore: 12 })).toThrow(
      /painScore must be between 0 and 10/,
    );
    try {
      reassessPlan(plan, { assessedOn: '2026-11-01', sessionsCompleted: 1 });
      throw new Error('expected an IntakeError');
    } catch (error) {
      expect(error).toBeInstanceOf(IntakeError);
      expect((error as IntakeError).issues[0]?.message).toBe("assessedOn must not be before the plan's intake (2026-12-01)");
    }
    try {
      reassessPlan({ ...plan, intake: { ...plan.intake, goals: [] } }, { assessedOn: '2026-12-22', sessionsCompleted: 1 });
      throw new Error('expected an IntakeError');
    } catch (error) {
      expect((error as IntakeError).issues.map((i) => i.message)).toEqual(['plan.intake.goals must list at least one goal']);
    }
  });

  it('works on a plan that went through JSON', () => {
    const plan = JSON.parse(JSON.stringify(neckPlan())) as TreatmentPlan;
    expect(reassessPlan(plan, { assessedOn: '2026-12-22', sessionsCompleted: 6, painScore: 5 }).kind).toBe('plan');
    expect(recommendPlan(plan.intake).kind).toBe('plan');
  });
});
