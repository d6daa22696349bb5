// A real plan from recommendPlan (basePlan: the engine's own plan-of-care
// fields), and the same plan with those fields replaced by short, known
// values (fullPlan): home care, aftercare, consents, checks at each visit,
// discharge, medical necessity, two billing lines, a per-target pressure cap
// and positions that change. Goals stay the engine's.
import type { TreatmentPlan } from '../../src/engine/RecommendationSchema.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';

/** A string that breaks HTML, Markdown and attributes if anything is left unescaped. */
export const HOSTILE = `<script>alert("x")</script><img src=x onerror='alert(1)'> & *bold* | [a](javascript:alert(1))`;

export function basePlan(): TreatmentPlan {
  const result = recommendPlan({
    assessedOn: '2026-03-02',
    conditions: [
      { condition: 'neck-pain', severity: 'moderate', painScore: 6 },
      { condition: 'tension-headache', severity: 'mild' },
    ],
    goals: ['pain-relief', 'maintenance'],
    history: [{ flag: 'varicose-veins', region: 'lower-leg', side: 'left' }, { flag: 'anticoagulants' }],
    availability: { blackoutDates: ['2026-03-05'], maxSessions: 12 },
  });
  if (result.kind !== 'plan') throw new Error(`expected a plan, got ${result.kind}`);
  return result.plan;
}

export function fullPlan(text: (s: string) => string = (s) => s): TreatmentPlan {
  const plan = basePlan();
  const rule = 'condition/neck-pain';
  return {
    ...plan,
    homeCare: [
      { id: 'neck-exercise', advice: text('Neck exercises every day: chin tucks and shoulder rolls, 10 of each.'), because: [rule] },
      { id: 'desk-ergonomics', advice: 'Screen at eye level; a break from the desk every 30 minutes.', because: [rule] },
    ],
    aftercare: [
      { id: 'soreness', advice: 'Mild soreness for a day or two after deeper work is common and passes.', because: [rule] },
      { id: 'call-clinic', advice: 'Call the clinic if pain is worse 48 hours after a session.', because: [rule] },
    ],
    consents: [{ id: 'informed', message: text('Informed consent to the plan, its benefits, risks and alternatives.'), because: [rule] }],
    sessionChecks: [{ id: 'bruising', question: 'Any new or unexplained bruising since the last visit?', because: ['precaution/anticoagulants'] }],
    discharge: { criteria: ['Goals met', 'Pain 2/10 or lower on two visits in a row', 'No progress over two reassessments'], because: [rule] },
    medicalNecessity: text('Cervicalgia (ICD-10-CM M54.2) with NDI 18/50 limits desk work; skilled manual therapy 2×/week for 6 weeks.'),
    billing: { code: '97140', unitsPerSession: 3, lines: [{ code: '97140', minutes: 38, units: 3 }, { code: '97124', minutes: 22, units: 1 }] },
    targets: plan.targets.map((t) => (t.region === 'neck' ? { ...t, maxPressure: 1 as const, site: 'anterior neck' } : t)),
    sessions: plan.sessions.map((s) => (s.number >= 3 ? { ...s, positions: ['side-lying', 'seated'] as TreatmentPlan['positions'] } : s)),
  };
}
