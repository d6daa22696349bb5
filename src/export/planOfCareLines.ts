import type { Catalog } from '../catalog/Catalog.js';
import type { TreatmentPlan } from '../engine/RecommendationSchema.js';
import type { RegionId, TechniqueId } from '../intake/vocabulary.js';
import { goalPurpose } from './goalPurpose.js';
import { joinWords } from './joinWords.js';
import { phaseSummary } from './phaseSummary.js';
import { regionLabel } from './regionLabel.js';
import { techniqueLabel } from './techniqueLabel.js';

/** One line of a plan of care: techniques that work the same regions, and the sentence that says so. */
export interface PlanOfCareLine {
  techniques: TechniqueId[];
  regions: RegionId[];
  /** Modality, location, frequency, duration and purpose, e.g. `'60 min trigger-point therapy, neck and shoulder, 2×/week for 4 weeks, to reduce pain'`. */
  text: string;
}

/**
 * Names the regions of a plan item with the sides its targets give them.
 *
 * @param plan - the plan whose targets carry the sides
 * @param regions - the regions to name
 * @param catalog - the catalogue that names them
 * @returns one label per region and side, e.g. `['neck', 'right knee']`
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * if (result.kind === 'plan') siteLabels(result.plan, ['neck', 'shoulder'], defaultCatalog); // ['neck', 'shoulder']
 */
export function siteLabels(plan: TreatmentPlan, regions: readonly RegionId[], catalog: Catalog): string[] {
  return regions.flatMap((region) => {
    const sides = plan.targets.filter((t) => t.region === region).map((t) => t.side);
    const unique = sides.length === 0 ? [undefined] : [...new Set(sides)];
    return unique.map((side) => regionLabel(region, side, catalog));
  });
}

/**
 * The plan-of-care lines of a plan (clinical reference §4: modality +
 * location + frequency + duration + purpose), one per group of techniques
 * that work the same regions.
 *
 * Every technique shares the session, so each line carries the session
 * length; the frequency is the whole taper ("2×/week for 6 weeks, then
 * weekly for 4 weeks"); the purpose comes from the client's goals.
 *
 * @param plan - the plan
 * @param catalog - the catalogue that names techniques and regions
 * @returns the lines, in the order the plan lists its techniques; none when no technique is left
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * if (result.kind === 'plan') planOfCareLines(result.plan, defaultCatalog)[0]?.text;
 * // '60 min Swedish massage, myofascial release, trigger-point therapy, and assisted stretching, neck, shoulder, and upper back, 2×/week for 4 weeks, then weekly for 4 weeks, then every 2 weeks for 8 weeks, to reduce pain'
 */
export function planOfCareLines(plan: TreatmentPlan, catalog: Catalog): PlanOfCareLine[] {
  const groups = new Map<string, { techniques: TechniqueId[]; regions: RegionId[] }>();
  // Regions in the catalogue's order (head to foot for the built-in ones; a
  // vendor's after them, as it added them), so the same set always makes the
  // same group and reads the same way. A region the catalogue does not hold
  // goes last, in the plan's order, rather than being dropped from the line.
  const catalogOrder = Object.keys(catalog.regions);
  const rank = (region: string): number => {
    const index = catalogOrder.indexOf(region);
    return index === -1 ? catalogOrder.length : index;
  };
  for (const { technique, regions } of plan.techniques) {
    const ordered = [...new Set(regions)].sort((a, b) => rank(a) - rank(b));
    const key = ordered.join(',');
    const group = groups.get(key) ?? { techniques: [], regions: ordered };
    group.techniques.push(technique);
    groups.set(key, group);
  }
  const frequency = phaseSummary(plan.phases);
  const purpose = goalPurpose(plan.intake.goals);
  return [...groups.values()].map(({ techniques, regions }) => ({
    techniques,
    regions,
    text: [
      `${plan.sessionMinutes} min ${joinWords(techniques.map((t) => techniqueLabel(t, catalog)))}`,
      joinWords(siteLabels(plan, regions, catalog)),
      ...(frequency === '' ? [] : [frequency]),
      purpose,
    ].join(', '),
  }));
}
