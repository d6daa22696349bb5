import * as z from 'zod';
import { RecommendationSchema, TreatmentPlanSchema } from '../engine/RecommendationSchema.js';
import {
  CalendarDateSchema,
  CONDITIONS_NEEDING_REGION,
  ConditionEntrySchema,
  FLAGS_NEEDING_REGION,
  HistoryEntrySchema,
  IntakeSchema,
  OUTCOME_SCORE_RANGES,
  ScoreSchema,
} from '../intake/IntakeSchema.js';
import { OUTCOME_MEASURE_IDS } from '../intake/vocabulary.js';
import { CANONICAL_BASE_URL } from './canonicalUrl.js';

/** A JSON Schema document (draft 2020-12) as a plain, JSON-serializable object. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

// Years 1900–2199 (the range CalendarDateSchema accepts), months 01–12, days 01–31.
// Whether the day exists in that month is left to `format: "date"`.
const CALENDAR_DATE_PATTERN = '^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

// The zod schemas carry refinements that z.toJSONSchema cannot see. Those
// that JSON Schema can say are added here, built from the same constants the
// zod refinements read, so the two cannot drift apart silently. The `then`
// branches repeat the property (`region: true`) so that validators in strict
// mode (ajv `strict: true`) accept the `required` next to it.
function addRefinements(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const { zodSchema, jsonSchema } = ctx;
  if (zodSchema === CalendarDateSchema) {
    jsonSchema.pattern = CALENDAR_DATE_PATTERN;
    jsonSchema.format = 'date';
  } else if (zodSchema === ConditionEntrySchema) {
    jsonSchema.allOf = [
      {
        if: { properties: { condition: { enum: [...CONDITIONS_NEEDING_REGION] } }, required: ['condition'] },
        then: { properties: { region: true }, required: ['region'] },
      },
    ];
  } else if (zodSchema === HistoryEntrySchema) {
    jsonSchema.allOf = [
      {
        if: { properties: { flag: { enum: [...FLAGS_NEEDING_REGION] } }, required: ['flag'] },
        then: { properties: { region: true }, required: ['region'] },
      },
      {
        if: { properties: { flag: { const: 'pregnancy' } }, required: ['flag'] },
        then: { properties: { weeks: true }, required: ['weeks'] },
      },
    ];
  } else if (zodSchema === ScoreSchema) {
    jsonSchema.allOf = OUTCOME_MEASURE_IDS.map((measure) => {
      const [minimum, maximum] = OUTCOME_SCORE_RANGES[measure];
      return {
        if: { properties: { measure: { const: measure } }, required: ['measure'] },
        then: { properties: { value: { type: 'number', minimum, maximum } } },
      };
    });
  }
}

function generate(
  schema: z.ZodType,
  io: 'input' | 'output',
  head: { name: string; title: string; description: string },
): JsonSchema {
  const { $schema, ...body } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    override: addRefinements,
  }) as JsonSchema;
  // A JSON round trip gives every caller its own tree with no shared
  // sub-objects, so mutating one result never touches another.
  return JSON.parse(
    JSON.stringify({
      $schema,
      $id: `${CANONICAL_BASE_URL}/schema/${head.name}.json`,
      title: head.title,
      description: head.description,
      ...body,
    }),
  ) as JsonSchema;
}

/**
 * The JSON Schema (draft 2020-12) of an intake as a caller writes it, for
 * forms and validators in other languages.
 *
 * It says everything the zod `IntakeSchema` checks about one value:
 * types, ids, ranges, list lengths, unknown keys, date shape (`YYYY-MM-DD`,
 * years 1900–2199), which conditions and history flags need a `region`,
 * pregnancy needing `weeks`, and each outcome measure's score range.
 *
 * Known differences, by design (JSON Schema cannot compare two values):
 * - `conditions[].onset` after `assessedOn`, `availability.startDate` before
 *   `assessedOn` and `availability.authorizedUntil` before the start date pass
 *   the JSON Schema but are rejected by `parseIntake`;
 * - that a date exists (`2026-02-30`) is stated as `format: "date"`, which a
 *   validator asserts only when format assertion is on (ajv: `ajv-formats`).
 *
 * So the JSON Schema accepts a superset of valid intakes: use it to guide
 * input, and let `parseIntake` (or `safeParseIntake`) have the last word.
 *
 * @returns a new JSON Schema object on every call, with `$id` `https://massage-plan.dev/schema/intake.json`
 * @example
 * import Ajv2020 from 'ajv/dist/2020.js';
 * import addFormats from 'ajv-formats';
 * const ajv = new Ajv2020();
 * addFormats(ajv);
 * const validate = ajv.compile(intakeJsonSchema());
 * validate({ assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pain', severity: 'moderate' }], goals: ['pain-relief'] }); // true
 */
export function intakeJsonSchema(): JsonSchema {
  return generate(IntakeSchema, 'input', {
    name: 'intake',
    title: 'massage-plan intake',
    description:
      'A medical-massage intake: conditions, goals, health history, red flags, clearances, preferences and availability. Dates are YYYY-MM-DD calendar dates.',
  });
}

/**
 * The JSON Schema (draft 2020-12) of a `TreatmentPlan` as
 * `recommendPlan` returns it inside `{ kind: 'plan', plan }`.
 *
 * It describes the output exactly: unknown keys are not allowed, so a plan
 * from another version of the library may fail it; validate against the
 * schema shipped with the version that made the plan.
 *
 * @returns a new JSON Schema object on every call, with `$id` `https://massage-plan.dev/schema/plan.json`
 * @example
 * const schema = planJsonSchema();
 * schema.required?.includes('sessions'); // true
 */
export function planJsonSchema(): JsonSchema {
  return generate(TreatmentPlanSchema, 'output', {
    name: 'plan',
    title: 'massage-plan treatment plan',
    description:
      'A suggested treatment plan for a licensed therapist: techniques, targets, exclusions, pressure, positions, phases, dated sessions, goals, billing, and the trace of rules and sources behind every item.',
  });
}

/**
 * The JSON Schema (draft 2020-12) of a whole `Recommendation`: a plan,
 * a referral, a deferral or a discharge, told apart by `kind` (what the CLI prints with
 * `--format json`).
 *
 * @returns a new JSON Schema object on every call, with `$id` `https://massage-plan.dev/schema/recommendation.json`
 * @example
 * recommendationJsonSchema().oneOf?.length; // 4
 */
export function recommendationJsonSchema(): JsonSchema {
  return generate(RecommendationSchema, 'output', {
    name: 'recommendation',
    title: 'massage-plan recommendation',
    description: 'The result of recommendPlan: { kind: "plan", plan }, { kind: "refer", urgency, reasons, trace } { kind: "defer", until, clearances, reasons, trace } or { kind: "discharge", reasons, trace }.',
  });
}
