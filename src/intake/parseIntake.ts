import { compiledCatalogOption } from '../catalog/catalogOption.js';
import type { Catalog } from '../catalog/Catalog.js';
import type { CatalogIds, DefaultIds } from './CatalogIds.js';
import type { IntakeOf } from './IntakeSchema.js';
import { safeParseWith, type SafeResult } from './parseWith.js';

/** Options of {@link parseIntake}: the catalogue whose ids the intake may use. */
export interface ParseIntakeOptions<I extends CatalogIds = DefaultIds> {
  /** The catalogue; default `defaultCatalog`. */
  catalog?: Catalog<I>;
}

/**
 * Validates an intake and returns it normalized (acuity derived, repeats removed).
 *
 * @param input - anything, typically parsed JSON
 * @param options - `catalog`: accept that catalogue's ids (and only those) instead of the built-in ones
 * @returns the validated intake
 * @throws {@link IntakeError} listing every problem with its path
 * @example
 * const intake = parseIntake({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'low-back-pain', severity: 'moderate', onset: '2026-02-20' }],
 *   goals: ['pain-relief'],
 * });
 * intake.conditions[0]?.acuity; // 'acute'
 */
export function parseIntake<I extends CatalogIds = DefaultIds>(input: unknown, options?: ParseIntakeOptions<I>): IntakeOf<I> {
  const result = safeParseIntake(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Validates an intake without throwing.
 *
 * @param input - anything, typically parsed JSON
 * @param options - `catalog`: accept that catalogue's ids (and only those) instead of the built-in ones
 * @returns `{ success: true, data }` or `{ success: false, error }` with an {@link IntakeError}
 * @example
 * const result = safeParseIntake({ assessedOn: '2026-02-30' });
 * if (!result.success) console.log(result.error.issues[0]?.message);
 * // 'assessedOn is not a real calendar date (2026-02-30 does not exist)'
 */
export function safeParseIntake<I extends CatalogIds = DefaultIds>(input: unknown, options?: ParseIntakeOptions<I>): SafeResult<IntakeOf<I>> {
  const compiled = compiledCatalogOption(options);
  if (!compiled.success) return compiled;
  return safeParseWith(compiled.data.schemas.IntakeSchema, input) as SafeResult<IntakeOf<I>>;
}
