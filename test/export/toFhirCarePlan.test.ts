import type { Bundle, CarePlan, CarePlanActivity, Goal } from 'fhir/r4';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/Catalog.js';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { extendCatalog } from '../../src/catalog/extendCatalog.js';
import type { TreatmentPlan } from '../../src/engine/RecommendationSchema.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { avoidReasons } from '../../src/export/avoidReasons.js';
import { isSchedulingNote } from '../../src/export/explanations.js';
import { FHIR_URLS, toFhirCarePlan } from '../../src/export/toFhirCarePlan.js';
import { IntakeError } from '../../src/intake/IntakeError.js';
import { fcConfig } from '../support/fcConfig.js';
import { fhirR4Problems } from './fhirValidator.js';
import { REALISTIC_INTAKES, validIntakeArb } from './intakeArbitrary.js';
import { basePlan, fullPlan, HOSTILE } from './planOfCareFixture.js';

const planOf = (intake: unknown): TreatmentPlan => {
  const result = recommendPlan(intake);
  if (result.kind !== 'plan') throw new Error(`expected a plan, got ${result.kind}`);
  return result.plan;
};

const PLANS = Object.fromEntries(
  Object.entries(REALISTIC_INTAKES).flatMap(([name, intake]) => {
    const result = recommendPlan(intake);
    return result.kind === 'plan' ? [[name, result.plan] as const] : [];
  }),
);
const neckOnly = planOf(REALISTIC_INTAKES['chronic neck pain']);
const neckAndHeadache = planOf(REALISTIC_INTAKES['neck pain and tension headache, with exclusions and maintenance']);
const ankle = planOf(REALISTIC_INTAKES['acute ankle sprain, 1 day old']);
const knee = planOf(REALISTIC_INTAKES['knee surgery 10 days ago, in cancer treatment']);

const carePlanOf = (bundle: Bundle<CarePlan | Goal>): CarePlan => {
  const resource = bundle.entry?.[0]?.resource;
  if (resource?.resourceType !== 'CarePlan') throw new Error('first entry is not a CarePlan');
  return resource;
};
const goalsOf = (bundle: Bundle<CarePlan | Goal>): Goal[] =>
  (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'Goal' ? [e.resource] : []));
const activities = (carePlan: CarePlan): CarePlanActivity[] => carePlan.activity ?? [];
const performed = (carePlan: CarePlan) => activities(carePlan).filter((a) => a.detail?.doNotPerform !== true);
/** The massage activities: technique × phase (home care is a Task, aftercare a CommunicationRequest, exclusions doNotPerform). */
const sessionsOf = (carePlan: CarePlan) => performed(carePlan).filter((a) => a.detail?.kind === 'ServiceRequest');
const excluded = (carePlan: CarePlan) => activities(carePlan).filter((a) => a.detail?.doNotPerform === true);
const phaseOf = (activity: CarePlanActivity) =>
  activity.detail?.extension?.find((e) => e.url === FHIR_URLS.phaseExtension)?.valueCode;

describe('toFhirCarePlan: valid FHIR R4', () => {
  it('the scenarios cover single and several conditions, exclusions with and without an end, maintenance and clearances', () => {
    expect(neckOnly.intake.conditions).toHaveLength(1);
    expect(neckAndHeadache.intake.conditions).toHaveLength(2);
    expect(neckAndHeadache.avoid.length).toBeGreaterThan(0);
    expect(neckAndHeadache.phases.map((p) => p.phase)).toContain('maintenance');
    expect(ankle.avoid.some((a) => a.until !== undefined)).toBe(true);
    expect(knee.clearances).toEqual(['oncologist', 'surgeon']); // cancer treatment, and surgery under 6 weeks ago
    expect(Object.keys(PLANS).length).toBeGreaterThanOrEqual(7);
  });

  it.each(Object.entries(PLANS))('%s: the bundle and each resource validate', (_name, plan) => {
    const bundle = toFhirCarePlan(plan, { patient: { reference: 'Patient/p-1', display: 'A. Client' } });
    expect(fhirR4Problems(bundle)).toEqual([]);
    for (const entry of bundle.entry ?? []) expect(fhirR4Problems(entry.resource)).toEqual([]);
  });

  it('validates without options too (default subject, content-derived id)', () => {
    expect(fhirR4Problems(toFhirCarePlan(neckAndHeadache))).toEqual([]);
  });

  it('the validator is not vacuous: it rejects what R4 forbids', () => {
    const carePlan = structuredClone(carePlanOf(toFhirCarePlan(neckAndHeadache))) as unknown as Record<string, unknown>;
    expect(fhirR4Problems({ ...carePlan, intent: 'suggestion' })).toEqual([
      expect.stringContaining('CarePlan.intent = "suggestion" is not in the required value set'),
    ]);
    const { status: _status, ...withoutStatus } = carePlan;
    expect(fhirR4Problems(withoutStatus)).toEqual(['CarePlan.status is required (min 1)']);
    expect(fhirR4Problems({ ...carePlan, bodySite: [{ text: 'neck' }] }).join()).toContain('additionalProperty":"bodySite');
    const goal = goalsOf(toFhirCarePlan(neckAndHeadache))[0];
    expect(fhirR4Problems({ ...goal, lifecycleStatus: 'suggested' }).join()).toContain('goal-status');
  });

  it('every plan from generated intakes exports to valid R4', () => {
    fc.assert(
      fc.property(validIntakeArb, (intake) => {
        const result = recommendPlan(intake);
        if (result.kind !== 'plan') return;
        const bundle = toFhirCarePlan(result.plan);
        expect(fhirR4Problems(bundle)).toEqual([]);
        // One Goal per plan goal: once the engine guarantees a goal, every Bundle has one.
        expect(goalsOf(bundle)).toHaveLength(result.plan.goals.length);
        // FHIRPath invariants the schema cannot check: cpl-3 (detail or reference, not both), tim-1/tim-2 (units).
        for (const activity of activities(carePlanOf(bundle))) {
          expect(activity.detail).toBeDefined();
          expect(activity.reference).toBeUndefined();
          const repeat = activity.detail?.scheduledTiming?.repeat;
          if (repeat?.duration !== undefined) expect(repeat.durationUnit).toBe('min');
          if (repeat?.period !== undefined) expect(repeat.periodUnit).toBe('wk');
        }
      }),
      { seed: fcConfig.seed, numRuns: Math.max(20, Math.round(fcConfig.numRuns * 0.1)) },
    );
  });
});

describe('toFhirCarePlan: the mapping', () => {
  const bundle = toFhirCarePlan(neckAndHeadache, { patient: { reference: 'Patient/p-1', display: 'A. Client' }, id: 'cp-42' });
  const carePlan = carePlanOf(bundle);
  const goals = goalsOf(bundle);

  it('is a collection Bundle: the CarePlan first, then one Goal per plan goal, with fullUrls that match the ids', () => {
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(bundle.id).toBe('cp-42-bundle');
    expect(bundle.entry?.map((e) => e.resource?.resourceType)).toEqual(['CarePlan', ...neckAndHeadache.goals.map(() => 'Goal')]);
    expect(bundle.entry?.map((e) => e.fullUrl)).toEqual([
      'https://massage-plan.dev/fhir/CarePlan/cp-42',
      'https://massage-plan.dev/fhir/Goal/cp-42-goal-pain-nrs',
      'https://massage-plan.dev/fhir/Goal/cp-42-goal-ndi',
      // The headache's measure, baseline recorded at the first visit: still a goal.
      'https://massage-plan.dev/fhir/Goal/cp-42-goal-hdi',
    ]);
  });

  it('the CarePlan is a draft proposal for the patient, over the dates of the sessions', () => {
    expect(carePlan.status).toBe('draft');
    expect(carePlan.intent).toBe('proposal');
    expect(carePlan.subject).toEqual({ reference: 'Patient/p-1', display: 'A. Client' });
    expect(carePlan.period).toEqual({ start: neckAndHeadache.sessions[0]?.date, end: neckAndHeadache.sessions.at(-1)?.date });
    expect(carePlan.period).toEqual({ start: '2026-03-02', end: '2026-05-25' });
    expect(carePlan.created).toBe('2026-03-02');
  });

  it('without a patient, the subject says it is unidentified', () => {
    expect(carePlanOf(toFhirCarePlan(neckOnly)).subject).toEqual({ display: 'Unidentified patient' });
    expect(goalsOf(toFhirCarePlan(neckOnly))[0]?.subject).toEqual({ display: 'Unidentified patient' });
  });

  it('carries the ruleset version as a canonical and as an extension', () => {
    expect(neckAndHeadache.rulesetVersion).toBe('massage-plan-rules@0.2.0');
    expect(carePlan.instantiatesCanonical).toEqual(['https://massage-plan.dev/fhir/PlanDefinition/massage-plan-rules|0.2.0']);
    expect(carePlan.extension).toContainEqual({ url: FHIR_URLS.rulesetVersionExtension, valueString: 'massage-plan-rules@0.2.0' });
  });

  it('describes the plan of care in words, with the ICD-10 codes of the conditions it addresses', () => {
    expect(carePlan.description).toContain('Neck pain (ICD-10-CM M54.2)');
    expect(carePlan.description).toContain('18 sessions from 2026-03-02 to 2026-05-25');
    expect(carePlan.description).toContain(
      '60 min myofascial release and trigger-point therapy, head and scalp, neck, shoulder, and upper back, 2×/week for 6 weeks, then weekly for 4 weeks, then every 2 weeks for 8 weeks, to reduce pain and maintain the gains',
    );
    expect(carePlan.addresses).toEqual([
      { display: 'Neck pain (ICD-10-CM M54.2)' },
      { display: 'Tension-type headache (ICD-10-CM G44.209)' },
    ]);
    expect(carePlan.text?.div).toMatch(/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"><p>Proposed medical massage/);
  });

  it('puts the ICD-10-CM code of neck pain, M54.2, in the reasons of the neck techniques', () => {
    const swedish = performed(carePlan).find((a) => a.detail?.code?.coding?.some((c) => c.code === 'swedish'));
    expect(swedish?.detail?.reasonCode).toEqual([
      { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'M54.2', display: 'Cervicalgia' }], text: 'Neck pain' },
    ]);
    const neuromuscular = performed(carePlan).find((a) => a.detail?.code?.coding?.some((c) => c.code === 'neuromuscular'));
    expect(neuromuscular?.detail?.reasonCode?.map((r) => r.coding?.[0]?.code)).toEqual(['G44.209']);
  });

  it('uses text alone where the catalogue has no ICD-10 code', () => {
    expect(defaultCatalog.conditions['sports-injury'].icd10).toBeUndefined();
    // the massage activities (home care is a Task of its own, with no reason code)
    const ankleActivities = performed(carePlanOf(toFhirCarePlan(ankle))).filter((a) => a.detail?.kind === 'ServiceRequest');
    expect(ankleActivities.length).toBeGreaterThan(0);
    for (const activity of ankleActivities) expect(activity.detail?.reasonCode).toEqual([{ text: 'Sports injury' }]);
  });

  it('has one activity per technique and scheduled phase, coded with CPT and the technique', () => {
    const phasesWithSessions = neckAndHeadache.phases.filter((p) => neckAndHeadache.sessions.some((s) => s.phase === p.phase));
    expect(phasesWithSessions).toHaveLength(3);
    expect(sessionsOf(carePlan)).toHaveLength(neckAndHeadache.techniques.length * phasesWithSessions.length);
    // Besides them, only home care (Task) and aftercare (CommunicationRequest): one each per plan item.
    const others = performed(carePlan).filter((a) => a.detail?.kind !== 'ServiceRequest');
    expect(others.map((a) => a.detail?.kind)).toEqual([
      ...neckAndHeadache.homeCare.map(() => 'Task'),
      ...neckAndHeadache.aftercare.map(() => 'CommunicationRequest'),
    ]);
    for (const activity of sessionsOf(carePlan)) {
      const detail = activity.detail;
      expect(detail?.kind).toBe('ServiceRequest');
      expect(detail?.status).toBe('not-started');
      const technique = detail?.code?.coding?.find((c) => c.system === FHIR_URLS.techniqueCodes)?.code;
      const entry = neckAndHeadache.techniques.find((t) => t.technique === technique);
      expect(entry).toBeDefined();
      if (entry === undefined) continue;
      const { cpt, name } = defaultCatalog.techniques[entry.technique];
      expect(detail?.code?.coding?.[0]).toEqual({ system: 'http://www.ama-assn.org/go/cpt', code: cpt });
      expect(detail?.code?.text).toBe(name);
      const sites = detail?.extension?.filter((e) => e.url === FHIR_URLS.bodySiteExtension).map((e) => e.valueCodeableConcept?.coding?.[0]?.code);
      expect(sites).toEqual(entry.regions);
      expect(detail?.goal).toEqual(goals.map((g) => ({ reference: `Goal/${g.id ?? ''}` })));
    }
    const cpts = new Set(sessionsOf(carePlan).map((a) => a.detail?.code?.coding?.[0]?.code));
    expect([...cpts].sort()).toEqual(['97124', '97140']);
  });

  it('times the first phase exactly as plan.phases[0] and its sessions', () => {
    const [intensive] = neckAndHeadache.phases;
    const dates = neckAndHeadache.sessions.filter((s) => s.phase === 'intensive').map((s) => s.date);
    const first = performed(carePlan).filter((a) => phaseOf(a) === 'intensive');
    expect(first).toHaveLength(neckAndHeadache.techniques.length);
    for (const activity of first) {
      expect(activity.detail?.scheduledTiming).toEqual({
        event: dates,
        repeat: {
          boundsPeriod: { start: dates[0], end: dates.at(-1) },
          count: dates.length,
          frequency: intensive?.sessionsPerWeek,
          period: 1,
          periodUnit: 'wk',
          duration: neckAndHeadache.sessionMinutes,
          durationUnit: 'min',
        },
      });
    }
    expect(intensive?.sessionsPerWeek).toBe(2);
  });

  it('writes every-other-week maintenance as once per 2 weeks', () => {
    const maintenance = performed(carePlan).filter((a) => phaseOf(a) === 'maintenance');
    expect(neckAndHeadache.phases.at(-1)).toMatchObject({ phase: 'maintenance', sessionsPerWeek: 0.5 });
    expect(maintenance.length).toBeGreaterThan(0);
    for (const activity of maintenance) {
      expect(activity.detail?.scheduledTiming?.repeat).toMatchObject({ frequency: 1, period: 2, periodUnit: 'wk' });
    }
  });

  it('leaves out a phase with no scheduled session', () => {
    const cut = { ...neckAndHeadache, sessions: neckAndHeadache.sessions.filter((s) => s.phase !== 'maintenance') };
    const massage = sessionsOf(carePlanOf(toFhirCarePlan(cut)));
    expect(new Set(massage.map(phaseOf))).toEqual(new Set(['intensive', 'transition']));
    expect(massage).toHaveLength(neckAndHeadache.techniques.length * 2);
  });

  it('exports a plan with no scheduled session: no period, no timed activity, still valid', () => {
    const empty = { ...neckAndHeadache, sessions: [] };
    const exported = toFhirCarePlan(empty);
    expect(fhirR4Problems(exported)).toEqual([]);
    const plan = carePlanOf(exported);
    expect(plan.period).toBeUndefined();
    expect(sessionsOf(plan)).toEqual([]);
    expect(activities(plan).filter((a) => a.detail?.scheduledTiming !== undefined)).toEqual([]);
    expect(excluded(plan)).toHaveLength(empty.avoid.length);
    // Home care still goes home with the client, with no period to run over.
    const home = activities(plan).filter((a) => a.detail?.kind === 'Task');
    expect(home).toHaveLength(empty.homeCare.length);
    for (const activity of home) expect(activity.detail?.scheduledPeriod).toBeUndefined();
    expect(plan.description).toContain('no session scheduled');
    expect(goalsOf(exported)[0]?.startDate).toBe(empty.intake.assessedOn);
    // The goals keep the date the engine gave them.
    expect(goalsOf(exported).map((g) => g.target?.[0]?.dueDate)).toEqual(empty.goals.map((g) => g.by));
  });

  it('turns every exclusion into a doNotPerform activity with its reason', () => {
    expect(excluded(carePlan)).toHaveLength(neckAndHeadache.avoid.length);
    const [veins, deepTissue] = excluded(carePlan);
    expect(veins?.detail?.description).toBe('Do not use massage on the left lower leg. Varicose veins: Avoid the affected region.');
    expect(veins?.detail?.extension?.[0]?.valueCodeableConcept).toEqual({
      coding: [{ system: FHIR_URLS.regionCodes, code: 'lower-leg', display: 'Lower leg' }],
      text: 'left lower leg',
    });
    expect(deepTissue?.detail?.code?.coding?.[1]?.code).toBe('deep-tissue');
    const reasons = avoidReasons(neckAndHeadache);
    neckAndHeadache.avoid.forEach((_avoid, i) => {
      expect(excluded(carePlan)[i]?.detail?.reasonCode).toEqual(reasons[i]?.map((text) => ({ text })));
    });
  });

  it('gives each exclusion its own reason when one rule excludes several things', () => {
    const plan = planOf(REALISTIC_INTAKES['fibromyalgia with osteoporosis']);
    const byWhat = Object.fromEntries(
      excluded(carePlanOf(toFhirCarePlan(plan))).map((a) => [a.detail?.code?.text, a.detail?.reasonCode?.map((r) => r.text)]),
    );
    expect(byWhat).toEqual({
      'Deep-tissue massage': ['Osteoporosis: fragile bone.'],
      'Percussion (tapotement)': ['Osteoporosis: fragile bone.'],
      'Assisted stretching': ['Osteoporosis: no forceful stretching or joint work.'],
      'Massage in the prone position': ['Osteoporosis: prone loads the ribs and spine.', 'The client prefers not to lie prone.'],
    });
  });

  it('gives a timed exclusion its end date', () => {
    const ankleExclusions = excluded(carePlanOf(toFhirCarePlan(ankle)));
    expect(ankleExclusions).toHaveLength(ankle.avoid.length);
    ankle.avoid.forEach((avoid, i) => {
      expect(ankleExclusions[i]?.detail?.scheduledPeriod).toEqual(avoid.until === undefined ? undefined : { end: avoid.until });
    });
    expect(ankleExclusions[0]?.detail?.description).toMatch(/^Do not use massage on the left ankle and foot until 2026-06-03\./);
  });

  it('makes each goal a proposed Goal with a target range in the better direction', () => {
    expect(goals.map((g) => g.id)).toEqual(['cp-42-goal-pain-nrs', 'cp-42-goal-ndi', 'cp-42-goal-hdi']);
    const [pain, ndi] = goals;
    expect(pain?.lifecycleStatus).toBe('proposed');
    expect(pain?.description.text).toBe('Pain numeric rating scale (NRS, 0–10): from 6 to 4 or lower');
    expect(pain?.target?.[0]?.measure?.coding?.[0]).toEqual({
      system: 'http://loinc.org',
      code: '72514-3',
      display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
    });
    expect(pain?.target?.[0]?.detailRange).toEqual({
      high: { value: 4, unit: 'score', system: 'http://unitsofmeasure.org', code: '{score}' },
    });
    // Due by the end of the first phase (goal.by), not the last session (2026-05-25).
    expect(pain?.target?.[0]?.dueDate).toBe('2026-04-09');
    expect(neckAndHeadache.goals.map((g) => g.by)).toEqual(['2026-04-09', '2026-04-09', '2026-04-09']);
    expect(ndi?.description.text).toBe('Neck Disability Index (NDI, 0–50): from 18 to 13 or lower');
    expect(pain?.note?.map((n) => n.text)).toEqual([
      'Baseline 6 at the assessment on 2026-03-02.',
      'Neck pain; Pain relief: Pain numeric rating scale (NRS, 0–10) from 6 to 4 (or lower).',
    ]);
    expect(carePlan.goal).toEqual(goals.map((g) => ({ reference: `Goal/${g.id ?? ''}` })));
    // A functional scale where higher is better gets a lower bound.
    const psfs = goalsOf(toFhirCarePlan(knee)).find((g) => g.id?.endsWith('-goal-psfs'));
    expect(psfs?.target?.[0]?.detailRange?.low?.value).toBe(knee.goals.find((g) => g.measure === 'psfs')?.target);
    expect(psfs?.target?.[0]?.detailRange?.high).toBeUndefined();
  });

  it('notes what R4 has no element for: pressure, positions, clearances, precautions', () => {
    const notes = carePlanOf(toFhirCarePlan(knee)).note?.map((n) => n.text) ?? [];
    expect(notes).toContain(
      `Pressure: start at ${knee.pressure.start} (${['', 'light contact', 'light', 'moderate', 'firm', 'deep'][knee.pressure.start]}), at most ${knee.pressure.max} (${['', 'light contact', 'light', 'moderate', 'firm', 'deep'][knee.pressure.max]}) on the 1–5 scale. Positions allowed: prone, supine, side-lying, seated.`,
    );
    expect(notes).toContain('Clearance required before the first session: oncologist, surgeon.');
    // Clinical precautions as "Precaution", the scheduler's notes (recertification, shortfalls) as "Scheduling note".
    expect(knee.precautions.some((p) => !isSchedulingNote(p))).toBe(true);
    for (const precaution of knee.precautions) {
      expect(notes).toContain(`${isSchedulingNote(precaution) ? 'Scheduling note' : 'Precaution'}: ${precaution.message}`);
    }
  });

  it('uses the catalogue it is given', () => {
    const { icd10: _icd10, ...neckWithoutCode } = defaultCatalog.conditions['neck-pain'];
    const catalog: Catalog = extendCatalog(defaultCatalog, { conditions: [neckWithoutCode] });
    const exported = carePlanOf(toFhirCarePlan(neckOnly, { catalog }));
    expect(exported.addresses).toEqual([{ display: 'Neck pain' }]);
    expect(performed(exported)[0]?.detail?.reasonCode).toEqual([{ text: 'Neck pain' }]);
  });
});

describe('toFhirCarePlan: determinism and bad input', () => {
  it('gives the same bundle for the same plan, and a different id for a different plan', () => {
    const a = toFhirCarePlan(neckOnly);
    const b = toFhirCarePlan(structuredClone(neckOnly));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(carePlanOf(a).id).toMatch(/^mp-[0-9a-f]{14}$/);
    expect(carePlanOf(toFhirCarePlan(neckAndHeadache)).id).not.toBe(carePlanOf(a).id);
    const ids = (a.entry ?? []).map((e) => e.resource?.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(JSON.stringify(a)).not.toContain('urn:uuid:');
  });

  it('throws IntakeError naming the option that is wrong', () => {
    const attempt = (options: unknown) => () => toFhirCarePlan(neckOnly, options as never);
    expect(attempt({ id: 'has space' })).toThrow(IntakeError);
    expect(attempt({ id: 'x'.repeat(41) })).toThrow('options.id must be 1 to 40 letters');
    expect(attempt({ patient: { reference: 'Patient 1' } })).toThrow('options.patient.reference must be a FHIR reference');
    expect(attempt({ patient: { display: 'no reference' } })).toThrow('options.patient.reference is required');
    expect(attempt({ colour: 'blue' })).toThrow('options.colour is not a known field');
    try {
      attempt({ id: '' })();
    } catch (error) {
      expect((error as IntakeError).issues.map((i) => i.path)).toEqual([['options', 'id']]);
    }
  });

  it('throws IntakeError, not a TypeError, for something that is not a plan', () => {
    expect(() => toFhirCarePlan(null as never)).toThrow(IntakeError);
    expect(() => toFhirCarePlan({ ...neckOnly, sessions: [{ date: 'soon' }] } as never)).toThrow('plan.sessions[0].date');
  });
});

describe('toFhirCarePlan: the whole plan of care', () => {
  const full = fullPlan();
  const bundle = toFhirCarePlan(full, { patient: { reference: 'Patient/p-1' }, id: 'cp-7' });
  const carePlan = carePlanOf(bundle);
  const notes = carePlan.note?.map((n) => n.text) ?? [];

  it('validates against R4, with every new field filled in', () => {
    expect(fhirR4Problems(bundle)).toEqual([]);
    for (const entry of bundle.entry ?? []) expect(fhirR4Problems(entry.resource)).toEqual([]);
    expect(fhirR4Problems(toFhirCarePlan(fullPlan(() => HOSTILE)))).toEqual([]);
  });

  it('has one proposed Goal per plan goal, referenced from CarePlan.goal, due by the goal’s date', () => {
    const goals = goalsOf(bundle);
    expect(full.goals.length).toBeGreaterThanOrEqual(1);
    expect(goals).toHaveLength(full.goals.length);
    expect(carePlan.goal).toEqual(goals.map((g) => ({ reference: `Goal/${g.id ?? ''}` })));
    goals.forEach((goal, i) => {
      expect(goal.lifecycleStatus).toBe('proposed');
      expect(goal.target?.[0]?.dueDate).toBe(full.goals[i]?.by);
    });
    // goal.by, not the last session: move it and the Goal follows.
    const early = full.sessions[3]?.date ?? '';
    expect(early).not.toBe(full.sessions.at(-1)?.date);
    const moved = goalsOf(toFhirCarePlan({ ...full, goals: full.goals.map((g) => ({ ...g, by: early })) }));
    expect(moved.map((g) => g.target?.[0]?.dueDate)).toEqual(full.goals.map(() => early));
  });

  it('a goal with no baseline yet is still a Goal, whose note says the baseline comes at the first session', () => {
    const plan = {
      ...full,
      goals: [{ measure: 'ndi' as const, target: 0, targetChange: 5, by: full.sessions[3]?.date ?? full.intake.assessedOn, description: 'NDI: 5 points better than at the first visit', because: ['goal/record-baselines'] }],
    };
    const goals = goalsOf(toFhirCarePlan(plan));
    expect(goals).toHaveLength(1);
    const by = plan.goals[0]?.by;
    expect(goals[0]?.description.text).toBe('Neck Disability Index (NDI, 0–50): at least 5 points better than the baseline recorded at the first visit');
    expect(goals[0]?.note?.map((n) => n.text)).toEqual([
      `Baseline to be recorded at the first session (${full.sessions[0]?.date}). Due by ${by}: at least 5 points better than that baseline. Long-term target: 0 or lower.`,
      'NDI: 5 points better than at the first visit',
    ]);
    // What is due by the date is the change (no score can say it before the baseline); the long-term score has no date.
    const measure = { coding: [{ system: FHIR_URLS.outcomeMeasureCodes, code: 'ndi', display: 'Neck Disability Index (NDI, 0–50)' }], text: 'Neck Disability Index (NDI, 0–50)' };
    expect(goals[0]?.target).toEqual([
      { measure, dueDate: by },
      { measure, detailRange: { high: { value: 0, unit: 'score', system: 'http://unitsofmeasure.org', code: '{score}' } } },
    ]);
    expect(fhirR4Problems(toFhirCarePlan(plan))).toEqual([]);
  });

  it('makes home care Task activities the patient performs, and aftercare CommunicationRequest activities', () => {
    const home = activities(carePlan).filter((a) => a.detail?.kind === 'Task');
    expect(home.map((a) => a.detail?.description)).toEqual(full.homeCare.map((h) => h.advice));
    expect(home[0]?.detail?.performer).toEqual([{ reference: 'Patient/p-1' }]);
    expect(home[0]?.detail?.code?.coding?.[0]).toEqual({ system: FHIR_URLS.homeCareCodes, code: 'neck-exercise' });
    expect(home[0]?.detail?.scheduledPeriod).toEqual({ start: full.sessions[0]?.date, end: full.sessions.at(-1)?.date });
    const after = activities(carePlan).filter((a) => a.detail?.kind === 'CommunicationRequest');
    expect(after.map((a) => a.detail?.description)).toEqual(full.aftercare.map((h) => h.advice));
    // None of them is a massage technique or an exclusion.
    expect([...home, ...after].every((a) => a.detail?.doNotPerform === undefined)).toBe(true);
  });

  it('notes consents, checks at each visit, discharge criteria, medical necessity, billing lines and scheduling notes', () => {
    expect(notes).toContain('Consent before the first session: Informed consent to the plan, its benefits, risks and alternatives.');
    expect(notes).toContain('Check at each visit: Any new or unexplained bruising since the last visit?');
    expect(notes).toContain('Discharge criteria: Goals met; Pain 2/10 or lower on two visits in a row; No progress over two reassessments.');
    expect(notes).toContain(`Medical necessity: ${full.medicalNecessity ?? ''}`);
    expect(notes).toContain('Billing per 60-minute session: CPT 97140, 38 min, 3 units; CPT 97124, 22 min, 1 unit.');
    const recert = full.precautions.find((p) => p.id === 'recertification-due');
    expect(notes).toContain(`Scheduling note: ${recert?.message ?? ''}`);
    expect(notes).not.toContain(`Precaution: ${recert?.message ?? ''}`);
  });

  it('a plan with no home care, aftercare, consent or check has no such activity or note; discharge and medical necessity are always noted', () => {
    const engine = basePlan();
    const plain = carePlanOf(toFhirCarePlan({ ...engine, homeCare: [], aftercare: [], consents: [], sessionChecks: [] }));
    expect(activities(plain).filter((a) => a.detail?.kind !== 'ServiceRequest')).toEqual([]);
    const texts = (plain.note ?? []).map((n) => n.text);
    expect(texts.filter((t) => /^(Consent|Check at each visit)/.test(t))).toEqual([]);
    expect(texts).toContain(`Discharge criteria: ${engine.discharge.criteria.join('; ')}.`);
    expect(texts).toContain(`Medical necessity: ${engine.medicalNecessity}`);
    // The engine's own plan has them all.
    const filled = carePlanOf(toFhirCarePlan(engine));
    expect(activities(filled).filter((a) => a.detail?.kind === 'Task')).toHaveLength(engine.homeCare.length);
    expect(activities(filled).filter((a) => a.detail?.kind === 'CommunicationRequest')).toHaveLength(engine.aftercare.length);
    expect(engine.homeCare.length).toBeGreaterThan(0);
    expect(engine.aftercare.length).toBeGreaterThan(0);
    expect((filled.note ?? []).map((n) => n.text)).toContain(`Consent before the first session: ${engine.consents[0]?.message ?? '?'}`);
  });
});
