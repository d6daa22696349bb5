import type { TreatmentPlan } from '../engine/RecommendationSchema.js';
import { ruleReasons } from './ruleReasons.js';

/**
 * The reason of each exclusion of a plan, in words, aligned with `plan.avoid`.
 *
 * A rule can exclude several things for different reasons (osteoporosis:
 * deep tissue for fragile bone, prone for the ribs), and the trace records
 * each exclusion as one `avoid` entry, in the order the engine folded them:
 * an entry either starts the next exclusion of `plan.avoid` or repeats one
 * already started (same exclusion from another rule). Walking the trace in
 * that order gives each exclusion its own message. Where the walk does not
 * line up with the plan (a plan edited by hand), every `avoid` detail of the
 * exclusion's rules is used instead.
 *
 * @param plan - the plan
 * @returns one list of reasons per entry of `plan.avoid`, each without repeats
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 *   history: [{ flag: 'varicose-veins', region: 'lower-leg', side: 'left' }],
 * });
 * if (result.kind === 'plan') avoidReasons(result.plan)[0]; // ['Varicose veins: Avoid the affected region.']
 */
export function avoidReasons(plan: Pick<TreatmentPlan, 'avoid' | 'trace'>): string[][] {
  const reasons: string[][] = plan.avoid.map(() => []);
  let started = 0;
  let aligned = true;
  for (const entry of plan.trace) {
    if (entry.effect !== 'avoid') continue;
    const next = plan.avoid[started];
    let index = -1;
    if (next?.because.includes(entry.rule)) {
      index = started;
      started += 1;
    } else {
      for (let i = started - 1; i >= 0; i--) {
        if (plan.avoid[i]?.because.includes(entry.rule)) {
          index = i;
          break;
        }
      }
    }
    const list = reasons[index];
    if (list === undefined) aligned = false;
    else if (!list.includes(entry.detail)) list.push(entry.detail);
  }
  if (!aligned || started !== plan.avoid.length) {
    return plan.avoid.map((avoid) => ruleReasons(plan.trace, avoid.because, 'avoid'));
  }
  return reasons;
}
