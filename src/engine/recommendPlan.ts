import type { Catalog } from '../catalog/Catalog.js';
import { defaultCatalog } from '../catalog/defaultCatalog.js';
import type { Intake, IntakeInput } from '../intake/IntakeSchema.js';
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
 * What {@link recommendPlan} accepts besides an {@link IntakeInput}: any
 * value, except an intake written out in code. An intake is written out in
 * code when its `assessedOn` has a literal type — an inline object literal,
 * or a value declared `as const` — and then it must be an `IntakeInput`,
 * so a misspelled id or key is a compile error. Values of type `unknown` or
 * `any`, parsed JSON, an imported `.json` file (whose strings are typed
 * `string`) pass here and are validated at run time.
 *
 * @example
 * const body: unknown = JSON.parse('{"assessedOn":"2026-03-02"}');
 * const accepted: UntypedIntake<typeof body> = body;
 * void accepted;
 */
export type UntypedIntake<T> = unknown extends T
  ? T
  : T extends { readonly assessedOn: infer D }
    ? string extends D
      ? T
      : never
    : T;

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
 * Typed for both kinds of caller: an intake written in code (an object
 * literal, or a value declared `as const`) is checked against
 * {@link IntakeInput} by the compiler, with completions for every id and an
 * error for a misspelled id or key; any other value (`unknown`, parsed JSON,
 * a request body, an imported `.json` file) is accepted as it is and
 * validated at run time ({@link UntypedIntake}).
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
export function recommendPlan(input: IntakeInput, options?: RecommendOptions): Recommendation;
export function recommendPlan<const T>(input: UntypedIntake<T>, options?: RecommendOptions): Recommendation;
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
