import type { Condition } from '../catalog/CatalogSchema.js';
import { conditions as defaultConditions } from '../catalog/data/conditions.js';
import { proposeTaper } from '../schedule/proposeTaper.js';
import type { Effect } from './Effect.js';
import { conditionsOf, hasCondition } from './facts.js';
import type { Catalog } from '../catalog/Catalog.js';
import { catalogMemo } from '../catalog/sealCatalog.js';
import type { ConditionEntry, Intake } from '../intake/IntakeSchema.js';
import { ADULT_AGE } from './precautionRules.js';
import { defineRule as rule } from './defineRule.js';
import { triggerKey } from './data/triggers.js';
import type { Rule } from './Rule.js';

// The descriptions of the rules below are in ruleDescriptions.ts: documentation,
// which no recommendation carries, kept out of what recommendPlan bundles.

// The dose of each condition: session length and the taper that starts from
// the catalogue's first-phase dose. Evidence decides it where it exists; the
// catalogue says when it is a practice default.
/**
 * The dose rule of one condition (also made for a vendor's new condition).
 *
 * @param entry - the condition's catalogue entry
 * @returns the rule `dose/<id>`
 */
export const doseRule = (entry: Condition): Rule => {
  const id = entry.id;
  return rule({
    id: `dose/${id}`,
    family: 'dose',
    description: `${entry.name}: ${entry.dose.summary}`,
    source: entry.dose.source,
    triggers: [triggerKey('condition', id)],
    when: ({ intake }) => hasCondition(intake, id),
    // What an entry yields depends only on the catalogue, its acuity and
    // severity, and whether it takes the short course: built once and shared.
    then: ({ intake, catalog }) =>
      conditionsOf(intake, id).flatMap((entry) => {
        const short = takesShortCourse(entry, intake, catalog);
        return catalogMemo(catalog, `dose|${id}|${entry.acuity ?? ''}|${entry.severity}|${short}`, (): Effect[] => {
          const dose = catalog.conditions[id].dose;
          return [
            { kind: 'setMinutes', minutes: dose.minutes, message: `${catalog.conditions[id].name}: ${dose.minutes}-minute sessions.` },
            // A short course (dose/acute-course) replaces a trial dose the entry is outside of.
            ...(!short
              ? [
                  {
                    kind: 'setPhases' as const,
                    phases: proposeTaper({ dose, acuity: entry.acuity, severity: entry.severity, maintenance: true }),
                    message: `${catalog.conditions[id].name}: ${dose.summary}`,
                  },
                ]
              : []),
          ];
        });
      }),
  });
};

/** Weeks of the short course for acute and subacute pain, before the first reassessment (practice default). */
export const ACUTE_COURSE_WEEKS = 2;

/**
 * Whether an entry gets the short course instead of its condition's dose:
 * a trial dose (a source graded evidence) was studied in adults with chronic
 * pain, so it is not applied to recent pain, nor to anyone under 18.
 */
function takesShortCourse(entry: ConditionEntry, intake: Intake, catalog: Catalog): boolean {
  if (intake.age !== undefined && intake.age < ADULT_AGE) return true;
  return entry.acuity !== 'chronic' && catalog.sources[catalog.conditions[entry.condition].dose.source]?.grade === 'evidence';
}

/** One dose rule per condition, then the short course for recent pain and for minors. */
export const doseRules: readonly Rule[] = /* @__PURE__ */ (() => [
  ...Object.values<Condition>(defaultConditions).map(doseRule),
  rule({
    id: 'dose/acute-course',
    family: 'dose',
    source: 'MP-DEFAULT',
    when: ({ intake, catalog }) => intake.conditions.some((entry) => takesShortCourse(entry, intake, catalog)),
    then: ({ intake, catalog }) =>
      intake.conditions
        .filter((entry) => takesShortCourse(entry, intake, catalog))
        .map((entry): Effect => {
          const condition = catalog.conditions[entry.condition];
          const weeks = Math.min(condition.dose.weeks, ACUTE_COURSE_WEEKS);
          const why =
            intake.age !== undefined && intake.age < ADULT_AGE
              ? `under ${ADULT_AGE}: the adult dose is not applied`
              : `${entry.acuity}: the chronic-pain dose is not applied`;
          return {
            kind: 'setPhases',
            phases: [{ phase: 'intensive', sessionsPerWeek: Math.min(condition.dose.sessionsPerWeek, 2), weeks }],
            message: `${condition.name}: a ${weeks}-week course, then reassess (${why}).`,
          };
        }),
  }),
])();
