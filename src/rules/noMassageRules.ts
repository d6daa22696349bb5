import type { HistoryFlag } from '../catalog/CatalogSchema.js';
import type { Effect } from './Effect.js';
import { hasFlag, historyWith, limbRegions, regionsInScope, sideOf } from './facts.js';
import { defineRule as rule } from './defineRule.js';
import { triggerKey } from './data/triggers.js';
import { dataRule } from './data/dataRule.js';
import type { Rule } from './Rule.js';

// The descriptions of the rules below are in ruleDescriptions.ts: documentation,
// which no recommendation carries, kept out of what recommendPlan bundles.

/**
 * "No massage now" flags: refer or defer. A `clearedBy` clearance in the
 * intake lifts the referral or deferral and nothing else; the precaution
 * rules still apply once cleared.
 */
export const noMassageRules: readonly Rule[] = /* @__PURE__ */ (() => [
  dataRule({
    id: 'no-massage/dvt',
    family: 'no-massage',
    source: 'WERNER-PATHOLOGY',
    when: { history: 'dvt' },
    then: [
      {
        kind: 'refer',
        urgency: 'urgent',
        message: 'Deep-vein thrombosis (current or suspected): a clot can dislodge; a suspected clot needs medical assessment the same day, emergency care if breathless or with chest pain.',
        clearedBy: 'physician',
      },
    ],
  }),
  rule({
    id: 'no-massage/dvt-cleared',
    family: 'no-massage',
    source: 'WERNER-PATHOLOGY',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('history', 'dvt')],
    when: ({ intake }) => hasFlag(intake, 'dvt'),
    then: ({ intake, catalog }) => [
      { kind: 'capPressure', max: 2, message: 'Treated deep-vein thrombosis: light pressure only.' },
      ...historyWith(intake, 'dvt').flatMap((entry): Effect[] => {
        const regions =
          entry.region === undefined ? limbRegions(catalog, 'leg') : regionsInScope(catalog, entry.region, catalog.historyFlags.dvt.scope);
        const message =
          entry.region === undefined
            ? 'Deep-vein thrombosis, site not given: no work on either leg.'
            : 'Deep-vein thrombosis: no work anywhere on the affected limb.';
        return regions.map((region): Effect => ({ kind: 'avoid', region, ...sideOf(entry), message }));
      }),
    ],
  }),
  dataRule({
    id: 'no-massage/fever',
    family: 'no-massage',
    source: 'WERNER-PATHOLOGY',
    when: { history: 'fever' },
    then: [{ kind: 'defer', until: 'resolved', message: 'Fever or acute systemic infection: wait until it has resolved.' }],
  }),
  dataRule({
    id: 'no-massage/contagious-illness',
    family: 'no-massage',
    source: 'WERNER-PATHOLOGY',
    when: { history: 'contagious-illness' },
    then: [{ kind: 'defer', until: 'resolved', message: 'Contagious illness: wait until it has resolved.' }],
  }),
  dataRule({
    id: 'no-massage/uncontrolled-hypertension',
    family: 'no-massage',
    source: 'WERNER-PATHOLOGY',
    when: { history: 'uncontrolled-hypertension' },
    then: [
      {
        kind: 'defer',
        until: 'clearance',
        message: 'Uncontrolled hypertension: needs physician clearance first.',
        clearedBy: 'physician',
      },
      { kind: 'avoid', technique: 'percussion', message: 'Hypertension: avoid vigorous techniques.' },
      {
        kind: 'addPrecaution',
        id: 'blood-pressure-check-ins',
        message: 'Hypertension: check in on how the client feels during the session; avoid vigorous work.',
      },
    ],
  }),
  dataRule({
    id: 'no-massage/pregnancy-complication',
    family: 'no-massage',
    source: 'WERNER-PATHOLOGY',
    when: { history: 'pregnancy-complication' },
    then: [
      {
        kind: 'defer',
        until: 'clearance',
        message: 'Pregnancy complication: needs obstetrician clearance first.',
        clearedBy: 'obstetrician',
      },
    ],
  }),
  dataRule({
    id: 'no-massage/severe-thrombocytopenia',
    family: 'no-massage',
    source: 'WERNER-PATHOLOGY',
    when: { history: 'severe-thrombocytopenia' },
    then: [
      {
        kind: 'defer',
        until: 'clearance',
        message: 'Severe thrombocytopenia: bruising and bleeding risk; needs physician clearance first.',
        clearedBy: 'physician',
      },
      { kind: 'capPressure', max: 1, message: 'Severe thrombocytopenia: light contact only, even once cleared.' },
    ],
  }),
])();

/**
 * The rule of a vendor's no-massage flag: defer until its `clearedBy`
 * clearance is recorded, or until it has resolved when no clearance can lift
 * it. The built-in flags have their own rules above.
 *
 * @param entry - the flag's catalogue entry
 * @returns the rule `no-massage/<id>`
 */
export const flagDeferralRule = (entry: HistoryFlag): Rule =>
  rule({
    id: `no-massage/${entry.id}`,
    family: 'no-massage',
    description: `${entry.name}: no massage now (${entry.effect}); defer ${
      entry.clearedBy === undefined ? 'until it has resolved' : `until the ${entry.clearedBy} clears massage`
    }.`,
    source: entry.sources[0] ?? 'MP-DEFAULT',
    triggers: [triggerKey('history', entry.id)],
    when: ({ intake }) => hasFlag(intake, entry.id as never),
    then: ({ catalog }) => {
      const flag = catalog.historyFlags[entry.id as never] as HistoryFlag;
      return [
        flag.clearedBy === undefined
          ? { kind: 'defer', until: 'resolved', message: `${flag.name}: ${flag.effect}` }
          : { kind: 'defer', until: 'clearance', message: `${flag.name}: ${flag.effect}`, clearedBy: flag.clearedBy as never },
      ];
    },
  });
