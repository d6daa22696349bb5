import type { OutcomeMeasure } from '../catalog/CatalogSchema.js';

/**
 * The smallest change on a measure that matters for this baseline: the
 * measure's points, or its percentage of the baseline when that is larger.
 *
 * @param measure - the outcome measure
 * @param baseline - the score now
 * @returns the meaningful change, in points
 * @example
 * meaningfulChange(painNrs, 8); // 2.4 (30% of 8 is more than 2 points)
 */
export function meaningfulChange(measure: OutcomeMeasure, baseline: number): number {
  const { points, percent } = measure.meaningfulChange;
  const relative = percent === undefined ? 0 : (Math.abs(baseline) * percent) / 100;
  return Math.max(points, relative);
}

/**
 * The score that would show a meaningful improvement from a baseline,
 * rounded toward "better" to the measure's precision and kept in range.
 *
 * @param measure - the outcome measure
 * @param baseline - the score now
 * @returns the target score
 * @example
 * goalTarget(painNrs, 7); // 4
 */
export function goalTarget(measure: OutcomeMeasure, baseline: number): number {
  const step = measure.max - measure.min >= 10 ? 1 : 0.1;
  const change = meaningfulChange(measure, baseline);
  const raw = measure.better === 'lower' ? baseline - change : baseline + change;
  const rounded = measure.better === 'lower' ? Math.floor(raw / step + 1e-9) * step : Math.ceil(raw / step - 1e-9) * step;
  const clamped = Math.min(measure.max, Math.max(measure.min, rounded));
  return Math.round(clamped * 10) / 10;
}
