import type { Catalog } from '../catalog/Catalog.js';
import type { Intake } from '../intake/IntakeSchema.js';
import type { OutcomeMeasureId } from '../intake/vocabulary.js';
import type { Effect } from './Effect.js';
import type { Condition, HistoryFlag, OutcomeMeasure } from '../catalog/CatalogSchema.js';
import { catalogEntry, conditionsOf, hasCondition, hasFlag, heatTechniques, techniquesReaching } from './facts.js';
import { defineRule as rule } from './defineRule.js';
import { triggerKey } from './data/triggers.js';
import type { Rule } from './Rule.js';

// The descriptions of the rules below are in ruleDescriptions.ts: documentation,
// which no recommendation carries, kept out of what recommendPlan bundles.

// The plan of care beyond the session itself (DESIGN §7): home care,
// aftercare, consents, the checks asked at every visit and the discharge
// criteria. Each item is an effect of a rule with its source; buildPlan keeps
// home care off whatever the plan excludes (heat, avoided regions) and keeps
// technique-bound items only when the technique is in the plan.

/**
 * The ids of the home-care and aftercare items the built-in care rules give,
 * with a short name each: the code systems of the FHIR export list them.
 * `joint-exercise-<region>` is one id per joint OARSI covers.
 */
export const CARE_ITEMS = {
  homeCare: [
    ['self-monitoring', 'Self-monitoring of pain and activities'],
    ['neck-exercise', 'Neck exercise'],
    ['back-exercise', 'Back exercise'],
    ['joint-exercise-knee', 'Knee exercise'],
    ['joint-exercise-hip', 'Hip exercise'],
    ['low-back-heat', 'Superficial heat for low back pain'],
    ['ergonomics', 'Ergonomics and posture'],
    ['carpal-tunnel-self-massage', 'Self-massage for carpal tunnel'],
    ['jaw-self-care', 'Jaw self-care'],
    ['headache-self-care', 'Headache self-care'],
    ['injury-peace', 'PEACE: the first days after a soft-tissue injury'],
    ['injury-love', 'LOVE: loading after a soft-tissue injury'],
    ['fibromyalgia-exercise', 'Exercise for fibromyalgia'],
  ],
  aftercare: [
    ['soreness', 'Soreness after deeper work'],
    ['seek-care', 'When to call or seek care'],
    ['heat', 'After heat'],
    ['intraoral', 'After intraoral work'],
  ],
} as const;

/**
 * Whether heat must not be suggested for home use: any flag the catalogue
 * marks `avoidHeat` (numb or poorly felt skin — neuropathy, diabetes — and
 * pregnancy, lymphedema: the same flags that rule out hot stones, read from
 * the data so a vendor's flag counts too), or an acute injury (no heat on
 * acute injuries; conservative: the client may not keep home heat off the
 * injured site).
 */
const heatRuledOut = (intake: Intake, catalog: Catalog): boolean =>
  (intake.history ?? []).some((entry) => catalogEntry<HistoryFlag>(catalog.historyFlags, entry.flag)?.avoidHeat === true) ||
  conditionsOf(intake, 'sports-injury').some((entry) => entry.acuity === 'acute');

// A vendor's measure (the FFI of plantar fasciitis) with a recovery cut-off
// counts like a built-in one; an id the catalogue does not hold, not at all.
const measureOf = (catalog: Catalog, id: OutcomeMeasureId): OutcomeMeasure | undefined => catalogEntry<OutcomeMeasure>(catalog.outcomeMeasures, id);

// The built-in wording says "hot stones"; a catalogue with other heat
// techniques (a vendor's hot towels) gets wording that names them all.
const heatWording = (catalog: Catalog): { after: string; where: string } => {
  const heat = heatTechniques(catalog);
  if (heat.every((id) => id === 'hot-stone')) return { after: 'hot stones', where: 'the stones were used' };
  const names = heat.map((id) => catalogEntry<{ name: string }>(catalog.techniques, id)?.name.toLowerCase() ?? id);
  return { after: `heat (${names.join(', ')})`, where: 'heat was used' };
};

/** Joints the OARSI osteoarthritis guideline covers (knee, hip; the ankle and others are not). */
const OARSI_REGIONS = ['knee', 'hip'] as const;

/** The measures the plan will track: the conditions' measures, and pain when a pain score was given or pain relief ticked. */
const trackedMeasures = (intake: Intake, catalog: Catalog): OutcomeMeasureId[] => [
  ...new Set([
    ...intake.conditions.flatMap((entry) => catalogEntry<Condition>(catalog.conditions, entry.condition)?.outcomeMeasures ?? []),
    ...(intake.goals.includes('pain-relief') || intake.conditions.some((entry) => entry.painScore !== undefined) ? (['pain-nrs'] as const) : []),
  ]),
];

/** Home care: self-care between sessions, per condition, where a guideline or source supports it. */
const homeCareRules: readonly Rule[] = /* @__PURE__ */ (() => [
  rule({
    id: 'care/self-monitoring',
    family: 'care',
    source: 'MP-DEFAULT',
    when: () => true,
    then: () => [
      {
        kind: 'addHomeCare',
        id: 'self-monitoring',
        message: 'Between sessions, note your pain and the everyday activities you could or could not do, to compare at the reassessment.',
      },
    ],
  }),
  rule({
    id: 'care/neck-exercise',
    family: 'care',
    source: 'S34',
    triggers: [triggerKey('condition', 'neck-pain')],
    when: ({ intake }) => hasCondition(intake, 'neck-pain'),
    then: () => [
      {
        kind: 'addHomeCare',
        id: 'neck-exercise',
        message: 'Daily neck and shoulder exercises as taught (gentle range of motion, then strengthening), within comfort; stop and tell the therapist if they bring on arm symptoms or dizziness.',
        regions: ['neck', 'shoulder'],
      },
    ],
  }),
  rule({
    id: 'care/back-exercise',
    family: 'care',
    source: 'NICE-NG59',
    triggers: [triggerKey('condition', 'low-back-pain'), triggerKey('condition', 'sciatica')],
    when: ({ intake }) => hasCondition(intake, 'low-back-pain') || hasCondition(intake, 'sciatica'),
    then: () => [
      {
        kind: 'addHomeCare',
        id: 'back-exercise',
        message: 'Stay active and keep up your usual activities as far as you can; follow an exercise programme (stretching, strengthening, walking or group exercise) as advised.',
        regions: ['lower-back'],
      },
    ],
  }),
  rule({
    id: 'care/joint-exercise',
    family: 'care',
    source: 'OARSI-2019',
    triggers: [triggerKey('condition', 'joint-pain')],
    when: ({ intake }) => conditionsOf(intake, 'joint-pain').some((entry) => OARSI_REGIONS.some((r) => r === entry.region)),
    then: ({ intake }) =>
      conditionsOf(intake, 'joint-pain').flatMap((entry): Effect[] => {
        const region = OARSI_REGIONS.find((r) => r === entry.region);
        return region === undefined
          ? []
          : [
              {
                kind: 'addHomeCare',
                id: `joint-exercise-${region}`,
                message: `Regular exercise for the ${region}: strengthening of the surrounding muscles and walking, built up gradually, as core care for joint pain.`,
                regions: [region],
              },
            ];
      }),
  }),
  rule({
    id: 'care/low-back-heat',
    family: 'care',
    source: 'S33',
    when: ({ intake, catalog }) =>
      conditionsOf(intake, 'low-back-pain').some((entry) => entry.acuity !== 'chronic') && !heatRuledOut(intake, catalog),
    then: () => [
      {
        kind: 'addHomeCare',
        id: 'low-back-heat',
        message: 'Superficial heat on the lower back (a warm pack or heat wrap, never hot enough to burn, with a layer between it and the skin) for short periods.',
        heat: true,
        regions: ['lower-back'],
      },
    ],
  }),
  rule({
    id: 'care/ergonomics',
    family: 'care',
    source: 'MP-DEFAULT',
    triggers: [triggerKey('condition', 'postural-imbalance'), triggerKey('condition', 'neck-pain'), triggerKey('condition', 'carpal-tunnel')],
    when: ({ intake }) => ['postural-imbalance', 'neck-pain', 'carpal-tunnel'].some((id) => intake.conditions.some((entry) => entry.condition === id)),
    then: () => [
      {
        kind: 'addHomeCare',
        id: 'ergonomics',
        message: 'Change position often: a short movement break every 30–45 minutes at a desk, the screen at eye level, wrists straight when typing.',
      },
    ],
  }),
  rule({
    id: 'care/carpal-tunnel-self-massage',
    family: 'care',
    source: 'S30',
    triggers: [triggerKey('condition', 'carpal-tunnel')],
    when: ({ intake }) => hasCondition(intake, 'carpal-tunnel'),
    then: () => [
      {
        kind: 'addHomeCare',
        id: 'carpal-tunnel-self-massage',
        message: 'Daily gentle self-massage of the forearm and palm as taught, a few minutes each side; stop if numbness or tingling increases.',
        regions: ['forearm', 'wrist-hand'],
      },
    ],
  }),
  rule({
    id: 'care/jaw-self-care',
    family: 'care',
    source: 'S54',
    triggers: [triggerKey('condition', 'tmj-disorder')],
    when: ({ intake }) => hasCondition(intake, 'tmj-disorder'),
    then: () => [
      {
        kind: 'addHomeCare',
        id: 'jaw-self-care',
        message: 'Rest the jaw: softer food during flares, no chewing gum, support the chin when yawning, and gentle circles on the cheek muscles as taught.',
        regions: ['jaw'],
      },
    ],
  }),
  rule({
    id: 'care/headache-self-care',
    family: 'care',
    source: 'S36',
    triggers: [triggerKey('condition', 'tension-headache')],
    when: ({ intake }) => hasCondition(intake, 'tension-headache'),
    then: () => [
      {
        kind: 'addHomeCare',
        id: 'headache-self-care',
        message: 'Gentle neck and shoulder-blade endurance exercises as taught, and a headache diary (days, intensity, triggers) to bring to each visit.',
        regions: ['neck', 'shoulder'],
      },
    ],
  }),
  rule({
    id: 'care/sports-injury-peace-love',
    family: 'care',
    source: 'DUBOIS-2020',
    triggers: [triggerKey('condition', 'sports-injury')],
    when: ({ intake }) => hasCondition(intake, 'sports-injury'),
    then: ({ intake }) =>
      conditionsOf(intake, 'sports-injury').map((entry): Effect =>
        entry.acuity === 'acute'
          ? {
              kind: 'addHomeCare',
              id: 'injury-peace',
              message: 'First days after the injury: protect and rest it, raise it, use compression; no heat on it; let pain guide when to start moving it again.',
            }
          : {
              kind: 'addHomeCare',
              id: 'injury-love',
              message: 'Load the injured area gradually as pain allows, keep up pain-free cardio exercise, and do the exercises your therapist or physiotherapist set.',
              ...(entry.region === undefined ? {} : { regions: [entry.region] }),
            },
      ),
  }),
  rule({
    id: 'care/fibromyalgia-exercise',
    family: 'care',
    source: 'S32',
    triggers: [triggerKey('condition', 'fibromyalgia')],
    when: ({ intake }) => hasCondition(intake, 'fibromyalgia'),
    then: () => [
      {
        kind: 'addHomeCare',
        id: 'fibromyalgia-exercise',
        message: 'Regular gentle exercise (walking, water exercise, stretching), started low and built up slowly; a flare is a reason to ease off, not to stop.',
      },
    ],
  }),
])();

/** Aftercare: what to expect after a session and when to call; no myths ("flushing toxins"). */
const aftercareRules: readonly Rule[] = /* @__PURE__ */ (() => [
  rule({
    id: 'aftercare/soreness',
    family: 'care',
    source: 'MP-DEFAULT',
    when: () => true,
    then: ({ catalog }) => [
      {
        kind: 'addAftercare',
        id: 'soreness',
        message: 'After firmer work you may feel sore, as after exercise, for a day or two; it should ease each day. Call the clinic if it lasts longer or gets worse.',
        techniques: [...techniquesReaching(catalog, 3)],
        minPressure: 3,
      },
    ],
  }),
  rule({
    id: 'aftercare/seek-care',
    family: 'care',
    source: 'WERNER-PATHOLOGY',
    when: () => true,
    then: () => [
      {
        kind: 'addAftercare',
        id: 'seek-care',
        message: 'Seek medical care promptly, and tell the clinic, for calf pain, swelling or warmth, chest pain or breathlessness, fever, new numbness or weakness, or loss of bladder or bowel control.',
      },
    ],
  }),
  rule({
    id: 'aftercare/heat',
    family: 'care',
    source: 'MP-DEFAULT',
    when: () => true,
    then: ({ catalog }) => [
      {
        kind: 'addAftercare',
        id: 'heat',
        message: `After ${heatWording(catalog).after} the skin may look pink for a few hours; call the clinic about redness that lasts, or any blister.`,
        techniques: [...heatTechniques(catalog)],
      },
    ],
  }),
  rule({
    id: 'aftercare/intraoral',
    family: 'care',
    source: 'S54',
    when: () => true,
    then: () => [
      {
        kind: 'addAftercare',
        id: 'intraoral',
        message: 'After work inside the mouth the jaw may feel tender for a day; soft food helps. Call the clinic if opening the mouth gets harder.',
        techniques: ['intraoral-tmj'],
      },
    ],
  }),
])();

/** Consents: informed consent always; intraoral work; a guardian under 18. */
const consentRules: readonly Rule[] = /* @__PURE__ */ (() => [
  rule({
    id: 'consent/informed',
    family: 'care',
    source: 'MP-DEFAULT',
    when: () => true,
    then: () => [
      {
        kind: 'addConsent',
        id: 'informed',
        message: 'Informed consent to this plan: the techniques, areas and pressure, the expected benefit, the risks (soreness, bruising), the alternatives, and the right to stop or change anything at any time.',
      },
    ],
  }),
  rule({
    id: 'consent/intraoral',
    family: 'care',
    source: 'S54',
    when: () => true,
    then: () => [
      {
        kind: 'addConsent',
        id: 'intraoral',
        message: 'Separate consent for intraoral work: gloved work inside the mouth on the jaw muscles, which the client can stop at any moment.',
        techniques: ['intraoral-tmj'],
      },
    ],
  }),
  rule({
    id: 'consent/guardian',
    family: 'care',
    source: 'MP-DEFAULT',
    when: ({ intake }) => intake.age !== undefined && intake.age < 18,
    then: ({ intake }) => [
      {
        kind: 'addConsent',
        id: 'guardian',
        message: `The client is ${String(intake.age)} (under 18): a parent’s or guardian’s written consent before the first session, and a guardian present if local rules require it.`,
      },
    ],
  }),
])();

/** Checks asked before every session, from the intake's conditions and flags. */
const sessionCheckRules: readonly Rule[] = /* @__PURE__ */ (() => [
  rule({
    id: 'check/red-flags',
    family: 'care',
    source: 'FINUCANE-2020',
    when: () => true,
    then: () => [
      {
        kind: 'addSessionCheck',
        id: 'red-flags',
        message: 'Since the last visit: any numbness around the groin or buttocks, bladder or bowel changes, weakness that is getting worse, fever, unexplained weight loss, constant night pain, or a sudden severe headache? If so, do not treat: refer.',
      },
    ],
  }),
  rule({
    id: 'check/calf',
    family: 'care',
    source: 'WERNER-PATHOLOGY',
    triggers: [triggerKey('condition', 'post-surgical'), triggerKey('history', 'pregnancy'), triggerKey('history', 'dvt')],
    when: ({ intake }) => hasCondition(intake, 'post-surgical') || hasFlag(intake, 'pregnancy') || hasFlag(intake, 'dvt'),
    then: () => [
      {
        kind: 'addSessionCheck',
        id: 'calf',
        message: 'Any calf pain, swelling, warmth or redness, or new breathlessness or chest pain? If so, no massage: refer the same day (possible clot), emergency care for breathlessness or chest pain.',
      },
    ],
  }),
  rule({
    id: 'check/blood-pressure',
    family: 'care',
    source: 'WERNER-PATHOLOGY',
    triggers: [triggerKey('history', 'hypertension')],
    when: ({ intake }) => hasFlag(intake, 'hypertension'),
    then: () => [
      {
        kind: 'addSessionCheck',
        id: 'blood-pressure',
        message: 'Blood pressure today, and any headache, dizziness or change in medication? A reading outside the physician’s target means no session today.',
      },
    ],
  }),
  rule({
    id: 'check/bruising',
    family: 'care',
    source: 'WERNER-PATHOLOGY',
    triggers: [triggerKey('history', 'anticoagulants'), triggerKey('history', 'bleeding-disorder'), triggerKey('history', 'severe-thrombocytopenia')],
    when: ({ intake }) => hasFlag(intake, 'anticoagulants') || hasFlag(intake, 'bleeding-disorder') || hasFlag(intake, 'severe-thrombocytopenia'),
    then: () => [
      {
        kind: 'addSessionCheck',
        id: 'bruising',
        message: 'Any bruising after the last session, new bruising or bleeding, or a change in blood-thinning medication?',
      },
    ],
  }),
  rule({
    id: 'check/bone-pain',
    family: 'care',
    source: 'WALTON-MEDICAL',
    triggers: [triggerKey('history', 'bone-metastasis')],
    when: ({ intake }) => hasFlag(intake, 'bone-metastasis'),
    then: () => [
      {
        kind: 'addSessionCheck',
        id: 'bone-pain',
        message: 'Any new or worse bone pain, or new weakness, numbness, or bladder or bowel changes? If so, no session: refer the same day.',
      },
    ],
  }),
  rule({
    id: 'check/lymphedema',
    family: 'care',
    source: 'WALTON-MEDICAL',
    triggers: [triggerKey('history', 'lymphedema')],
    when: ({ intake }) => hasFlag(intake, 'lymphedema'),
    then: () => [
      {
        kind: 'addSessionCheck',
        id: 'lymphedema',
        message: 'More swelling or heaviness in the limb, or redness, warmth or fever (possible infection)? If so, no work on that side: refer to the lymphedema therapist or physician.',
      },
    ],
  }),
  rule({
    id: 'check/skin-sensation',
    family: 'care',
    source: 'WERNER-PATHOLOGY',
    triggers: [triggerKey('history', 'diabetes'), triggerKey('history', 'peripheral-neuropathy')],
    when: ({ intake }) => hasFlag(intake, 'diabetes') || hasFlag(intake, 'peripheral-neuropathy'),
    then: () => [
      {
        kind: 'addSessionCheck',
        id: 'skin-sensation',
        message: 'Check the skin and sensation of the areas to be worked (cuts, sores, colour, numbness) before starting.',
      },
    ],
  }),
  rule({
    id: 'check/skin-after-heat',
    family: 'care',
    source: 'MP-DEFAULT',
    when: () => true,
    then: ({ catalog }) => [
      {
        kind: 'addSessionCheck',
        id: 'skin-after-heat',
        message: `Any redness, blistering or soreness of the skin where ${heatWording(catalog).where} last time?`,
        techniques: [...heatTechniques(catalog)],
      },
    ],
  }),
])();

/** Discharge criteria: goals met, recovery cut-offs, a plateau. */
const dischargeRules: readonly Rule[] = /* @__PURE__ */ (() => [
  rule({
    id: 'discharge/goals-met',
    family: 'care',
    source: 'CMS-100-02',
    when: () => true,
    then: () => [
      { kind: 'addDischargeCriterion', id: 'goals-met', message: 'Goals met: every goal of this plan reached at a reassessment.' },
    ],
  }),
  rule({
    id: 'discharge/recovered',
    family: 'care',
    source: 'S41',
    when: ({ intake, catalog }) => trackedMeasures(intake, catalog).some((id) => measureOf(catalog, id)?.recovered !== undefined),
    then: ({ intake, catalog }) => {
      const cutoffs = trackedMeasures(intake, catalog).flatMap((id) => {
        const measure = measureOf(catalog, id);
        if (measure?.recovered === undefined) return [];
        const bound = measure.recovered.score === (measure.better === 'lower' ? measure.min : measure.max) ? '' : measure.better === 'lower' ? ' or less' : ' or more';
        return [`${measure.name} ${measure.recovered.score}${bound}`];
      });
      return [
        {
          kind: 'addDischargeCriterion',
          id: 'recovered',
          message: `Recovered: ${cutoffs.join(' and ')} (recovery cut-offs), with every other tracked measure at its target.`,
        },
      ];
    },
  }),
  rule({
    id: 'discharge/plateau',
    family: 'care',
    source: 'S53',
    when: () => true,
    then: () => [
      {
        kind: 'addDischargeCriterion',
        id: 'plateau',
        message: 'Plateau: no meaningful change on any measure after 6 sessions, re-evaluate; still none by session 10, refer or discharge rather than continue.',
      },
    ],
  }),
])();

/**
 * Plan-of-care rules (family `care`): home care, aftercare, consents, checks
 * at every visit and discharge criteria, each from the intake's conditions,
 * flags and age, with its source.
 *
 * @example
 * careRules.find((r) => r.id === 'care/low-back-heat')?.source; // 'S33'
 */
export const careRules: readonly Rule[] = /* @__PURE__ */ (() => [...homeCareRules, ...aftercareRules, ...consentRules, ...sessionCheckRules, ...dischargeRules])();
