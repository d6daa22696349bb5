import type { Rule } from './Rule.js';

/**
 * A rule as the built-in rule tables write it: a {@link Rule} whose
 * `description` may be left out, because it is kept in `ruleDescriptions.ts`
 * (documentation, attached by `defaultCatalog`; no plan carries it).
 */
export type RuleDefinition = Omit<Rule, 'description'> & { description?: string };

/**
 * Declares a rule, so rule tables read as data and are checked against
 * {@link Rule} one entry at a time. A rule written without a description gets
 * an empty one, in its place after `family`: the engine's built-in catalogue
 * runs it so; `defaultCatalog` gives it its text from `RULE_DESCRIPTIONS`.
 *
 * @param definition - the rule
 * @returns the rule, with its description (empty when none was written)
 * @example
 * const r = defineRule({
 *   id: 'precaution/example', family: 'precaution', source: 'WERNER-PATHOLOGY',
 *   description: 'An example.', when: () => true, then: () => [],
 * });
 * r.description; // 'An example.'
 */
export function defineRule(definition: RuleDefinition): Rule {
  const { id, family, ...rest } = definition;
  return { id, family, description: '', ...rest };
}
