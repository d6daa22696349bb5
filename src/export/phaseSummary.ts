import type { Phase } from '../engine/RecommendationSchema.js';
import { frequencyLabel } from '../schedule/frequencyLabel.js';

/**
 * Says how long something lasts in weeks, rounded to one decimal.
 *
 * @param weeks - a number of weeks
 * @returns `'1 week'`, `'4 weeks'`, `'2.5 weeks'`
 * @example
 * weeksLabel(1); // '1 week'
 */
export function weeksLabel(weeks: number): string {
  const rounded = Math.round(weeks * 10) / 10;
  return rounded === 1 ? '1 week' : `${rounded} weeks`;
}

/**
 * Says one phase's frequency and duration the way a plan of care does.
 *
 * @param phase - a phase of the plan
 * @returns e.g. `'2×/week for 4 weeks'`, `'every 2 weeks for 8 weeks'`
 * @example
 * phaseLabel({ phase: 'transition', sessionsPerWeek: 1, weeks: 4, because: [] }); // 'weekly for 4 weeks'
 */
export function phaseLabel(phase: Phase): string {
  return `${phaseFrequency(phase)} for ${weeksLabel(phase.weeks)}`;
}

/**
 * Says how often one phase's sessions fall, from `everyWeeks` when the phase
 * has it (so a legend and the rule text say the same "every 2 weeks"), else
 * from `sessionsPerWeek`.
 *
 * @param phase - a phase of the plan
 * @returns e.g. `'2×/week'`, `'weekly'`, `'every 2 weeks'`
 * @example
 * phaseFrequency({ phase: 'maintenance', sessionsPerWeek: 0.5, everyWeeks: 2, weeks: 8, because: [] }); // 'every 2 weeks'
 */
export function phaseFrequency(phase: Phase): string {
  return phase.everyWeeks === undefined ? frequencyLabel(phase.sessionsPerWeek) : `every ${phase.everyWeeks} weeks`;
}

/**
 * Says the whole taper in one phrase: each phase's frequency and duration,
 * in order.
 *
 * @param phases - the plan's phases, intensive first
 * @returns e.g. `'2×/week for 4 weeks, then weekly for 4 weeks'`; empty for no phases
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * if (result.kind === 'plan') phaseSummary(result.plan.phases); // '2×/week for 4 weeks, then weekly for 4 weeks, then every 2 weeks for 8 weeks'
 */
export function phaseSummary(phases: readonly Phase[]): string {
  return phases.map(phaseLabel).join(', then ');
}
