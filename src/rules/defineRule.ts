import type { Rule } from './Rule.js';

/**
 * Declares a rule. An identity function: it exists so rule tables read as
 * data and are checked against {@link Rule} one entry at a time.
 *
 * @param definition - the rule
 * @returns the same rule
 * @example
 * const r = defineRule({
 *   id: 'precaution/example', family: 'precaution', source: 'WERNER-PATHOLOGY',
 *   description: 'An example.', when: () => true, then: () => [],
 * });
 */
export function defineRule(definition: Rule): Rule {
  return definition;
}
