import type { Rule } from '../Rule.js';
import { compileDataRule } from './compileDataRule.js';
import type { DataRule } from './DataRuleSchema.js';

/**
 * Declares a built-in rule as data: the JSON a vendor could write, compiled
 * once. The rule tables use it for the rules simple enough to be data, so
 * the docs and `formatPlan` can show their logic in plain words
 * (`describeRule`); a test checks every such rule against `DataRuleSchema`.
 *
 * @param rule - the rule as data
 * @returns the compiled rule
 * @example
 * const rule = dataRule({
 *   id: 'precaution/example', family: 'precaution', description: 'An example.', source: 'WERNER-PATHOLOGY',
 *   when: { history: 'diabetes' }, then: [{ kind: 'addPrecaution', id: 'example', message: 'Check the skin.' }],
 * });
 * rule.triggers; // ['history:diabetes']
 */
export function dataRule(rule: DataRule): Rule {
  return compileDataRule(rule);
}
