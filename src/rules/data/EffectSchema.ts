import * as z from 'zod';
import { ID_MAX_LENGTH, ID_PATTERN, IdSchema } from '../../intake/IdSchema.js';
import { CalendarDateSchema } from '../../intake/IntakeSchema.js';
import { POSITIONS, PositionSchema, SIDES, sessionsPerWeekSchema, UrgencySchema } from '../../intake/vocabulary.js';
import { closestIds } from '../../intake/closestIds.js';
import { locateUnionIssues, type UnionReplacement } from './locateUnionIssues.js';

// Every field follows the `Effect` union in ../Effect.ts; a test checks that
// a parsed effect without "@site" is an `Effect`.

// Not blank (one pattern, so an empty string gets one issue, not two).
const text = (max: number) =>
  z
    .string()
    .max(max, { error: `must be at most ${max} characters` })
    .regex(/\S/, { error: 'must not be empty or blank' });

const message = /* @__PURE__ */ text(600);

const list = <T extends z.ZodType>(item: T, min: number, max: number, what: string) =>
  z
    .array(item)
    .min(min, { error: `must list at least one ${what}` })
    .max(max, { error: `must list at most ${max} ${what}s` });

// A literal union, so the output is `PressureLevel` (1 | 2 | 3 | 4 | 5) and
// 0 or 2.5 are rejected with the valid values listed.
const pressure = /* @__PURE__ */ z.literal([1, 2, 3, 4, 5]);

const wholeNumber = (min: number, max: number) =>
  z
    .number()
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be between ${min} and ${max}` })
    .max(max, { error: `must be between ${min} and ${max}` });

/** Stands for the region (or side) of each intake entry the rule's binding predicate matched. */
const SITE = '@site';

// A region id, or "@site": one pattern, so the JSON Schema keeps it.
const siteRegion = /* @__PURE__ */ z
  .string()
  .max(ID_MAX_LENGTH, { error: `must be at most ${ID_MAX_LENGTH} characters` })
  .regex(/^(?:@site|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/, {
    error: 'must be a region id (lowercase words joined by hyphens, e.g. "knee") or "@site"',
  });
const siteSide = /* @__PURE__ */ (() => z.enum([...SIDES, SITE]))();

const clearedBy = /* @__PURE__ */ IdSchema.optional();

// The id of a precaution, home care, consent… names the advice, not a
// catalogue entry: the same shape, longer (built-in ones pass 40 characters).
const adviceId = /* @__PURE__ */ z
  .string()
  .max(120, { error: 'must be at most 120 characters' })
  .regex(ID_PATTERN, { error: 'must be lowercase words joined by hyphens, e.g. "diabetes-skin-check"' });

const KINDS = [
  'refer',
  'defer',
  'requireClearance',
  'avoid',
  'capPressure',
  'startPressure',
  'allowPositions',
  'addTechnique',
  'addTarget',
  'setMinutes',
  'capMinutes',
  'setPhases',
  'addGoal',
  'addPrecaution',
  'addComplementary',
  'addHomeCare',
  'addAftercare',
  'addConsent',
  'addSessionCheck',
  'addDischargeCriterion',
  'endBy',
  'capRegionPressure',
] as const;


// One strict object per member of `Effect`, in the order of ../Effect.ts.
const OPTIONS = /* @__PURE__ */ (() =>
  [
    z.strictObject({ kind: z.literal('refer'), urgency: UrgencySchema, message, clearedBy }),
    z.strictObject({ kind: z.literal('defer'), until: z.enum(['resolved', 'clearance']), message, clearedBy }),
    z.strictObject({ kind: z.literal('requireClearance'), clearance: IdSchema, message }),
    z.strictObject({
      kind: z.literal('avoid'),
      region: siteRegion.optional(),
      side: siteSide.optional(),
      technique: IdSchema.optional(),
      position: PositionSchema.optional(),
      from: CalendarDateSchema.optional(),
      until: CalendarDateSchema.optional(),
      message,
      clearedBy,
    }),
    z.strictObject({ kind: z.literal('capPressure'), max: pressure, message, clearedBy }),
    z.strictObject({ kind: z.literal('startPressure'), start: pressure, max: pressure, message }),
    z.strictObject({ kind: z.literal('allowPositions'), positions: list(PositionSchema, 1, POSITIONS.length, 'position'), message }),
    z.strictObject({ kind: z.literal('addTechnique'), technique: IdSchema, regions: list(siteRegion, 1, 50, 'region'), message }),
    z.strictObject({
      kind: z.literal('addTarget'),
      region: siteRegion,
      side: siteSide.optional(),
      muscles: list(text(120), 0, 50, 'muscle'),
      site: text(120).optional(),
      maxPressure: pressure.optional(),
      message,
    }),
    z.strictObject({ kind: z.literal('setMinutes'), minutes: wholeNumber(15, 240), message }),
    z.strictObject({ kind: z.literal('capMinutes'), max: wholeNumber(15, 240), message }),
    z.strictObject({
      kind: z.literal('setPhases'),
      phases: list(
        z.strictObject({
          phase: z.enum(['intensive', 'transition', 'maintenance']),
          sessionsPerWeek: sessionsPerWeekSchema(7),
          weeks: wholeNumber(1, 104),
        }),
        1,
        10,
        'phase',
      ),
      message,
    }),
    z.strictObject({
      kind: z.literal('addGoal'),
      measure: IdSchema,
      baseline: z.number().optional(),
      target: z.number(),
      targetChange: z.number().optional(),
      purpose: text(200).optional(),
      message,
    }),
    z.strictObject({ kind: z.literal('addPrecaution'), id: adviceId, message }),
    z.strictObject({ kind: z.literal('addComplementary'), care: text(200), message, heat: z.boolean().optional() }),
    z.strictObject({
      kind: z.literal('addHomeCare'),
      id: adviceId,
      message,
      heat: z.boolean().optional(),
      regions: list(IdSchema, 1, 50, 'region').optional(),
    }),
    z.strictObject({
      kind: z.literal('addAftercare'),
      id: adviceId,
      message,
      techniques: list(IdSchema, 1, 50, 'technique').optional(),
      minPressure: pressure.optional(),
    }),
    z.strictObject({ kind: z.literal('addConsent'), id: adviceId, message, techniques: list(IdSchema, 1, 50, 'technique').optional() }),
    z.strictObject({ kind: z.literal('addSessionCheck'), id: adviceId, message, techniques: list(IdSchema, 1, 50, 'technique').optional() }),
    z.strictObject({ kind: z.literal('addDischargeCriterion'), id: adviceId, message }),
    z.strictObject({ kind: z.literal('endBy'), date: CalendarDateSchema, message, clearedBy }),
    z.strictObject({
      kind: z.literal('capRegionPressure'),
      region: siteRegion,
      side: siteSide.optional(),
      site: text(120).optional(),
      max: pressure,
      message,
    }),
  ] as const)();

// An unknown or missing `kind` is said as such (with the nearest kind), and
// an unknown field with the fields its kind takes, instead of the union's
// "Invalid input".
function chooseEffect(input: unknown, failed: 'union' | 'unknown-keys'): readonly UnionReplacement[] | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: [], message: 'must be an effect object, e.g. { "kind": "capPressure", "max": 2, "message": "Light pressure." }' }];
  }
  const kind: unknown = (input as { kind?: unknown }).kind;
  const option = OPTIONS.find((o) => o.shape.kind.value === kind);
  if (option === undefined) {
    return kind === undefined
      ? [{ path: ['kind'], message: `is required: one of ${KINDS.join(', ')}` }]
      : [{ path: ['kind'], code: 'invalid_value', message: 'is not a kind of effect', values: KINDS }];
  }
  if (failed === 'union') return undefined;
  const allowed = Object.keys(option.shape);
  const unknown = Object.keys(input).filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return undefined;
  const hints = unknown.flatMap((key) => closestIds(key, allowed, 1));
  const listed = unknown.slice(0, 5).map((key) => `"${key.length > 40 ? `${key.slice(0, 40)}…` : key}"`);
  return [
    {
      path: [],
      message: `has ${unknown.length === 1 ? 'an unknown key' : 'unknown keys'} ${listed.join(', ')}${
        hints.length > 0 ? ` (did you mean ${hints.map((h) => `"${h}"`).join(' or ')}?)` : ''
      }: a ${String(kind)} effect takes only ${allowed.join(', ')}`,
    },
  ];
}

/**
 * An effect as a data rule writes it (DESIGN §5): every member of the
 * `Effect` union, field for field, with ids checked for their shape
 * (whether they exist is the caller's check), pressure levels 1–5, minutes
 * 15–240, messages of 1–600 characters. In a data rule, `region` and `side`
 * (and elements of `addTechnique.regions`) may be `"@site"`: the region and
 * side of the intake entry the rule's binding predicate matched.
 *
 * @example
 * EffectSchema.safeParse({ kind: 'capPressure', max: 2, message: 'Light pressure.' }).success; // true
 * EffectSchema.safeParse({ kind: 'capPressure', max: 0, message: 'Light pressure.' }).success; // false
 * EffectSchema.safeParse({ kind: 'avoid', region: '@site', side: '@site', message: 'Not over the site.' }).success; // true
 */
export const EffectSchema = /* @__PURE__ */ (() =>
  z
    .discriminatedUnion('kind', OPTIONS)
    // An unknown or missing `kind` is said as such (with the nearest kind),
    // not as the union's "Invalid input".
    .check(locateUnionIssues(chooseEffect, 'kind')))();

/** An effect of a data rule, as validated (the output of {@link EffectSchema}); may hold `"@site"`. */
export type DataEffect = z.output<typeof EffectSchema>;
/** An effect of a data rule as written (the input of {@link EffectSchema}). */
export type DataEffectInput = z.input<typeof EffectSchema>;
