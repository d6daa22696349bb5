import type { Catalog } from '../catalog/Catalog.js';
import type { Phase, TreatmentPlan } from '../engine/RecommendationSchema.js';
import type { ConditionId, TechniqueId } from '../intake/vocabulary.js';
import { catalogEntry, entryName } from './catalogNames.js';
import { joinWords } from './joinWords.js';
import { regionLabel } from './regionLabel.js';

/**
 * What each evidence verdict of the catalogue means, in words.
 *
 * @example
 * VERDICT_WORDS.against; // 'a guideline advises against massage'
 */
export const VERDICT_WORDS: Readonly<Record<TreatmentPlan['evidence'][number]['verdict'], string>> = {
  supports: 'evidence supports massage',
  weak: 'weak or mixed evidence',
  against: 'a guideline advises against massage',
  none: 'no published evidence found',
};

/** Ids of the precautions the scheduler writes (shortfalls, authorization, certification). */
const SCHEDULE_NOTE_IDS = /^(schedule-shortfall-|recertification-due$|authorization-used$)/;

/**
 * Tells a scheduling note (a blackout or weekday shortfall, the
 * authorization, the 90-day certification) from a clinical precaution:
 * summaries list the first under "Scheduling notes".
 *
 * @param precaution - an entry of `plan.precautions`
 * @returns whether the scheduler (or the authorization check of a reassessment) wrote it
 * @example
 * isSchedulingNote({ id: 'recertification-due', message: 'A recertification is due by 2026-05-30.', because: ['schedule/certification-period'] }); // true
 * isSchedulingNote({ id: 'endangerment-sites', message: 'Light or no pressure over endangerment sites.', because: ['precaution/endangerment-sites'] }); // false
 */
export function isSchedulingNote(precaution: TreatmentPlan['precautions'][number]): boolean {
  return (
    SCHEDULE_NOTE_IDS.test(precaution.id) ||
    (precaution.because.length > 0 && precaution.because.every((rule) => rule.startsWith('schedule/')))
  );
}

/**
 * Why a phase has its frequency and length, in the words of the rules that
 * set it: a taper phase (`transition`, `maintenance`) by its own taper rule
 * (`dose/taper-maintenance`), the intensive phase by the dose rules of the
 * conditions. So the text next to "every 2 weeks" is the every-other-week
 * rule, never the weekly one.
 *
 * @param plan - the plan whose trace holds the rules
 * @param phase - one of its phases
 * @returns the distinct trace details, in trace order
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * if (result.kind === 'plan') phaseReasons(result.plan, result.plan.phases[2]!)[0]?.startsWith('Maintenance: Every-other-week'); // true
 */
export function phaseReasons(plan: Pick<TreatmentPlan, 'trace'>, phase: Phase): string[] {
  const isTaper = (rule: string) => /-(transition|maintenance)$/.test(rule);
  const own = phase.because.filter((rule) => rule.endsWith(`-${phase.phase}`));
  const rules = own.length > 0 ? own : phase.because.filter((rule) => !isTaper(rule));
  const details = plan.trace.filter((t) => t.effect === 'setPhases' && rules.includes(t.rule)).map((t) => t.detail);
  return [...new Set(details)];
}

/**
 * Why a technique is in the plan, as a therapist would say it: the
 * conditions it treats, the muscles it works there, and the evidence for
 * those conditions (verdict and sources) — not a restatement of the
 * condition. Rules other than conditions (a goal, a preference) add their
 * own trace text.
 *
 * @param plan - the plan
 * @param technique - a technique of the plan
 * @param catalog - the catalogue that names conditions and regions
 * @param brief - name the regions worked rather than each muscle (for a printed page)
 * @returns one sentence; empty when the plan does not use the technique
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * if (result.kind === 'plan') techniqueReason(result.plan, 'trigger-point', defaultCatalog).startsWith('For neck pain: works the upper trapezius'); // true
 */
export function techniqueReason(plan: TreatmentPlan, technique: TechniqueId, catalog: Catalog, brief = false): string {
  const entry = plan.techniques.find((t) => t.technique === technique);
  if (entry === undefined) return '';
  const conditionRules = entry.because.filter((rule) => rule.startsWith('condition/'));
  const conditions = conditionRules
    .map((rule) => rule.slice('condition/'.length))
    .filter((id): id is ConditionId => catalogEntry(catalog.conditions, id) !== undefined);
  const parts: string[] = [];
  if (conditions.length > 0) {
    const names = conditions.map((c) => entryName(catalog.conditions, c).toLowerCase());
    const worked = plan.targets
      .filter((t) => entry.regions.includes(t.region) && t.because.some((rule) => conditionRules.includes(rule)) && t.muscles.length > 0)
      .map((t) => (brief ? regionLabel(t.region, t.side, catalog) : `${t.muscles.join(', ')} (${regionLabel(t.region, t.side, catalog)})`));
    parts.push(`For ${joinWords(names)}${worked.length === 0 ? '' : brief ? `: works the ${joinWords(worked)}` : `: works the ${worked.join('; ')}`}`);
    const evidence = plan.evidence
      .filter((e) => conditions.includes(e.condition))
      .map(
        (e) =>
          `${VERDICT_WORDS[e.verdict]} for ${entryName(catalog.conditions, e.condition).toLowerCase()}${e.sources.length === 0 ? '' : ` (${e.sources.join(', ')})`}`,
      );
    if (evidence.length > 0) parts.push(evidence.join('; '));
  }
  const others = entry.because.filter((rule) => !rule.startsWith('condition/'));
  const otherDetails = [
    ...new Set(plan.trace.filter((t) => others.includes(t.rule) && t.effect === 'addTechnique').map((t) => t.detail.replace(/\.$/, ''))),
  ];
  parts.push(...otherDetails);
  return parts.length === 0 ? '' : `${parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('. ')}.`;
}
