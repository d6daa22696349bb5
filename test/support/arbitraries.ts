import fc from 'fast-check';
import { addCalendarDays } from '../../src/calendar/calendarDate.js';
import {
  CONDITIONS_NEEDING_REGION,
  FLAGS_NEEDING_REGION,
  OUTCOME_SCORE_RANGES,
  type IntakeInput,
} from '../../src/intake/IntakeSchema.js';
import {
  ACUITIES,
  CLEARANCE_IDS,
  CONDITION_IDS,
  GOAL_IDS,
  HISTORY_FLAG_IDS,
  OUTCOME_MEASURE_IDS,
  POSITIONS,
  RED_FLAG_IDS,
  REGION_IDS,
  SEVERITIES,
  SIDES,
  WEEKDAYS,
  type HistoryFlagId,
  type OutcomeMeasureId,
  type RedFlagId,
} from '../../src/intake/vocabulary.js';

// Valid intakes BY CONSTRUCTION: no `.filter`, no `fc.pre`. Every cross-field
// rule of IntakeSchema holds because of how the values are built:
// - dates are day offsets from BASE_DATE, so `onset ≤ assessedOn`,
//   `startDate ≥ assessedOn` and `authorizedUntil ≥ start` hold by arithmetic;
// - a region is always generated alongside, and used whenever the condition
//   or history flag requires one;
// - pregnancy always carries weeks;
// - every list stays inside its bounds.
// Dependent values are drawn independently and combined in `.map`, never with
// `.chain`, so counterexamples shrink well.

type ConditionInput = IntakeInput['conditions'][number];
type HistoryInput = NonNullable<IntakeInput['history']>[number];
type ScoreInput = NonNullable<IntakeInput['scores']>[number];
type PreferencesInput = NonNullable<IntakeInput['preferences']>;
type AvailabilityInput = NonNullable<IntakeInput['availability']>;

/** Day 0 of generated dates. assessedOn lies within about 12 years after it (several leap days). */
export const BASE_DATE = '2020-01-01';
const MAX_ASSESSED_OFFSET = 12 * 366;

const region = fc.constantFrom(...REGION_IDS);
const side = fc.constantFrom(...SIDES);

/**
 * Days back from assessedOn. Small offsets are common so the timed rules
 * (72 hours after an injury, 3 and 6 weeks after surgery, the 4- and 12-week
 * acuity limits) are crossed often.
 */
const daysBefore = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3000 }) },
);

/** A condition entry before its onset is turned into a date. */
const conditionDraftArbitrary = fc.record(
  {
    condition: fc.constantFrom(...CONDITION_IDS),
    severity: fc.constantFrom(...SEVERITIES),
    painScore: fc.integer({ min: 0, max: 10 }),
    onsetDaysBefore: daysBefore,
    acuity: fc.constantFrom(...ACUITIES),
    region,
    /** Used only when the condition requires a region and `region` was left out. */
    requiredRegion: region,
    side,
    /** Named only for post-surgical entries with an onset (the surgery date is the onset). */
    surgeryType: fc.constantFrom('total knee arthroplasty', 'hip arthroplasty', 'lumbar discectomy', 'rotator cuff repair'),
  },
  { requiredKeys: ['condition', 'severity', 'requiredRegion'] },
);
type ConditionDraft = typeof conditionDraftArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toConditionEntry(draft: ConditionDraft, assessedOn: string): ConditionInput {
  const { condition, severity, painScore, onsetDaysBefore, acuity, side: chosenSide, requiredRegion } = draft;
  const regionId = draft.region ?? (CONDITIONS_NEEDING_REGION.includes(condition) ? requiredRegion : undefined);
  const onset = onsetDaysBefore === undefined ? undefined : addCalendarDays(assessedOn, -onsetDaysBefore);
  const surgery =
    condition === 'post-surgical' && onset !== undefined && draft.surgeryType !== undefined ? { type: draft.surgeryType, date: onset } : undefined;
  return {
    condition,
    severity,
    ...(painScore === undefined ? {} : { painScore }),
    ...(onsetDaysBefore === undefined ? {} : { onset: addCalendarDays(assessedOn, -onsetDaysBefore) }),
    ...(acuity === undefined ? {} : { acuity }),
    ...(regionId === undefined ? {} : { region: regionId }),
    ...(chosenSide === undefined ? {} : { side: chosenSide }),
    ...(surgery === undefined ? {} : { surgery }),
  };
}

/**
 * One valid condition entry for an intake assessed on `assessedOn`: a region
 * whenever the condition requires one, onset never after `assessedOn`.
 */
export const conditionEntryArbitrary = (assessedOn: string): fc.Arbitrary<ConditionInput> =>
  conditionDraftArbitrary.map((draft) => toConditionEntry(draft, assessedOn));

/**
 * One valid history entry over all 30 flags (or the flags given): a region
 * whenever the flag requires one (local tier, peripheral neuropathy), weeks
 * always for pregnancy.
 */
export const historyEntryArbitrary = (
  flags: readonly HistoryFlagId[] = HISTORY_FLAG_IDS,
): fc.Arbitrary<HistoryInput> =>
  fc
    .record(
      {
        flag: fc.constantFrom(...flags),
        region,
        requiredRegion: region,
        side,
        weeks: fc.integer({ min: 0, max: 60 }),
        /** Weeks of gestation, used for pregnancy when `weeks` was left out. */
        requiredWeeks: fc.integer({ min: 0, max: 42 }),
      },
      { requiredKeys: ['flag', 'requiredRegion', 'requiredWeeks'] },
    )
    .map((draft): HistoryInput => {
      const regionId = draft.region ?? (FLAGS_NEEDING_REGION.includes(draft.flag) ? draft.requiredRegion : undefined);
      const weeks = draft.weeks ?? (draft.flag === 'pregnancy' ? draft.requiredWeeks : undefined);
      return {
        flag: draft.flag,
        ...(regionId === undefined ? {} : { region: regionId }),
        ...(draft.side === undefined ? {} : { side: draft.side }),
        ...(weeks === undefined ? {} : { weeks }),
      };
    });

/** One red flag. */
export const redFlagArbitrary: fc.Arbitrary<RedFlagId> = fc.constantFrom(...RED_FLAG_IDS);

/** 0–4 distinct red flags; none in most intakes so that plans are common too. */
export const redFlagsArbitrary: fc.Arbitrary<RedFlagId[]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null).map((): RedFlagId[] => []) },
  { weight: 2, arbitrary: fc.subarray([...RED_FLAG_IDS], { maxLength: 4 }) },
);

/** A subset of the clearances (possibly empty). */
export const clearancesArbitrary = fc.subarray([...CLEARANCE_IDS]);

/** A score within the measure's range; steps of 1 on wide scales, 0.1 on narrow ones. */
export const scoreArbitrary: fc.Arbitrary<ScoreInput> = fc
  .record({ measure: fc.constantFrom(...OUTCOME_MEASURE_IDS), fraction: fc.integer({ min: 0, max: 1000 }) })
  .map(({ measure, fraction }) => ({ measure, value: scoreValue(measure, fraction) }));

function scoreValue(measure: OutcomeMeasureId, fraction: number): number {
  const [min, max] = OUTCOME_SCORE_RANGES[measure];
  const step = max - min >= 10 ? 1 : 0.1;
  const steps = Math.round((max - min) / step);
  const k = Math.round((fraction / 1000) * steps);
  return Math.min(max, Math.round((min + k * step) * 10) / 10);
}

/** 0–7 scores (a measure may repeat). */
export const scoresArbitrary = fc.array(scoreArbitrary, { maxLength: 7 });

/** Preferences: each field optional; at most 3 positions avoided, so one stays allowed. */
export const preferencesArbitrary: fc.Arbitrary<PreferencesInput> = fc.record(
  {
    maxPressure: fc.integer({ min: 1, max: 5 }),
    maxSessionMinutes: fc.oneof(fc.integer({ min: 15, max: 240 }), fc.constantFrom(15, 30, 45, 60, 90)),
    hotStones: fc.boolean(),
    avoidOils: fc.boolean(),
    avoidPositions: fc.subarray([...POSITIONS], { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/**
 * Availability relative to `assessedOn`: startDate on or after it,
 * authorizedUntil on or after the start (explicit or assessedOn), blackouts
 * around the start, 1–40 sessions authorized, a non-empty set of weekdays.
 */
export const availabilityArbitrary = (assessedOn: string): fc.Arbitrary<AvailabilityInput> =>
  fc
    .record(
      {
        startDaysAfter: fc.integer({ min: 0, max: 60 }),
        weekdays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
        blackoutDaysAfterStart: fc.array(fc.integer({ min: -10, max: 120 }), { maxLength: 12 }),
        maxSessions: fc.integer({ min: 1, max: 40 }),
        authorizedDaysAfterStart: fc.integer({ min: 0, max: 200 }),
      },
      { requiredKeys: [] },
    )
    .map((draft): AvailabilityInput => {
      const start = addCalendarDays(assessedOn, draft.startDaysAfter ?? 0);
      return {
        ...(draft.startDaysAfter === undefined ? {} : { startDate: start }),
        ...(draft.weekdays === undefined ? {} : { weekdays: draft.weekdays }),
        ...(draft.blackoutDaysAfterStart === undefined
          ? {}
          : { blackoutDates: draft.blackoutDaysAfterStart.map((d) => addCalendarDays(start, d)) }),
        ...(draft.maxSessions === undefined ? {} : { maxSessions: draft.maxSessions }),
        ...(draft.authorizedDaysAfterStart === undefined
          ? {}
          : { authorizedUntil: addCalendarDays(start, draft.authorizedDaysAfterStart) }),
      };
    });

/** Options of {@link intakeArbitrary}. */
export interface IntakeArbitraryOptions {
  /** History flags to draw from (default: all 30). */
  historyFlags?: readonly HistoryFlagId[];
  /** Most history entries (default 6). */
  maxHistory?: number;
  /** Red flags (default {@link redFlagsArbitrary}: none in most intakes, up to 4). */
  redFlags?: fc.Arbitrary<RedFlagId[]>;
}

/**
 * Valid intakes by construction, covering every field of DESIGN §2: 1–6
 * conditions, 1–7 goals, 0–6 history entries over all 30 flags, 0–4 red
 * flags, clearances, and optional age, scores, preferences and availability.
 * Every generated value passes `parseIntake`.
 */
export function intakeArbitrary(options: IntakeArbitraryOptions = {}): fc.Arbitrary<IntakeInput> {
  const { historyFlags = HISTORY_FLAG_IDS, maxHistory = 6, redFlags = redFlagsArbitrary } = options;
  return fc
    .record(
      {
        assessedOffset: fc.integer({ min: 0, max: MAX_ASSESSED_OFFSET }),
        age: fc.integer({ min: 0, max: 120 }),
        conditions: fc.array(conditionDraftArbitrary, { minLength: 1, maxLength: 6 }),
        goals: fc.subarray([...GOAL_IDS], { minLength: 1 }),
        history: fc.array(historyEntryArbitrary(historyFlags), { maxLength: maxHistory }),
        scores: scoresArbitrary,
        redFlags,
        clearances: clearancesArbitrary,
        preferences: preferencesArbitrary,
        // Drawn relative to day 0 and shifted to assessedOn in `.map`.
        availability: availabilityArbitrary(BASE_DATE),
      },
      { requiredKeys: ['assessedOffset', 'conditions', 'goals'] },
    )
    .map((draft): IntakeInput => {
      const assessedOn = addCalendarDays(BASE_DATE, draft.assessedOffset);
      return {
        assessedOn,
        ...(draft.age === undefined ? {} : { age: draft.age }),
        conditions: draft.conditions.map((c) => toConditionEntry(c, assessedOn)),
        goals: draft.goals,
        ...(draft.history === undefined ? {} : { history: draft.history }),
        ...(draft.scores === undefined ? {} : { scores: draft.scores }),
        ...(draft.redFlags === undefined ? {} : { redFlags: draft.redFlags }),
        ...(draft.clearances === undefined ? {} : { clearances: draft.clearances }),
        ...(draft.preferences === undefined ? {} : { preferences: draft.preferences }),
        ...(draft.availability === undefined
          ? {}
          : { availability: shiftAvailability(draft.availability, draft.assessedOffset) }),
      };
    });
}

// Availability drawn relative to BASE_DATE, moved to the same offsets from assessedOn.
function shiftAvailability(availability: AvailabilityInput, days: number): AvailabilityInput {
  const shift = (date: string): string => addCalendarDays(date, days);
  return {
    ...(availability.startDate === undefined ? {} : { startDate: shift(availability.startDate) }),
    ...(availability.weekdays === undefined ? {} : { weekdays: availability.weekdays }),
    ...(availability.blackoutDates === undefined ? {} : { blackoutDates: availability.blackoutDates.map(shift) }),
    ...(availability.maxSessions === undefined ? {} : { maxSessions: availability.maxSessions }),
    ...(availability.authorizedUntil === undefined ? {} : { authorizedUntil: shift(availability.authorizedUntil) }),
  };
}
