import type { Catalog } from '../catalog/Catalog.js';
import type { Intake } from '../intake/IntakeSchema.js';
import type { DataRule } from './data/DataRuleSchema.js';
import type { Effect } from './Effect.js';

/**
 * The families of rules, in the order the engine evaluates them.
 *
 * Order matters only for the trace and for ties; precedence between effects
 * is decided by the resolver, never by evaluation order.
 */
export const RULE_FAMILIES = [
  'red-flag',
  'no-massage',
  'local',
  'precaution',
  'condition',
  'dose',
  'goal',
  'care',
  'preference',
] as const;

/** One of {@link RULE_FAMILIES}. */
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/** What a rule sees: the validated intake and the catalogue in use. */
export interface RuleContext {
  intake: Intake;
  catalog: Catalog;
}

/**
 * A rule as typed data: an id, a plain description, the source it rests on,
 * a predicate and the effects it yields.
 *
 * Rules read clinical facts from `ctx.catalog`, never from module scope, so
 * a vendor's `extendCatalog` override of a condition or flag changes what the
 * built-in rules do.
 */
export interface Rule {
  /** Stable id, e.g. `red-flag/saddle-anesthesia`; cited in `because` lists and the trace. */
  id: string;
  family: RuleFamily;
  /** What the rule does and why, in a sentence a therapist can check. Rules on practice-level sources say so. */
  description: string;
  /** Id of the source in the catalogue. */
  source: string;
  /** Whether the rule applies to this intake. */
  when: (ctx: RuleContext) => boolean;
  /** The effects the rule yields when it applies. */
  then: (ctx: RuleContext) => readonly Effect[];
  /**
   * Index keys (see `triggerKey`, e.g. `history:diabetes`): the rule can
   * only apply when the intake contains one of these keys; the engine skips
   * it otherwise. Absent: the rule is evaluated for every intake.
   */
  triggers?: readonly string[];
  /**
   * The JSON form a data rule was compiled from, so that a catalogue patch
   * round-trips and `describeRule` can explain it. Absent on function rules.
   */
  data?: DataRule;
}
