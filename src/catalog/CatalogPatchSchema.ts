import * as z from 'zod';
import { RULE_FAMILIES, type Rule } from '../rules/Rule.js';
import {
  ConditionSchema,
  HistoryFlagSchema,
  OutcomeMeasureSchema,
  RedFlagSchema,
  SourceSchema,
  TechniqueSchema,
} from './CatalogSchema.js';

const fn = (what: string) =>
  z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', { error: `must be a function (${what})` });

/** A rule as a vendor supplies it: data plus its `when` and `then` functions. */
export const RuleSchema = z.strictObject({
  id: z.string().min(1).max(120),
  family: z.enum(RULE_FAMILIES),
  description: z.string().min(1).max(600),
  source: z.string().min(1).max(40),
  /** Whether the rule applies: `(ctx: RuleContext) => boolean`. */
  when: fn('ctx => boolean'),
  /** The effects it yields when it applies: `(ctx: RuleContext) => Effect[]`. */
  then: fn('ctx => Effect[]'),
});

/**
 * What {@link extendCatalog} accepts: entries to add or override (matched by
 * `id`), rules to add or override, and rule ids to remove.
 */
export const CatalogPatchSchema = z.strictObject({
  version: z.string().min(1).max(80).optional(),
  sessionMinutes: z.strictObject({ min: z.number().int().min(1).max(240), max: z.number().int().min(1).max(240) }).optional(),
  sources: z.array(SourceSchema).max(500).optional(),
  techniques: z.array(TechniqueSchema).max(14).optional(),
  conditions: z.array(ConditionSchema).max(12).optional(),
  historyFlags: z.array(HistoryFlagSchema).max(30).optional(),
  redFlags: z.array(RedFlagSchema).max(17).optional(),
  outcomeMeasures: z.array(OutcomeMeasureSchema).max(9).optional(),
  rules: z.array(RuleSchema).max(500).optional(),
  removeRules: z.array(z.string().min(1).max(120)).max(500).optional(),
});

/** A validated catalogue patch. */
export type CatalogPatch = Omit<z.output<typeof CatalogPatchSchema>, 'rules'> & { rules?: Rule[] };
/** A catalogue patch as a vendor writes it. */
export type CatalogPatchInput = Omit<z.input<typeof CatalogPatchSchema>, 'rules'> & { rules?: Rule[] };
