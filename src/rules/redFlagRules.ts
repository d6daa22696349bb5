import { daysBetween } from '../calendar/calendarDate.js';
import type { ConditionEntry, Intake } from '../intake/IntakeSchema.js';
import type { RedFlag } from '../catalog/CatalogSchema.js';
import type { ConditionId, Urgency } from '../intake/vocabulary.js';
import { redFlags } from '../catalog/data/redFlags.js';
import type { Effect } from './Effect.js';
import { conditionsOf, hasFlag } from './facts.js';
import { defineRule as rule } from './defineRule.js';
import { triggerKey } from './data/triggers.js';
import type { Rule } from './Rule.js';

// The descriptions of the rules below are in ruleDescriptions.ts: documentation,
// which no recommendation carries, kept out of what recommendPlan bundles.

/** Age from which a new headache is a red flag (SNNOOP10: new headache after 50). */
export const NEW_HEADACHE_AGE = 50;
/** Days within which a headache counts as new (under 3 months). */
export const NEW_HEADACHE_DAYS = 90;
/** Age from which back pain with osteoporosis or corticosteroids needs a fracture screen (Finucane 2020). */
export const FRACTURE_SCREEN_AGE = 65;

// Complaints the implied red flags read. Headache conditions for SNNOOP10's
// "new headache after 50"; lumbar back pain for the fracture screen.
const HEADACHE_CONDITIONS: readonly ConditionId[] = ['tension-headache', 'migraine'];
const BACK_CONDITIONS: readonly ConditionId[] = ['low-back-pain', 'sciatica'];

const reported = (intake: Intake, id: string): boolean => ((intake.redFlags ?? []) as readonly string[]).includes(id);

/**
 * The effects of a red flag: a referral with its urgency (the summaries word
 * the action by urgency), lifted by a physician clearance (the client was
 * medically evaluated for it, referral on file) unless it is an emergency;
 * once lifted, a precaution keeps the flag in view at every visit.
 */
function referral(intake: Intake, flag: { id: string; name: string; urgency: Urgency }, message: string): Effect[] {
  const liftable = flag.urgency !== 'emergency';
  return [
    { kind: 'refer', urgency: flag.urgency, message, ...(liftable ? { clearedBy: 'physician' as const } : {}) },
    ...(liftable && (intake.clearances ?? []).includes('physician')
      ? [
          {
            kind: 'addPrecaution' as const,
            id: `red-flag-evaluated-${flag.id}`,
            message: `${flag.name}: medically evaluated (physician clearance on file). Ask about it at every visit and refer again if it changes or worsens.`,
          },
        ]
      : []),
  ];
}

/**
 * The referral rule of one red flag (also made for a vendor's new red flag).
 *
 * @param entry - the red flag's catalogue entry
 * @returns the rule `red-flag/<id>`
 */
export function reportedRule(entry: RedFlag): Rule {
  const id = entry.id;
  return rule({
    id: `red-flag/${id}`,
    family: 'red-flag',
    description: `Refer instead of treating when "${id}" is reported, whatever the complaint (red flags are screened in general, not per complaint), with the flag's urgency; a physician clearance lifts it unless it is an emergency.`,
    source: entry.sources[0] ?? 'MP-DEFAULT',
    triggers: [triggerKey('redFlag', id)],
    when: ({ intake }) => reported(intake, id),
    then: ({ intake, catalog }) => {
      const flag = catalog.redFlags[id];
      return referral(intake, { id, name: flag.name, urgency: flag.urgency }, `${flag.name}: may indicate ${flag.suggests}.`);
    },
  });
}

const isNewHeadache = (entry: ConditionEntry, intake: Intake): boolean =>
  HEADACHE_CONDITIONS.includes(entry.condition) &&
  (entry.onset === undefined ? entry.acuity !== 'chronic' : daysBetween(intake.assessedOn, entry.onset) < NEW_HEADACHE_DAYS);

/** Red flags the intake implies without reporting them: they count as reported. */
const impliedRules: readonly Rule[] = /* @__PURE__ */ (() => [
  rule({
    id: 'red-flag/implied-bilateral-sciatica',
    family: 'red-flag',
    source: 'FINUCANE-2020',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('condition', 'sciatica')],
    when: ({ intake }) => !reported(intake, 'bilateral-leg-symptoms') && conditionsOf(intake, 'sciatica').some((e) => e.side === 'both'),
    then: ({ intake }) => referral(intake, { id: 'implied-bilateral-sciatica', name: 'Sciatica on both sides', urgency: 'urgent' }, 'Sciatica on both sides (implied bilateral leg symptoms): screen for cauda equina syndrome; emergency care at once if saddle numbness, bladder or bowel changes or progressive leg weakness appear.'),
  }),
  rule({
    id: 'red-flag/implied-new-headache-after-50',
    family: 'red-flag',
    source: 'S18',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('condition', 'tension-headache'), triggerKey('condition', 'migraine')],
    when: ({ intake }) =>
      (intake.age ?? 0) >= NEW_HEADACHE_AGE && intake.conditions.some((entry) => isNewHeadache(entry, intake)),
    then: ({ intake }) => {
      const entry = intake.conditions.find((e) => isNewHeadache(e, intake));
      const since = entry?.onset === undefined ? `of ${entry?.acuity ?? 'recent'} onset` : `that began ${daysBetween(intake.assessedOn, entry.onset)} days ago`;
      return referral(intake, { id: 'implied-new-headache-after-50', name: 'New headache after 50', urgency: 'urgent' }, `New headache after ${NEW_HEADACHE_AGE} (implied: age ${intake.age ?? '?'}, ${entry?.condition ?? 'headache'} ${since}): may indicate a secondary headache such as giant-cell arteritis or a mass.`);
    },
  }),
  rule({
    id: 'red-flag/implied-fracture-risk',
    family: 'red-flag',
    source: 'FINUCANE-2020',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('history', 'osteoporosis'), triggerKey('history', 'corticosteroids')],
    when: ({ intake }) =>
      (intake.age ?? 0) >= FRACTURE_SCREEN_AGE &&
      (hasFlag(intake, 'osteoporosis') || hasFlag(intake, 'corticosteroids')) &&
      intake.conditions.some((entry) => BACK_CONDITIONS.includes(entry.condition)),
    then: ({ intake }) => {
      const risk = [hasFlag(intake, 'osteoporosis') ? 'osteoporosis' : '', hasFlag(intake, 'corticosteroids') ? 'long-term corticosteroids' : '']
        .filter((r) => r !== '')
        .join(' and ');
      // New back pain is the fracture red flag (Finucane 2020); long-standing
      // pain still wants the screen, at the next opportunity.
      const recent = intake.conditions.some((entry) => BACK_CONDITIONS.includes(entry.condition) && entry.acuity !== 'chronic');
      return referral(intake, { id: 'implied-fracture-risk', name: 'Fracture risk with back pain', urgency: recent ? 'urgent' : 'routine' }, `Back pain at age ${intake.age ?? '?'} with ${risk} (implied fracture risk): a physician should rule out a vertebral fracture before massage.`);
    },
  }),
])();

/** One referral rule per red flag (citing the flag's first source), then the red flags the intake implies. */
export const redFlagRules: readonly Rule[] = /* @__PURE__ */ (() => [...Object.values<RedFlag>(redFlags).map(reportedRule), ...impliedRules])();
