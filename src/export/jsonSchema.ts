import * as z from 'zod';
import type { Catalog } from '../catalog/Catalog.js';
import { compiledCatalogOption } from '../catalog/catalogOption.js';
import { DEFAULT_RECOMMENDATION_SCHEMAS, type RecommendationSchemas } from '../engine/RecommendationSchema.js';
import { recommendationSchemasOf } from '../engine/recommendationSchemasOf.js';
import { CatalogPatchSchema } from '../catalog/CatalogPatchSchema.js';
import type { CatalogIds } from '../intake/CatalogIds.js';
import {
  CalendarDateSchema,
  DEFAULT_INTAKE_SCHEMAS,
  DEFAULT_VOCABULARY,
  type IntakeSchemas,
  type IntakeVocabulary,
} from '../intake/IntakeSchema.js';
import { CANONICAL_BASE_URL } from './canonicalUrl.js';

/** A JSON Schema document (draft 2020-12) as a plain, JSON-serializable object. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

// Years 1900–2199 (the range CalendarDateSchema accepts), months 01–12, days 01–31.
// Whether the day exists in that month is left to `format: "date"`.
const CALENDAR_DATE_PATTERN = '^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

/** Options of the JSON Schema functions: the catalogue whose ids the schema lists. */
export interface JsonSchemaOptions {
  /** A catalogue made by `extendCatalog`; default `defaultCatalog`. */
  catalog?: Catalog<CatalogIds>;
}

interface Vocabulary {
  schemas: IntakeSchemas<CatalogIds>;
  vocabulary: IntakeVocabulary<CatalogIds>;
  plans: RecommendationSchemas<CatalogIds>;
  /** The catalogue's version when it is not the built-in one. */
  vendor?: string;
}

const BUILT_IN: Vocabulary = {
  schemas: DEFAULT_INTAKE_SCHEMAS as unknown as IntakeSchemas<CatalogIds>,
  vocabulary: DEFAULT_VOCABULARY,
  plans: DEFAULT_RECOMMENDATION_SCHEMAS as unknown as RecommendationSchemas<CatalogIds>,
};

function vocabularyFor(options: JsonSchemaOptions | undefined): Vocabulary {
  const compiled = compiledCatalogOption(options);
  if (!compiled.success) throw compiled.error;
  if (compiled.data.schemas === BUILT_IN.schemas) return BUILT_IN;
  return {
    schemas: compiled.data.schemas,
    vocabulary: compiled.data.vocabulary,
    plans: recommendationSchemasOf(compiled.data),
    vendor: compiled.data.catalog.version,
  };
}

// The zod schemas carry refinements that z.toJSONSchema cannot see. Those
// that JSON Schema can say are added here, built from the same vocabulary the
// zod refinements read, so the two cannot drift apart silently. The `then`
// branches repeat the property (`region: true`) so that validators in strict
// mode (ajv `strict: true`) accept the `required` next to it.
function refinements({ schemas, vocabulary }: Vocabulary) {
  return (ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void => {
    const { zodSchema, jsonSchema } = ctx;
    if (zodSchema === CalendarDateSchema) {
      jsonSchema.pattern = CALENDAR_DATE_PATTERN;
      jsonSchema.format = 'date';
    } else if (zodSchema === schemas.ConditionEntrySchema) {
      jsonSchema.allOf = [
        {
          if: { properties: { condition: { enum: [...vocabulary.conditionsNeedingRegion] } }, required: ['condition'] },
          then: { properties: { region: true }, required: ['region'] },
        },
      ];
    } else if (zodSchema === schemas.HistoryEntrySchema) {
      jsonSchema.allOf = [
        {
          if: { properties: { flag: { enum: [...vocabulary.flagsNeedingRegion] } }, required: ['flag'] },
          then: { properties: { region: true }, required: ['region'] },
        },
        ...(vocabulary.flagsNeedingWeeks.length === 0
          ? []
          : [
              {
                if: { properties: { flag: { enum: [...vocabulary.flagsNeedingWeeks] } }, required: ['flag'] },
                then: { properties: { weeks: true }, required: ['weeks'] },
              },
            ]),
      ];
    } else if (zodSchema === schemas.ScoreSchema) {
      jsonSchema.allOf = vocabulary.outcomeMeasures.map((measure) => {
        const [minimum, maximum] = vocabulary.scoreRanges[measure] ?? [0, 0];
        return {
          if: { properties: { measure: { const: measure } }, required: ['measure'] },
          then: { properties: { value: { type: 'number', minimum, maximum } } },
        };
      });
    }
  };
}

function generate(
  schema: z.ZodType,
  io: 'input' | 'output',
  head: { name: string; title: string; description: string },
  v: Vocabulary,
): JsonSchema {
  const { $schema, ...body } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    override: refinements(v),
  }) as JsonSchema;
  // A JSON round trip gives every caller its own tree with no shared
  // sub-objects, so mutating one result never touches another.
  return JSON.parse(
    JSON.stringify({
      $schema,
      // A vendor's catalogue makes a different schema: it is not the published one.
      ...(v.vendor === undefined ? { $id: `${CANONICAL_BASE_URL}/schema/${head.name}.json` } : {}),
      title: v.vendor === undefined ? head.title : `${head.title} (catalogue ${v.vendor})`,
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
 * @param options - `catalog`: list that catalogue's ids (a vendor's schema has no `$id`: it is not the published one)
 * @returns a new JSON Schema object on every call, with `$id` `https://massage-plan.dev/schema/intake.json`
 * @throws {@link IntakeError} when an option is invalid
 * @example
 * import Ajv2020 from 'ajv/dist/2020.js';
 * import addFormats from 'ajv-formats';
 * const ajv = new Ajv2020();
 * addFormats(ajv);
 * const validate = ajv.compile(intakeJsonSchema());
 * validate({ assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pain', severity: 'moderate' }], goals: ['pain-relief'] }); // true
 */
export function intakeJsonSchema(options?: JsonSchemaOptions): JsonSchema {
  const v = vocabularyFor(options);
  return generate(v.schemas.IntakeSchema, 'input', {
    name: 'intake',
    title: 'massage-plan intake',
    description:
      'A medical-massage intake: conditions, goals, health history, red flags, clearances, preferences and availability. Dates are YYYY-MM-DD calendar dates.',
  }, v);
}

/**
 * The JSON Schema (draft 2020-12) of a `TreatmentPlan` as
 * `recommendPlan` returns it inside `{ kind: 'plan', plan }`.
 *
 * It describes the output exactly: unknown keys are not allowed, so a plan
 * from another version of the library may fail it; validate against the
 * schema shipped with the version that made the plan.
 *
 * @param options - `catalog`: list that catalogue's ids
 * @returns a new JSON Schema object on every call, with `$id` `https://massage-plan.dev/schema/plan.json`
 * @throws {@link IntakeError} when an option is invalid
 * @example
 * const schema = planJsonSchema();
 * schema.required?.includes('sessions'); // true
 */
export function planJsonSchema(options?: JsonSchemaOptions): JsonSchema {
  const v = vocabularyFor(options);
  return generate(v.plans.TreatmentPlanSchema, 'output', {
    name: 'plan',
    title: 'massage-plan treatment plan',
    description:
      'A suggested treatment plan for a licensed therapist: techniques, targets, exclusions, pressure, positions, phases, dated sessions, goals, billing, and the trace of rules and sources behind every item.',
  }, v);
}

/**
 * The JSON Schema (draft 2020-12) of a whole `Recommendation`: a plan,
 * a referral, a deferral or a discharge, told apart by `kind` (what the CLI prints with
 * `--format json`).
 *
 * @param options - `catalog`: list that catalogue's ids
 * @returns a new JSON Schema object on every call, with `$id` `https://massage-plan.dev/schema/recommendation.json`
 * @throws {@link IntakeError} when an option is invalid
 * @example
 * recommendationJsonSchema().oneOf?.length; // 4
 */
export function recommendationJsonSchema(options?: JsonSchemaOptions): JsonSchema {
  const v = vocabularyFor(options);
  return generate(v.plans.RecommendationSchema, 'output', {
    name: 'recommendation',
    title: 'massage-plan recommendation',
    description: 'The result of recommendPlan: { kind: "plan", plan }, { kind: "refer", urgency, reasons, trace } { kind: "defer", until, clearances, reasons, trace } or { kind: "discharge", reasons, trace }.',
  }, v);
}

/**
 * The JSON Schema (draft 2020-12) of a catalogue patch kept as JSON (what
 * `extendCatalog` accepts, with data rules only): new or overriding
 * conditions, techniques, regions, history flags, red flags, outcome
 * measures, clearances, sources and data rules. Whether the ids a patch
 * names exist is checked by `extendCatalog` against the base catalogue.
 *
 * @returns a new JSON Schema object on every call, with `$id` `https://massage-plan.dev/schema/catalog-patch.json`
 * @example
 * catalogPatchJsonSchema().properties?.rules !== undefined; // true
 */
export function catalogPatchJsonSchema(): JsonSchema {
  return generate(
    CatalogPatchSchema,
    'input',
    {
      name: 'catalog-patch',
      title: 'massage-plan catalogue patch',
      description:
        'Additions and overrides for the massage-plan catalogue, kept as JSON: conditions, techniques, regions, history flags, red flags, outcome measures, clearances, sources and data rules ({ id, family, description, source, when, then }).',
    },
    BUILT_IN,
  );
}
