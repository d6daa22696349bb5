import type { TraceEntry } from '../engine/RecommendationSchema.js';

/**
 * The reasons behind a plan item, in words: the trace details of the rules
 * its `because` list names, without repeats.
 *
 * A rule can yield several effects; `effect` narrows the details to the
 * effects of one kind (e.g. `'avoid'`), so an exclusion is explained by the
 * rule's exclusion message and not by its pressure cap.
 *
 * @param trace - the plan's trace
 * @param because - rule ids of the item
 * @param effect - only trace entries of this effect kind, when given
 * @returns the distinct details, in trace order; empty when the trace names none of the rules
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 *   history: [{ flag: 'varicose-veins', region: 'lower-leg', side: 'left' }],
 * });
 * if (result.kind === 'plan') ruleReasons(result.plan.trace, result.plan.avoid[0]?.because ?? [], 'avoid'); // ['Varicose veins: Avoid the affected region.']
 */
export function ruleReasons(trace: readonly TraceEntry[], because: readonly string[], effect?: string): string[] {
  const details = trace
    .filter((entry) => because.includes(entry.rule) && (effect === undefined || entry.effect === effect))
    .map((entry) => entry.detail);
  return [...new Set(details)];
}
