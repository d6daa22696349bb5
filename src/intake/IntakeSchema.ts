import * as z from 'zod';
import { daysBetween, isCalendarDate } from '../calendar/calendarDate.js';
import type { CatalogIds, DefaultIds } from './CatalogIds.js';
import {
  AcuitySchema,
  CLEARANCE_IDS,
  CONDITION_IDS,
  GoalIdSchema,
  HISTORY_FLAG_IDS,
  LOCAL_FLAG_IDS,
  OUTCOME_MEASURE_IDS,
  PositionSchema,
  RED_FLAG_IDS,
  REGION_IDS,
  SeveritySchema,
  TECHNIQUE_IDS,
  SideSchema,
  WeekdaySchema,
  type Acuity,
  type ConditionId,
  type HistoryFlagId,
  type OutcomeMeasureId,
} from './vocabulary.js';

const FIRST_DAY = '1900-01-01';
const LAST_DAY = '2199-12-31';

/** A real calendar date written `YYYY-MM-DD`, between 1900 and 2199. */
export const CalendarDateSchema = /* @__PURE__ */ z.string().refine(
  (value) => isCalendarDate(value) && value >= FIRST_DAY && value <= LAST_DAY,
  {
    error: (issue) =>
      typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input)
        ? isCalendarDate(issue.input)
          ? `must be between ${FIRST_DAY} and ${LAST_DAY}`
          : `is not a real calendar date (${issue.input} does not exist)`
        : 'must be a date written YYYY-MM-DD',
  },
);

const wholeNumber = (min: number, max: number) =>
  z
    .number()
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be between ${min} and ${max}` })
    .max(max, { error: `must be between ${min} and ${max}` });

const list = <T extends z.ZodType>(item: T, min: number, max: number, what: string) =>
  z
    .array(item)
    .min(min, { error: min === 1 ? `must list at least one ${what.replace(/s$/, '')}` : `must list at least ${min} ${what}` })
    .max(max, { error: `must list at most ${max} ${what}` });

/** What the client prefers; the plan always honours it. */
export const PreferencesSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    maxPressure: wholeNumber(1, 5).optional(),
    maxSessionMinutes: wholeNumber(15, 240).optional(),
    hotStones: z.boolean().optional(),
    avoidOils: z.boolean().optional(),
    avoidPositions: list(PositionSchema, 0, 3, 'positions (at least one position must stay allowed)').optional(),
  }))();

/** When the client can come, and what the payer authorized. */
export const AvailabilitySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    startDate: CalendarDateSchema.optional(),
    weekdays: list(WeekdaySchema, 1, 7, 'weekdays').optional(),
    blackoutDates: list(CalendarDateSchema, 0, 366, 'dates').optional(),
    maxSessions: wholeNumber(1, 200).optional(),
    authorizedUntil: CalendarDateSchema.optional(),
  }))();

/** Conditions of the built-in catalogue whose plan depends on where they are (a target is the `site`). */
export const CONDITIONS_NEEDING_REGION: readonly ConditionId[] = ['sports-injury', 'joint-pain', 'post-surgical'];

/** History flags of the built-in catalogue that only make sense with the region they affect. */
export const FLAGS_NEEDING_REGION: readonly HistoryFlagId[] = /* @__PURE__ */ (() => [...LOCAL_FLAG_IDS, 'peripheral-neuropathy'])();

/** History flags of the built-in catalogue that need `weeks` (of gestation). */
export const FLAGS_NEEDING_WEEKS: readonly HistoryFlagId[] = ['pregnancy'];

/** The range of each built-in outcome measure's score, for validating scores. */
export const OUTCOME_SCORE_RANGES: Readonly<Record<OutcomeMeasureId, readonly [number, number]>> = {
  'pain-nrs': [0, 10],
  ndi: [0, 50],
  odi: [0, 100],
  rmdq: [0, 24],
  psfs: [0, 10],
  hdi: [0, 100],
  bctq: [1, 5],
  'sleep-nrs': [0, 10],
  'stress-nrs': [0, 10],
};

/**
 * The ids an intake may use and the facts its validation reads, taken from
 * a catalogue (`vocabularyOf` in the catalogue folder).
 */
export interface IntakeVocabulary<I extends CatalogIds = CatalogIds> {
  conditions: readonly I['condition'][];
  techniques: readonly I['technique'][];
  regions: readonly I['region'][];
  historyFlags: readonly I['historyFlag'][];
  redFlags: readonly I['redFlag'][];
  clearances: readonly I['clearance'][];
  outcomeMeasures: readonly I['outcomeMeasure'][];
  /** The range of each outcome measure's score. */
  scoreRanges: Readonly<Record<string, readonly [number, number]>>;
  conditionsNeedingRegion: readonly string[];
  flagsNeedingRegion: readonly string[];
  flagsNeedingWeeks: readonly string[];
}

/** The vocabulary of the built-in catalogue. */
export const DEFAULT_VOCABULARY: IntakeVocabulary<DefaultIds> = {
  conditions: CONDITION_IDS,
  techniques: TECHNIQUE_IDS,
  regions: REGION_IDS,
  historyFlags: HISTORY_FLAG_IDS,
  redFlags: RED_FLAG_IDS,
  clearances: CLEARANCE_IDS,
  outcomeMeasures: OUTCOME_MEASURE_IDS,
  scoreRanges: OUTCOME_SCORE_RANGES,
  conditionsNeedingRegion: CONDITIONS_NEEDING_REGION,
  flagsNeedingRegion: FLAGS_NEEDING_REGION,
  flagsNeedingWeeks: FLAGS_NEEDING_WEEKS,
};

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

// A value quoted in a message is the caller's text, and a refinement runs
// even when the value failed its own check: keep the message short.
const shown = (value: string): string => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

// Lists of catalogue ids are capped at least at the built-in counts, and at
// the catalogue's count when it has more.
const atLeast = (floor: number, ids: readonly unknown[]): number => Math.max(floor, ids.length);

/**
 * Builds the intake's zod schemas for a catalogue's vocabulary: the same
 * checks and messages as {@link IntakeSchema}, accepting that catalogue's
 * ids and only those.
 *
 * @param v - the vocabulary (ids and the facts validation reads)
 * @returns the schemas of an intake, its parts and a reassessment
 * @example
 * const { IntakeSchema: schema } = intakeSchemas(DEFAULT_VOCABULARY);
 * schema.safeParse({ assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pain', severity: 'mild' }], goals: ['pain-relief'] }).success; // true
 */
export function intakeSchemas<I extends CatalogIds>(v: IntakeVocabulary<I>) {
  const ConditionIdSchema = z.enum(v.conditions);
  const TechniqueIdSchema = z.enum(v.techniques);
  const RegionIdSchema = z.enum(v.regions);
  const HistoryFlagIdSchema = z.enum(v.historyFlags);
  const RedFlagIdSchema = z.enum(v.redFlags);
  const ClearanceIdSchema = z.enum(v.clearances);
  const OutcomeMeasureIdSchema = z.enum(v.outcomeMeasures);
  const needsRegion = new Set(v.conditionsNeedingRegion);
  const flagNeedsRegion = new Set(v.flagsNeedingRegion);
  const flagNeedsWeeks = new Set(v.flagsNeedingWeeks);
  const rangeOf = (measure: string): readonly [number, number] => v.scoreRanges[measure] ?? [-Infinity, Infinity];

  /** One condition of the intake. */
  const ConditionEntrySchema = z.strictObject({
    condition: ConditionIdSchema,
    severity: SeveritySchema,
    painScore: wholeNumber(0, 10).optional(),
    onset: CalendarDateSchema.optional(),
    acuity: AcuitySchema.optional(),
    region: RegionIdSchema.optional(),
    side: SideSchema.optional(),
    /** For post-surgical care: the operation by name and its date (the date is the onset of post-surgical care). */
    surgery: z
      .strictObject({
        type: z.string().trim().min(1, { error: 'must name the operation, e.g. "total knee arthroplasty"' }).max(120, { error: 'must be at most 120 characters' }),
        date: CalendarDateSchema,
      })
      .optional(),
  });

  /** One entry of the health history. */
  const HistoryEntrySchema = z.strictObject({
    flag: HistoryFlagIdSchema,
    region: RegionIdSchema.optional(),
    side: SideSchema.optional(),
    weeks: wholeNumber(0, 60).optional(),
  });

  /** A score on an outcome measure, e.g. `{ measure: 'ndi', value: 18 }`. */
  const ScoreSchema = z
    .strictObject({ measure: OutcomeMeasureIdSchema, value: z.number() })
    .refine(({ measure, value }) => value >= rangeOf(measure)[0] && value <= rangeOf(measure)[1], {
      path: ['value'],
      error: (issue) => {
        const measure = (issue.input as { measure: string }).measure;
        const [min, max] = rangeOf(measure);
        return `must be between ${min} and ${max} for ${shown(String(measure))}`;
      },
    });

  const IntakeShape = z.strictObject({
    assessedOn: CalendarDateSchema,
    age: wholeNumber(0, 120).optional(),
    conditions: list(ConditionEntrySchema, 1, 6, 'conditions'),
    goals: list(GoalIdSchema, 1, 7, 'goals'),
    history: list(HistoryEntrySchema, 0, 60, 'history entries').optional(),
    scores: list(ScoreSchema, 0, atLeast(9, v.outcomeMeasures), 'scores').optional(),
    redFlags: list(RedFlagIdSchema, 0, atLeast(17, v.redFlags), 'red flags').optional(),
    clearances: list(ClearanceIdSchema, 0, atLeast(4, v.clearances), 'clearances').optional(),
    preferences: PreferencesSchema.optional(),
    availability: AvailabilitySchema.optional(),
  });

  type Shape = z.output<typeof IntakeShape>;
  type HistoryEntry = z.output<typeof HistoryEntrySchema>;

  const checkHistoryEntry = (entry: HistoryEntry, i: number, ctx: z.RefinementCtx): void => {
    if (flagNeedsRegion.has(entry.flag) && entry.region === undefined) {
      ctx.addIssue({ code: 'custom', path: ['history', i, 'region'], message: `is required for ${shown(entry.flag)} (say which area to avoid)` });
    }
    if (flagNeedsWeeks.has(entry.flag) && entry.weeks === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', i, 'weeks'],
        message: `is required for ${shown(entry.flag)} (weeks of gestation decide position and timing)`,
      });
    }
  };

  const checkCrossFields = (intake: Shape, ctx: z.RefinementCtx): void => {
    intake.conditions.forEach((entry, i) => {
      if (needsRegion.has(entry.condition) && entry.region === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['conditions', i, 'region'],
          message: `is required for ${shown(entry.condition)} (say where it is, e.g. "knee")`,
        });
      }
      if (entry.onset !== undefined && entry.onset > intake.assessedOn) {
        ctx.addIssue({ code: 'custom', path: ['conditions', i, 'onset'], message: 'must not be after assessedOn' });
      }
      if (entry.surgery !== undefined) {
        if (entry.condition !== 'post-surgical') {
          ctx.addIssue({ code: 'custom', path: ['conditions', i, 'surgery'], message: `is only for post-surgical care, not ${shown(entry.condition)}` });
        } else if (entry.surgery.date > intake.assessedOn) {
          ctx.addIssue({ code: 'custom', path: ['conditions', i, 'surgery', 'date'], message: 'must not be after assessedOn' });
        } else if (entry.onset !== undefined && entry.onset !== entry.surgery.date) {
          ctx.addIssue({
            code: 'custom',
            path: ['conditions', i, 'surgery', 'date'],
            message: `must equal onset (${shown(entry.onset)}) when both are given: the surgery date is the onset of post-surgical care`,
          });
        }
      }
    });
    intake.history?.forEach((entry, i) => checkHistoryEntry(entry, i, ctx));
    const availability = intake.availability;
    if (availability?.startDate !== undefined && availability.startDate < intake.assessedOn) {
      ctx.addIssue({ code: 'custom', path: ['availability', 'startDate'], message: 'must not be before assessedOn' });
    }
    const start = availability?.startDate ?? intake.assessedOn;
    if (availability?.authorizedUntil !== undefined && availability.authorizedUntil < start) {
      ctx.addIssue({ code: 'custom', path: ['availability', 'authorizedUntil'], message: 'must not be before the start date' });
    }
  };

  const normalize = (intake: Shape) => ({
    ...intake,
    conditions: intake.conditions.map((entry) => {
      // The surgery date, when given, is the onset of post-surgical care.
      const onset = entry.onset ?? entry.surgery?.date;
      return {
        ...entry,
        ...(onset === undefined ? {} : { onset }),
        acuity: entry.acuity ?? (onset === undefined ? ('chronic' as const) : acuityFromOnset(onset, intake.assessedOn)),
      };
    }),
    goals: unique(intake.goals),
    ...(intake.redFlags && { redFlags: unique(intake.redFlags) }),
    ...(intake.clearances && { clearances: unique(intake.clearances) }),
  });

  const IntakeSchema = IntakeShape.superRefine(checkCrossFields).transform(normalize);

  const ReassessmentSchema = z
    .strictObject({
      assessedOn: CalendarDateSchema,
      sessionsCompleted: wholeNumber(0, 200),
      painScore: wholeNumber(0, 10).optional(),
      scores: z.array(ScoreSchema).max(atLeast(9, v.outcomeMeasures), { error: `must list at most ${atLeast(9, v.outcomeMeasures)} scores` }).optional(),
      redFlags: z.array(RedFlagIdSchema).max(atLeast(17, v.redFlags), { error: `must list at most ${atLeast(17, v.redFlags)} red flags` }).optional(),
      history: z.array(HistoryEntrySchema).max(60, { error: 'must list at most 60 history entries' }).optional(),
    })
    .superRefine((value, ctx) => value.history?.forEach((entry, i) => checkHistoryEntry(entry, i, ctx)));

  return {
    ConditionIdSchema,
    TechniqueIdSchema,
    RegionIdSchema,
    HistoryFlagIdSchema,
    RedFlagIdSchema,
    ClearanceIdSchema,
    OutcomeMeasureIdSchema,
    ConditionEntrySchema,
    HistoryEntrySchema,
    ScoreSchema,
    IntakeShape,
    IntakeSchema,
    ReassessmentSchema,
  };
}

/** The schemas {@link intakeSchemas} builds for a catalogue with ids `I`. */
export type IntakeSchemas<I extends CatalogIds = DefaultIds> = ReturnType<typeof intakeSchemas<I>>;

/** The schemas of the built-in catalogue's intake, built once. */
export const DEFAULT_INTAKE_SCHEMAS = /* @__PURE__ */ intakeSchemas(DEFAULT_VOCABULARY);
const defaults = DEFAULT_INTAKE_SCHEMAS;

/** One condition of the intake. */
export const ConditionEntrySchema = /* @__PURE__ */ (() => defaults.ConditionEntrySchema)();

/** One entry of the health history. */
export const HistoryEntrySchema = /* @__PURE__ */ (() => defaults.HistoryEntrySchema)();

/** A score on an outcome measure, e.g. `{ measure: 'ndi', value: 18 }`. */
export const ScoreSchema = /* @__PURE__ */ (() => defaults.ScoreSchema)();

/**
 * The intake's object schema without normalization: what a normalized intake
 * also satisfies. Used where a transform cannot be represented (the plan's
 * JSON Schema).
 */
export const IntakeShape = /* @__PURE__ */ (() => defaults.IntakeShape)();

/**
 * Derives acuity from the days since onset.
 *
 * @param onset - when the symptoms, injury or surgery began
 * @param assessedOn - the day of the intake
 * @returns acute under 4 weeks, subacute 4–12 weeks, chronic over 12 weeks
 */
export function acuityFromOnset(onset: string, assessedOn: string): Acuity {
  const days = daysBetween(assessedOn, onset);
  if (days < 28) return 'acute';
  if (days <= 84) return 'subacute';
  return 'chronic';
}

/**
 * The zod schema of an intake: validates the input and normalizes it.
 *
 * Normalizing derives each condition's `acuity` from its `onset` when absent
 * (chronic when both are absent) and removes repeated goals, red flags and
 * clearances. The output still validates as input, so a normalized intake
 * can be parsed again (as `reassessPlan` does).
 *
 * @example
 * const result = IntakeSchema.safeParse({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate' }],
 *   goals: ['pain-relief'],
 * });
 * result.success && result.data.conditions[0]?.acuity; // 'chronic'
 */
export const IntakeSchema = /* @__PURE__ */ (() => defaults.IntakeSchema)();

/** A validated, normalized intake (the output of {@link IntakeSchema}). */
export type Intake = z.output<typeof IntakeSchema>;
/** Every array of `T`, at any depth, as a readonly array (which also accepts a mutable one); functions stay as they are. */
export type ReadonlyArrays<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly ReadonlyArrays<U>[]
    : T extends object
      ? { [K in keyof T]: ReadonlyArrays<T[K]> }
      : T;

/**
 * An intake as a caller writes it (the input of {@link IntakeSchema}). Its
 * arrays are readonly, so an intake written `as const` is one.
 */
export type IntakeInput = ReadonlyArrays<z.input<typeof IntakeSchema>>;
/** One condition of a validated intake, with its acuity filled in. */
export type ConditionEntry = Intake['conditions'][number];
/** One entry of a validated intake's health history. */
export type HistoryEntry = NonNullable<Intake['history']>[number];

/**
 * A validated intake for a catalogue with ids `I` (see `extendCatalog`):
 * {@link Intake} with the catalogue's ids.
 */
export type IntakeOf<I extends CatalogIds> = z.output<IntakeSchemas<I>['IntakeSchema']>;
/** An intake as a caller writes it for a catalogue with ids `I`: {@link IntakeInput} with the catalogue's ids. */
export type IntakeInputOf<I extends CatalogIds> = ReadonlyArrays<z.input<IntakeSchemas<I>['IntakeSchema']>>;
