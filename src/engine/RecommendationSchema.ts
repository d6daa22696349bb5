import * as z from 'zod';
import type { CatalogIds, DefaultIds } from '../intake/CatalogIds.js';
import { CalendarDateSchema, DEFAULT_INTAKE_SCHEMAS, type IntakeSchemas } from '../intake/IntakeSchema.js';
import { SourceGradeSchema } from '../catalog/CatalogSchema.js';
import { PositionSchema, SideSchema, sessionsPerWeekSchema, UrgencySchema } from '../intake/vocabulary.js';

const because = /* @__PURE__ */ (() => z.array(z.string()).describe('Ids of the rules behind this item; each is the `rule` of a trace entry.'))();
const pressureLevel = /* @__PURE__ */ (() => z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]))();

/** Why a referral or deferral was made: the rule, a sentence, the source. */
export const FindingSchema = /* @__PURE__ */ (() => z.object({ rule: z.string(), message: z.string(), source: z.string() }))();

/** One step of the engine's reasoning: which rule yielded which effect, and on what source. */
export const TraceEntrySchema = /* @__PURE__ */ (() =>
  z.object({
    rule: z.string(),
    effect: z.string(),
    detail: z.string(),
    source: z.string(),
  }))();

/** A phase of the taper. */
export const PhaseSchema = /* @__PURE__ */ (() =>
  z.object({
    phase: z.enum(['intensive', 'transition', 'maintenance']),
    /** At least {@link MIN_SESSIONS_PER_WEEK} (one session every 12 weeks), at most 7. */
    sessionsPerWeek: sessionsPerWeekSchema(7),
    /** For phases less often than weekly: one session every this many weeks (e.g. 2 for `sessionsPerWeek` 0.5). */
    everyWeeks: z.number().int().min(2).optional(),
    weeks: z.number(),
    because,
  }))();

/** One dated session. */
export const SessionSchema = /* @__PURE__ */ (() =>
  z.object({
    number: z.number().int(),
    date: CalendarDateSchema,
    phase: z.string(),
    minutes: z.number(),
    reassessment: z.boolean(),
    /** The positions allowed at this session, when they change through the plan (pregnancy advances). */
    positions: z.array(PositionSchema).optional(),
  }))();

const advice = /* @__PURE__ */ (() => z.array(z.object({ id: z.string().min(1), advice: z.string().min(1), because })))();

/**
 * Builds the schemas of a plan and a recommendation for a catalogue's ids
 * (the intake's schemas carry them).
 *
 * @param schemas - the catalogue's intake schemas
 * @returns `TreatmentPlanSchema` and `RecommendationSchema` for that catalogue
 */
export function recommendationSchemas<I extends CatalogIds>(schemas: IntakeSchemas<I>) {
  /** A suggested treatment plan: everything a therapist needs, each item with its reasons. */
  const TreatmentPlanSchema = z.object({
    intake: schemas.IntakeShape,
    techniques: z.array(z.object({ technique: schemas.TechniqueIdSchema, regions: z.array(schemas.RegionIdSchema), because })),
    targets: z.array(
      z.object({
        region: schemas.RegionIdSchema,
        side: SideSchema.optional(),
        muscles: z.array(z.string()),
        /** Worked from this date on, when a timed exclusion of the region ends (an acute sprain after 72 hours). */
        from: CalendarDateSchema.optional(),
        /** The endangerment site these muscles lie in (e.g. `anterior neck`), when the target is one. */
        site: z.string().optional(),
        /** The most pressure allowed on this target (endangerment sites, regional caps); never above `pressure.max`. */
        maxPressure: pressureLevel.optional(),
        because,
      }),
    ),
    avoid: z.array(
      z.object({
        region: schemas.RegionIdSchema.optional(),
        side: SideSchema.optional(),
        technique: schemas.TechniqueIdSchema.optional(),
        position: PositionSchema.optional(),
        /** The exclusion starts on this date (e.g. no flat supine from about week 22 of a pregnancy). */
        from: CalendarDateSchema.optional(),
        /** The exclusion ends on this date: the region or technique is used from it on. */
        until: CalendarDateSchema.optional(),
        because,
        /** The message of each rule behind the entry, in the order of `because`. */
        reasons: z.array(z.string().min(1)),
      }),
    ),
    pressure: z.object({ start: pressureLevel, max: pressureLevel, because }),
    positions: z.array(PositionSchema),
    sessionMinutes: z.number(),
    phases: z.array(PhaseSchema),
    sessions: z.array(SessionSchema),
    /**
     * Measurable goals (the engine gives at least one per plan). With a `baseline` (from the intake), `target` is the
     * score a meaningful change reaches. Without one, the baseline is recorded at the first visit,
     * `targetChange` is the goal (a meaningful change from it) and `target` is the long-term score
     * (the recovery cut-off, or the scale's best). `by` is the date the goal is due: the end of the
     * first phase, which is a reassessment.
     */
    goals: z
      .array(
        z.object({
          measure: schemas.OutcomeMeasureIdSchema,
          baseline: z.number().optional(),
          target: z.number(),
          /** The improvement, in points in the better direction, that the goal asks for. */
          targetChange: z.number().min(0),
          /** The date the goal is due. */
          by: CalendarDateSchema,
          /** The functional goal in words (what the client wants to do, on which measure). */
          description: z.string().min(1),
          because,
        }),
      ),
    clearances: z.array(schemas.ClearanceIdSchema),
    precautions: z.array(z.object({ id: z.string(), message: z.string(), because })),
    complementary: z.array(z.string()),
    /** Self-care between sessions, each with the rules behind it. */
    homeCare: advice,
    /** What to expect after a session and when to call the clinic or seek care. */
    aftercare: advice,
    /** Consents to obtain before the first session: informed consent always, others with their reason. */
    consents: z.array(z.object({ id: z.string().min(1), message: z.string().min(1), because })),
    /** Questions the therapist asks before every session. */
    sessionChecks: z.array(z.object({ id: z.string().min(1), question: z.string().min(1), because })),
    evidence: z.array(
      z.object({
        condition: schemas.ConditionIdSchema,
        verdict: z.enum(['supports', 'weak', 'against', 'none']),
        summary: z.string(),
        sources: z.array(z.string()),
      }),
    ),
    billing: z.object({
      /** The primary line's code (the first of `lines`). */
      code: z.enum(['97124', '97140']),
      /** Units of the primary line. */
      unitsPerSession: z.number().int(),
      /** One line per CPT code: minutes of the session spent on it and the units it bills. */
      lines: z.array(z.object({ code: z.string().min(1), minutes: z.number(), units: z.number().int() })).min(1),
    }),
    /** When to end the plan: goals met, recovery cut-offs, or a plateau. */
    discharge: z.object({ criteria: z.array(z.string().min(1)).min(1), because }),
    /** The paragraph a payer reads: diagnoses, deficits, goals, skilled care, frequency and duration, reassessments. */
    medicalNecessity: z.string().min(1),
    trace: z.array(TraceEntrySchema),
    sources: z.array(
      z.object({
        id: z.string(),
        citation: z.string(),
        url: z.string().optional(),
        /** The publication's DOI, when the catalogue records one. */
        doi: z.string().optional(),
        /** The publication's PubMed id, when the catalogue records one. */
        pmid: z.string().optional(),
        /** The source's grade: evidence, practice, specification, unverified or client. */
        grade: SourceGradeSchema.optional(),
      }),
    ),
    rulesetVersion: z.string(),
  });

  /** The result of `recommendPlan`: a plan, a referral or a deferral. */
  const RecommendationSchema = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('plan'), plan: TreatmentPlanSchema }),
    z.object({
      kind: z.literal('refer'),
      urgency: UrgencySchema,
      reasons: z.array(FindingSchema),
      trace: z.array(TraceEntrySchema),
    }),
    z.object({
      kind: z.literal('defer'),
      until: z.enum(['resolved', 'clearance']),
      clearances: z.array(schemas.ClearanceIdSchema),
      reasons: z.array(FindingSchema),
      trace: z.array(TraceEntrySchema),
    }),
    z.object({
      kind: z.literal('discharge'),
      reasons: z.array(FindingSchema),
      trace: z.array(TraceEntrySchema),
    }),
  ]);

  return { TreatmentPlanSchema, RecommendationSchema };
}

/** The plan and recommendation schemas for a catalogue with ids `I`. */
export type RecommendationSchemas<I extends CatalogIds = DefaultIds> = ReturnType<typeof recommendationSchemas<I>>;

/** The schemas of the built-in catalogue's plans, built once. */
export const DEFAULT_RECOMMENDATION_SCHEMAS = /* @__PURE__ */ recommendationSchemas<DefaultIds>(DEFAULT_INTAKE_SCHEMAS);

/** A suggested treatment plan: everything a therapist needs, each item with its reasons (built-in catalogue; `planSchema({ catalog })` for a vendor's). */
export const TreatmentPlanSchema = /* @__PURE__ */ (() => DEFAULT_RECOMMENDATION_SCHEMAS.TreatmentPlanSchema)();

/** The result of `recommendPlan`: a plan, a referral or a deferral (built-in catalogue; `recommendationSchema({ catalog })` for a vendor's). */
export const RecommendationSchema = /* @__PURE__ */ (() => DEFAULT_RECOMMENDATION_SCHEMAS.RecommendationSchema)();

/**
 * Why a referral or deferral was made: the rule, a sentence, the source.
 *
 * @useDeclaredType
 */
export type Finding = z.infer<typeof FindingSchema>;
/**
 * One step of the engine's reasoning: which rule yielded which effect, and on what source.
 *
 * @useDeclaredType
 */
export type TraceEntry = z.infer<typeof TraceEntrySchema>;
/**
 * A phase of the taper: intensive, transition or maintenance, with sessions per week and weeks.
 *
 * @useDeclaredType
 */
export type Phase = z.infer<typeof PhaseSchema>;
/**
 * One dated session of the plan, with its phase, minutes and whether it is a reassessment.
 *
 * @useDeclaredType
 */
export type Session = z.infer<typeof SessionSchema>;
/**
 * A suggested treatment plan: techniques, targets, what to avoid, pressure, positions, phases, dated sessions, goals, clearances, precautions, billing, trace and sources.
 *
 * @useDeclaredType
 */
export type TreatmentPlan<I extends CatalogIds = DefaultIds> = z.output<RecommendationSchemas<I>['TreatmentPlanSchema']>;
/**
 * The result of `recommendPlan`: a plan, a referral (`refer`, with urgency and reasons) or a deferral (`defer`, until resolved or cleared).
 *
 * @useDeclaredType
 */
export type Recommendation<I extends CatalogIds = DefaultIds> = z.output<RecommendationSchemas<I>['RecommendationSchema']>;
