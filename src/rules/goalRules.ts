import type { OutcomeMeasureId } from '../intake/vocabulary.js';
import type { Effect } from './Effect.js';
import { goalTarget } from './goalTarget.js';
import { defineRule as rule } from './defineRule.js';
import type { Rule } from './Rule.js';
import type { Intake } from '../intake/IntakeSchema.js';

const painBaseline = (intake: Intake): number | undefined => {
  const scores = intake.conditions.flatMap((entry) => (entry.painScore === undefined ? [] : [entry.painScore]));
  return scores.length === 0 ? undefined : Math.max(...scores);
};

// Baselines the intake gives: the worst pain score, and any scores listed.
const baselines = (intake: Intake): Map<OutcomeMeasureId, number> => {
  const found = new Map<OutcomeMeasureId, number>();
  const pain = painBaseline(intake);
  if (pain !== undefined) found.set('pain-nrs', pain);
  for (const score of intake.scores ?? []) found.set(score.measure, score.value);
  return found;
};

/** Goal rules: a measurable target for each measure with a baseline, and a reminder to record the others. */
export const goalRules: readonly Rule[] = [
  rule({
    id: 'goal/meaningful-change',
    family: 'goal',
    description: 'For each outcome measure with a baseline, the goal is a minimal clinically important improvement (pain NRS: 2 points or 30%; NDI 5; ODI 10; RMDQ 2 …).',
    source: 'S38',
    when: ({ intake }) => baselines(intake).size > 0,
    then: ({ intake, catalog }) =>
      [...baselines(intake)].flatMap(([id, baseline]): Effect[] => {
        const measure = catalog.outcomeMeasures[id];
        const target = goalTarget(measure, baseline);
        if (target === baseline) return [];
        return [
          {
            kind: 'addGoal',
            measure: id,
            baseline,
            target,
            message: `${measure.name}: from ${baseline} to ${target} would be a meaningful improvement.`,
          },
        ];
      }),
  }),
  rule({
    id: 'goal/record-baselines',
    family: 'goal',
    description: 'Record a baseline at the first session for each outcome measure the conditions call for, so progress can be judged at reassessment.',
    source: 'CMS-100-02',
    when: ({ intake, catalog }) => {
      const known = baselines(intake);
      return intake.conditions.some((entry) => catalog.conditions[entry.condition].outcomeMeasures.some((m) => !known.has(m)));
    },
    then: ({ intake, catalog }) => {
      const known = baselines(intake);
      const missing = [
        ...new Set(intake.conditions.flatMap((entry) => catalog.conditions[entry.condition].outcomeMeasures)),
      ].filter((m) => !known.has(m));
      return [
        {
          kind: 'addPrecaution',
          id: 'record-baselines',
          message: `Record baselines at the first session: ${missing
            .map((m) => `${catalog.outcomeMeasures[m].name} (meaningful change: ${catalog.outcomeMeasures[m].meaningfulChange.points} points)`)
            .join('; ')}.`,
        },
      ];
    },
  }),
];
