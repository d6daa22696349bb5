import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { reassessPlan } from '../../src/engine/reassessPlan.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { IntakeError } from '../../src/intake/IntakeError.js';
import type { TreatmentPlan } from '../../src/engine/RecommendationSchema.js';
import type { IntakeInput } from '../../src/intake/IntakeSchema.js';
import { parseIntake } from '../../src/intake/parseIntake.js';
import { HISTORY_FLAG_IDS, OUTCOME_MEASURE_IDS, type RegionId } from '../../src/intake/vocabulary.js';
import { intakeArbitrary } from '../support/arbitraries.js';
import { assertProperty, fcConfig } from '../support/fcConfig.js';

// DESIGN §3 invariant 12 and the plan-of-care fields of §7, over every
// valid intake the generator makes: goals, home care, consents, checks,
// discharge criteria, the first reassessment, and home care that never
// suggests what the plan excludes.

const PLAN_FLAGS = HISTORY_FLAG_IDS.filter((flag) => defaultCatalog.historyFlags[flag].tier !== 'no-massage');
// Plans are common with these (no red flags, no no-massage flags).
const planned = intakeArbitrary({ historyFlags: PLAN_FLAGS, maxHistory: 4, redFlags: fc.constant([]) });

/** Home care ids that put heat on the skin (from the care rules: superficial heat for low back pain). */
const HEAT_HOME_CARE = ['low-back-heat'];
/** Regions each home-care item works on (the care rules' own data, restated). */
const HOME_CARE_REGIONS: Readonly<Record<string, readonly RegionId[]>> = {
  'neck-exercise': ['neck', 'shoulder'],
  'back-exercise': ['lower-back'],
  'joint-exercise-knee': ['knee'],
  'joint-exercise-hip': ['hip'],
  'low-back-heat': ['lower-back'],
  'carpal-tunnel-self-massage': ['forearm', 'wrist-hand'],
  'jaw-self-care': ['jaw'],
  'headache-self-care': ['neck', 'shoulder'],
};

const planOf = (input: IntakeInput): TreatmentPlan | undefined => {
  const rec = recommendPlan(input);
  return rec.kind === 'plan' ? rec.plan : undefined;
};

const allStrings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
};

describe('plan of care properties (DESIGN §3 invariant 12, §7)', () => {
  it('every plan has a measurable goal, home care, informed consent, checks and discharge criteria; nothing new is an empty string', () => {
    let plans = 0;
    assertProperty(
      fc.property(planned, (input) => {
        const plan = planOf(input);
        if (plan === undefined) return;
        plans++;
        expect(plan.goals.length).toBeGreaterThan(0);
        for (const goal of plan.goals) {
          const measure = defaultCatalog.outcomeMeasures[goal.measure];
          expect(goal.target).toBeGreaterThanOrEqual(measure.min);
          expect(goal.target).toBeLessThanOrEqual(measure.max);
          expect(goal.targetChange).toBeGreaterThanOrEqual(0);
          if (goal.baseline !== undefined) {
            // The target is never worse than the baseline, and the change says how far it is.
            const gain = measure.better === 'lower' ? goal.baseline - goal.target : goal.target - goal.baseline;
            expect(gain).toBeGreaterThanOrEqual(0);
            expect(goal.targetChange).toBeCloseTo(gain, 5);
          } else {
            expect(goal.targetChange).toBe(measure.meaningfulChange.points);
          }
          expect(goal.by >= plan.intake.assessedOn, `goal due ${goal.by} before the assessment`).toBe(true);
        }
        expect(plan.homeCare.length).toBeGreaterThan(0);
        expect(plan.consents.map((c) => c.id)).toContain('informed');
        expect(plan.sessionChecks.map((c) => c.id)).toContain('red-flags');
        expect(plan.discharge.criteria.length).toBeGreaterThan(0);
        expect(plan.discharge.because.length).toBeGreaterThan(0);
        const intake = parseIntake(input);
        if (intake.age !== undefined && intake.age < 18) expect(plan.consents.map((c) => c.id)).toContain('guardian');
        else expect(plan.consents.map((c) => c.id)).not.toContain('guardian');
        const fresh = { goals: plan.goals, homeCare: plan.homeCare, aftercare: plan.aftercare, consents: plan.consents, sessionChecks: plan.sessionChecks, discharge: plan.discharge, lines: plan.billing.lines, medicalNecessity: plan.medicalNecessity };
        for (const text of allStrings(fresh)) expect(text.trim().length, 'an empty string in a plan-of-care field').toBeGreaterThan(0);
      }),
    );
    if (fcConfig.numRuns >= 100) expect(plans).toBeGreaterThan(fcConfig.numRuns / 4);
  });

  it('the first reassessment is on or before session 4 whenever there are 4 sessions (the last one when fewer)', () => {
    assertProperty(
      fc.property(planned, (input) => {
        const plan = planOf(input);
        if (plan === undefined || plan.sessions.length === 0) return;
        const first = plan.sessions.find((s) => s.reassessment);
        expect(first, 'no reassessment at all').toBeDefined();
        expect(first?.number ?? Infinity).toBeLessThanOrEqual(Math.min(4, plan.sessions.length));
      }),
    );
  });

  it('home care never suggests what the plan excludes: no heat where heat is ruled out, nothing on an avoided region', () => {
    const seen = { heatBlocked: 0, heatGiven: 0 };
    assertProperty(
      fc.property(planned, (input) => {
        const plan = planOf(input);
        if (plan === undefined) return;
        const intake = plan.intake;
        const ids = plan.homeCare.map((h) => h.id);
        const heatExcluded =
          plan.avoid.some((a) => a.technique === 'hot-stone') ||
          (intake.history ?? []).some((h) => ['peripheral-neuropathy', 'pregnancy', 'diabetes'].includes(h.flag)) ||
          intake.conditions.some((c) => c.condition === 'sports-injury' && c.acuity === 'acute');
        const heat = ids.filter((id) => HEAT_HOME_CARE.includes(id));
        if (heatExcluded) {
          if (intake.conditions.some((c) => c.condition === 'low-back-pain' && c.acuity !== 'chronic')) seen.heatBlocked++;
          expect(heat, 'heat at home although heat is excluded').toEqual([]);
        } else if (heat.length > 0) seen.heatGiven++;
        // A region left alone altogether (one technique kept off a region does not rule out home care there).
        const avoided = new Set(plan.avoid.flatMap((a) => (a.region !== undefined && a.position === undefined && a.technique === undefined ? [a.region] : [])));
        for (const id of ids) {
          for (const region of HOME_CARE_REGIONS[id] ?? []) expect(avoided.has(region), `${id} on the avoided ${region}`).toBe(false);
        }
      }),
    );
    if (fcConfig.numRuns >= 100) {
      expect(seen.heatGiven, 'heat at home never suggested').toBeGreaterThan(0);
      expect(seen.heatBlocked, 'heat at home never blocked').toBeGreaterThan(0);
    }
  });

  it('technique-bound items follow the plan: heat checks only with hot stones, intraoral consent only with intraoral work, soreness only after pressure 3+', () => {
    assertProperty(
      fc.property(planned, (input) => {
        const plan = planOf(input);
        if (plan === undefined) return;
        const techniques = new Set(plan.techniques.map((t) => t.technique));
        expect(plan.sessionChecks.some((c) => c.id === 'skin-after-heat')).toBe(techniques.has('hot-stone'));
        expect(plan.consents.some((c) => c.id === 'intraoral')).toBe(techniques.has('intraoral-tmj'));
        const deeper = plan.techniques.some((t) => defaultCatalog.techniques[t.technique].pressure.max >= 3) && plan.pressure.max >= 3;
        expect(plan.aftercare.some((a) => a.id === 'soreness')).toBe(deeper);
        expect(plan.aftercare.some((a) => a.id === 'seek-care')).toBe(true);
        for (const a of plan.aftercare) expect(a.advice).not.toMatch(/toxin|flush/i);
      }),
    );
  });

  it('reassessPlan: more sessions than planned, or a score on an untracked measure, is an IntakeError at that path', () => {
    const seen = { untracked: 0 };
    assertProperty(
      fc.property(planned, fc.integer({ min: 1, max: 20 }), fc.constantFrom(...OUTCOME_MEASURE_IDS), (input, extra, measure) => {
        const plan = planOf(input);
        if (plan === undefined) return;
        const assessedOn = plan.intake.assessedOn;
        const pathsOf = (reassessment: unknown): unknown[] => {
          try {
            reassessPlan(plan, reassessment);
          } catch (error) {
            if (!(error instanceof IntakeError)) throw error;
            return error.issues.map((i) => i.path);
          }
          return [];
        };
        expect(pathsOf({ assessedOn, sessionsCompleted: plan.sessions.length + extra })).toEqual([['sessionsCompleted']]);
        const tracked = new Set(['pain-nrs', ...plan.goals.map((g) => g.measure), ...(plan.intake.scores ?? []).map((s) => s.measure)]);
        const value = defaultCatalog.outcomeMeasures[measure].min;
        const paths = pathsOf({ assessedOn, sessionsCompleted: 0, scores: [{ measure, value }] });
        if (tracked.has(measure)) expect(paths).toEqual([]);
        else {
          seen.untracked++;
          expect(paths).toEqual([['scores', 0, 'measure']]);
        }
      }),
      { runsFactor: 0.4 },
    );
    if (fcConfig.numRuns >= 100) expect(seen.untracked).toBeGreaterThan(0);
  });

  it('session checks follow the intake: calf after surgery or in pregnancy, blood pressure with hypertension, bruising with anticoagulants', () => {
    assertProperty(
      fc.property(planned, (input) => {
        const plan = planOf(input);
        if (plan === undefined) return;
        const flags = new Set((plan.intake.history ?? []).map((h) => h.flag));
        const checks = new Set(plan.sessionChecks.map((c) => c.id));
        const surgery = plan.intake.conditions.some((c) => c.condition === 'post-surgical');
        expect(checks.has('calf')).toBe(surgery || flags.has('pregnancy'));
        expect(checks.has('blood-pressure')).toBe(flags.has('hypertension'));
        expect(checks.has('bruising')).toBe(flags.has('anticoagulants') || flags.has('bleeding-disorder'));
        expect(checks.has('skin-sensation')).toBe(flags.has('diabetes') || flags.has('peripheral-neuropathy'));
      }),
    );
  });
});
