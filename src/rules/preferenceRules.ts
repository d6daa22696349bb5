import type { Effect } from './Effect.js';
import { targetRegionsOf } from './facts.js';
import { defineRule as rule } from './defineRule.js';
import type { Rule } from './Rule.js';

// The descriptions of the rules below are in ruleDescriptions.ts: documentation,
// which no recommendation carries, kept out of what recommendPlan bundles.

/** The source id of everything the client asked for in the intake. */
export const CLIENT_SOURCE = 'CLIENT';

/** Preference rules: what the client asked for always holds, within safety. */
export const preferenceRules: readonly Rule[] = /* @__PURE__ */ (() => [
  rule({
    id: 'preference/max-pressure',
    family: 'preference',
    source: CLIENT_SOURCE,
    when: ({ intake }) => intake.preferences?.maxPressure !== undefined,
    then: ({ intake }) => [
      { kind: 'capPressure', max: (intake.preferences?.maxPressure ?? 5) as 5, message: 'The client’s preferred maximum pressure.' },
    ],
  }),
  rule({
    id: 'preference/max-session-minutes',
    family: 'preference',
    source: CLIENT_SOURCE,
    when: ({ intake }) => intake.preferences?.maxSessionMinutes !== undefined,
    then: ({ intake, catalog }) => {
      const max = intake.preferences?.maxSessionMinutes ?? catalog.sessionMinutes.max;
      const shortened = intake.conditions.filter((entry) => catalog.conditions[entry.condition].dose.minutes > max);
      return [
        { kind: 'capMinutes', max, message: `The client prefers sessions of at most ${max} minutes.` },
        ...shortened.map((entry): Effect => {
          const dose = catalog.conditions[entry.condition].dose;
          return {
            kind: 'addPrecaution',
            id: `shortened-dose-${entry.condition}`,
            message: `${catalog.conditions[entry.condition].name}: sessions are shorter (${max} min) than the studied dose (${dose.minutes} min, ${dose.source}); expect less benefit.`,
          };
        }),
      ];
    },
  }),
  rule({
    id: 'preference/avoid-positions',
    family: 'preference',
    source: CLIENT_SOURCE,
    when: ({ intake }) => (intake.preferences?.avoidPositions ?? []).length > 0,
    then: ({ intake }) =>
      (intake.preferences?.avoidPositions ?? []).map((position): Effect => ({
        kind: 'avoid',
        position,
        message: `The client prefers not to lie ${position}.`,
      })),
  }),
  rule({
    id: 'preference/hot-stones',
    family: 'preference',
    source: CLIENT_SOURCE,
    when: ({ intake }) => intake.preferences?.hotStones === true,
    then: ({ intake, catalog }) => [
      {
        kind: 'addTechnique',
        technique: 'hot-stone',
        regions: [...new Set(intake.conditions.flatMap((entry) => targetRegionsOf(entry, catalog)))],
        message: 'The client asked for hot stones.',
      },
    ],
  }),
])();
