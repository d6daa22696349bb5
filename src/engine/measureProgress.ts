import type { Catalog } from '../catalog/Catalog.js';
import type { OutcomeMeasure } from '../catalog/CatalogSchema.js';
import { catalogEntry } from '../rules/facts.js';
import type { Intake } from '../intake/IntakeSchema.js';
import type { Reassessment } from '../intake/ReassessmentSchema.js';
import type { OutcomeMeasureId } from '../intake/vocabulary.js';
import { meaningfulChange } from '../rules/goalTarget.js';

/** How one outcome moved between the intake and a reassessment. */
export interface MeasureProgress {
  measure: OutcomeMeasureId;
  baseline: number;
  current: number;
  /** Change toward "better" (positive) or "worse" (negative), in points. */
  change: number;
  /** The smallest change that matters for this baseline. */
  meaningful: number;
  verdict: 'better' | 'same' | 'worse';
}

const scoresOf = (
  painScores: readonly (number | undefined)[],
  scores: readonly { measure: OutcomeMeasureId; value: number }[] | undefined,
): Map<OutcomeMeasureId, number> => {
  const found = new Map<OutcomeMeasureId, number>();
  const pains = painScores.filter((p): p is number => p !== undefined);
  if (pains.length > 0) found.set('pain-nrs', Math.max(...pains));
  for (const score of scores ?? []) found.set(score.measure, score.value);
  return found;
};

/**
 * Compares every outcome measured both at intake and at reassessment: the
 * intake's worst pain score and listed scores are the baseline.
 *
 * @param catalog - thresholds of meaningful change
 * @param intake - the plan's normalized intake (the baseline)
 * @param reassessment - the new measurements
 * @returns one entry per measure measured both times
 */
export function measureProgress(catalog: Catalog, intake: Intake, reassessment: Reassessment): MeasureProgress[] {
  const before = scoresOf(intake.conditions.map((c) => c.painScore), intake.scores);
  const now = scoresOf([reassessment.painScore], reassessment.scores);
  return [...now].flatMap(([id, current]): MeasureProgress[] => {
    const baseline = before.get(id);
    if (baseline === undefined) return [];
    // A measure the catalogue does not hold has no threshold to judge it by.
    const measure = catalogEntry<OutcomeMeasure>(catalog.outcomeMeasures, id);
    if (measure === undefined) return [];
    const change = measure.better === 'lower' ? baseline - current : current - baseline;
    const meaningful = meaningfulChange(measure, baseline);
    // A tiny epsilon so that 30% of 5 (1.5000000000000002) still counts a 1.5-point change.
    const verdict = change >= meaningful - 1e-9 ? 'better' : -change >= meaningful - 1e-9 ? 'worse' : 'same';
    return [{ measure: id, baseline, current, change, meaningful, verdict }];
  });
}
