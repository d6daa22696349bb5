import * as z from 'zod';

/** Every condition the engine knows, as listed in DESIGN §2. */
export const CONDITION_IDS = [
  'low-back-pain',
  'neck-pain',
  'sports-injury',
  'tension-headache',
  'migraine',
  'sciatica',
  'carpal-tunnel',
  'joint-pain',
  'fibromyalgia',
  'tmj-disorder',
  'postural-imbalance',
  'post-surgical',
] as const;

/** Treatment goals a client can state. */
export const GOAL_IDS = [
  'pain-relief',
  'rehabilitation',
  'faster-healing',
  'range-of-motion',
  'sleep-and-energy',
  'stress-relief',
  'maintenance',
] as const;

/** Body regions, head to foot. */
export const REGION_IDS = [
  'head',
  'jaw',
  'neck',
  'shoulder',
  'upper-back',
  'lower-back',
  'chest',
  'abdomen',
  'upper-arm',
  'elbow',
  'forearm',
  'wrist-hand',
  'hip',
  'gluteal',
  'thigh',
  'knee',
  'lower-leg',
  'ankle-foot',
] as const;

/** Sides of the body. */
export const SIDES = ['left', 'right', 'both'] as const;

/** Massage and manual-therapy techniques in the catalogue. */
export const TECHNIQUE_IDS = [
  'swedish',
  'deep-tissue',
  'trigger-point',
  'myofascial-release',
  'neuromuscular',
  'cross-fiber-friction',
  'lymphatic-drainage',
  'scar-mobilization',
  'assisted-stretching',
  'positional-release',
  'passive-range-of-motion',
  'percussion',
  'intraoral-tmj',
  'hot-stone',
] as const;

/** Table positions. */
export const POSITIONS = ['prone', 'supine', 'side-lying', 'seated'] as const;

/** Weekdays, Monday first (ISO order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Clearances a clinician can give. */
export const CLEARANCE_IDS = ['physician', 'oncologist', 'surgeon', 'obstetrician'] as const;

/** History flags that mean "no massage now": refer or defer. */
export const NO_MASSAGE_FLAG_IDS = [
  'dvt',
  'fever',
  'contagious-illness',
  'uncontrolled-hypertension',
  'pregnancy-complication',
  'severe-thrombocytopenia',
] as const;

/** History flags that mean "avoid the area" (each needs its `region`). */
export const LOCAL_FLAG_IDS = [
  'varicose-veins',
  'open-wound',
  'skin-infection',
  'recent-fracture',
  'inflammatory-flare',
  'radiation-field',
  'implanted-device',
  'cellulitis',
  'aneurysm',
] as const;

/** History flags that mean "treat with changes" (precautions). */
export const MODIFY_FLAG_IDS = [
  'anticoagulants',
  'bleeding-disorder',
  'corticosteroids',
  'pain-medication',
  'osteoporosis',
  'peripheral-neuropathy',
  'pregnancy',
  'cancer',
  'bone-metastasis',
  'lymphedema',
  'heart-failure',
  'kidney-failure',
  'diabetes',
  'hypertension',
  'oil-allergy',
  'frailty',
] as const;

/** Health-history flags, grouped by contraindication tier as in DESIGN §2. */
export const HISTORY_FLAG_IDS = /* @__PURE__ */ (() => [...NO_MASSAGE_FLAG_IDS, ...LOCAL_FLAG_IDS, ...MODIFY_FLAG_IDS] as const)();

/** Red flags that call for a referral instead of treatment. */
export const RED_FLAG_IDS = [
  'saddle-anesthesia',
  'bladder-bowel-dysfunction',
  'progressive-weakness',
  'bilateral-leg-symptoms',
  'major-trauma',
  'unexplained-weight-loss',
  'cancer-history',
  'night-pain',
  'thunderclap-headache',
  'headache-pattern-change',
  'neurological-deficit',
  'vertebrobasilar-symptoms',
  'myelopathy-signs',
  'meningeal-signs',
  'thenar-atrophy',
  'calf-swelling',
  'incision-infection',
] as const;

/**
 * Outcome measures: the first seven with published (or catalogue-default)
 * meaningful-change thresholds; `sleep-nrs` and `stress-nrs` are 0–10 client
 * ratings for the sleep-and-energy and stress-relief goals, with a practice
 * default threshold (no published one).
 */
export const OUTCOME_MEASURE_IDS = ['pain-nrs', 'ndi', 'odi', 'rmdq', 'psfs', 'hdi', 'bctq', 'sleep-nrs', 'stress-nrs'] as const;

/** Severity as the therapist grades it. */
export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;

/** Acuity: acute < 4 weeks, subacute 4–12 weeks, chronic > 12 weeks. */
export const ACUITIES = ['acute', 'subacute', 'chronic'] as const;

/** Referral urgency, most urgent first. */
export const URGENCIES = ['emergency', 'urgent', 'routine'] as const;

// Every module-level value built by a call is marked pure (`/* @__PURE__ */`
// on the call, or on a function called at once when the value nests other
// calls, spreads or reads a property): a bundler drops what an app does not
// use, also from the single-file dist/index.js, where `"sideEffects": false`
// cannot drop a module (docs/performance.md, "Bundle").
export const ConditionIdSchema = /* @__PURE__ */ z.enum(CONDITION_IDS);
export const GoalIdSchema = /* @__PURE__ */ z.enum(GOAL_IDS);
export const RegionIdSchema = /* @__PURE__ */ z.enum(REGION_IDS);
export const SideSchema = /* @__PURE__ */ z.enum(SIDES);
export const TechniqueIdSchema = /* @__PURE__ */ z.enum(TECHNIQUE_IDS);
export const PositionSchema = /* @__PURE__ */ z.enum(POSITIONS);
export const WeekdaySchema = /* @__PURE__ */ z.enum(WEEKDAYS);
export const ClearanceIdSchema = /* @__PURE__ */ z.enum(CLEARANCE_IDS);
export const HistoryFlagIdSchema = /* @__PURE__ */ z.enum(HISTORY_FLAG_IDS);
export const RedFlagIdSchema = /* @__PURE__ */ z.enum(RED_FLAG_IDS);
export const OutcomeMeasureIdSchema = /* @__PURE__ */ z.enum(OUTCOME_MEASURE_IDS);
export const SeveritySchema = /* @__PURE__ */ z.enum(SEVERITIES);
export const AcuitySchema = /* @__PURE__ */ z.enum(ACUITIES);
export const UrgencySchema = /* @__PURE__ */ z.enum(URGENCIES);

/**
 * A condition the engine knows: one of {@link CONDITION_IDS}.
 *
 * @useDeclaredType
 */
export type ConditionId = z.infer<typeof ConditionIdSchema>;
/**
 * A treatment goal: one of {@link GOAL_IDS}.
 *
 * @useDeclaredType
 */
export type GoalId = z.infer<typeof GoalIdSchema>;
/**
 * A body region: one of {@link REGION_IDS}.
 *
 * @useDeclaredType
 */
export type RegionId = z.infer<typeof RegionIdSchema>;
/**
 * A side of the body: one of {@link SIDES}.
 *
 * @useDeclaredType
 */
export type Side = z.infer<typeof SideSchema>;
/**
 * A massage or manual-therapy technique: one of {@link TECHNIQUE_IDS}.
 *
 * @useDeclaredType
 */
export type TechniqueId = z.infer<typeof TechniqueIdSchema>;
/**
 * A table position: one of {@link POSITIONS}.
 *
 * @useDeclaredType
 */
export type Position = z.infer<typeof PositionSchema>;
/**
 * A weekday: one of {@link WEEKDAYS}.
 *
 * @useDeclaredType
 */
export type Weekday = z.infer<typeof WeekdaySchema>;
/**
 * A clearance a clinician can give: one of {@link CLEARANCE_IDS}.
 *
 * @useDeclaredType
 */
export type ClearanceId = z.infer<typeof ClearanceIdSchema>;
/**
 * A health-history flag: one of {@link HISTORY_FLAG_IDS}.
 *
 * @useDeclaredType
 */
export type HistoryFlagId = z.infer<typeof HistoryFlagIdSchema>;
/**
 * A red flag that calls for a referral: one of {@link RED_FLAG_IDS}.
 *
 * @useDeclaredType
 */
export type RedFlagId = z.infer<typeof RedFlagIdSchema>;
/**
 * An outcome measure: one of {@link OUTCOME_MEASURE_IDS}.
 *
 * @useDeclaredType
 */
export type OutcomeMeasureId = z.infer<typeof OutcomeMeasureIdSchema>;
/**
 * Severity as the therapist grades it: one of {@link SEVERITIES}.
 *
 * @useDeclaredType
 */
export type Severity = z.infer<typeof SeveritySchema>;
/**
 * Acuity (acute < 4 weeks, subacute 4–12 weeks, chronic > 12 weeks): one of {@link ACUITIES}.
 *
 * @useDeclaredType
 */
export type Acuity = z.infer<typeof AcuitySchema>;
/**
 * Referral urgency: one of {@link URGENCIES}.
 *
 * @useDeclaredType
 */
export type Urgency = z.infer<typeof UrgencySchema>;

/**
 * The fewest sessions per week a dose or a phase may plan: one session every
 * 12 weeks. A plan of care is certified for 90 days, so a rarer frequency
 * could not place a session within it; and 1 ÷ a vanishing frequency is no
 * interval at all (a vendor's dose of 5e-324 sessions a week made "every
 * Infinity weeks", found by the catalogue fuzzer).
 *
 * @example
 * MIN_SESSIONS_PER_WEEK * 12; // 1
 */
export const MIN_SESSIONS_PER_WEEK = 1 / 12;

/**
 * The schema of a dose's or a phase's sessions per week: at least
 * {@link MIN_SESSIONS_PER_WEEK}, at most `max`, each bound in plain words.
 *
 * @param max - the most sessions per week allowed (2 for a catalogue dose, 7 for a phase)
 * @returns the number schema
 * @example
 * sessionsPerWeekSchema(2).safeParse(0.01).success; // false
 */
export const sessionsPerWeekSchema = (max: number) =>
  z
    .number()
    .min(MIN_SESSIONS_PER_WEEK, { error: 'must be at least 1/12 (one session every 12 weeks; a plan of care is certified for 90 days)' })
    .max(max, { error: `must be at most ${max}` });
