import type { Rule } from '../Rule.js';
import { compileDataRule } from './compileDataRule.js';
import type { DataRule } from './DataRuleSchema.js';

/**
 * Declares a built-in rule as data: the JSON a vendor could write, compiled
 * once. The rule tables use it for the rules simple enough to be data, so
 * the docs and `formatPlan` can show their logic in plain words
 * (`describeRule`); a test checks every such rule of `defaultCatalog`
 * against `DataRuleSchema`. Like `defineRule`, the description may be left
 * out here (it is kept in `ruleDescriptions.ts`): the rule and its JSON then
 * carry an empty one until `defaultCatalog` attaches the text.
 *
 * @param rule - the rule as data, its description optional
 * @returns the compiled rule
 * @example
 * const rule = dataRule({
 *   id: 'precaution/example', family: 'precaution', description: 'An example.', source: 'WERNER-PATHOLOGY',
 *   when: { history: 'diabetes' }, then: [{ kind: 'addPrecaution', id: 'example', message: 'Check the skin.' }],
 * });
 * rule.triggers; // ['history:diabetes']
 */
export function dataRule(rule: Omit<DataRule, 'description'> & { description?: string }): Rule {
  const { id, family, ...rest } = rule;
  return compileDataRule({ id, family, description: '', ...rest });
}
