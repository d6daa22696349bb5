import { describe, expect, it } from 'vitest';
import {
  defaultCatalog,
  extendCatalog,
  IntakeError,
  reassessPlan,
  recommendPlan,
  RecommendationSchema,
  type Rule,
  type TreatmentPlan,
} from '../../src/index.js';
import { billingLines } from '../../src/engine/billingLines.js';
import { baseIntake, planOf } from '../support/plan.js';

// The plan of care on hand-checked intakes (issue 9, DESIGN §7): goals,
// home care, aftercare, consents, checks at each visit, discharge, billing per
// code, medical necessity, and the reassessment's discharge and bad input.
// Each expectation is a clinical property worked out by hand, not the prose.

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);
const measures = (plan: TreatmentPlan): string[] => plan.goals.map((g) => g.measure);

describe('goals', () => {
  it('pain 0 with goals faster-healing and stress-relief still has measurable goals (issue 9: goals were [])', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'mild', painScore: 0 }], goals: ['faster-healing', 'stress-relief'] }));
    expect(plan.goals.length).toBeGreaterThanOrEqual(1);
    // Pain is already at its best: no pain goal. NDI (no baseline yet) and the stress rating are goals.
    expect(measures(plan)).not.toContain('pain-nrs');
    expect(measures(plan)).toEqual(expect.arrayContaining(['ndi', 'stress-nrs']));
    const ndi = plan.goals.find((g) => g.measure === 'ndi');
    expect(ndi?.baseline).toBeUndefined();
    expect(ndi?.targetChange).toBe(5); // NDI meaningful change (S24)
    expect(ndi?.description).toMatch(/baseline recorded at the first visit/);
  });

  it('each ticked goal gives its own goal: pain relief + range of motion differs from stress relief', () => {
    const rom = planOf(baseIntake({ goals: ['pain-relief', 'range-of-motion'] }));
    const stress = planOf(baseIntake({ goals: ['stress-relief'] }));
    expect(measures(rom)).toContain('psfs');
    expect(measures(rom)).not.toContain('stress-nrs');
    expect(measures(stress)).toContain('stress-nrs');
    expect(measures(stress)).not.toContain('psfs');
    expect(rom.goals.find((g) => g.measure === 'psfs')?.because).toContain('goal/range-of-motion');
    const sleep = planOf(baseIntake({ goals: ['sleep-and-energy'] }));
    const sleepGoal = sleep.goals.find((g) => g.measure === 'sleep-nrs');
    expect(sleepGoal?.because).toEqual(['goal/sleep-and-energy']);
    // A higher sleep rating is better: the long-term target is the top of the scale.
    expect(sleepGoal?.target).toBe(10);
  });

  it('rehabilitation asks for function: the condition’s disability measure, or the PSFS when it has none', () => {
    const neck = planOf(baseIntake({ goals: ['rehabilitation'], scores: [{ measure: 'ndi', value: 20 }] }));
    expect(neck.goals.find((g) => g.measure === 'ndi')).toMatchObject({ baseline: 20, target: 15, targetChange: 5 });
    expect(neck.goals.find((g) => g.measure === 'ndi')?.because).toContain('goal/rehabilitation');
    const fibro = planOf(baseIntake({ conditions: [{ condition: 'fibromyalgia', severity: 'mild', painScore: 5 }], goals: ['rehabilitation'] }));
    expect(fibro.goals.find((g) => g.measure === 'psfs')?.because).toContain('goal/rehabilitation');
  });

  it('a baseline goal is a meaningful change; every goal is due at the end of the first phase (a reassessment)', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 7 }] }));
    const pain = plan.goals.find((g) => g.measure === 'pain-nrs');
    expect(pain).toMatchObject({ baseline: 7, target: 5, targetChange: 2 });
    const endOfIntensive = plan.sessions.filter((s) => s.phase === 'intensive').at(-1);
    expect(endOfIntensive?.reassessment).toBe(true);
    for (const goal of plan.goals) expect(goal.by).toBe(endOfIntensive?.date);
  });

  it('when every measure is already at its best, the goal is to keep function there', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'fibromyalgia', severity: 'mild', painScore: 0 }], goals: ['maintenance'] }));
    expect(plan.goals).toHaveLength(1);
    expect(plan.goals[0]).toMatchObject({ measure: 'psfs', targetChange: 2 });
  });
});

describe('home care', () => {
  it('cites the guideline per condition: OPTIMa for neck, NICE NG59 for back and sciatica, OARSI for the knee, S30 for carpal tunnel', () => {
    const sourceOf = (plan: TreatmentPlan, id: string) => plan.trace.find((t) => plan.homeCare.find((h) => h.id === id)?.because.includes(t.rule))?.source;
    expect(sourceOf(planOf(baseIntake()), 'neck-exercise')).toBe('S34');
    expect(sourceOf(planOf(baseIntake({ conditions: [{ condition: 'sciatica', severity: 'mild' }] })), 'back-exercise')).toBe('NICE-NG59');
    expect(sourceOf(planOf(baseIntake({ conditions: [{ condition: 'joint-pain', severity: 'mild', region: 'knee' }] })), 'joint-exercise-knee')).toBe('OARSI-2019');
    expect(sourceOf(planOf(baseIntake({ conditions: [{ condition: 'carpal-tunnel', severity: 'mild' }] })), 'carpal-tunnel-self-massage')).toBe('S30');
    expect(sourceOf(planOf(baseIntake({ conditions: [{ condition: 'tmj-disorder', severity: 'mild' }] })), 'jaw-self-care')).toBe('S54');
    // OARSI covers the knee and hip, not the shoulder.
    expect(ids(planOf(baseIntake({ conditions: [{ condition: 'joint-pain', severity: 'mild', region: 'shoulder' }] })).homeCare)).not.toContain('joint-exercise-shoulder');
  });

  it('superficial heat for acute or subacute low back pain (ACP 2017), never with neuropathy, diabetes, pregnancy or an acute injury, nor for chronic pain', () => {
    const lbp = (overrides: Record<string, unknown> = {}, acuity = 'subacute') =>
      ids(planOf(baseIntake({ conditions: [{ condition: 'low-back-pain', severity: 'mild', acuity }], ...overrides })).homeCare);
    expect(lbp()).toContain('low-back-heat');
    expect(lbp({}, 'chronic')).not.toContain('low-back-heat');
    expect(lbp({ history: [{ flag: 'peripheral-neuropathy', region: 'ankle-foot' }] })).not.toContain('low-back-heat');
    expect(lbp({ history: [{ flag: 'diabetes' }] })).not.toContain('low-back-heat');
    expect(lbp({ history: [{ flag: 'pregnancy', weeks: 20 }], clearances: ['obstetrician'] })).not.toContain('low-back-heat');
    const injured = planOf(
      baseIntake({
        conditions: [
          { condition: 'low-back-pain', severity: 'mild', acuity: 'subacute' },
          { condition: 'sports-injury', severity: 'mild', acuity: 'acute', region: 'ankle-foot', onset: '2026-11-30' },
        ],
      }),
    );
    expect(ids(injured.homeCare)).not.toContain('low-back-heat');
  });

  it('drops heat wherever the plan excludes a heat technique, and home care on a region the plan avoids', () => {
    const policy = { id: 'CLINIC-HEAT', citation: 'Clinic policy: no heat', grade: 'practice' as const };
    const noHeat: Rule = {
      id: 'clinic/no-heat',
      family: 'precaution',
      description: 'Clinic policy: no heat.',
      source: 'CLINIC-HEAT',
      when: () => true,
      then: () => [{ kind: 'avoid', technique: 'hot-stone', message: 'Clinic policy: no heat.' }],
    };
    const catalog = extendCatalog(defaultCatalog, { sources: [policy], rules: [noHeat] });
    const rec = recommendPlan(baseIntake({ conditions: [{ condition: 'low-back-pain', severity: 'mild', acuity: 'subacute' }] }), { catalog });
    if (rec.kind !== 'plan') throw new Error('expected a plan');
    expect(ids(rec.plan.homeCare)).not.toContain('low-back-heat');
    expect(ids(rec.plan.homeCare)).toContain('back-exercise');
    // An open wound on the wrist: no self-massage of the forearm and hand.
    const wrist = planOf(baseIntake({ conditions: [{ condition: 'carpal-tunnel', severity: 'mild' }], history: [{ flag: 'open-wound', region: 'wrist-hand' }] }));
    expect(ids(wrist.homeCare)).not.toContain('carpal-tunnel-self-massage');
    expect(ids(wrist.homeCare)).toContain('self-monitoring');
  });
});

describe('aftercare, consents and checks at each visit', () => {
  it('soreness after deeper work only; when to seek care always; no myths', () => {
    const plan = planOf(baseIntake());
    expect(ids(plan.aftercare)).toEqual(expect.arrayContaining(['soreness', 'seek-care']));
    expect(plan.aftercare.find((a) => a.id === 'seek-care')?.advice).toMatch(/calf/);
    const light = planOf(baseIntake({ preferences: { maxPressure: 2 } }));
    expect(ids(light.aftercare)).not.toContain('soreness');
    for (const a of [...plan.aftercare, ...light.aftercare]) expect(a.advice).not.toMatch(/toxin|flush/i);
  });

  it('informed consent always; a guardian under 18 with the reason; intraoral consent only with intraoral work in the plan', () => {
    expect(ids(planOf(baseIntake()).consents)).toEqual(['informed']);
    const minor = planOf(baseIntake({ age: 15 }));
    expect(ids(minor.consents)).toEqual(['informed', 'guardian']);
    expect(minor.consents[1]?.message).toMatch(/under 18/);
    expect(ids(planOf(baseIntake({ age: 18 })).consents)).not.toContain('guardian');
    const tmj = { ...defaultCatalog.conditions['tmj-disorder'], techniques: ['trigger-point', 'myofascial-release', 'intraoral-tmj'] as const };
    const catalog = extendCatalog(defaultCatalog, { conditions: [{ ...tmj, techniques: [...tmj.techniques] }] });
    const rec = recommendPlan(baseIntake({ conditions: [{ condition: 'tmj-disorder', severity: 'mild' }] }), { catalog });
    if (rec.kind !== 'plan') throw new Error('expected a plan');
    expect(rec.plan.techniques.map((t) => t.technique)).toContain('intraoral-tmj');
    expect(ids(rec.plan.consents)).toContain('intraoral');
    expect(ids(rec.plan.aftercare)).toContain('intraoral');
    expect(ids(planOf(baseIntake({ conditions: [{ condition: 'tmj-disorder', severity: 'mild' }] })).consents)).not.toContain('intraoral');
  });

  it('derives the checks from conditions and flags', () => {
    expect(ids(planOf(baseIntake()).sessionChecks)).toEqual(['red-flags']);
    const surgery = planOf(
      baseIntake({ conditions: [{ condition: 'post-surgical', severity: 'mild', region: 'knee', onset: '2026-09-01' }], clearances: ['surgeon'] }),
    );
    expect(ids(surgery.sessionChecks)).toContain('calf');
    const many = planOf(baseIntake({ history: [{ flag: 'hypertension' }, { flag: 'anticoagulants' }, { flag: 'diabetes' }] }));
    expect(ids(many.sessionChecks)).toEqual(expect.arrayContaining(['red-flags', 'blood-pressure', 'bruising', 'skin-sensation']));
    const stones = planOf(baseIntake({ preferences: { hotStones: true } }));
    expect(ids(stones.sessionChecks)).toContain('skin-after-heat');
    expect(ids(stones.aftercare)).toContain('heat');
    expect(stones.trace.find((t) => t.rule === 'check/red-flags')?.source).toBe('FINUCANE-2020');
  });
});

describe('discharge criteria', () => {
  it('every plan says when to stop: goals met, recovery cut-offs where a measure has one (Kamper 2010), a plateau', () => {
    const neck = planOf(baseIntake());
    expect(neck.discharge.because).toEqual(['discharge/goals-met', 'discharge/recovered', 'discharge/plateau']);
    expect(neck.discharge.criteria[1]).toMatch(/NRS, 0–10\) 0/);
    expect(neck.trace.find((t) => t.rule === 'discharge/recovered')?.source).toBe('S41');
    // Carpal tunnel tracks only the BCTQ, which has no published recovery cut-off.
    const cts = planOf(baseIntake({ conditions: [{ condition: 'carpal-tunnel', severity: 'mild' }], goals: ['rehabilitation'] }));
    expect(cts.discharge.because).toEqual(['discharge/goals-met', 'discharge/plateau']);
  });
});

describe('billing per code (CMS Pub. 100-04 ch. 5 §20.2)', () => {
  it('swedish (97124) and trigger-point (97140) at 60 minutes: 30 + 30 minutes, 2 units each', () => {
    // Carpal tunnel (swedish, trigger-point) with knee joint pain (swedish, 60 minutes).
    const plan = planOf(
      baseIntake({
        conditions: [
          { condition: 'carpal-tunnel', severity: 'mild' },
          { condition: 'joint-pain', severity: 'mild', region: 'knee' },
        ],
      }),
    );
    expect(plan.techniques.map((t) => t.technique)).toEqual(['swedish', 'trigger-point']);
    expect(plan.sessionMinutes).toBe(60);
    expect(plan.billing.lines).toStrictEqual([
      { code: '97124', minutes: 30, units: 2 },
      { code: '97140', minutes: 30, units: 2 },
    ]);
    expect(plan.billing).toMatchObject({ code: '97124', unitsPerSession: 2 });
    expect(plan.trace.find((t) => t.rule === 'billing/per-code')?.source).toBe('CMS-100-04');
  });

  it('assigns units over the total, by minutes (the manual’s 33 + 7 minute example: 2 units and 1)', () => {
    // 40 minutes: 3 units in all; 33 minutes carry 2 full units, the 7-minute service gets the third.
    const lines = billingLines(['A', 'A', 'A', 'A', 'B'], 40, 'A');
    expect(lines).toStrictEqual([
      { code: 'A', minutes: 32, units: 2 },
      { code: 'B', minutes: 8, units: 1 },
    ]);
    // Two services of 7 minutes: 14 minutes bill one unit, to the first line.
    expect(billingLines(['A', 'B'], 14, 'A')).toStrictEqual([
      { code: 'A', minutes: 7, units: 1 },
      { code: 'B', minutes: 7, units: 0 },
    ]);
    // Under 8 minutes in all: nothing to bill.
    expect(billingLines(['A'], 7, 'A')).toStrictEqual([{ code: 'A', minutes: 7, units: 0 }]);
    expect(billingLines([], 60, 'A')).toStrictEqual([{ code: 'A', minutes: 60, units: 4 }]);
  });
});

describe('medical necessity', () => {
  it('one paragraph with the ICD-10 codes, the measures, the goals and dates, the techniques, frequency and reassessment dates', () => {
    const plan = planOf(
      baseIntake({
        conditions: [
          { condition: 'neck-pain', severity: 'moderate', painScore: 7 },
          { condition: 'tension-headache', severity: 'mild' },
        ],
        scores: [{ measure: 'ndi', value: 18 }],
      }),
    );
    const text = plan.medicalNecessity;
    expect(text).not.toMatch(/\n/);
    for (const code of ['M54.2', 'G44.209']) expect(text).toContain(code);
    expect(text).toContain('Neck Disability Index (NDI, 0–50) 18 at intake');
    expect(text).toContain('from 18 to 13');
    expect(text).toMatch(/2×\/week for \d+ weeks/);
    for (const s of plan.sessions.filter((x) => x.reassessment)) expect(text).toContain(s.date);
    for (const t of plan.techniques) expect(text.toLowerCase()).toContain(defaultCatalog.techniques[t.technique].name.toLowerCase());
    // A condition with no ICD-10 code in the catalogue says who gives it.
    const sports = planOf(baseIntake({ conditions: [{ condition: 'sports-injury', severity: 'mild', region: 'knee', acuity: 'chronic' }] }));
    expect(sports.medicalNecessity).toMatch(/ICD-10 code to be given by the referring provider/);
  });
});

describe('reassessment: discharge and bad input', () => {
  const neck = () =>
    planOf(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }], scores: [{ measure: 'ndi', value: 18 }] }));

  it('a recovered client (pain 0, NDI 2) is discharged, not kept in maintenance', () => {
    const rec = reassessPlan(neck(), { assessedOn: '2026-12-22', sessionsCompleted: 6, painScore: 0, scores: [{ measure: 'ndi', value: 2 }] });
    expect(rec.kind).toBe('discharge');
    expect(RecommendationSchema.safeParse(rec).success).toBe(true);
    if (rec.kind !== 'discharge') return;
    expect(rec.reasons.map((r) => r.rule)).toEqual(['reassess/recovered']);
    expect(rec.reasons[0]?.source).toBe('S41');
    expect(rec.trace.map((t) => t.rule)).toContain('reassess/recovered');
  });

  it('no discharge when a tracked measure is short of its target, when pain is short of its goal, or on a new red flag', () => {
    // Goals: pain 6 → 4, NDI 18 → 13.
    expect(reassessPlan(neck(), { assessedOn: '2026-12-22', sessionsCompleted: 6, painScore: 0, scores: [{ measure: 'ndi', value: 14 }] }).kind).toBe('plan');
    expect(reassessPlan(neck(), { assessedOn: '2026-12-22', sessionsCompleted: 6, painScore: 5, scores: [{ measure: 'ndi', value: 2 }] }).kind).toBe('plan');
    // Both goals met without full recovery: discharge on the goals.
    const met = reassessPlan(neck(), { assessedOn: '2026-12-22', sessionsCompleted: 6, painScore: 4, scores: [{ measure: 'ndi', value: 13 }] });
    expect(met.kind === 'discharge' ? met.reasons[0]?.rule : met.kind).toBe('reassess/goals-met');
    expect(reassessPlan(neck(), { assessedOn: '2026-12-22', sessionsCompleted: 6, painScore: 0, scores: [{ measure: 'ndi', value: 2 }], redFlags: ['night-pain'] }).kind).toBe('refer');
  });

  it('a re-planned calendar moves the goals’ due date and the medical-necessity dates with it', () => {
    const rec = reassessPlan(neck(), { assessedOn: '2026-12-29', sessionsCompleted: 8, painScore: 4 });
    if (rec.kind !== 'plan') throw new Error('expected a plan');
    const firstPhase = rec.plan.sessions.filter((s) => s.phase === rec.plan.sessions[0]?.phase);
    for (const goal of rec.plan.goals) expect(goal.by).toBe(firstPhase.at(-1)?.date);
    for (const s of rec.plan.sessions.filter((x) => x.reassessment)) expect(rec.plan.medicalNecessity).toContain(s.date);
    expect(RecommendationSchema.safeParse(rec).success).toBe(true);
  });

  it('every goal met is a discharge too (reassess/goals-met)', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'carpal-tunnel', severity: 'mild' }], goals: ['rehabilitation'], scores: [{ measure: 'bctq', value: 3.5 }] }));
    expect(plan.goals.map((g) => [g.measure, g.target])).toEqual([['bctq', 2.5]]);
    const rec = reassessPlan(plan, { assessedOn: '2026-12-22', sessionsCompleted: 4, scores: [{ measure: 'bctq', value: 2.4 }] });
    expect(rec.kind).toBe('discharge');
    if (rec.kind === 'discharge') expect(rec.reasons[0]?.rule).toBe('reassess/goals-met');
  });

  it('scores on a measure the plan does not track, or more sessions than planned: IntakeError with the path', () => {
    const plan = neck();
    const issuesOf = (reassessment: unknown) => {
      try {
        reassessPlan(plan, reassessment);
      } catch (error) {
        expect(error).toBeInstanceOf(IntakeError);
        return (error as IntakeError).issues;
      }
      throw new Error('expected an IntakeError');
    };
    const untracked = issuesOf({ assessedOn: '2026-12-22', sessionsCompleted: 2, scores: [{ measure: 'ndi', value: 10 }, { measure: 'bctq', value: 2 }] });
    expect(untracked.map((i) => i.path)).toEqual([['scores', 1, 'measure']]);
    expect(untracked[0]?.message).toMatch(/^scores\[1\]\.measure "bctq" is not a measure this plan tracks/);
    const beyond = issuesOf({ assessedOn: '2026-12-22', sessionsCompleted: plan.sessions.length + 1 });
    expect(beyond.map((i) => i.path)).toEqual([['sessionsCompleted']]);
    expect(beyond[0]?.message).toBe(
      `sessionsCompleted must be at most ${plan.sessions.length}, the number of sessions the plan scheduled (got ${plan.sessions.length + 1})`,
    );
    // Both at once: both issues.
    expect(issuesOf({ assessedOn: '2026-12-22', sessionsCompleted: 99, scores: [{ measure: 'hdi', value: 50 }] })).toHaveLength(2);
    // Pain is always tracked.
    expect(reassessPlan(plan, { assessedOn: '2026-12-22', sessionsCompleted: 2, scores: [{ measure: 'pain-nrs', value: 5 }] }).kind).toBe('plan');
  });
});
