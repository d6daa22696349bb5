import type { OutcomeMeasure } from '../catalog/CatalogSchema.js';

/**
 * The smallest change on a measure that matters for this baseline. Where a
 * measure has both an absolute and a relative threshold ("2 points or 30%"
 * for pain), either one suffices, so the smaller of the two counts.
 *
 * @param measure - the outcome measure
 * @param baseline - the score before treatment
 * @returns the meaningful change, in points
 * @example
 * // Pain: 2 points or 30%; 30% of 5 is under 2 points.
 * meaningfulChange(defaultCatalog.outcomeMeasures['pain-nrs'], 5); // 1.5
 */
export function meaningfulChange(measure: OutcomeMeasure, baseline: number): number {
  const { points, percent } = measure.meaningfulChange;
  if (percent === undefined) return points;
  const relative = (Math.abs(baseline) * percent) / 100;
  return relative > 0 ? Math.min(points, relative) : points;
}

/**
 * The score that would show a meaningful improvement from a baseline,
 * rounded toward "better" to the measure's precision and kept in range.
 *
 * @param measure - the outcome measure
 * @param baseline - the score now
 * @returns the target score
 * @example
 * goalTarget(defaultCatalog.outcomeMeasures['pain-nrs'], 7); // 5
 */
export function goalTarget(measure: OutcomeMeasure, baseline: number): number {
  const step = measure.max - measure.min >= 10 ? 1 : 0.1;
  const change = meaningfulChange(measure, baseline);
  const raw = measure.better === 'lower' ? baseline - change : baseline + change;
  const rounded = measure.better === 'lower' ? Math.floor(raw / step + 1e-9) * step : Math.ceil(raw / step - 1e-9) * step;
  const clamped = Math.min(measure.max, Math.max(measure.min, rounded));
  return Math.round(clamped * 10) / 10;
}
