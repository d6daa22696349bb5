import { addCalendarDays, daysBetween } from '../calendar/calendarDate.js';
import type { ConditionEntry, Intake } from '../intake/IntakeSchema.js';
import type { HistoryFlag } from '../catalog/CatalogSchema.js';
import type { TechniqueId } from '../intake/vocabulary.js';
import { techniquesReaching, heatTechniques, historyWith, conditionsOf, hasFlag, regionsInScope, sideOf } from './facts.js';
import { historyFlags } from '../catalog/data/historyFlags.js';
import type { Effect } from './Effect.js';
import { defineRule as rule } from './defineRule.js';
import { triggerKey } from './data/triggers.js';
import { dataRule } from './data/dataRule.js';
import type { Rule } from './Rule.js';

// The descriptions of the rules below are in ruleDescriptions.ts: documentation,
// which no recommendation carries, kept out of what recommendPlan bundles.

/** Days after an acute soft-tissue injury with no massage and no heat on the site (No HARM, 48–72 h). */
export const ACUTE_INJURY_DAYS = 3;
/** Days after surgery with no deep pressure on the site (practice default, about 6 weeks). */
export const POST_SURGICAL_DEEP_PRESSURE_DAYS = 42;
/** Days after surgery before scar work, once the wound has closed (practice default, 2–3 weeks). */
export const SCAR_CLOSURE_DAYS = 21;

/**
 * The rule of one local-tier flag: avoid the region the intake entry names
 * (the whole limb or quadrant with the flag's `scope`). Which flags are local
 * is read from the catalogue at evaluation time, so a vendor's re-tiering
 * takes effect.
 *
 * @param entry - the flag's catalogue entry
 * @returns the rule `local/<id>`
 */
export const localFlagRule = (entry: HistoryFlag): Rule => {
  const flag = entry.id;
  return rule({
    id: `local/${flag}`,
    family: 'local',
    description: `${entry.name}: avoid the affected ${
      entry.scope !== undefined && entry.scope !== 'region' ? `${entry.scope} on that side` : 'region'
    } (local contraindication); treat elsewhere.`,
    source: entry.sources[0] ?? 'MP-DEFAULT',
    triggers: [triggerKey('history', flag)],
    when: ({ intake, catalog }) => catalog.historyFlags[flag].tier === 'local' && hasFlag(intake, flag),
    then: ({ intake, catalog }) =>
      historyWith(intake, flag).flatMap((entry): Effect[] =>
        entry.region === undefined
          ? []
          : regionsInScope(catalog, entry.region, catalog.historyFlags[flag].scope).map((region): Effect => ({
              kind: 'avoid',
              region,
              ...sideOf(entry),
              message: `${catalog.historyFlags[flag].name}: ${catalog.historyFlags[flag].effect}`,
            })),
      ),
  });
};

// An acute entry without onset may be hours old: count the 72 hours from the
// intake, the cautious reading.
const injuryDay = (entry: ConditionEntry, intake: Intake): string => entry.onset ?? intake.assessedOn;

const isWithin = (entry: ConditionEntry, intake: Intake, days: number): boolean =>
  daysBetween(intake.assessedOn, injuryDay(entry, intake)) < days;

/** Post-surgical entries within the 6-week window after surgery. */
export const recentSurgeries = (intake: Intake): ConditionEntry[] =>
  conditionsOf(intake, 'post-surgical').filter((entry) => isWithin(entry, intake, POST_SURGICAL_DEEP_PRESSURE_DAYS));

/** The operation by name when the intake gives it. */
export const surgeryName = (entry: ConditionEntry): string =>
  entry.surgery === undefined ? 'Surgical site' : `Surgical site (${entry.surgery.type}, ${entry.surgery.date})`;

// Stretching loads a fresh repair whatever its pressure: kept off the site
// with the deep techniques until the 6 weeks are up.
const STRETCHING: readonly TechniqueId[] = ['assisted-stretching'];

const siteAvoid = (entry: ConditionEntry, until: string, message: string, technique?: TechniqueId): Effect[] =>
  entry.region === undefined
    ? []
    : [
        {
          kind: 'avoid',
          region: entry.region,
          ...sideOf(entry),
          ...(technique === undefined ? {} : { technique }),
          until,
          message,
        },
      ];

/** Region-level contraindications from the history and from fresh injuries or surgery. */
export const localRules: readonly Rule[] = /* @__PURE__ */ (() => [
  ...Object.values<HistoryFlag>(historyFlags).filter((flag) => flag.tier === 'local').map(localFlagRule),
  dataRule({
    id: 'local/cellulitis-no-lymphatic',
    family: 'local',
    source: 'S9',
    when: { history: 'cellulitis' },
    then: [{ kind: 'avoid', technique: 'lymphatic-drainage', message: 'Cellulitis: lymphatic drainage could spread the infection.' }],
  }),
  rule({
    id: 'local/acute-injury-72h',
    family: 'local',
    source: 'S13',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('condition', 'sports-injury')],
    when: ({ intake }) =>
      conditionsOf(intake, 'sports-injury').some((entry) => entry.acuity === 'acute' && isWithin(entry, intake, ACUTE_INJURY_DAYS)),
    then: ({ intake, catalog }) =>
      conditionsOf(intake, 'sports-injury')
        .filter((entry) => entry.acuity === 'acute' && isWithin(entry, intake, ACUTE_INJURY_DAYS))
        .flatMap((entry): Effect[] => [
          ...siteAvoid(
            entry,
            addCalendarDays(injuryDay(entry, intake), ACUTE_INJURY_DAYS),
            'Acute injury (first 72 hours): no massage and no heat on the injured site.',
          ),
          ...heatTechniques(catalog).map((technique): Effect => ({
            kind: 'avoid',
            technique,
            until: addCalendarDays(injuryDay(entry, intake), ACUTE_INJURY_DAYS),
            message: 'Acute injury: no heat in the first 72 hours.',
          })),
          {
            kind: 'addPrecaution',
            id: 'acute-injury-diagnosis',
            message: 'Acute injury: make sure it has been diagnosed (refer for assessment if not); re-assess before working the site after 72 hours.',
          },
        ]),
  }),
  rule({
    id: 'local/post-surgical-site',
    family: 'local',
    source: 'S14',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('condition', 'post-surgical')],
    when: ({ intake }) => recentSurgeries(intake).length > 0,
    then: ({ intake, catalog }) =>
      recentSurgeries(intake).flatMap((entry): Effect[] => {
        const until = addCalendarDays(injuryDay(entry, intake), POST_SURGICAL_DEEP_PRESSURE_DAYS);
        return [
          ...[...techniquesReaching(catalog, 4), ...STRETCHING].flatMap((technique) =>
            siteAvoid(entry, until, `${surgeryName(entry)}: no deep pressure or stretching on the site for about 6 weeks after surgery.`, technique),
          ),
          ...heatTechniques(catalog).map((technique): Effect => ({
            kind: 'avoid',
            technique,
            until,
            message: 'Within 6 weeks of surgery: no heat (fresh tissue, clot risk).',
          })),
        ];
      }),
  }),
  rule({
    id: 'local/incision-closure',
    family: 'local',
    source: 'S14',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('condition', 'post-surgical')],
    when: ({ intake }) => conditionsOf(intake, 'post-surgical').some((entry) => isWithin(entry, intake, SCAR_CLOSURE_DAYS)),
    then: ({ intake }) =>
      conditionsOf(intake, 'post-surgical')
        .filter((entry) => isWithin(entry, intake, SCAR_CLOSURE_DAYS))
        .flatMap((entry): Effect[] =>
          siteAvoid(
            entry,
            addCalendarDays(injuryDay(entry, intake), SCAR_CLOSURE_DAYS),
            `${surgeryName(entry)}: no work on or over the incision until it has closed (about 3 weeks).`,
          ),
        ),
  }),
  rule({
    id: 'local/scar-wound-closure',
    family: 'local',
    source: 'S14',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('condition', 'post-surgical')],
    when: ({ intake }) => conditionsOf(intake, 'post-surgical').some((entry) => isWithin(entry, intake, SCAR_CLOSURE_DAYS)),
    then: ({ intake }) =>
      conditionsOf(intake, 'post-surgical')
        .filter((entry) => isWithin(entry, intake, SCAR_CLOSURE_DAYS))
        .map((entry): Effect => ({
          kind: 'avoid',
          technique: 'scar-mobilization',
          until: addCalendarDays(injuryDay(entry, intake), SCAR_CLOSURE_DAYS),
          message: 'Scar work waits until the wound has closed (about 3 weeks after surgery).',
        })),
  }),
])();
