import type { Catalog } from '../catalog/Catalog.js';
import { compiledCatalogOption } from '../catalog/catalogOption.js';
import { builtInCatalog } from '../catalog/builtInCatalog.js';
import { compiledOf, type CompiledCatalog } from '../catalog/sealCatalog.js';
import type { CatalogIds, DefaultIds } from '../intake/CatalogIds.js';
import { IntakeError } from '../intake/IntakeError.js';
import type { Intake, IntakeInput, IntakeInputOf } from '../intake/IntakeSchema.js';
import { safeParseWith, type SafeResult } from '../intake/parseWith.js';
import { evaluateRules } from './evaluateRules.js';
import type { Recommendation, TreatmentPlan } from './RecommendationSchema.js';
import { resolveRecommendation } from './resolveRecommendation.js';

/** Options of {@link recommendPlan}; unknown keys are errors. */
export interface RecommendOptions<I extends CatalogIds = DefaultIds> {
  /** The catalogue to use, made by `extendCatalog`; default {@link defaultCatalog}. */
  catalog?: Catalog<I>;
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
 * @param intake - an intake already validated by `parseIntake` against this catalogue
 * @param catalog - the catalogue (made by `defaultCatalog` or `extendCatalog`)
 * @param phasesOverride - phases decided elsewhere (a reassessment's next phases) instead of the dose rules' taper
 * @returns the recommendation
 * @throws {@link IntakeError} when the catalogue was not made by this library or one of its rules fails
 */
export function recommendFromIntake(
  intake: Intake,
  catalog: Catalog<CatalogIds> = builtInCatalog,
  phasesOverride?: readonly TreatmentPlan['phases'][number][],
): Recommendation {
  const compiled = compiledOf(catalog);
  if (compiled === undefined) {
    throw new IntakeError([{ path: ['catalog'], code: 'invalid_catalog', message: 'catalog was not made by defaultCatalog or extendCatalog' }]);
  }
  return recommendFromCompiled(intake, compiled, phasesOverride);
}

/**
 * {@link recommendFromIntake} for a catalogue whose compiled parts are at hand.
 *
 * @param intake - the validated intake
 * @param compiled - the catalogue's compiled parts
 * @param phasesOverride - phases decided elsewhere
 * @returns the recommendation
 * @throws {@link IntakeError} when one of the catalogue's rules fails, or a vendor's function rule
 *   makes a plan the catalogue's plan schema rejects
 */
export function recommendFromCompiled(
  intake: Intake,
  compiled: CompiledCatalog,
  phasesOverride?: readonly TreatmentPlan['phases'][number][],
): Recommendation {
  const ctx = { intake, catalog: compiled.catalog as unknown as Catalog };
  const recommendation = resolveRecommendation(ctx, evaluateRules(compiled, ctx), phasesOverride);
  // The library's own rules and validated data rules cannot make an invalid
  // plan (property-tested); a vendor's function rule might, so its plans are checked.
  if (compiled.guard !== undefined) {
    const problem = compiled.guard.recommendation(recommendation);
    if (problem !== undefined) {
      throw new IntakeError([{ path: ['catalog', 'rules'], code: 'rule_failed', message: `the catalogue's function rules ${problem}` }]);
    }
  }
  return recommendation;
}

/**
 * Turns an intake into a recommendation: a dated treatment plan, a referral
 * or a deferral, each with the rules and sources behind it.
 *
 * Typed for both kinds of caller: an intake written in code (an object
 * literal, or a value declared `as const`) is checked against
 * {@link IntakeInput} (or, with a vendor's catalogue, against that
 * catalogue's ids) by the compiler, with completions for every id and an
 * error for a misspelled id or key; any other value (`unknown`, parsed JSON,
 * a request body, an imported `.json` file) is accepted as it is and
 * validated at run time ({@link UntypedIntake}).
 *
 * @param input - the intake (anything; it is validated against the catalogue's ids)
 * @param options - `catalog` to use a vendor's catalogue (made by `extendCatalog`); unknown keys are errors
 * @returns the recommendation
 * @throws {@link IntakeError} when the input is not a valid intake, an option is invalid, or a rule
 *   of the catalogue fails (code `rule_failed`, naming the rule)
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * if (result.kind === 'plan') console.log(result.plan.sessionMinutes); // 60
 */
export function recommendPlan<I extends CatalogIds>(input: NoInfer<IntakeInputOf<I>>, options: RecommendOptions<I> & { catalog: Catalog<I> }): Recommendation<I>;
export function recommendPlan(input: IntakeInput, options?: RecommendOptions): Recommendation;
export function recommendPlan<const T, I extends CatalogIds = DefaultIds>(input: UntypedIntake<T>, options?: RecommendOptions<I>): Recommendation<I>;
export function recommendPlan(input: unknown, options?: RecommendOptions<CatalogIds>): unknown {
  const result = safeRecommendPlan(input, options as RecommendOptions);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link recommendPlan}, but returns invalid input (or a failing rule) as a value instead of throwing.
 *
 * @param input - the intake (anything; it is validated)
 * @param options - `catalog` to use a vendor's catalogue; unknown keys are errors
 * @returns `{ success: true, data }` with the recommendation, or `{ success: false, error }` with an `IntakeError`
 * @example
 * const result = safeRecommendPlan({ assessedOn: 'tomorrow' });
 * if (!result.success) console.log(result.error.issues.length > 0); // true
 */
export function safeRecommendPlan<I extends CatalogIds = DefaultIds>(input: unknown, options?: RecommendOptions<I>): SafeResult<Recommendation<I>> {
  const compiled = compiledCatalogOption(options);
  if (!compiled.success) return compiled;
  const parsed = safeParseWith(compiled.data.schemas.IntakeSchema, input);
  if (!parsed.success) return parsed;
  try {
    return { success: true, data: recommendFromCompiled(parsed.data as unknown as Intake, compiled.data) as unknown as Recommendation<I> };
  } catch (error) {
    if (error instanceof IntakeError) return { success: false, error };
    throw error;
  }
}
