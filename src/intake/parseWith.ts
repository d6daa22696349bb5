import type * as z from 'zod';
import { IntakeError } from './IntakeError.js';
import { toIntakeIssues } from './toIntakeIssues.js';

/** The result of a safe parse: the data, or the {@link IntakeError} that says why not. */
export type SafeResult<T> = { success: true; data: T } | { success: false; error: IntakeError };

/**
 * Validates any input against a schema and never throws: every failure,
 * even a getter or proxy that throws while being read, becomes an
 * {@link IntakeError}.
 *
 * @param schema - the zod schema to validate against
 * @param input - anything
 * @returns the parsed data or the error
 */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown): SafeResult<z.output<S>> {
  try {
    // Valid input is parsed once, without `reportInput`: asking zod to keep
    // each issue's input doubles the cost of every parse (measured in
    // docs/performance.md), and only the messages of a failure need it.
    const fast = schema.safeParse(input);
    if (fast.success) return { success: true, data: fast.data };
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return { success: true, data: result.data };
    return { success: false, error: new IntakeError(toIntakeIssues(result.error.issues, schema)) };
  } catch {
    return {
      success: false,
      error: new IntakeError([
        { path: [], code: 'unreadable', message: 'input could not be read (a property threw when accessed)' },
      ]),
    };
  }
}
