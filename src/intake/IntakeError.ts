/** One problem found in an input: where it is, what kind, and a plain sentence. */
export interface IntakeIssue {
  /** Path from the root of the input, e.g. `['conditions', 0, 'painScore']`. */
  path: (string | number)[];
  /** A stable machine-readable code, e.g. `too_big`, `unknown_id`, `unknown_key`. */
  code: string;
  /** A sentence that starts with the path, e.g. `conditions[0].painScore must be between 0 and 10`. */
  message: string;
}

// A registry symbol (`Symbol.for`) is the same value in every copy of the
// library loaded in one realm — the ESM and the CJS build, or two installed
// versions — where `instanceof` only knows its own class.
const BRAND: unique symbol = Symbol.for('massage-plan.IntakeError') as never;

/**
 * The one error the library throws: the input was not valid.
 *
 * Check for it with {@link IntakeError.is}, which also recognizes an error
 * thrown by another copy of the library (its ESM and CJS builds, loaded
 * together, are two classes; `instanceof` only knows its own).
 *
 * @example
 * import { parseIntake, IntakeError } from 'massage-plan';
 * try {
 *   parseIntake({ assessedOn: '2026-02-30' });
 * } catch (error) {
 *   if (IntakeError.is(error)) console.log(error.issues.map((i) => i.message));
 * }
 */
export class IntakeError extends Error {
  /**
   * Tells whether a value is an `IntakeError` from any copy of this library
   * (ESM or CJS build, any version that has this brand), unlike `instanceof`.
   *
   * @param value - anything, typically what a `catch` caught
   * @returns `true` when the value carries the `IntakeError` brand
   * @example
   * IntakeError.is(new IntakeError([{ path: [], code: 'custom', message: 'no' }])); // true
   * IntakeError.is(new Error('no')); // false
   * IntakeError.is({ name: 'IntakeError', issues: [] }); // false
   */
  static is(value: unknown): value is IntakeError {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }


  /** Every problem found, in input order. */
  readonly issues: IntakeIssue[];

  /**
   * Builds the error from its issues; its message lists them, one per line.
   *
   * @param issues - the problems found (at least one)
   */
  constructor(issues: IntakeIssue[]) {
    super(
      issues.length === 1
        ? `Invalid input: ${issues[0]?.message ?? ''}`
        : `Invalid input (${issues.length} problems):\n${issues.map((i) => `- ${i.message}`).join('\n')}`,
    );
    this.name = 'IntakeError';
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true });
  }
}
