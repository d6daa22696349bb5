import type { Catalog } from '../catalog/Catalog.js';
import type { OutcomeMeasure } from '../catalog/CatalogSchema.js';
import type { TreatmentPlan } from '../engine/RecommendationSchema.js';
import { catalogEntry } from './catalogNames.js';

const points = (n: number): string => `${n} point${n === 1 ? '' : 's'}`;

/**
 * Says an outcome goal in words: the measure, then what the goal asks for.
 * With a baseline, from the baseline to the target in the direction that
 * means better (or the score to keep, for a maintenance goal); without one,
 * the meaningful change (`targetChange`) from the baseline recorded at the
 * first visit. The long-term `target` of a goal with no baseline (the scale's
 * best, or the recovery cut-off) is not the goal due by `goal.by`, so it is
 * not said here. The due date is left to the caller (`goal.by`).
 *
 * @param goal - one of `plan.goals`
 * @param catalog - the catalogue that names the measure and says which direction is better
 * @returns e.g. `'Neck Disability Index (NDI, 0–50): from 18 to 13 or lower'`
 * @example
 * goalLabel({ measure: 'pain-nrs', baseline: 6, target: 4, targetChange: 2, by: '2026-04-09', description: 'Pain relief.', because: [] }, defaultCatalog);
 * // 'Pain numeric rating scale (NRS, 0–10): from 6 to 4 or lower'
 * goalLabel({ measure: 'ndi', target: 0, targetChange: 5, by: '2026-04-09', description: 'Neck pain.', because: [] }, defaultCatalog);
 * // 'Neck Disability Index (NDI, 0–50): at least 5 points better than the baseline recorded at the first visit'
 */
export function goalLabel(goal: TreatmentPlan['goals'][number], catalog: Catalog): string {
  // A measure the catalogue does not hold is named by its id, and its better
  // direction is the one the goal moves in.
  const measure = catalogEntry<OutcomeMeasure>(catalog.outcomeMeasures, goal.measure);
  const name = measure?.name ?? goal.measure;
  const lower = measure === undefined ? goal.baseline !== undefined && goal.target < goal.baseline : measure.better === 'lower';
  const bound = lower ? 'or lower' : 'or higher';
  if (goal.baseline === undefined) {
    return `${name}: at least ${points(goal.targetChange)} better than the baseline recorded at the first visit`;
  }
  if (goal.targetChange === 0 && goal.target === goal.baseline) return `${name}: kept at ${goal.target}`;
  return `${name}: from ${goal.baseline} to ${goal.target} ${bound}`;
}
