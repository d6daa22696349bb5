import { icd10For } from '../catalog/icd10For.js';
import type { Catalog } from '../catalog/Catalog.js';
import type { Condition, OutcomeMeasure } from '../catalog/CatalogSchema.js';
import { catalogEntry, entryName } from '../rules/facts.js';
import { frequencyLabel } from '../schedule/frequencyLabel.js';
import type { TreatmentPlan } from './RecommendationSchema.js';

/** What {@link medicalNecessity} reads from a plan. */
export type NecessityInput = Pick<TreatmentPlan, 'intake' | 'techniques' | 'goals' | 'phases' | 'sessions' | 'sessionMinutes' | 'evidence'>;

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The paragraph a payer reads: the diagnoses with their ICD-10 codes, the
 * functional deficits and how they are measured, the goals and their dates,
 * the skilled techniques and why, frequency × duration, and the
 * reassessment dates (plan-of-care content of CMS Pub. 100-02 ch. 15 §220).
 * Never empty; every part reads from the plan.
 *
 * @param plan - the plan's intake, techniques, goals, phases, sessions, minutes and evidence
 * @param catalog - the catalogue that names conditions, codes, techniques, regions and measures
 * @returns one paragraph of plain sentences
 * @example
 * const rec = recommendPlan({
 *   assessedOn: '2026-12-01',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * if (rec.kind === 'plan') medicalNecessity(rec.plan, defaultCatalog).startsWith('Diagnoses: Neck pain (ICD-10 M54.2'); // true
 */
export function medicalNecessity(plan: NecessityInput, catalog: Catalog): string {
  const conditionIds = [...new Set(plan.intake.conditions.map((entry) => entry.condition))];
  // Each entry as specifically as it allows (side, and joint for joint pain).
  const diagnoses = [
    ...new Set(
      plan.intake.conditions.map((entry) => {
        // A condition with no code in the catalogue (a vendor's, often) says who gives it.
        const condition = catalogEntry<Condition>(catalog.conditions, entry.condition);
        const name = entryName(catalog.conditions, entry.condition);
        const codes = condition === undefined ? [] : icd10For(condition, entry);
        return codes.length === 0
          ? `${name} (ICD-10 code to be given by the referring provider)`
          : `${name} (ICD-10 ${codes.map((c) => `${c.code}, ${c.display}`).join('; ')})`;
      }),
    ),
  ];

  const measured = plan.goals.filter((goal) => goal.baseline !== undefined);
  const pending = plan.goals.filter((goal) => goal.baseline === undefined);
  const deficits = [
    ...plan.intake.conditions.map(
      (entry) =>
        `${entryName(catalog.conditions, entry.condition).toLowerCase()}, ${entry.severity}${entry.acuity === undefined ? '' : ` and ${entry.acuity}`}`,
    ),
  ];
  const measures = [
    ...measured.map((goal) => `${entryName(catalog.outcomeMeasures, goal.measure)} ${goal.baseline ?? ''} at intake`),
    ...(pending.length > 0
      ? [`baselines of ${list(pending.map((goal) => entryName(catalog.outcomeMeasures, goal.measure)))} recorded at the first visit`]
      : []),
  ];

  const goals = plan.goals.map((goal) => {
    const measure = catalogEntry<OutcomeMeasure>(catalog.outcomeMeasures, goal.measure);
    const name = entryName(catalog.outcomeMeasures, goal.measure);
    const word = (measure?.better ?? 'lower') === 'lower' ? 'a fall' : 'a rise';
    return goal.baseline === undefined
      ? `${word} of ${goal.targetChange} points on the ${name} by ${goal.by}`
      : `${name} from ${goal.baseline} to ${goal.target} by ${goal.by}`;
  });

  const skilled = plan.techniques.map((t) => {
    const why = conditionIds
      .filter((id) => catalogEntry<Condition>(catalog.conditions, id)?.techniques.includes(t.technique) === true)
      .map((id) => entryName(catalog.conditions, id).toLowerCase());
    const regions = t.regions.map((region) => entryName(catalog.regions, region).toLowerCase());
    return `${entryName(catalog.techniques, t.technique).toLowerCase()} on the ${list(regions)}${why.length === 0 ? '' : ` for ${list(why)}`}`;
  });
  const evidence = plan.evidence.map((e) => `${entryName(catalog.conditions, e.condition).toLowerCase()}: ${e.verdict === 'supports' ? 'supported by trials or guidelines' : e.verdict === 'weak' ? 'weak evidence' : e.verdict === 'against' ? 'a guideline advises against massage alone' : 'no trial found, practice-based'}`);

  const phases = plan.phases.map((p) => `${frequencyLabel(p.sessionsPerWeek)} for ${plural(p.weeks, 'week')} (${p.phase})`);
  const reassessments = plan.sessions.filter((s) => s.reassessment).map((s) => `${s.date} (session ${s.number})`);

  const sentences = [
    `Diagnoses: ${list(diagnoses)}.`,
    `Functional deficits: ${list(deficits)}; measured by ${measures.length > 0 ? list(measures) : 'the outcome measures recorded at the first visit'}.`,
    goals.length > 0 ? `Goals: ${list(goals)}.` : 'Goals: to be set on the measures recorded at the first visit.',
    skilled.length > 0
      ? `Skilled care: ${list(skilled)}, by a licensed massage therapist; evidence for massage: ${list(evidence)}.`
      : 'Skilled care: techniques to be chosen by the licensed massage therapist within the plan’s limits.',
    phases.length > 0
      ? `Frequency and duration: ${plan.sessionMinutes}-minute sessions, ${list(phases)}; ${plural(plan.sessions.length, 'session')} scheduled${plan.sessions[0] === undefined ? '' : ` from ${plan.sessions[0].date}`}.`
      : `Frequency and duration: ${plan.sessionMinutes}-minute sessions; no phase planned.`,
    reassessments.length > 0 ? `Reassessments: ${list(reassessments)}.` : 'Reassessments: at the first session that can be scheduled.',
  ];
  return sentences.join(' ');
}
