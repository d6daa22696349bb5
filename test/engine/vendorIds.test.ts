// A clinic's own catalogue entries (DESIGN §5): everything downstream of rule
// evaluation (the plan fold, billing, goals, medical necessity, the summaries
// and the FHIR export) works from the catalogue's data for ids the built-in
// vocabulary does not know, and names them by the catalogue's names.

import type { CarePlan, Goal } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { measureProgress } from '../../src/engine/measureProgress.js';
import { recommendFromIntake } from '../../src/engine/recommendPlan.js';
import { TreatmentPlanSchema, type Recommendation, type TreatmentPlan } from '../../src/engine/RecommendationSchema.js';
import { clearanceLabel, clearanceName } from '../../src/export/catalogNames.js';
import { formatPlan, formatValidRecommendation } from '../../src/export/formatPlan.js';
import { extendCatalog } from '../../src/catalog/extendCatalog.js';
import type { Condition, Technique } from '../../src/catalog/CatalogSchema.js';
import { planOfCareLines } from '../../src/export/planOfCareLines.js';
import { carePlanBundle, FHIR_URLS } from '../../src/export/toFhirCarePlan.js';
import { IntakeError } from '../../src/intake/IntakeError.js';
import type { Intake } from '../../src/intake/IntakeSchema.js';
import type { Reassessment } from '../../src/intake/ReassessmentSchema.js';
import { vendorCatalog, vendorIntake } from './fixtures/vendorCatalog.js';

const recommendation: Recommendation = recommendFromIntake(vendorIntake(), vendorCatalog);

function planOf(rec: Recommendation): TreatmentPlan {
  if (rec.kind !== 'plan') throw new Error(`expected a plan, got ${rec.kind}: ${JSON.stringify(rec.reasons)}`);
  return rec.plan;
}
const plan = planOf(recommendation);

// The paths where the plan's schema still holds the built-in id enums (the
// lead opens them); the vendor plan may fail there and nowhere else.
const ID_PATHS = [
  /^intake\.conditions\.\d+\.(condition|region)$/,
  /^intake\.scores\.\d+\.measure$/,
  /^techniques\.\d+\.(technique|regions\.\d+)$/,
  /^targets\.\d+\.region$/,
  /^goals\.\d+\.measure$/,
  /^clearances\.\d+$/,
  /^evidence\.\d+\.condition$/,
];

describe('a plan with vendor ids', () => {
  it('works the vendor region with the vendor technique and the built-in one', () => {
    expect(plan.techniques.map((t) => [t.technique, t.regions])).toEqual([
      ['cupping', ['sole', 'lower-leg']],
      ['swedish', ['sole', 'lower-leg']],
    ]);
    expect(plan.targets[0]).toEqual({
      region: 'sole',
      side: 'left',
      muscles: ['plantar fascia', 'flexor digitorum brevis', 'abductor hallucis'],
      because: ['condition/plantar-fasciitis'],
    });
  });

  it('stays within the techniques’ own pressure ranges: cupping reaches 4, not the condition’s 5', () => {
    expect(plan.pressure).toEqual({ start: 2, max: 4, because: ['condition/plantar-fasciitis'] });
  });

  it('bills each technique under its own catalogue CPT code', () => {
    expect(plan.sessionMinutes).toBe(45);
    expect(plan.billing).toEqual({
      code: '97140',
      unitsPerSession: 2,
      lines: [
        { code: '97140', minutes: 23, units: 2 },
        { code: '97124', minutes: 22, units: 1 },
      ],
    });
  });

  it('drops a vendor technique whose lightest pressure is above a cap', () => {
    const capped = {
      ...vendorCatalog,
      techniques: { ...vendorCatalog.techniques, cupping: { ...(vendorCatalog.techniques as Record<string, object>)['cupping'], pressure: { min: 4, max: 5 } } },
      rules: [
        ...vendorCatalog.rules,
        { id: 'clinic/cap', family: 'precaution', description: 'Cap.', source: 'CLINIC-POLICY', when: () => true, then: () => [{ kind: 'capPressure', max: 3, message: 'Cap 3.' }] },
      ],
    } as unknown as typeof vendorCatalog;
    const cappedPlan = planOf(recommendFromIntake(vendorIntake(), capped));
    expect(cappedPlan.techniques.map((t) => t.technique)).toEqual(['swedish']);
    expect(cappedPlan.billing.lines).toEqual([{ code: '97124', minutes: 45, units: 3 }]);
  });

  it('sets the goal on the vendor measure from its baseline in intake.scores, by the catalogue’s threshold', () => {
    expect(plan.goals).toEqual([
      {
        measure: 'ffi',
        baseline: 60,
        target: 48,
        targetChange: 12,
        because: ['goal/meaningful-change', 'goal/condition-measures', 'goal/rehabilitation'],
        by: '2027-01-05',
        description: 'Plantar fasciitis; Rehabilitation (function in daily activities): Foot Function Index (FFI, 0–100) from 60 to 48 (or lower).',
      },
    ]);
  });

  it('asks for a baseline of a vendor measure the intake has no score for', () => {
    const noScore = planOf(recommendFromIntake(vendorIntake({ scores: [] }), vendorCatalog));
    expect(noScore.goals.map((g) => [g.measure, g.baseline, g.target, g.targetChange])).toEqual([['ffi', undefined, 10, 12]]);
    expect(noScore.precautions.find((p) => p.id === 'record-baselines')?.message).toBe(
      'Record baselines at the first session: Foot Function Index (FFI, 0–100) (meaningful change: 12 points, a catalogue default, not a published threshold).',
    );
  });

  it('discharges on the vendor measure’s recovery cut-off', () => {
    expect(plan.discharge.criteria).toContain(
      'Recovered: Foot Function Index (FFI, 0–100) 10 or less (recovery cut-offs), with every other tracked measure at its target.',
    );
  });

  it('lists the vendor clearance and cites the vendor source', () => {
    expect(plan.clearances).toEqual(['podiatrist']);
    expect(plan.sources.find((s) => s.id === 'CLINIC-POLICY')).toEqual({ id: 'CLINIC-POLICY', citation: 'Example Foot Clinic house policy, 2026.', grade: 'practice' });
    expect(plan.evidence).toEqual([
      { condition: 'plantar-fasciitis', verdict: 'weak', summary: 'Small trials of soft-tissue work for plantar heel pain; mixed results.', sources: ['CLINIC-POLICY'] },
    ]);
  });

  it('fires no built-in care rule keyed on built-in conditions', () => {
    expect(plan.homeCare.map((h) => h.id)).toEqual(['self-monitoring']);
    expect(plan.complementary).toEqual(['calf-stretching']);
  });

  it('states medical necessity with the vendor names and no invented ICD-10 code', () => {
    expect(plan.medicalNecessity).toMatch(/^Diagnoses: Plantar fasciitis \(ICD-10 code to be given by the referring provider\)\. /);
    expect(plan.medicalNecessity).toContain('measured by Foot Function Index (FFI, 0–100) 60 at intake');
    expect(plan.medicalNecessity).toContain('cupping on the sole of the foot and lower leg for plantar fasciitis');
  });

  it('matches the plan schema except where its id enums still hold the built-in ids', () => {
    const result = TreatmentPlanSchema.safeParse(plan);
    const issues = result.success ? [] : result.error.issues;
    const paths = issues.map((issue) => issue.path.join('.'));
    expect(paths.filter((path) => !ID_PATHS.some((pattern) => pattern.test(path)))).toEqual([]);
    expect(issues.every((issue) => issue.code === 'invalid_value')).toBe(true);
  });

  it('orders plan-of-care regions by the catalogue, the vendor region included', () => {
    expect(planOfCareLines(plan, vendorCatalog)).toEqual([
      {
        techniques: ['cupping', 'swedish'],
        regions: ['lower-leg', 'sole'],
        text: '45 min cupping and Swedish massage, left lower leg and left sole of the foot, weekly for 6 weeks, then every 2 weeks for 4 weeks, then every 4 weeks for 8 weeks, to restore function',
      },
    ]);
  });

  it('measures progress on the vendor measure', () => {
    const reassessment = { assessedOn: '2027-01-05', sessionsCompleted: 6, scores: [{ measure: 'ffi', value: 40 }] } as unknown as Reassessment;
    expect(measureProgress(vendorCatalog, plan.intake as Intake, reassessment)).toEqual([
      { measure: 'ffi', baseline: 60, current: 40, change: 20, meaningful: 12, verdict: 'better' },
    ]);
  });
});

describe('summaries of a plan with vendor ids', () => {
  const options = { catalog: vendorCatalog } as const;

  it.each(['markdown', 'text', 'html'] as const)('%s names the vendor entries by their catalogue names', (format) => {
    const out = formatValidRecommendation(recommendation, { format, ...options });
    expect(out).toContain('Plantar fasciitis: moderate, chronic, left sole of the foot');
    expect(out).toMatch(/Cupping \(CPT 97140\)|Cupping and Swedish massage/);
    expect(out).toContain('Foot Function Index (FFI, 0–100): from 60 to 48 or lower, by 2027-01-05');
    expect(out).toContain('Podiatrist: House policy: a podiatrist’s clearance before the first session.');
    expect(out).toContain('Left sole of the foot');
    expect(out).not.toContain('undefined');
  });

  it('markdown bills cupping under 97140 in the billing table', () => {
    const out = formatValidRecommendation(recommendation, { format: 'markdown', ...options });
    expect(out).toContain('| 97140 | manual therapy: myofascial release, trigger-point therapy, lymphatic drainage, soft-tissue mobilization | 23 | 2 |');
    expect(out).toContain('- Cupping (CPT 97140): For plantar fasciitis: works the plantar fascia');
  });

  it('html titles the page with the vendor condition', () => {
    const out = formatValidRecommendation(recommendation, { format: 'html', ...options });
    expect(out).toContain('<title>Plan of care: Plantar fasciitis (assessed 2026-12-01)</title>');
  });

  it('formatPlan renders the same, or rejects only the ids its schema does not know yet', () => {
    for (const format of ['markdown', 'text', 'html'] as const) {
      let out: string | undefined;
      try {
        out = formatPlan(recommendation, { format, ...options });
      } catch (error) {
        // Until the lead opens the plan schema's id enums: rejected there, and only there.
        expect(error).toBeInstanceOf(IntakeError);
        const paths = (error as IntakeError).issues.map((issue) => issue.path.slice(2).join('.'));
        expect(paths.length).toBeGreaterThan(0);
        expect(paths.filter((path) => !ID_PATHS.some((pattern) => pattern.test(path)))).toEqual([]);
      }
      if (out !== undefined) expect(out).toBe(formatValidRecommendation(recommendation, { format, ...options }));
    }
  });

  it('a vendor plan formatted with the default catalogue names the unknown ids instead of crashing', () => {
    const out = formatValidRecommendation(recommendation, { format: 'text' });
    expect(out).toContain('plantar-fasciitis: moderate, chronic, left sole');
    expect(out).toContain('ffi: from 60 to 48 or lower');
    expect(out).toContain('Podiatrist');
  });

  it('a vendor clearance on a deferral is named in the action', () => {
    const deferral: Recommendation = { kind: 'defer', until: 'clearance', clearances: ['podiatrist' as never], reasons: [], trace: [] };
    expect(formatValidRecommendation(deferral, { format: 'text', ...options })).toContain(
      'Action: Do not massage until written clearance from the podiatrist; then assess again with the clearance recorded in the intake.',
    );
  });
});

describe('the FHIR export of a plan with vendor ids', () => {
  const bundle = carePlanBundle(plan, { catalog: vendorCatalog });
  const carePlan = bundle.entry?.[0]?.resource as CarePlan;
  const goal = bundle.entry?.[1]?.resource as Goal;

  it('codes cupping with its CPT code and catalogue name, for the vendor condition in text only', () => {
    const cupping = carePlan.activity?.find((a) => a.detail?.code?.text === 'Cupping');
    expect(cupping?.detail?.code?.coding).toEqual([
      { system: FHIR_URLS.cpt, code: '97140' },
      { system: FHIR_URLS.techniqueCodes, code: 'cupping', display: 'Cupping' },
    ]);
    expect(cupping?.detail?.reasonCode).toEqual([{ text: 'Plantar fasciitis' }]);
    expect(cupping?.detail?.extension?.[0]?.valueCodeableConcept).toEqual({
      coding: [{ system: FHIR_URLS.regionCodes, code: 'sole', display: 'Sole of the foot' }],
      text: 'left sole of the foot',
    });
    expect(carePlan.addresses).toEqual([{ display: 'Plantar fasciitis' }]);
  });

  it('gives the vendor measure’s goal with its name and direction', () => {
    expect(goal.id?.endsWith('-goal-ffi')).toBe(true);
    expect(goal.description.text).toBe('Foot Function Index (FFI, 0–100): from 60 to 48 or lower');
    expect(goal.target?.[0]?.detailRange).toEqual({ high: { value: 48, unit: 'score', system: FHIR_URLS.ucum, code: '{score}' } });
  });

  it('names the vendor clearance in the notes', () => {
    expect(carePlan.note?.map((n) => n.text)).toContain('Clearance required before the first session: podiatrist.');
  });

  it('with the default catalogue: no CPT code is invented for a technique it does not hold', () => {
    const fallback = carePlanBundle(plan).entry?.[0]?.resource as CarePlan;
    const cupping = fallback.activity?.find((a) => a.detail?.code?.text === 'cupping');
    expect(cupping?.detail?.code?.coding).toEqual([{ system: FHIR_URLS.techniqueCodes, code: 'cupping', display: 'cupping' }]);
  });
});

describe('clearance names', () => {
  it('reads the catalogue’s clearances when it has them, the built-in wording otherwise', () => {
    const withTable = { ...defaultCatalog, clearances: { podiatrist: { id: 'podiatrist', name: 'Podiatrist (DPM)' }, physician: { id: 'physician', name: 'GP' } } } as unknown as typeof defaultCatalog;
    expect(clearanceName(withTable, 'podiatrist')).toBe('Podiatrist (DPM)');
    expect(clearanceLabel(withTable, 'physician')).toBe('GP');
    expect(clearanceName(defaultCatalog, 'surgeon')).toBe('Surgeon');
    expect(clearanceLabel(defaultCatalog, 'obstetrician')).toBe('obstetrician');
    expect(clearanceName(defaultCatalog, 'constructor')).toBe('Constructor');
  });
});

describe('care rules with a vendor heat technique', () => {
  it('name the vendor’s heat technique in the aftercare and the skin check, not hot stones', () => {
    const towels = { id: 'hot-towel', name: 'Hot towels', description: 'Steamed towels laid on the area.', pressure: { min: 1, max: 2 }, cpt: '97124', heat: true, source: 'CLINIC-POLICY' };
    const pf = (vendorCatalog.conditions as Record<string, Condition>)['plantar-fasciitis'] as Condition;
    const catalog = extendCatalog(vendorCatalog, {
      techniques: [towels as Technique],
      conditions: [{ ...pf, techniques: ['cupping', 'hot-towel'] }],
    }) as unknown as typeof vendorCatalog;
    const withHeat = planOf(recommendFromIntake(vendorIntake(), catalog));
    expect(withHeat.techniques.map((t) => t.technique)).toEqual(['cupping', 'hot-towel']);
    expect(withHeat.aftercare.find((a) => a.id === 'heat')?.advice).toBe(
      'After heat (hot-stone massage, hot towels) the skin may look pink for a few hours; call the clinic about redness that lasts, or any blister.',
    );
    expect(withHeat.sessionChecks.find((c) => c.id === 'skin-after-heat')?.question).toBe(
      'Any redness, blistering or soreness of the skin where heat was used last time?',
    );
  });
});
