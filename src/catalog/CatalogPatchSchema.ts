import * as z from 'zod';
import type { CatalogIds } from '../intake/CatalogIds.js';
import type { ReadonlyArrays } from '../intake/IntakeSchema.js';
import { DataRuleSchema } from '../rules/data/DataRuleSchema.js';
import { RULE_FAMILIES, type Rule } from '../rules/Rule.js';
import {
  ClearanceSchema,
  ConditionSchema,
  HistoryFlagSchema,
  OutcomeMeasureSchema,
  RedFlagSchema,
  RegionSchema,
  SourceSchema,
  TechniqueSchema,
} from './CatalogSchema.js';

const fn = (what: string) =>
  z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', { error: `must be a function (${what})` });

/**
 * A function rule as a vendor supplies it in code: data plus its `when` and
 * `then` functions. (A rule kept as JSON is a data rule: `DataRuleSchema`.)
 */
export const RuleSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().min(1).max(120),
    family: z.enum(RULE_FAMILIES),
    description: z.string().min(1).max(600),
    source: z.string().min(1).max(40),
    /** Keys that must be in the intake for the rule to apply (see `Rule.triggers`). */
    triggers: z.array(z.string().min(1).max(80)).max(200).optional(),
    /** Whether the rule applies: `(ctx: RuleContext) => boolean`. */
    when: fn('ctx => boolean'),
    /** The effects it yields when it applies: `(ctx: RuleContext) => Effect[]`. */
    then: fn('ctx => Effect[]'),
  }))();

const entries = <T extends z.ZodType>(entry: T, max: number, what: string) =>
  z.array(entry).max(max, { error: `must list at most ${max} ${what}` }).optional();

/** The parts of a patch that are catalogue entries and settings (everything but rules). */
export const CatalogPatchEntriesShape = /* @__PURE__ */ (() => ({
  version: z.string().min(1).max(80).optional(),
  sessionMinutes: z.strictObject({ min: z.number().int().min(1).max(240), max: z.number().int().min(1).max(240) }).optional(),
  sources: entries(SourceSchema, 2000, 'sources'),
  techniques: entries(TechniqueSchema, 200, 'techniques'),
  regions: entries(RegionSchema, 100, 'regions'),
  conditions: entries(ConditionSchema, 300, 'conditions'),
  historyFlags: entries(HistoryFlagSchema, 300, 'history flags'),
  redFlags: entries(RedFlagSchema, 200, 'red flags'),
  outcomeMeasures: entries(OutcomeMeasureSchema, 100, 'outcome measures'),
  clearances: entries(ClearanceSchema, 50, 'clearances'),
  removeRules: z.array(z.string().min(1).max(120)).max(2000).optional(),
}))();

/** Most rules one patch may add. */
export const MAX_PATCH_RULES = 5000;

/** The patch's entries and settings, without its rules (validated one by one: a rule is a function rule or a data rule). */
export const CatalogPatchEntriesSchema = /* @__PURE__ */ z.strictObject(CatalogPatchEntriesShape);

/**
 * A catalogue patch kept as JSON, what {@link extendCatalog} accepts (which
 * also takes function rules written in code): entries to add under new ids
 * or to override by id, data rules, and rule ids to remove. Its JSON Schema
 * is `catalogPatchJsonSchema()` (and `massage-plan/schema/catalog-patch.json`).
 *
 * @example
 * CatalogPatchSchema.safeParse({
 *   rules: [{
 *     id: 'clinic/no-percussion', family: 'precaution', description: 'House policy.', source: 'MP-DEFAULT',
 *     when: { always: true }, then: [{ kind: 'avoid', technique: 'percussion', message: 'Not offered here.' }],
 *   }],
 * }).success; // true
 */
export const CatalogPatchSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...CatalogPatchEntriesShape,
    rules: z.array(DataRuleSchema).max(MAX_PATCH_RULES, { error: `must list at most ${MAX_PATCH_RULES} rules` }).optional(),
  }))();

/** The ids a patch's entries of one kind add: `string` for a patch typed `any` (parsed JSON). */
type IdsIn<P, K extends string> = 0 extends 1 & P
  ? string
  : P extends { readonly [k in K]?: readonly (infer E)[] | undefined }
  ? E extends { readonly id: infer X extends string }
    ? X
    : never
  : never;

/** The ids of a catalogue with ids `I` once `P` has extended it. */
export type ExtendedIds<I extends CatalogIds, P> = {
  condition: I['condition'] | IdsIn<P, 'conditions'>;
  technique: I['technique'] | IdsIn<P, 'techniques'>;
  region: I['region'] | IdsIn<P, 'regions'>;
  historyFlag: I['historyFlag'] | IdsIn<P, 'historyFlags'>;
  redFlag: I['redFlag'] | IdsIn<P, 'redFlags'>;
  outcomeMeasure: I['outcomeMeasure'] | IdsIn<P, 'outcomeMeasures'>;
  clearance: I['clearance'] | IdsIn<P, 'clearances'>;
};

/** A validated catalogue patch kept as JSON (data rules only). */
export type CatalogPatch = z.output<typeof CatalogPatchSchema>;

/**
 * A catalogue patch as a vendor writes it: the JSON form ({@link CatalogPatch}
 * input, arrays readonly so a patch written `as const` is one), whose rules
 * may also be function rules written in code.
 */
export type CatalogPatchInput = ReadonlyArrays<Omit<z.input<typeof CatalogPatchSchema>, 'rules'>> & {
  readonly rules?: readonly (Rule<CatalogIds> | ReadonlyArrays<z.input<typeof DataRuleSchema>>)[];
};
