import type { Catalog } from '../catalog/Catalog.js';
import type { CatalogIds, DefaultIds } from '../intake/CatalogIds.js';
import type { IntakeOf } from '../intake/IntakeSchema.js';
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

/** What a rule sees: the validated intake and the catalogue in use (with ids `I`). */
export interface RuleContext<I extends CatalogIds = DefaultIds> {
  intake: IntakeOf<I>;
  catalog: Catalog<I>;
}

/**
 * A rule as typed data: an id, a plain description, the source it rests on,
 * a predicate and the effects it yields.
 *
 * Rules read clinical facts from `ctx.catalog`, never from module scope, so
 * a vendor's `extendCatalog` override of a condition or flag changes what the
 * built-in rules do. A vendor's function rule for a catalogue with new ids is
 * a `Rule<IdsOf<typeof catalog>>` (or `Rule<CatalogIds>`, ids as strings);
 * what it yields is checked when it runs.
 */
export interface Rule<I extends CatalogIds = DefaultIds> {
  /** Stable id, e.g. `red-flag/saddle-anesthesia`; cited in `because` lists and the trace. */
  id: string;
  family: RuleFamily;
  /** What the rule does and why, in a sentence a therapist can check. Rules on practice-level sources say so. */
  description: string;
  /** Id of the source in the catalogue. */
  source: string;
  /**
   * The rule can only apply when the intake contains one of these keys
   * (`condition:<id>`, `history:<id>`, `redFlag:<id>`, `goal:<id>`,
   * `clearance:<id>`); the engine skips it otherwise, so a rule that cannot
   * apply costs nothing. Absent: the rule is evaluated for every intake.
   */
  triggers?: readonly string[];
  /** Whether the rule applies to this intake. */
  when(ctx: RuleContext<I>): boolean;
  /** The effects the rule yields when it applies. */
  then(ctx: RuleContext<I>): readonly Effect<I>[];
  /**
   * The JSON form a data rule was compiled from, so that a catalogue patch
   * round-trips and `describeRule` can explain it. Absent on function rules.
   */
  data?: DataRule;
}
