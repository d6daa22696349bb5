/** One problem found in an input: where it is, what kind, and a plain sentence. */
export interface IntakeIssue {
  /** Path from the root of the input, e.g. `['conditions', 0, 'painScore']`. */
  path: (string | number)[];
  /** A stable machine-readable code, e.g. `too_big`, `unknown_id`, `unknown_key`. */
  code: string;
  /** A sentence that starts with the path, e.g. `conditions[0].painScore must be between 0 and 10`. */
  message: string;
}

/**
 * The one error the library throws: the input was not valid.
 *
 * @example
 * import { parseIntake, IntakeError } from 'massage-plan';
 * try {
 *   parseIntake({ assessedOn: '2026-02-30' });
 * } catch (error) {
 *   if (error instanceof IntakeError) console.log(error.issues.map((i) => i.message));
 * }
 */
export class IntakeError extends Error {
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
  }
}
