import type { Catalog } from '../catalog/Catalog.js';
import type { Condition, OutcomeMeasure } from '../catalog/CatalogSchema.js';
import type { GoalId, OutcomeMeasureId } from '../intake/vocabulary.js';
import type { Effect } from './Effect.js';
import { goalTarget } from './goalTarget.js';
import { catalogEntry } from './facts.js';
import { catalogMemo } from '../catalog/sealCatalog.js';
import { defineRule as rule } from './defineRule.js';
import type { Rule } from './Rule.js';
import type { Intake } from '../intake/IntakeSchema.js';

// The descriptions of the rules below are in ruleDescriptions.ts: documentation,
// which no recommendation carries, kept out of what recommendPlan bundles.

// A plain loop: read by several rules for every intake.
const painBaseline = (intake: Intake): number | undefined => {
  let worst: number | undefined;
  for (const entry of intake.conditions) if (entry.painScore !== undefined && (worst === undefined || entry.painScore > worst)) worst = entry.painScore;
  return worst;
};

// Baselines the intake gives: the worst pain score, and any scores listed.
const baselines = (intake: Intake): Map<OutcomeMeasureId, number> => {
  const found = new Map<OutcomeMeasureId, number>();
  const pain = painBaseline(intake);
  if (pain !== undefined) found.set('pain-nrs', pain);
  for (const score of intake.scores ?? []) found.set(score.measure, score.value);
  return found;
};

/**
 * The long-term target of a measure whose baseline is not known yet: its
 * recovery cut-off when the catalogue gives one (pain NRS 0, RMDQ 2: Kamper
 * 2010), otherwise the best score of the scale.
 *
 * @param measure - the outcome measure
 * @returns the score to aim for until a baseline is recorded
 * @example
 * longTermTarget(defaultCatalog.outcomeMeasures.psfs); // 10
 */
export function longTermTarget(measure: OutcomeMeasure): number {
  if (measure.recovered !== undefined) return measure.recovered.score;
  return measure.better === 'lower' ? measure.min : measure.max;
}

const points = (n: number): string => `${Math.round(n * 10) / 10} point${n === 1 ? '' : 's'}`;

// Every measure and condition is read from the catalogue in use, so a
// vendor's (an FFI baseline in `intake.scores`, a condition's own measures)
// gives goals like a built-in one; an id the catalogue does not hold gives
// none rather than a TypeError.
const measureOf = (catalog: Catalog, id: OutcomeMeasureId): OutcomeMeasure | undefined => catalogEntry<OutcomeMeasure>(catalog.outcomeMeasures, id);
const measuresOf = (catalog: Catalog, condition: string): readonly OutcomeMeasureId[] =>
  catalogEntry<Condition>(catalog.conditions, condition)?.outcomeMeasures ?? [];

// One goal on a measure: from the intake's baseline when there is one (none
// when the baseline is already the best score), otherwise a meaningful change
// from the baseline recorded at the first visit. It depends only on the
// catalogue, the measure, the baseline and the purpose: built once and shared.
function goalOn(catalog: Catalog, known: ReadonlyMap<OutcomeMeasureId, number>, id: OutcomeMeasureId, purpose: string): readonly Effect[] {
  const baseline = known.get(id);
  return catalogMemo(catalog, `goal|${id}|${baseline ?? ''}|${purpose}`, () => goalEffects(catalog, id, baseline, purpose));
}

function goalEffects(catalog: Catalog, id: OutcomeMeasureId, baseline: number | undefined, purpose: string): Effect[] {
  const measure = measureOf(catalog, id);
  if (measure === undefined) return [];
  const direction = measure.better === 'lower' ? 'a fall' : 'a rise';
  if (baseline === undefined) {
    return [
      {
        kind: 'addGoal',
        measure: id,
        target: longTermTarget(measure),
        targetChange: measure.meaningfulChange.points,
        purpose,
        message: `${purpose}: ${direction} of at least ${points(measure.meaningfulChange.points)} on the ${measure.name} from the baseline recorded at the first visit.`,
      },
    ];
  }
  return fromBaseline(measure, baseline, (target) => `${purpose}: ${measure.name} from ${baseline} to ${target}.`, purpose);
}

// The goal of a meaningful improvement from a known baseline; none when the
// baseline is already the best score.
function fromBaseline(measure: OutcomeMeasure, baseline: number, message: (target: number) => string, purpose?: string): Effect[] {
  const target = goalTarget(measure, baseline);
  if (target === baseline) return [];
  return [
    {
      kind: 'addGoal',
      measure: measure.id,
      baseline,
      target,
      targetChange: Math.round(Math.abs(target - baseline) * 10) / 10,
      ...(purpose === undefined ? {} : { purpose }),
      message: message(target),
    },
  ];
}

/** The outcome measures of the intake's conditions, in order, without repeats. */
const conditionMeasures = (intake: Intake, catalog: Catalog): OutcomeMeasureId[] => [
  ...new Set(intake.conditions.flatMap((entry) => measuresOf(catalog, entry.condition))),
];

const ticked = (goal: GoalId) => ({ intake }: { intake: Intake }): boolean => intake.goals.includes(goal);

/**
 * Goal rules: a measurable goal for each measure with a baseline, one for
 * each of the conditions' measures (the baseline recorded at the first visit
 * when the intake has none), and one per ticked goal.
 */
export const goalRules: readonly Rule[] = /* @__PURE__ */ (() => [
  rule({
    id: 'goal/meaningful-change',
    family: 'goal',
    source: 'S38',
    when: ({ intake }) => baselines(intake).size > 0,
    then: ({ intake, catalog }) =>
      [...baselines(intake)].flatMap(([id, baseline]) =>
        catalogMemo(catalog, `change|${id}|${baseline}`, (): Effect[] => {
          const measure = measureOf(catalog, id);
          if (measure === undefined) return [];
          return fromBaseline(measure, baseline, (target) => `${measure.name}: from ${baseline} to ${target} would be a meaningful improvement.`);
        }),
      ),
  }),
  rule({
    id: 'goal/condition-measures',
    family: 'goal',
    source: 'CMS-100-02',
    when: () => true,
    then: ({ intake, catalog }) => {
      const known = baselines(intake);
      const seen = new Set<OutcomeMeasureId>();
      const goals = intake.conditions.flatMap((entry) => {
        const condition = catalogEntry<Condition>(catalog.conditions, entry.condition);
        if (condition === undefined) return [];
        return condition.outcomeMeasures.flatMap((id) => {
          if (seen.has(id)) return [];
          seen.add(id);
          return goalOn(catalog, known, id, condition.name);
        });
      });
      if (goals.length > 0) return goals;
      const psfs = goalOn(catalog, known, 'psfs', 'Function');
      if (psfs.length > 0) return psfs;
      // Every measure is already at its best: the goal is to keep function there.
      const best = longTermTarget(catalog.outcomeMeasures.psfs);
      return [
        {
          kind: 'addGoal',
          measure: 'psfs',
          baseline: best,
          target: best,
          targetChange: 0,
          purpose: 'Function (maintenance)',
          message: 'Function: keep the Patient-Specific Functional Scale at its best score (maintenance).',
        },
      ];
    },
  }),
  rule({
    id: 'goal/pain-relief',
    family: 'goal',
    source: 'S38',
    when: ticked('pain-relief'),
    then: ({ intake, catalog }) => goalOn(catalog, baselines(intake), 'pain-nrs', 'Pain relief'),
  }),
  rule({
    id: 'goal/range-of-motion',
    family: 'goal',
    source: 'MP-DEFAULT',
    when: ticked('range-of-motion'),
    then: ({ intake, catalog }) =>
      goalOn(catalog, baselines(intake), 'psfs', 'Range of motion (an activity limited by stiffness, e.g. turning the head or reaching overhead)'),
  }),
  rule({
    id: 'goal/rehabilitation',
    family: 'goal',
    source: 'CMS-100-02',
    when: ticked('rehabilitation'),
    then: ({ intake, catalog }) => {
      const functional = conditionMeasures(intake, catalog).filter((id) => id !== 'pain-nrs');
      const ids: OutcomeMeasureId[] = functional.length > 0 ? functional : ['psfs'];
      const known = baselines(intake);
      return ids.flatMap((id) => goalOn(catalog, known, id, 'Rehabilitation (function in daily activities)'));
    },
  }),
  rule({
    id: 'goal/sleep-and-energy',
    family: 'goal',
    source: 'MP-DEFAULT',
    when: ticked('sleep-and-energy'),
    then: ({ intake, catalog }) => goalOn(catalog, baselines(intake), 'sleep-nrs', 'Sleep and energy'),
  }),
  rule({
    id: 'goal/stress-relief',
    family: 'goal',
    source: 'MP-DEFAULT',
    when: ticked('stress-relief'),
    then: ({ intake, catalog }) => goalOn(catalog, baselines(intake), 'stress-nrs', 'Stress relief'),
  }),
  rule({
    id: 'goal/record-baselines',
    family: 'goal',
    source: 'CMS-100-02',
    when: ({ intake, catalog }) => {
      const known = baselines(intake);
      return intake.conditions.some((entry) => measuresOf(catalog, entry.condition).some((m) => measureOf(catalog, m) !== undefined && !known.has(m)));
    },
    then: ({ intake, catalog }) => {
      const known = baselines(intake);
      const missing = [...new Set(intake.conditions.flatMap((entry) => measuresOf(catalog, entry.condition)))].flatMap((m) => {
        const measure = measureOf(catalog, m);
        return measure === undefined || known.has(m) ? [] : [measure];
      });
      return [
        {
          kind: 'addPrecaution',
          id: 'record-baselines',
          message: `Record baselines at the first session: ${missing
            .map((measure) => {
              // A threshold with no verified source is said to be a default, never stated as fact.
              const unverified = catalog.sources[measure.source]?.grade === 'evidence' ? '' : ', a catalogue default, not a published threshold';
              return `${measure.name} (meaningful change: ${measure.meaningfulChange.points} points${unverified})`;
            })
            .join('; ')}.`,
        },
      ];
    },
  }),
])();
