import type { Catalog } from '../catalog/Catalog.js';
import { defaultCatalog } from '../catalog/defaultCatalog.js';
import type { Intake } from '../intake/IntakeSchema.js';
import { safeParseIntake } from '../intake/parseIntake.js';
import type { SafeResult } from '../intake/parseWith.js';
import { evaluateRules } from './evaluateRules.js';
import type { Recommendation, TreatmentPlan } from './RecommendationSchema.js';
import { resolveRecommendation } from './resolveRecommendation.js';

/** Options of {@link recommendPlan}. */
export interface RecommendOptions {
  /** The catalogue to use; default {@link defaultCatalog}. */
  catalog?: Catalog;
}

/**
 * Runs the rules of a catalogue over a validated intake.
 *
 * @param intake - an intake already validated by `parseIntake`
 * @param catalog - the catalogue
 * @param phasesOverride - phases decided elsewhere (a reassessment's next phases) instead of the dose rules' taper
 * @returns the recommendation
 */
export function recommendFromIntake(
  intake: Intake,
  catalog: Catalog = defaultCatalog,
  phasesOverride?: readonly TreatmentPlan['phases'][number][],
): Recommendation {
  const ctx = { intake, catalog };
  return resolveRecommendation(ctx, evaluateRules(catalog.rules, ctx), phasesOverride);
}

/**
 * Turns an intake into a recommendation: a dated treatment plan, a referral
 * or a deferral, each with the rules and sources behind it.
 *
 * @param input - the intake (anything; it is validated)
 * @param options - `catalog` to use a vendor's catalogue
 * @returns the recommendation
 * @throws {@link IntakeError} when the input is not a valid intake
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * if (result.kind === 'plan') console.log(result.plan.sessionMinutes); // 60
 */
export function recommendPlan(input: unknown, options: RecommendOptions = {}): Recommendation {
  const result = safeRecommendPlan(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link recommendPlan}, but returns invalid input as a value instead of throwing.
 *
 * @param input - the intake (anything; it is validated)
 * @param options - `catalog` to use a vendor's catalogue
 * @returns `{ success: true, data }` with the recommendation, or `{ success: false, error }` with an `IntakeError`
 * @example
 * const result = safeRecommendPlan({ assessedOn: 'tomorrow' });
 * if (!result.success) console.log(result.error.issues.length > 0); // true
 */
export function safeRecommendPlan(input: unknown, options: RecommendOptions = {}): SafeResult<Recommendation> {
  const parsed = safeParseIntake(input);
  if (!parsed.success) return parsed;
  return { success: true, data: recommendFromIntake(parsed.data, options.catalog) };
}
