import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import type { Catalog } from '../../src/catalog/Catalog.js';
import { IntakeSchema, type Intake, type IntakeInput } from '../../src/intake/IntakeSchema.js';
import type { Effect } from '../../src/rules/Effect.js';
import type { Rule, RuleContext } from '../../src/rules/Rule.js';

// Rule-level tests: one rule, one intake, the exact effects. The intake is
// validated like any input, starting from a minimal valid one.

/** The minimal intake the rule tests start from (neck pain, moderate, chronic). */
export const BASE: IntakeInput = {
  assessedOn: '2026-12-01',
  conditions: [{ condition: 'neck-pain', severity: 'moderate' }],
  goals: ['pain-relief'],
};

/** A validated intake: {@link BASE} with some fields replaced. */
export const intakeWith = (overrides: Partial<IntakeInput> = {}): Intake => IntakeSchema.parse({ ...BASE, ...overrides });

/** The rule context for an intake built by {@link intakeWith}. */
export const ctxWith = (overrides: Partial<IntakeInput> = {}, catalog: Catalog = defaultCatalog): RuleContext => ({
  intake: intakeWith(overrides),
  catalog,
});

/** A built-in rule by id (throws when there is none, so a renamed rule fails loudly). */
export function ruleOf(id: string): Rule {
  const rule = defaultCatalog.rules.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
}

/** The effects of one rule on an intake, or `null` when the rule does not apply. */
export function fire(id: string, overrides: Partial<IntakeInput> = {}): readonly Effect[] | null {
  const rule = ruleOf(id);
  const ctx = ctxWith(overrides);
  return rule.when(ctx) ? rule.then(ctx) : null;
}

/** The effects of one rule on a context built by hand (for states the schema cannot produce). */
export function fireOn(id: string, ctx: RuleContext): readonly Effect[] | null {
  const rule = ruleOf(id);
  return rule.when(ctx) ? rule.then(ctx) : null;
}

/** Techniques that reach pressure 4 or 5, as listed in the default catalogue. */
export const DEEP_TECHNIQUES = ['deep-tissue', 'trigger-point', 'myofascial-release', 'neuromuscular', 'cross-fiber-friction', 'percussion'] as const;
