import type { Catalog } from '../catalog/Catalog.js';
import type { Condition } from '../catalog/CatalogSchema.js';
import { catalogMemo } from '../catalog/sealCatalog.js';
import type { ConditionEntry } from '../intake/IntakeSchema.js';
import type { ConditionId } from '../intake/vocabulary.js';
import { conditions as defaultConditions } from '../catalog/data/conditions.js';
import type { Effect } from './Effect.js';
import { conditionsOf, hasCondition, targetRegionsOf, targetsOf } from './facts.js';
import { recentSurgeries, surgeryName } from './localRules.js';
import { defineRule as rule } from './defineRule.js';
import { triggerKey } from './data/triggers.js';
import { dataRule } from './data/dataRule.js';
import type { Rule } from './Rule.js';

// The descriptions of the rules below are in ruleDescriptions.ts: documentation,
// which no recommendation carries, kept out of what recommendPlan bundles.

// The effects of one condition entry: its targets (resolved at its region and
// side), techniques, pressure range, complementary care and evidence note.
function entryEffects(catalog: Catalog, id: string, entry: ConditionEntry): readonly Effect[] {
  const condition = catalog.conditions[id as ConditionId];
  const targets = targetsOf(entry, catalog);
  const regions = [...new Set(targets.map((t) => t.region))];
  return [
    ...targets.map((t): Effect => ({ kind: 'addTarget', ...t, message: `${condition.name}: target area.` })),
    ...condition.techniques.map((technique): Effect => ({
      kind: 'addTechnique',
      technique,
      regions,
      message: `${condition.name}: ${catalog.techniques[technique].name}.`,
    })),
    {
      kind: 'startPressure',
      start: condition.pressure.start as 1,
      max: condition.pressure.max as 1,
      message: `${condition.name}: usual pressure range.`,
    },
    ...condition.complementary.map((c): Effect => ({
      kind: 'addComplementary',
      care: c.care,
      message: `${condition.name}: ${c.care} alongside massage.`,
    })),
    ...(condition.evidence.verdict === 'supports'
      ? []
      : [
          {
            kind: 'addPrecaution' as const,
            id: `evidence-${id}`,
            message: `${condition.name}: ${condition.evidence.summary}`,
          },
        ]),
  ];
}

/**
 * The selection rule of one condition: what to work and with what, straight
 * from the catalogue entry (also made for a vendor's new condition).
 *
 * @param entry - the condition's catalogue entry
 * @returns the rule `condition/<id>`
 */
export const selectionRule = (entry: Condition): Rule => {
  const id = entry.id;
  return rule({
    id: `condition/${id}`,
    family: 'condition',
    description: `${entry.name}: the catalogue's techniques, targets, starting pressure and complementary care.`,
    source: entry.sources[0] ?? entry.dose.source,
    triggers: [triggerKey('condition', id)],
    when: ({ intake }) => hasCondition(intake, id),
    // What one entry yields depends only on the catalogue, its region and its
    // side: built once per catalogue and shared (catalogMemo).
    then: ({ intake, catalog }) =>
      conditionsOf(intake, id).flatMap((entry) =>
        catalogMemo(catalog, `selection|${id}|${entry.region ?? ''}|${entry.side ?? ''}`, () => entryEffects(catalog, id, entry)),
      ),
  });
};

/** Condition rules: what the catalogue says to work, plus the condition-specific cautions. */
export const conditionRules: readonly Rule[] = /* @__PURE__ */ (() => [
  ...Object.values<Condition>(defaultConditions).map(selectionRule),
  rule({
    id: 'condition/severity-pressure',
    family: 'condition',
    source: 'MP-DEFAULT',
    when: ({ intake }) => intake.conditions.some((entry) => entry.severity === 'severe' || entry.acuity === 'acute'),
    then: ({ intake }) => [
      {
        kind: 'startPressure',
        start: intake.conditions.some((entry) => entry.severity === 'severe') ? 2 : 3,
        max: intake.conditions.some((entry) => entry.acuity === 'acute') ? 3 : 5,
        message: 'Severe or acute symptoms: start gently and build up.',
      },
    ],
  }),
  rule({
    id: 'condition/neck-pain-recent',
    family: 'condition',
    source: 'S34',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('condition', 'neck-pain')],
    when: ({ intake }) => conditionsOf(intake, 'neck-pain').some((entry) => entry.acuity !== 'chronic'),
    then: ({ intake, catalog }) => [
      { kind: 'addComplementary', care: 'exercise', message: 'Recent neck pain: exercise is part of first-line care.' },
      { kind: 'addComplementary', care: 'education', message: 'Recent neck pain: education and reassurance.' },
      ...[
        ...new Set(conditionsOf(intake, 'neck-pain').filter((entry) => entry.acuity !== 'chronic').flatMap((entry) => targetRegionsOf(entry, catalog))),
      ].map((region): Effect => ({
        kind: 'avoid',
        region,
        technique: 'swedish',
        message: 'Recent neck pain (3 months or less): no relaxation (Swedish) massage (OPTIMa).',
      })),
      {
        kind: 'addPrecaution',
        id: 'neck-pain-multimodal',
        message: 'Recent neck pain: massage alone is not recommended; deliver it within multimodal care with exercise and education.',
      },
    ],
  }),
  dataRule({
    id: 'condition/low-back-pain-acute',
    family: 'condition',
    source: 'S33',
    when: { condition: 'low-back-pain', acuity: ['acute', 'subacute'] },
    then: [{ kind: 'addComplementary', care: 'superficial-heat', heat: true, message: 'Acute low back pain: superficial heat (ACP 2017).' }],
  }),
  dataRule({
    id: 'condition/sciatica-source-first',
    family: 'condition',
    source: 'S55',
    when: { condition: 'sciatica' },
    then: [
      {
        kind: 'addPrecaution',
        id: 'sciatica-source',
        message: 'Sciatica: confirm the source (disc, piriformis, other) has been assessed; no direct pressure over a herniated disc region.',
      },
    ],
  }),
  rule({
    id: 'condition/intraoral-tmj-training',
    family: 'condition',
    source: 'S54',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('condition', 'tmj-disorder')],
    when: ({ intake, catalog }) => hasCondition(intake, 'tmj-disorder') && catalog.conditions['tmj-disorder'].techniques.includes('intraoral-tmj'),
    then: () => [
      {
        kind: 'addPrecaution',
        id: 'intraoral-scope',
        message: 'Intraoral work: only if trained and allowed by your jurisdiction’s scope of practice; gloved; otherwise work the jaw externally.',
      },
    ],
  }),
  rule({
    id: 'condition/sports-injury-subacute',
    family: 'condition',
    source: 'S13',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('condition', 'sports-injury')],
    when: ({ intake }) => conditionsOf(intake, 'sports-injury').some((entry) => entry.acuity !== 'acute' && entry.region !== undefined),
    then: ({ intake }) =>
      conditionsOf(intake, 'sports-injury').flatMap((entry): Effect[] =>
        entry.acuity === 'acute' || entry.region === undefined
          ? []
          : [{ kind: 'addTechnique', technique: 'cross-fiber-friction', regions: [entry.region], message: 'Healing injury: friction to remodel scar tissue.' }],
      ),
  }),
  rule({
    id: 'condition/post-surgical-clearance',
    family: 'condition',
    source: 'S14',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('condition', 'post-surgical')],
    when: ({ intake }) => hasCondition(intake, 'post-surgical'),
    then: ({ intake, catalog }) => [
      { kind: 'avoid', technique: 'lymphatic-drainage', message: 'After surgery: lymphatic drainage only with the surgeon’s clearance.', clearedBy: 'surgeon' },
      { kind: 'avoid', technique: 'scar-mobilization', message: 'After surgery: scar work only with the surgeon’s clearance.', clearedBy: 'surgeon' },
      { kind: 'addPrecaution', id: 'post-surgical-proximal', message: 'After surgery: work proximal areas first and follow the surgeon’s restrictions.' },
      // Scar work is for the scar: never on the regions around the site.
      ...conditionsOf(intake, 'post-surgical').flatMap((entry): Effect[] =>
        entry.region === undefined
          ? []
          : catalog.regions[entry.region].adjacent.map((region): Effect => ({
              kind: 'avoid',
              region,
              technique: 'scar-mobilization',
              message: 'Scar mobilization is for the incision itself, not the areas around it.',
            })),
      ),
    ],
  }),
  rule({
    id: 'condition/post-surgical-6-weeks',
    family: 'condition',
    source: 'S14',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('condition', 'post-surgical')],
    when: ({ intake }) => recentSurgeries(intake).length > 0,
    then: ({ intake }) => [
      { kind: 'requireClearance', clearance: 'surgeon', message: 'Within 6 weeks of surgery: the surgeon’s clearance before the first session.' },
      ...recentSurgeries(intake).map((entry): Effect => ({
        kind: 'addPrecaution',
        id: `surgical-restrictions-${entry.region ?? 'site'}`,
        message:
          entry.region === 'hip'
            ? `${surgeryName(entry)}: follow the surgeon’s hip precautions in every position and transfer (after a posterior approach typically no hip flexion past 90°, no crossing the midline, no inward rotation).`
            : `${surgeryName(entry)}: follow the surgeon’s movement and weight-bearing restrictions in positioning and any stretching.`,
      })),
    ],
  }),
])();
