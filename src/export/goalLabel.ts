import type { Catalog } from '../catalog/Catalog.js';
import type { TreatmentPlan } from '../engine/RecommendationSchema.js';

/**
 * Says an outcome goal in words: the measure, the baseline when known, and
 * the target in the direction that means better.
 *
 * @param goal - one of `plan.goals`
 * @param catalog - the catalogue that names the measure and says which direction is better
 * @returns e.g. `'Neck Disability Index (NDI, 0–50): from 18 to 13 or lower'`
 * @example
 * goalLabel({ measure: 'pain-nrs', target: 4, because: [] }, defaultCatalog); // 'Pain numeric rating scale (NRS, 0–10): 4 or lower'
 */
export function goalLabel(goal: TreatmentPlan['goals'][number], catalog: Catalog): string {
  const measure = catalog.outcomeMeasures[goal.measure];
  const bound = measure.better === 'lower' ? 'or lower' : 'or higher';
  return goal.baseline === undefined
    ? `${measure.name}: ${goal.target} ${bound}`
    : `${measure.name}: from ${goal.baseline} to ${goal.target} ${bound}`;
}
