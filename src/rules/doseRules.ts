import { CONDITION_IDS, type ConditionId } from '../intake/vocabulary.js';
import { conditions as defaultConditions } from '../catalog/data/conditions.js';
import { proposeTaper } from '../schedule/proposeTaper.js';
import type { Effect } from './Effect.js';
import { conditionsOf, hasCondition } from './facts.js';
import { defineRule as rule } from './defineRule.js';
import type { Rule } from './Rule.js';

// The dose of each condition: session length and the taper that starts from
// the catalogue's first-phase dose. Evidence decides it where it exists; the
// catalogue says when it is a practice default.
const doseRule = (id: ConditionId): Rule =>
  rule({
    id: `dose/${id}`,
    family: 'dose',
    description: `${defaultConditions[id].name}: ${defaultConditions[id].dose.summary}`,
    source: defaultConditions[id].dose.source,
    when: ({ intake }) => hasCondition(intake, id),
    then: ({ intake, catalog }) => {
      const dose = catalog.conditions[id].dose;
      return conditionsOf(intake, id).flatMap((entry): Effect[] => [
        { kind: 'setMinutes', minutes: dose.minutes, message: `${catalog.conditions[id].name}: ${dose.minutes}-minute sessions.` },
        {
          kind: 'setPhases',
          phases: proposeTaper({
            dose,
            acuity: entry.acuity,
            severity: entry.severity,
            maintenance: entry.acuity === 'chronic' || intake.goals.includes('maintenance'),
          }),
          message: `${catalog.conditions[id].name}: ${dose.summary}`,
        },
      ]);
    },
  });

/** One dose rule per condition. */
export const doseRules: readonly Rule[] = CONDITION_IDS.map(doseRule);
