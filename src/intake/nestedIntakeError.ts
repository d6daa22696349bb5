import { IntakeError } from './IntakeError.js';

/**
 * Restates the issues of a nested input from the caller's point of view:
 * `id must be …` becomes `options.id must be …`, with the path prefixed too.
 *
 * @param name - the argument the input was passed as, e.g. `options` or `plan`
 * @param error - the error found in that argument
 * @returns a new error whose paths and messages start at `name`
 * @example
 * const error = new IntakeError([{ path: ['id'], code: 'invalid_type', message: 'id must be a string' }]);
 * nestedIntakeError('options', error).issues[0]?.path; // ['options', 'id']
 * nestedIntakeError('options', error).issues[0]?.message; // 'options.id must be a string'
 */
export function nestedIntakeError(name: string, error: IntakeError): IntakeError {
  return new IntakeError(
    error.issues.map((issue) => ({
      ...issue,
      path: [name, ...issue.path],
      message: issue.path.length === 0 ? issue.message.replace(/^input\b/, name) : `${name}.${issue.message}`,
    })),
  );
}
