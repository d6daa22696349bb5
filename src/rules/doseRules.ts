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
        // Acute and subacute entries get the short course of dose/acute-course instead.
        ...(entry.acuity === 'chronic'
          ? [
              {
                kind: 'setPhases' as const,
                phases: proposeTaper({ dose, acuity: entry.acuity, severity: entry.severity, maintenance: true }),
                message: `${catalog.conditions[id].name}: ${dose.summary}`,
              },
            ]
          : []),
      ]);
    },
  });

/** Weeks of the short course for acute and subacute pain, before the first reassessment (practice default). */
export const ACUTE_COURSE_WEEKS = 2;

/** One dose rule per condition, then the short course for recent pain. */
export const doseRules: readonly Rule[] = [
  ...CONDITION_IDS.map(doseRule),
  rule({
    id: 'dose/acute-course',
    family: 'dose',
    description: `Acute or subacute pain: the studied doses are for chronic pain and are not applied; a short course (at most ${ACUTE_COURSE_WEEKS} weeks at the condition's frequency) ends in a reassessment that decides what follows. A practice default, not evidence.`,
    source: 'MP-DEFAULT',
    when: ({ intake }) => intake.conditions.some((entry) => entry.acuity !== 'chronic'),
    then: ({ intake, catalog }) =>
      intake.conditions
        .filter((entry) => entry.acuity !== 'chronic')
        .map((entry): Effect => {
          const condition = catalog.conditions[entry.condition];
          const weeks = Math.min(condition.dose.weeks, ACUTE_COURSE_WEEKS);
          return {
            kind: 'setPhases',
            phases: [{ phase: 'intensive', sessionsPerWeek: Math.min(condition.dose.sessionsPerWeek, 2), weeks }],
            message: `${condition.name} (${entry.acuity}): a ${weeks}-week course, then reassess; the chronic-pain dose is not applied.`,
          };
        }),
  }),
];
