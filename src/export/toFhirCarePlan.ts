import type {
  Annotation,
  Bundle,
  CarePlan,
  CarePlanActivity,
  CodeableConcept,
  Coding,
  Extension,
  Goal,
  GoalTarget,
  Reference,
  Timing,
} from 'fhir/r4';
import * as z from 'zod';
import type { Catalog } from '../catalog/Catalog.js';
import type { Condition, OutcomeMeasure, Technique } from '../catalog/CatalogSchema.js';
import { defaultCatalog } from '../catalog/defaultCatalog.js';
import { icd10For } from '../catalog/icd10For.js';
import type { Phase, TreatmentPlan } from '../engine/RecommendationSchema.js';
import type { CatalogIds, DefaultIds } from '../intake/CatalogIds.js';
import { safeParseWith } from '../intake/parseWith.js';
import type { ConditionId, RegionId, Side, TechniqueId } from '../intake/vocabulary.js';
import { avoidReasons } from './avoidReasons.js';
import { catalogEntry, clearanceLabel, entryName } from './catalogNames.js';
import { isSchedulingNote } from './explanations.js';
import { CANONICAL_BASE_URL } from './canonicalUrl.js';
import { fhirBundleWith } from './fhirBundleOptions.js';
import { goalLabel } from './goalLabel.js';
import { joinWords } from './joinWords.js';
import { nestedIntakeError } from '../intake/nestedIntakeError.js';
import { CatalogOptionSchema } from '../catalog/catalogOption.js';
import { planSchemas } from '../engine/planSchemas.js';
import { phaseLabel } from './phaseSummary.js';
import { planOfCareLines } from './planOfCareLines.js';
import { pressureLabel } from './pressureLabel.js';
import { regionLabel } from './regionLabel.js';
import { stableId } from './stableId.js';
import { techniqueLabel } from './techniqueLabel.js';

const FHIR_BASE = /* @__PURE__ */ (() => `${CANONICAL_BASE_URL}/fhir` as const)();

/**
 * Code systems and extensions that {@link toFhirCarePlan} writes.
 *
 * @example
 * FHIR_URLS.icd10cm; // 'http://hl7.org/fhir/sid/icd-10-cm'
 */
export const FHIR_URLS = /* @__PURE__ */ (() =>
  ({
    icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
    cpt: 'http://www.ama-assn.org/go/cpt',
    loinc: 'http://loinc.org',
    ucum: 'http://unitsofmeasure.org',
    /** This library's technique ids (`trigger-point`, …). */
    techniqueCodes: `${FHIR_BASE}/CodeSystem/technique`,
    /** This library's region ids (`neck`, `lower-leg`, …). */
    regionCodes: `${FHIR_BASE}/CodeSystem/region`,
    /** This library's home-care ids (`plan.homeCare[].id`). */
    homeCareCodes: `${FHIR_BASE}/CodeSystem/home-care`,
    /** This library's aftercare ids (`plan.aftercare[].id`). */
    aftercareCodes: `${FHIR_BASE}/CodeSystem/aftercare`,
    /** This library's outcome-measure ids (`pain-nrs`, `ndi`, …). */
    outcomeMeasureCodes: `${FHIR_BASE}/CodeSystem/outcome-measure`,
    /** Extension on `CarePlan.activity.detail`: a body region the activity works or avoids (R4 `detail` has no `bodySite`). */
    bodySiteExtension: `${FHIR_BASE}/StructureDefinition/body-site`,
    /** Extension on `CarePlan.activity.detail`: the taper phase (`intensive`, `transition`, `maintenance`). */
    phaseExtension: `${FHIR_BASE}/StructureDefinition/plan-phase`,
    /** Extension on `CarePlan`: the ruleset version as the plan states it. */
    rulesetVersionExtension: `${FHIR_BASE}/StructureDefinition/ruleset-version`,
  }) as const)();

/** Options of {@link toFhirCarePlan}. */
export interface FhirCarePlanOptions<I extends CatalogIds = DefaultIds> {
  /** Who the plan is for; default `{ display: 'Unidentified patient' }` (fill it in before sending the bundle). */
  patient?: { reference: string; display?: string };
  /** The catalogue that made the plan, for names and ICD-10 codes; default `defaultCatalog`. */
  catalog?: Catalog<I>;
  /** Logical id of the CarePlan (letters, digits, `-`, `.`; at most 40); default derived from the plan's content. */
  id?: string;
  /**
   * The vendor's FHIR base URL (`https://…`, no query or fragment): the
   * canonical URLs of the library's code systems and extensions, and the
   * collection's `fullUrl`s, go under it instead of `https://massage-plan.dev/fhir`.
   */
  baseUrl?: string;
  /** `collection` (default) or `transaction`: every entry a `POST` with a deterministic `urn:uuid:` `fullUrl`, for a FHIR server to create. */
  bundleType?: 'collection' | 'transaction';
}

const OptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    patient: z
      .strictObject({
        reference: z.string().regex(/^\S+$/, { error: 'must be a FHIR reference without spaces, e.g. "Patient/123"' }),
        display: z.string().regex(/\S/, { error: 'must not be blank' }).optional(),
      })
      .optional(),
    catalog: CatalogOptionSchema.optional(),
    // 40 leaves room for the suffixes of the Goal and Bundle ids within FHIR's 64.
    id: z
      .string()
      .regex(/^[A-Za-z0-9\-.]{1,40}$/, { error: 'must be 1 to 40 letters, digits, "-" or "."' })
      .optional(),
    baseUrl: z
      .string()
      .regex(/^https?:\/\/[^\s?#]+$/, { error: 'must be an http(s) URL with no spaces, query or fragment, e.g. "https://fhir.example.com"' })
      .optional(),
    bundleType: z.enum(['collection', 'transaction']).optional(),
  }))();

const UNIDENTIFIED: Reference = { display: 'Unidentified patient' };

/** Sessions a week as FHIR's whole `frequency` per decimal `period` in weeks: 2 → 2/1, 0.5 → 1/2, 1.5 → 3/2. */
function weeklyRate(sessionsPerWeek: number): { frequency: number; period: number } {
  if (sessionsPerWeek >= 1) {
    for (let weeks = 1; weeks <= 12; weeks++) {
      const times = sessionsPerWeek * weeks;
      if (Math.abs(times - Math.round(times)) < 1e-9) return { frequency: Math.round(times), period: weeks };
    }
  }
  // Less than weekly (or an odd rate): once per 1/rate weeks, rounded to a tenth.
  return { frequency: 1, period: Math.round((1 / sessionsPerWeek) * 10) / 10 };
}

const escapeXhtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `massage-plan-rules@0.2.0` → `…/PlanDefinition/massage-plan-rules|0.2.0` (FHIR canonical with version). */
function rulesetCanonical(version: string): string {
  const at = version.lastIndexOf('@');
  const name = at > 0 ? version.slice(0, at) : version;
  const release = at > 0 ? version.slice(at + 1) : '';
  const url = `${FHIR_BASE}/PlanDefinition/${encodeURIComponent(name)}`;
  return release === '' ? url : `${url}|${encodeURIComponent(release)}`;
}

/**
 * Turns a treatment plan into a FHIR R4 `Bundle` (type `collection`) that
 * holds one `CarePlan` (`status: draft`, `intent: proposal`) and one `Goal`
 * per outcome goal.
 *
 * Mapping, and why:
 * - one `activity` per technique per phase: R4 `Timing` has one `repeat`,
 *   and a taper has several frequencies, so each phase gets its own
 *   `scheduledTiming` (`frequency` per `period` weeks, `boundsPeriod` from the
 *   phase's first to last session, `count`, `duration` in minutes and the
 *   exact session dates in `event`); phases with no session scheduled (cut by
 *   authorization or the 90-day certification) get no activity;
 * - `detail.kind` is `ServiceRequest`; `detail.code` carries the CPT code
 *   (97124 or 97140) and the technique; `reasonCode` carries the ICD-10-CM
 *   code of each condition the technique is for when the catalogue has one,
 *   else the condition's name as text;
 * - body sites: R4 `CarePlan.activity.detail` has no `bodySite`, so regions
 *   go into `detail.description` (in words) and into the extension
 *   `https://massage-plan.dev/fhir/StructureDefinition/body-site` (a coded
 *   region with its side as text);
 * - each `avoid` entry becomes an activity with `doNotPerform: true`, its
 *   reason in `reasonCode` and `description`, and `scheduledPeriod.end` when
 *   the exclusion has an end date;
 * - the ruleset version goes into `instantiatesCanonical` (as a canonical
 *   `…/PlanDefinition/<name>|<version>`) and a `ruleset-version` extension;
 *   pressure, positions, clearances, precautions and complementary care,
 *   which R4 has no element for, go into `note`;
 * - each `homeCare` item becomes an activity with `detail.kind` `Task`
 *   (the patient is the performer, over the plan's dates), each `aftercare`
 *   item one with `detail.kind` `CommunicationRequest` (advice given to the
 *   client), the advice in `detail.description`;
 * - consents, checks at each visit, scheduling notes (their own prefix, not
 *   "Precaution"), discharge criteria, medical necessity and the billing
 *   lines go into `note`;
 * - every goal is a `Goal` (`lifecycleStatus: proposed`, its first target due
 *   by `goal.by`, the end of the first phase), with the plan's description of
 *   the goal in a note; a goal with no baseline yet says in its first note
 *   that the baseline is recorded at the first session and the change due by
 *   then, and has the long-term score as a second target, with no date.
 *
 * Ids are deterministic: the CarePlan id is `options.id`, or `mp-` and a
 * hash of the plan's content; Goals are `<id>-goal-<measure>`, the Bundle
 * `<id>-bundle`. Every `fullUrl` is `https://massage-plan.dev/fhir/<type>/<id>`,
 * and the CarePlan refers to its Goals as `Goal/<id>`, which resolves
 * against those fullUrls. The same plan always gives the same bundle.
 *
 * For an EHR: `baseUrl` puts the library's code systems, extensions and
 * fullUrls under the vendor's base; `bundleType: 'transaction'` makes every
 * entry a `POST` with a deterministic `urn:uuid:` fullUrl, and the CarePlan
 * refers to its Goals by those (see `fhirBundleWith`).
 *
 * @param plan - a plan from `recommendPlan` (it is validated)
 * @param options - `patient` reference, `catalog` that made the plan, CarePlan `id`, `baseUrl`, `bundleType`
 * A discharge (like a referral or a deferral) is not a care plan: only
 * `{ kind: 'plan' }` recommendations have a plan to export (the CLI exits
 * with code 3 for the others).
 *
 * @returns the Bundle; the CarePlan is its first entry, the Goals follow
 * @throws `IntakeError` when the plan or the options are not valid (paths start at the plan, or at `options`)
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * if (result.kind === 'plan') {
 *   const bundle = toFhirCarePlan(result.plan, { patient: { reference: 'Patient/123' } });
 *   bundle.entry?.[0]?.resource?.resourceType; // 'CarePlan'
 * }
 */
export function toFhirCarePlan<I extends CatalogIds = DefaultIds>(plan: TreatmentPlan<I>, options: FhirCarePlanOptions<I> = {}): Bundle<CarePlan | Goal> {
  const checkedOptions = safeParseWith(OptionsSchema, options);
  if (!checkedOptions.success) throw nestedIntakeError('options', checkedOptions.error);
  const checkedPlan = safeParseWith(planSchemas({ ...(options.catalog === undefined ? {} : { catalog: options.catalog }) }).TreatmentPlanSchema, plan);
  if (!checkedPlan.success) throw nestedIntakeError('plan', checkedPlan.error);
  return carePlanBundle(checkedPlan.data as unknown as TreatmentPlan, options as FhirCarePlanOptions);
}

/**
 * The bundle of {@link toFhirCarePlan} for a plan and options already
 * validated. Every name, code and measure comes from `options.catalog`; an
 * id the catalogue does not hold is written as it is (no CPT code for an
 * unknown technique, the id as display), never a crash.
 *
 * @param valid - a validated plan
 * @param options - validated options
 * @returns the Bundle
 */
export function carePlanBundle(valid: TreatmentPlan, options: FhirCarePlanOptions = {}): Bundle<CarePlan | Goal> {
  const catalog = options.catalog ?? defaultCatalog;
  const id = options.id ?? `mp-${stableId(JSON.stringify(valid))}`;
  const subject: Reference = options.patient
    ? { reference: options.patient.reference, ...(options.patient.display === undefined ? {} : { display: options.patient.display }) }
    : UNIDENTIFIED;

  const first = valid.sessions[0]?.date;
  const last = valid.sessions[valid.sessions.length - 1]?.date;
  const conditionIds = [...new Set(valid.intake.conditions.map((entry) => entry.condition))];

  const goals = valid.goals.map((goal): Goal => {
    const entry = catalogEntry<OutcomeMeasure>(catalog.outcomeMeasures, goal.measure);
    // A measure the catalogue does not hold: named by its id, better in the direction the goal moves.
    const measure = {
      name: entry?.name ?? goal.measure,
      better: entry?.better ?? (goal.baseline !== undefined && goal.target > goal.baseline ? 'higher' : 'lower'),
    };
    const coding: Coding[] = [
      ...(goal.measure === 'pain-nrs'
        ? [{ system: FHIR_URLS.loinc, code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' }]
        : []),
      { system: FHIR_URLS.outcomeMeasureCodes, code: goal.measure, display: measure.name },
    ];
    const score = { value: goal.target, unit: 'score', system: FHIR_URLS.ucum, code: '{score}' };
    // A Range with only `high` reads "at or below"; with only `low`, "at or above".
    const detailRange = measure.better === 'lower' ? { high: score } : { low: score };
    const bound = measure.better === 'lower' ? 'or lower' : 'or higher';
    // With a baseline, the target score is due by `goal.by`. Without one, what
    // is due is a change from a score not yet known, which a quantity cannot
    // say: the due target names the measure (the change is in the description),
    // and the long-term score is a second target with no date.
    const target: GoalTarget[] =
      goal.baseline === undefined
        ? [
            { measure: { coding, text: measure.name }, dueDate: goal.by },
            { measure: { coding, text: measure.name }, detailRange },
          ]
        : [{ measure: { coding, text: measure.name }, detailRange, dueDate: goal.by }];
    return {
      resourceType: 'Goal',
      id: `${id}-goal-${goal.measure}`,
      lifecycleStatus: 'proposed',
      description: { text: goalLabel(goal, catalog) },
      subject,
      startDate: first ?? valid.intake.assessedOn,
      target,
      note: [
        {
          text:
            goal.baseline === undefined
              ? `Baseline to be recorded at the first session${first === undefined ? '' : ` (${first})`}. Due by ${goal.by}: at least ${goal.targetChange} point${goal.targetChange === 1 ? '' : 's'} better than that baseline. Long-term target: ${goal.target} ${bound}.`
              : `Baseline ${goal.baseline} at the assessment on ${valid.intake.assessedOn}.`,
        },
        { text: goal.description },
      ],
    };
  });
  const goalReferences: Reference[] = goals.map((goal) => ({ reference: `Goal/${goal.id ?? ''}` }));

  // Every code the intake's entries of the condition give (side, joint), once each.
  const codesOf = (condition: ConditionId) => {
    const entry = catalogEntry<Condition>(catalog.conditions, condition);
    if (entry === undefined) return [];
    const all = valid.intake.conditions.filter((e) => e.condition === condition).flatMap((e) => icd10For(entry, e));
    return all.filter((c, i) => all.findIndex((d) => d.code === c.code) === i);
  };
  const conditionConcept = (condition: ConditionId): CodeableConcept => {
    const name = entryName(catalog.conditions, condition);
    const codes = codesOf(condition);
    // A condition without an ICD-10-CM code in the catalogue (a vendor's, often) is named in text only.
    return codes.length === 0
      ? { text: name }
      : { coding: codes.map((c) => ({ system: FHIR_URLS.icd10cm, code: c.code, display: c.display })), text: name };
  };
  // A technique is for the conditions whose rule added it or whose catalogue
  // entry lists it; one added by another rule (a goal) serves them all.
  const reasonsFor = (technique: TechniqueId, because: readonly string[]): CodeableConcept[] => {
    const mine = conditionIds.filter(
      (c) => because.includes(`condition/${c}`) || (catalogEntry<Condition>(catalog.conditions, c)?.techniques.includes(technique) ?? false),
    );
    return (mine.length > 0 ? mine : conditionIds).map(conditionConcept);
  };
  // Each technique under its own catalogue CPT code (a vendor's cupping as 97140).
  const techniqueCode = (technique: TechniqueId): CodeableConcept => {
    const entry = catalogEntry<Technique>(catalog.techniques, technique);
    const name = entry?.name ?? technique;
    return {
      coding: [
        ...(entry === undefined ? [] : [{ system: FHIR_URLS.cpt, code: entry.cpt }]),
        { system: FHIR_URLS.techniqueCodes, code: technique, display: name },
      ],
      text: name,
    };
  };
  const bodySite = (region: RegionId, side: Side | undefined): Extension => ({
    url: FHIR_URLS.bodySiteExtension,
    valueCodeableConcept: {
      coding: [{ system: FHIR_URLS.regionCodes, code: region, display: entryName(catalog.regions, region) }],
      text: regionLabel(region, side, catalog),
    },
  });
  const sitesOf = (regions: readonly RegionId[]): { region: RegionId; side: Side | undefined }[] =>
    regions.flatMap((region) => {
      const sides = [...new Set(valid.targets.filter((t) => t.region === region).map((t) => t.side))];
      return (sides.length === 0 ? [undefined] : sides).map((side) => ({ region, side }));
    });

  const phaseTiming = (phase: Phase, dates: string[]): Timing => ({
    event: dates,
    repeat: {
      boundsPeriod: { start: dates[0] ?? '', end: dates[dates.length - 1] ?? '' },
      count: dates.length,
      ...weeklyRate(phase.sessionsPerWeek),
      periodUnit: 'wk',
      duration: valid.sessionMinutes,
      durationUnit: 'min',
    },
  });

  const techniqueActivities = valid.phases.flatMap((phase): CarePlanActivity[] => {
    const dates = valid.sessions.filter((s) => s.phase === phase.phase).map((s) => s.date);
    if (dates.length === 0) return [];
    return valid.techniques.map(({ technique, regions, because }): CarePlanActivity => {
      const sites = sitesOf(regions);
      return {
        detail: {
          extension: [
            ...sites.map((site) => bodySite(site.region, site.side)),
            { url: FHIR_URLS.phaseExtension, valueCode: phase.phase },
          ],
          kind: 'ServiceRequest',
          code: techniqueCode(technique),
          reasonCode: reasonsFor(technique, because),
          ...(goalReferences.length === 0 ? {} : { goal: goalReferences }),
          status: 'not-started',
          scheduledTiming: phaseTiming(phase, dates),
          description: `${entryName(catalog.techniques, technique)}: ${joinWords(sites.map((s) => regionLabel(s.region, s.side, catalog)))}; ${phase.phase} phase, ${phaseLabel(phase)}, ${valid.sessionMinutes}-minute sessions (${dates.length} scheduled, ${dates[0] ?? ''} to ${dates[dates.length - 1] ?? ''}).`,
        },
      };
    });
  });

  const exclusionReasons = avoidReasons(valid);
  const avoidActivities = valid.avoid.map((avoid, i): CarePlanActivity => {
    const reasons = exclusionReasons[i] ?? [];
    const what = [
      avoid.technique === undefined ? 'massage' : techniqueLabel(avoid.technique, catalog),
      ...(avoid.region === undefined ? [] : [`on the ${regionLabel(avoid.region, avoid.side, catalog)}`]),
      ...(avoid.position === undefined ? [] : [`in the ${avoid.position} position`]),
    ].join(' ');
    const sentence = `Do not use ${what}${avoid.until === undefined ? '' : ` until ${avoid.until}`}.`;
    const reasonText = reasons.length > 0 ? reasons : [`Rules: ${avoid.because.join(', ')}.`];
    return {
      detail: {
        ...(avoid.region === undefined ? {} : { extension: [bodySite(avoid.region, avoid.side)] }),
        kind: 'ServiceRequest',
        code:
          avoid.technique === undefined
            ? { text: avoid.position === undefined ? 'Massage' : `Massage in the ${avoid.position} position` }
            : techniqueCode(avoid.technique),
        reasonCode: reasonText.map((text) => ({ text })),
        status: 'not-started',
        doNotPerform: true,
        ...(avoid.until === undefined ? {} : { scheduledPeriod: { end: avoid.until } }),
        description: `${sentence} ${reasonText.join(' ')}`,
      },
    };
  });

  // Self-care the client does between sessions: a Task the patient performs.
  const homeCareActivities = valid.homeCare.map(
    (item): CarePlanActivity => ({
      detail: {
        kind: 'Task',
        code: { coding: [{ system: FHIR_URLS.homeCareCodes, code: item.id }], text: 'Home care' },
        ...(goalReferences.length === 0 ? {} : { goal: goalReferences }),
        status: 'not-started',
        ...(first === undefined ? {} : { scheduledPeriod: { start: first, ...(last === undefined ? {} : { end: last }) } }),
        performer: [subject],
        description: item.advice,
      },
    }),
  );
  // What to tell the client after a session: a CommunicationRequest to the patient.
  const aftercareActivities = valid.aftercare.map(
    (item): CarePlanActivity => ({
      detail: {
        kind: 'CommunicationRequest',
        code: { coding: [{ system: FHIR_URLS.aftercareCodes, code: item.id }], text: 'Aftercare advice' },
        status: 'not-started',
        description: item.advice,
      },
    }),
  );

  const lines = planOfCareLines(valid, catalog).map((line) => line.text);
  const conditionNames = conditionIds.map((c) => {
    const name = entryName(catalog.conditions, c);
    const codes = codesOf(c);
    return codes.length === 0 ? name : `${name} (ICD-10-CM ${codes.map((code) => code.code).join(', ')})`;
  });
  const span = first === undefined ? 'no session scheduled' : `${valid.sessions.length} sessions from ${first} to ${last ?? first}`;
  const description = `Proposed medical massage for ${joinWords(conditionNames)}: ${span}. ${lines.join('. ')}${lines.length > 0 ? '.' : ''}`;

  const notes: Annotation[] = [
    { text: 'Decision-support proposal for a licensed therapist: review each item and its basis before use.' },
    {
      text: `Pressure: start at ${pressureLabel(valid.pressure.start)}, at most ${pressureLabel(valid.pressure.max)} on the 1–5 scale. Positions allowed: ${valid.positions.join(', ') || 'none'}.`,
    },
    ...(valid.clearances.length === 0
      ? []
      : [{ text: `Clearance required before the first session: ${valid.clearances.map((c) => clearanceLabel(catalog, c)).join(', ')}.` }]),
    ...valid.consents.map((c) => ({ text: `Consent before the first session: ${c.message}` })),
    ...valid.sessionChecks.map((c) => ({ text: `Check at each visit: ${c.question}` })),
    ...valid.precautions.map((p) => ({ text: `${isSchedulingNote(p) ? 'Scheduling note' : 'Precaution'}: ${p.message}` })),
    ...(valid.complementary.length === 0 ? [] : [{ text: `Complementary care: ${valid.complementary.join(', ')}.` }]),
    { text: `Discharge criteria: ${valid.discharge.criteria.join('; ')}.` },
    { text: `Medical necessity: ${valid.medicalNecessity}` },
    {
      text: `Billing per ${valid.sessionMinutes}-minute session: ${valid.billing.lines.map((line) => `CPT ${line.code}, ${line.minutes} min, ${line.units} unit${line.units === 1 ? '' : 's'}`).join('; ')}.`,
    },
  ];

  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    id,
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXhtml(description)}</p></div>`,
    },
    extension: [{ url: FHIR_URLS.rulesetVersionExtension, valueString: valid.rulesetVersion }],
    instantiatesCanonical: [rulesetCanonical(valid.rulesetVersion)],
    status: 'draft',
    intent: 'proposal',
    title: 'Medical massage plan of care',
    description,
    subject,
    ...(first === undefined ? {} : { period: { start: first, end: last ?? first } }),
    created: valid.intake.assessedOn,
    addresses: conditionNames.map((display) => ({ display })),
    ...(goalReferences.length === 0 ? {} : { goal: goalReferences }),
    ...(techniqueActivities.length + avoidActivities.length + homeCareActivities.length + aftercareActivities.length === 0
      ? {}
      : { activity: [...techniqueActivities, ...avoidActivities, ...homeCareActivities, ...aftercareActivities] }),
    note: notes,
  };

  const entry = (resource: CarePlan | Goal) => ({ fullUrl: `${FHIR_BASE}/${resource.resourceType}/${resource.id ?? ''}`, resource });
  const collection: Bundle<CarePlan | Goal> = {
    resourceType: 'Bundle',
    id: `${id}-bundle`,
    type: 'collection',
    entry: [entry(carePlan), ...goals.map(entry)],
  };
  return fhirBundleWith(collection, { baseUrl: options.baseUrl, bundleType: options.bundleType });
}
