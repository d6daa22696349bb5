import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../../src/calendar/calendarDate.js';
import { IntakeError, reassessPlan, type Recommendation, type TreatmentPlan } from '../../src/index.js';
import { reassessmentRules } from '../../src/rules/reassessmentRules.js';
import { baseIntake, planOf } from '../support/plan.js';

// Neck pain, moderate, chronic, pain 7: intensive 2×/week for 4 weeks,
// transition weekly for 4, maintenance every 2 weeks; from Tue 2026-12-01.
const neck = (extra: Record<string, unknown> = {}): TreatmentPlan =>
  planOf(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 7 }], ...extra }));

const planOfRec = (rec: Recommendation): TreatmentPlan => {
  if (rec.kind !== 'plan') throw new Error(`expected a plan, got ${rec.kind}`);
  return rec.plan;
};
const issuesOf = (f: () => unknown): IntakeError['issues'] => {
  try {
    f();
  } catch (error) {
    if (error instanceof IntakeError) return error.issues;
    throw error;
  }
  throw new Error('expected an IntakeError');
};
const rule = (id: string) => {
  const found = reassessmentRules.find((r) => r.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe('reassessPlan: invalid input', () => {
  it('names the reassessment’s own paths', () => {
    expect(issuesOf(() => reassessPlan(neck(), { assessedOn: '2026-02-30', sessionsCompleted: 1 }))[0]?.path).toStrictEqual(['assessedOn']);
  });

  it('prefixes problems of the plan’s intake with plan.intake', () => {
    const plan = neck();
    const issues = issuesOf(() => reassessPlan({ ...plan, intake: { ...plan.intake, age: 500 } }, { assessedOn: '2026-12-20', sessionsCompleted: 1 }));
    expect(issues).toStrictEqual([{ path: ['plan', 'intake', 'age'], code: 'too_big', message: 'plan.intake.age must be between 0 and 120' }]);
  });

  it('names plan.intake itself when it is missing or not an object', () => {
    const missing = issuesOf(() => reassessPlan({ ...neck(), intake: undefined } as unknown as TreatmentPlan, { assessedOn: '2026-12-20', sessionsCompleted: 1 }));
    expect(missing).toStrictEqual([{ path: ['plan', 'intake'], code: 'required', message: 'plan.intake is required' }]);
    const text = issuesOf(() => reassessPlan({ ...neck(), intake: 'x' } as unknown as TreatmentPlan, { assessedOn: '2026-12-20', sessionsCompleted: 1 }));
    expect(text[0]?.message).toBe('plan.intake must be an object, not text');
    expect(issuesOf(() => reassessPlan(undefined as unknown as TreatmentPlan, { assessedOn: '2026-12-20', sessionsCompleted: 1 }))[0]?.path).toStrictEqual(['plan', 'intake']);
  });

  it('refuses a reassessment dated before the intake', () => {
    expect(issuesOf(() => reassessPlan(neck(), { assessedOn: '2026-11-30', sessionsCompleted: 0 }))).toStrictEqual([
      { path: ['assessedOn'], code: 'custom', message: "assessedOn must not be before the plan's intake (2026-12-01)" },
    ]);
    expect(reassessPlan(neck(), { assessedOn: '2026-12-01', sessionsCompleted: 0 }).kind).toBe('plan');
  });
});

describe('reassessPlan: decisions and their trace', () => {
  it('traces each measured outcome with its meaningful change, then the decision', () => {
    const next = planOfRec(reassessPlan(neck(), { assessedOn: '2026-12-29', sessionsCompleted: 8, painScore: 4 }));
    const progress = next.trace.filter((t) => t.rule === 'reassess/meaningful-change');
    expect(progress).toStrictEqual([
      { rule: 'reassess/meaningful-change', effect: 'progress better', detail: 'Pain numeric rating scale (NRS, 0–10): 7 → 4 (meaningful change 2).', source: 'S38' },
    ]);
    const improved = rule('reassess/improved');
    expect(next.trace).toContainEqual({ rule: 'reassess/improved', effect: 'step-down', detail: improved.description, source: improved.source });
    // 30% of 5 is 1.5: shown to one decimal
    const five = planOfRec(reassessPlan(planOf(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'mild', painScore: 5 }] })), { assessedOn: '2026-12-29', sessionsCompleted: 2, painScore: 5 }));
    expect(five.trace.find((t) => t.rule === 'reassess/meaningful-change')?.detail).toBe('Pain numeric rating scale (NRS, 0–10): 5 → 5 (meaningful change 1.5).');
  });

  it('better on one measure and worse on another is worse: refer', () => {
    const plan = neck({ scores: [{ measure: 'ndi', value: 20 }] });
    const rec = reassessPlan(plan, { assessedOn: '2026-12-29', sessionsCompleted: 4, painScore: 3, scores: [{ measure: 'ndi', value: 30 }] });
    expect(rec).toMatchObject({ kind: 'refer', urgency: 'routine', reasons: [{ rule: 'reassess/worse', source: 'S53' }] });
    if (rec.kind !== 'refer') return;
    expect(rec.reasons[0]?.message).toBe('Symptoms are meaningfully worse since the plan began: refer for medical review.');
    expect(rec.trace.at(-1)).toStrictEqual({ rule: 'reassess/worse', effect: 'refer', detail: rule('reassess/worse').description, source: 'S53' });
    expect(rec.trace.filter((t) => t.rule === 'reassess/meaningful-change').map((t) => t.effect)).toStrictEqual(['progress better', 'progress worse']);
  });

  it('no measure against a baseline: hold, and measure next time', () => {
    const next = planOfRec(reassessPlan(neck(), { assessedOn: '2026-12-15', sessionsCompleted: 4 }));
    expect(next.precautions).toContainEqual({
      id: 'measure-progress',
      message: 'No outcome was measured against its baseline: record pain and the condition measures at the next visit.',
      because: ['reassess/not-measured'],
    });
    expect(next.phases.map((p) => p.phase)).toStrictEqual(['intensive', 'transition', 'maintenance']);
    expect(next.phases.every((p) => p.because.length === 1 && p.because[0] === 'reassess/not-measured')).toBe(true);
  });

  it('no change yet, early on: hold with no extra precaution', () => {
    const next = planOfRec(reassessPlan(neck(), { assessedOn: '2026-12-15', sessionsCompleted: 5, painScore: 6 }));
    expect(next.phases[0]).toMatchObject({ phase: 'intensive', because: ['reassess/continue'] });
    expect(next.precautions.map((p) => p.id)).not.toContain('re-evaluate');
    expect(next.precautions.map((p) => p.id)).not.toContain('measure-progress');
  });
});

describe('reassessPlan: the next phases', () => {
  it('steps down from the phase of the last session given', () => {
    const plan = neck();
    const inIntensive = planOfRec(reassessPlan(plan, { assessedOn: '2026-12-29', sessionsCompleted: 8, painScore: 4 }));
    expect(inIntensive.phases.map((p) => [p.phase, p.sessionsPerWeek])).toStrictEqual([
      ['transition', 1],
      ['maintenance', 0.5],
    ]);
    const inTransition = planOfRec(reassessPlan(plan, { assessedOn: '2027-01-20', sessionsCompleted: 10, painScore: 4 }));
    expect(plan.sessions[9]?.phase).toBe('transition');
    expect(inTransition.phases.map((p) => [p.phase, p.sessionsPerWeek, p.weeks])).toStrictEqual([['maintenance', 0.5, 8]]);
  });

  it('before any session the client is in the first phase', () => {
    const next = planOfRec(reassessPlan(neck(), { assessedOn: '2026-12-02', sessionsCompleted: 0, painScore: 4 }));
    expect(next.phases[0]?.phase).toBe('transition');
  });

  it('past the last phase: maintenance at half the current frequency, never below every 4 weeks', () => {
    const plan = neck();
    const last = plan.sessions.length;
    expect(plan.sessions.at(-1)?.phase).toBe('maintenance');
    const next = planOfRec(reassessPlan(plan, { assessedOn: '2027-03-01', sessionsCompleted: last, painScore: 4 }));
    expect(next.phases).toStrictEqual([{ phase: 'maintenance', sessionsPerWeek: 0.25, everyWeeks: 4, weeks: 8, because: ['reassess/improved'] }]);
    // holding in the last phase keeps it
    const hold = planOfRec(reassessPlan(plan, { assessedOn: '2027-03-01', sessionsCompleted: last, painScore: 4, scores: [] }));
    expect(hold.phases.map((p) => p.phase)).toContain('maintenance');
  });

  it('a plan with no phases left steps down to every 2 weeks at most', () => {
    const plan = neck();
    const bare: TreatmentPlan = { ...plan, phases: [plan.phases[0] as TreatmentPlan['phases'][number]], sessions: plan.sessions.filter((s) => s.phase === 'intensive') };
    const next = planOfRec(reassessPlan(bare, { assessedOn: '2026-12-29', sessionsCompleted: 8, painScore: 4 }));
    // now twice a week: half is weekly, capped at every 2 weeks
    expect(next.phases).toStrictEqual([{ phase: 'maintenance', sessionsPerWeek: 0.5, everyWeeks: 2, weeks: 8, because: ['reassess/improved'] }]);
  });
});

describe('reassessPlan: the calendar after a reassessment', () => {
  const reassess = (plan: TreatmentPlan, extra: Record<string, unknown> = {}) =>
    reassessPlan(plan, { assessedOn: '2026-12-29', sessionsCompleted: 8, painScore: 4, ...extra });

  it('restarts at the reassessment, on the allowed weekdays, around blackouts', () => {
    const next = planOfRec(reassess(neck({ availability: { weekdays: ['thu'], blackoutDates: ['2026-12-31'] } })));
    expect(next.sessions.length).toBeGreaterThan(0);
    expect(next.sessions.every((s) => s.date >= '2026-12-29' && weekdayOf(s.date) === 'thu' && s.date !== '2026-12-31')).toBe(true);
    expect(next.intake.assessedOn).toBe('2026-12-29');
    expect(next.intake.availability?.startDate).toBe('2026-12-29');
  });

  it('keeps a start date later than the reassessment', () => {
    const next = planOfRec(reassess(neck({ availability: { startDate: '2027-01-12' } })));
    expect(next.sessions[0]?.date).toBe('2027-01-12');
    expect(next.intake.availability?.startDate).toBe('2027-01-12');
  });

  it('books only what is left of the authorized sessions', () => {
    const next = planOfRec(reassess(neck({ availability: { maxSessions: 10 } })));
    expect(next.sessions).toHaveLength(2);
    expect(next.intake.availability?.maxSessions).toBe(2);
    expect(next.precautions.map((p) => p.id)).not.toContain('authorization-used');
  });

  it('books nothing, and says why, when the authorization is used up', () => {
    const next = planOfRec(reassess(neck({ availability: { maxSessions: 8 } })));
    expect(next.sessions).toStrictEqual([]);
    expect(next.intake.availability?.maxSessions).toBeUndefined();
    expect(next.precautions).toContainEqual({
      id: 'authorization-used',
      message: 'The authorization is used up or has expired: request a new authorization before booking more sessions.',
      because: ['reassess/authorization-used'],
    });
    expect(next.trace).toContainEqual({ rule: 'reassess/authorization-used', effect: 'no sessions', detail: 'No sessions left in the authorization.', source: 'CMS-100-02' });
    expect(next.trace.some((t) => t.rule.startsWith('schedule/'))).toBe(false);
  });

  it('books nothing after the authorization’s last day, and keeps a date still ahead', () => {
    const expired = planOfRec(reassess(neck({ availability: { authorizedUntil: '2026-12-28' } })));
    expect(expired.sessions).toStrictEqual([]);
    expect(expired.intake.availability?.authorizedUntil).toBeUndefined();
    expect(expired.precautions.map((p) => p.id)).toContain('authorization-used');
    const onTheDay = planOfRec(reassess(neck({ availability: { authorizedUntil: '2026-12-29' } })));
    expect(onTheDay.sessions.map((s) => s.date)).toStrictEqual(['2026-12-29']);
    const ahead = planOfRec(reassess(neck({ availability: { authorizedUntil: '2027-01-20' } })));
    expect(ahead.intake.availability?.authorizedUntil).toBe('2027-01-20');
    expect(ahead.sessions.length).toBeGreaterThan(1);
    expect(ahead.sessions.every((s) => s.date <= '2027-01-20')).toBe(true);
  });

  it('replaces the old schedule’s trace and notes with the new schedule’s, once each', () => {
    const plan = neck({ availability: { maxSessions: 3 } });
    expect(plan.precautions.map((p) => p.id)).toContain('schedule-shortfall-max-sessions');
    const next = planOfRec(reassessPlan(plan, { assessedOn: '2026-12-08', sessionsCompleted: 1, painScore: 6 }));
    expect(next.trace.filter((t) => t.rule === 'schedule/start')).toHaveLength(1);
    const ids = next.precautions.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('schedule-shortfall-max-sessions');
    expect(next.precautions.find((p) => p.id === 'schedule-shortfall-max-sessions')?.message).toMatch(/at most 2 sessions/);
    // non-schedule precautions of the fresh plan stay
    expect(ids).toContain('endangerment-sites');
    expect(next.sources.map((s) => s.id)).toContain('CMS-100-02');
  });
});

describe('reassessPlan: what is new since the intake', () => {
  it('adds new history to the old, and plans with both', () => {
    const next = planOfRec(reassessPlan(neck({ history: [{ flag: 'diabetes' }] }), { assessedOn: '2026-12-29', sessionsCompleted: 8, painScore: 4, history: [{ flag: 'osteoporosis' }] }));
    expect(next.intake.history).toStrictEqual([{ flag: 'diabetes' }, { flag: 'osteoporosis' }]);
    expect(next.pressure.max).toBeLessThanOrEqual(2);
    expect(next.positions).not.toContain('prone');
  });

  it('keeps each red flag once, old and new', () => {
    // a routine red flag the physician has evaluated (clearance on file) lets the plan go on
    const plan = neck({ redFlags: ['thenar-atrophy'], clearances: ['physician'] });
    const next = planOfRec(reassessPlan(plan, { assessedOn: '2026-12-29', sessionsCompleted: 8, painScore: 4, redFlags: ['thenar-atrophy'] }));
    expect(next.intake.redFlags).toStrictEqual(['thenar-atrophy']);
    expect(planOfRec(reassessPlan(neck(), { assessedOn: '2026-12-29', sessionsCompleted: 8, painScore: 4 })).intake.redFlags).toBeUndefined();
  });

  it('returns the referral or deferral of the new intake as it is', () => {
    const refer = reassessPlan(neck(), { assessedOn: '2026-12-29', sessionsCompleted: 8, painScore: 4, redFlags: ['night-pain'] });
    expect(refer).toMatchObject({ kind: 'refer', urgency: 'urgent', reasons: [{ rule: 'red-flag/night-pain' }] });
    const defer = reassessPlan(neck(), { assessedOn: '2026-12-29', sessionsCompleted: 8, painScore: 4, history: [{ flag: 'fever' }] });
    expect(defer).toMatchObject({ kind: 'defer', until: 'resolved' });
  });
});
