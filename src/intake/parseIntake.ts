import { IntakeSchema, type Intake } from './IntakeSchema.js';
import { safeParseWith, type SafeResult } from './parseWith.js';

/**
 * Validates an intake and returns it normalized (acuity derived, repeats removed).
 *
 * @param input - anything, typically parsed JSON
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
export function parseIntake(input: unknown): Intake {
  const result = safeParseIntake(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Validates an intake without throwing.
 *
 * @param input - anything, typically parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, error }` with an {@link IntakeError}
 * @example
 * const result = safeParseIntake({ assessedOn: '2026-02-30' });
 * if (!result.success) console.log(result.error.issues[0]?.message);
 * // 'assessedOn is not a real calendar date (2026-02-30 does not exist)'
 */
export function safeParseIntake(input: unknown): SafeResult<Intake> {
  return safeParseWith(IntakeSchema, input);
}
