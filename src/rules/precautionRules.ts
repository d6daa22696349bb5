import type { Effect, PressureLevel } from './Effect.js';
import { addCalendarDays, type CalendarDate } from '../calendar/calendarDate.js';
import type { RegionId } from '../intake/vocabulary.js';
import { hasFlag, heatTechniques, historyWith, regionsInScope, sideOf, targetRegionsOf } from './facts.js';
import { defineRule as rule } from './defineRule.js';
import { triggerKey } from './data/triggers.js';
import { dataRule } from './data/dataRule.js';
import type { Rule } from './Rule.js';
import type { Intake } from '../intake/IntakeSchema.js';
import type { HistoryFlag } from '../catalog/CatalogSchema.js';

// The descriptions of the rules below are in ruleDescriptions.ts: documentation,
// which no recommendation carries, kept out of what recommendPlan bundles.

/** Week of gestation from which prone is avoided: the second trimester (practice-level). */
export const PRONE_LIMIT_WEEKS = 14;
/** Week of gestation from which flat supine is avoided (practice-level; supine hypotension). */
export const SUPINE_LIMIT_WEEKS = 22;
/** The due date, in weeks of gestation: no sessions from it without the obstetrician. */
export const DUE_WEEKS = 40;
/** Age of majority for consent and the adult dose. */
export const ADULT_AGE = 18;
/** Longest session under {@link ADULT_AGE} (practice default). */
export const MINOR_MAX_MINUTES = 45;
/** Age from which pressure is gentler and prone time limited (practice default). */
export const OLDER_AGE = 80;

// Legs and inner thighs in pregnancy: the adductors and psoas lie in the hip
// and thigh, the calf veins in the lower leg.
const PREGNANCY_LEG_REGIONS: readonly RegionId[] = ['hip', 'thigh', 'lower-leg'];

/** Weeks of gestation at the intake (the most advanced entry). */
export const pregnancyWeeks = (intake: Intake): number =>
  Math.max(0, ...historyWith(intake, 'pregnancy').map((entry) => entry.weeks ?? SUPINE_LIMIT_WEEKS));

/** The calendar date at which the pregnancy reaches `week`, counted from the intake. */
export const dateAtWeek = (intake: Intake, week: number): CalendarDate =>
  addCalendarDays(intake.assessedOn, Math.round((week - pregnancyWeeks(intake)) * 7));


const bleedingRisk = (flag: 'anticoagulants' | 'bleeding-disorder', label: string): Rule =>
  dataRule({
    id: `precaution/${flag}`,
    family: 'precaution',
    description: `${label}: pressure at most 2; no deep tissue, cross-fiber friction or percussion (bruising and bleeding risk).`,
    source: 'WERNER-PATHOLOGY',
    when: { history: flag },
    then: [
      { kind: 'capPressure', max: 2, message: `${label}: bruising and bleeding risk.` },
      { kind: 'avoid', technique: 'deep-tissue', message: `${label}: bruising and bleeding risk.` },
      { kind: 'avoid', technique: 'cross-fiber-friction', message: `${label}: bruising and bleeding risk.` },
      { kind: 'avoid', technique: 'percussion', message: `${label}: bruising and bleeding risk.` },
    ],
  });

/** Flags that allow treatment with changes: caps, exclusions, positions, clearances. */
export const precautionRules: readonly Rule[] = /* @__PURE__ */ (() => [
  bleedingRisk('anticoagulants', 'Anticoagulants'),
  bleedingRisk('bleeding-disorder', 'Bleeding disorder'),
  dataRule({
    id: 'precaution/corticosteroids',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    when: { history: 'corticosteroids' },
    then: [{ kind: 'capPressure', max: 3, message: 'Long-term corticosteroids: connective tissue is weaker.' }],
  }),
  dataRule({
    id: 'precaution/pain-medication',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    when: { history: 'pain-medication' },
    then: [
      { kind: 'capPressure', max: 3, message: 'Pain medication masks pain feedback.' },
      { kind: 'addPrecaution', id: 'pressure-check-ins', message: 'Pain medication masks feedback: check pressure with the client often.' },
    ],
  }),
  dataRule({
    id: 'precaution/osteoporosis',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    when: { history: 'osteoporosis' },
    then: [
      { kind: 'capPressure', max: 2, message: 'Osteoporosis: fragile bone.' },
      { kind: 'avoid', technique: 'deep-tissue', message: 'Osteoporosis: fragile bone.' },
      { kind: 'avoid', technique: 'percussion', message: 'Osteoporosis: fragile bone.' },
      { kind: 'avoid', technique: 'assisted-stretching', message: 'Osteoporosis: no forceful stretching or joint work.' },
      { kind: 'avoid', position: 'prone', message: 'Osteoporosis: prone loads the ribs and spine.' },
      { kind: 'allowPositions', positions: ['side-lying', 'supine', 'seated'], message: 'Osteoporosis: side-lying or bolstered supine.' },
      { kind: 'addPrecaution', id: 'osteoporosis-transfers', message: 'Osteoporosis: bolster supine positions and help with transfers on and off the table.' },
    ],
  }),
  dataRule({
    id: 'precaution/diabetes',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    when: { history: 'diabetes' },
    then: [{ kind: 'addPrecaution', id: 'diabetes-skin-check', message: 'Diabetes: check skin integrity and sensation before each session.' }],
  }),
  dataRule({
    id: 'precaution/hypertension',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    when: { history: 'hypertension' },
    then: [
      { kind: 'avoid', technique: 'percussion', message: 'Hypertension: avoid vigorous techniques.' },
      { kind: 'addPrecaution', id: 'blood-pressure-check-ins', message: 'Hypertension: check in on how the client feels during the session; avoid vigorous work.' },
    ],
  }),
  rule({
    id: 'precaution/pregnancy',
    family: 'precaution',
    source: 'MUELLER-2021',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('history', 'pregnancy')],
    when: ({ intake }) => hasFlag(intake, 'pregnancy'),
    then: ({ intake }) => {
      const weeks = pregnancyWeeks(intake);
      const fromWeek = (week: number): { from?: string } => (weeks >= week ? {} : { from: dateAtWeek(intake, week) });
      return [
        { kind: 'avoid', position: 'prone', ...fromWeek(PRONE_LIMIT_WEEKS), message: 'Pregnancy past the first trimester: no prone (not without a pregnancy table system made for it).' },
        {
          kind: 'avoid',
          position: 'supine',
          ...fromWeek(SUPINE_LIMIT_WEEKS),
          message: 'Pregnancy from about 22 weeks: no flat supine (the uterus presses on the vena cava); semi-reclined with the torso raised, or a wedge for left tilt, instead.',
        },
        { kind: 'avoid', region: 'abdomen', message: 'Pregnancy: no abdominal massage.' },
        ...PREGNANCY_LEG_REGIONS.map((region): Effect => ({
          kind: 'capRegionPressure',
          region,
          max: 2,
          message: 'Pregnancy: light pressure on the legs and inner thighs (clotting risk).',
        })),
        // The adductors and psoas lie in the femoral triangle: light contact only.
        ...(['hip', 'thigh'] as const).map((region): Effect => ({
          kind: 'capRegionPressure',
          region,
          site: 'femoral triangle',
          max: 1,
          message: 'Pregnancy: adductors and psoas protected, light contact only (femoral vessels, clotting risk).',
        })),
      ];
    },
  }),
  rule({
    id: 'precaution/pregnancy-first-trimester',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('history', 'pregnancy')],
    when: ({ intake }) => hasFlag(intake, 'pregnancy') && pregnancyWeeks(intake) < PRONE_LIMIT_WEEKS,
    then: () => [
      {
        kind: 'addPrecaution',
        id: 'pregnancy-first-trimester',
        message:
          'First trimester: no deep abdominal work; position for comfort (nausea, tender breasts); stop and refer to the obstetric team for bleeding, cramping or pain.',
      },
    ],
  }),
  rule({
    id: 'precaution/pregnancy-due-date',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('history', 'pregnancy')],
    when: ({ intake }) => hasFlag(intake, 'pregnancy'),
    then: ({ intake }) =>
      pregnancyWeeks(intake) >= DUE_WEEKS
        ? [{ kind: 'defer', until: 'clearance', message: 'Pregnancy at or past the due date: only with the obstetrician’s clearance.', clearedBy: 'obstetrician' }]
        : [
            {
              kind: 'endBy',
              date: dateAtWeek(intake, DUE_WEEKS),
              message: `No sessions from the due date (about ${dateAtWeek(intake, DUE_WEEKS)}) without the obstetrician’s clearance.`,
              clearedBy: 'obstetrician',
            },
          ],
  }),
  rule({
    id: 'precaution/cancer',
    family: 'precaution',
    source: 'WALTON-MEDICAL',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('history', 'cancer')],
    when: ({ intake }) => hasFlag(intake, 'cancer'),
    then: ({ intake }) => [
      { kind: 'requireClearance', clearance: 'oncologist', message: 'Cancer in active treatment: oncologist clearance before the first session.' },
      ...historyWith(intake, 'cancer').map((entry): Effect =>
        entry.region === undefined
          ? { kind: 'capPressure', max: 2, message: 'Cancer, site not given: pressure at most 2 everywhere.' }
          : { kind: 'avoid', region: entry.region, ...sideOf(entry), message: 'Cancer: no pressure over the tumour site.' },
      ),
    ],
  }),
  rule({
    id: 'precaution/bone-metastasis',
    family: 'precaution',
    source: 'WALTON-MEDICAL',
    // Only with these in the intake (the index skips the rule otherwise; test/engine/ruleIndex.prop.test.ts).
    triggers: [triggerKey('history', 'bone-metastasis')],
    when: ({ intake }) => hasFlag(intake, 'bone-metastasis'),
    then: ({ intake }) => [
      { kind: 'requireClearance', clearance: 'physician', message: 'Bone metastasis: physician sign-off before the first session.' },
      ...historyWith(intake, 'bone-metastasis').flatMap((entry): Effect[] =>
        entry.region === undefined
          ? [
              { kind: 'capPressure', max: 1, message: 'Bone metastasis, site not given: light contact only.' },
              { kind: 'avoid', position: 'prone', message: 'Bone metastasis, site not given: no prone (the table loads the spine and ribs).' },
            ]
          : [{ kind: 'avoid', region: entry.region, ...sideOf(entry), message: 'Bone metastasis: no pressure over affected bone.' }],
      ),
    ],
  }),
  dataRule({
    id: 'precaution/lymphedema',
    family: 'precaution',
    source: 'WALTON-MEDICAL',
    when: { history: 'lymphedema' },
    then: [
      { kind: 'avoid', technique: 'lymphatic-drainage', message: 'Lymphedema: lymphatic drainage only by a certified lymphedema therapist, outside this plan.' },
    ],
  }),
  ...(['heart-failure', 'kidney-failure'] as const).map((flag) =>
    dataRule({
      id: `precaution/${flag}`,
      family: 'precaution',
      description: `${flag === 'heart-failure' ? 'Heart failure' : 'Kidney failure'}: no lymphatic drainage (fluid load); physician clearance. Partly practice-level.`,
      source: 'S9',
      when: { history: flag },
      then: [
        { kind: 'avoid', technique: 'lymphatic-drainage', message: 'Lymphatic drainage moves fluid the heart and kidneys must handle.' },
        { kind: 'requireClearance', clearance: 'physician', message: 'Heart or kidney failure: physician clearance before the first session.' },
      ],
    }),
  ),
  rule({
    id: 'precaution/oil-allergy',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    when: ({ intake }) => hasFlag(intake, 'oil-allergy') || intake.preferences?.avoidOils === true,
    then: () => [{ kind: 'addPrecaution', id: 'oil-free-medium', message: 'Use an oil-free, fragrance-free medium (oil allergy or preference).' }],
  }),
  rule({
    id: 'precaution/flag-pressure',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    when: ({ intake, catalog }) => (intake.history ?? []).some((entry) => catalog.historyFlags[entry.flag].maxPressure !== undefined),
    then: ({ intake, catalog }) =>
      (intake.history ?? []).flatMap((entry): Effect[] => {
        const flag = catalog.historyFlags[entry.flag];
        if (flag.maxPressure === undefined) return [];
        const max = flag.maxPressure as PressureLevel;
        const message = `${flag.name}: ${flag.effect}`;
        return entry.region === undefined
          ? [{ kind: 'capPressure', max, message }]
          : regionsInScope(catalog, entry.region, flag.scope).map((region): Effect => ({ kind: 'capRegionPressure', region, ...sideOf(entry), max, message }));
      }),
  }),
  rule({
    id: 'precaution/flag-restrictions',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    when: ({ intake, catalog }) =>
      (intake.history ?? []).some((entry) => {
        const flag = catalog.historyFlags[entry.flag];
        return flag.avoidTechniques !== undefined || flag.avoidPositions !== undefined || flag.requiresClearance !== undefined;
      }),
    then: ({ intake, catalog }) =>
      (intake.history ?? []).flatMap((entry): Effect[] => {
        const flag = catalog.historyFlags[entry.flag];
        const message = `${flag.name}: ${flag.effect}`;
        // Techniques are ruled out where the flag reaches; positions and clearances concern the whole client.
        const reach = entry.region === undefined ? [undefined] : regionsInScope(catalog, entry.region, flag.scope);
        return [
          ...(flag.avoidTechniques ?? []).flatMap((technique) =>
            reach.map((region): Effect => ({ kind: 'avoid', technique, ...(region === undefined ? {} : { region, ...sideOf(entry) }), message })),
          ),
          ...(flag.avoidPositions ?? []).map((position): Effect => ({ kind: 'avoid', position, message })),
          ...(flag.requiresClearance === undefined ? [] : [{ kind: 'requireClearance' as const, clearance: flag.requiresClearance, message }]),
        ];
      }),
  }),
  rule({
    id: 'precaution/no-heat',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    when: ({ intake, catalog }) => (intake.history ?? []).some((entry) => catalog.historyFlags[entry.flag].avoidHeat === true),
    then: ({ intake, catalog }) => {
      const names = [...new Set((intake.history ?? []).filter((e) => catalog.historyFlags[e.flag].avoidHeat === true).map((e) => catalog.historyFlags[e.flag].name))];
      return heatTechniques(catalog).map((technique): Effect => ({
        kind: 'avoid',
        technique,
        message: `No heat: ${names.join(', ')}.`,
      }));
    },
  }),
  rule({
    id: 'precaution/minor',
    family: 'precaution',
    source: 'MP-DEFAULT',
    when: ({ intake }) => intake.age !== undefined && intake.age < ADULT_AGE,
    then: () => [
      { kind: 'capPressure', max: 3, message: `Under ${ADULT_AGE}: gentler pressure (3 at most).` },
      { kind: 'capMinutes', max: MINOR_MAX_MINUTES, message: `Under ${ADULT_AGE}: the studied doses are adult doses; shorter sessions (practice default).` },
      {
        kind: 'addPrecaution',
        id: 'minor-dose',
        message: `Under ${ADULT_AGE}: no trial supports the adult dose for children or teenagers; this plan uses shorter, gentler sessions and an early reassessment.`,
      },
    ],
  }),
  rule({
    id: 'precaution/older-age',
    family: 'precaution',
    source: 'MP-DEFAULT',
    when: ({ intake }) => (intake.age ?? 0) >= OLDER_AGE || hasFlag(intake, 'frailty'),
    then: () => [
      { kind: 'capPressure', max: 3, message: `Age ${OLDER_AGE}+ or frailty: thinner skin and more fragile tissue; gentler pressure.` },
      {
        kind: 'addPrecaution',
        id: 'older-age-positioning',
        message: 'Older age or frailty: limit time prone (about 10 minutes, well bolstered) and prefer side-lying or semi-reclined; help with transfers on and off the table.',
      },
    ],
  }),
  rule({
    id: 'precaution/endangerment-sites',
    family: 'precaution',
    source: 'WERNER-PATHOLOGY',
    when: ({ intake, catalog }) =>
      intake.conditions.some((entry) => targetRegionsOf(entry, catalog).some((region) => catalog.regions[region].endangermentSites.length > 0)),
    then: ({ intake, catalog }) => {
      const sites = [
        ...new Set(
          intake.conditions.flatMap((entry) => targetRegionsOf(entry, catalog).flatMap((region) => catalog.regions[region].endangermentSites)),
        ),
      ];
      return [{ kind: 'addPrecaution', id: 'endangerment-sites', message: `Light or no pressure over endangerment sites: ${sites.join(', ')}.` }];
    },
  }),
])();

/**
 * The rule of a vendor's precaution flag: the flag's precaution in the plan
 * (its caps, exclusions and clearance come from `precaution/flag-pressure`,
 * `precaution/no-heat` and `precaution/flag-restrictions`, which read its
 * data). The built-in flags have their own rules above.
 *
 * @param entry - the flag's catalogue entry
 * @returns the rule `precaution/<id>`
 */
export const flagPrecautionRule = (entry: HistoryFlag): Rule =>
  rule({
    id: `precaution/${entry.id}`,
    family: 'precaution',
    description: `${entry.name}: ${entry.effect}`,
    source: entry.sources[0] ?? 'MP-DEFAULT',
    triggers: [triggerKey('history', entry.id)],
    when: ({ intake }) => hasFlag(intake, entry.id as never),
    then: ({ catalog }) => {
      const flag = catalog.historyFlags[entry.id as never] as HistoryFlag;
      return [{ kind: 'addPrecaution', id: `flag-${flag.id}`, message: `${flag.name}: ${flag.effect}` }];
    },
  });
