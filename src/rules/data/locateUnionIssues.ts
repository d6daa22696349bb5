import * as z from 'zod';

/**
 * What to report instead of zod's opaque "Invalid input" for a union whose
 * options all failed: the index of the option the input was meant for (its
 * own, located issues are reported), or issues to report in its place.
 */
export type UnionChoice = number | readonly UnionReplacement[];

/** An issue reported in place of a failed union, relative to the union's own path. */
export interface UnionReplacement {
  path: (string | number)[];
  message: string;
  /** Passed on to `toIntakeIssues` (e.g. `invalid_value` with `values`, so it can say "did you mean"). */
  code?: 'custom' | 'invalid_value';
  values?: readonly string[];
}

/**
 * A check for a `z.union` (or `z.discriminatedUnion`) that replaces the
 * union's own `invalid_union` issue, which says only "Invalid input" (or
 * lists the discriminator's values in code syntax), by located issues: those
 * of the option `choose` picks for the input, or the plain ones it returns.
 * An unknown key of the union's own object is also passed to `choose`, so it
 * can say which keys the chosen option takes. It runs even when the union
 * failed (`when`), and leaves every other issue alone.
 *
 * @param choose - given the input as written and what failed, picks the option the input was meant for, words the problem itself, or returns `undefined` to keep zod's issue
 * @param discriminator - for a discriminated union, its key (zod reports a bad value there)
 * @returns a check to pass to the union's `.check()`
 * @example
 * import * as z from 'zod';
 * const IdOrIds = z
 *   .union([z.string(), z.array(z.string())])
 *   .check(locateUnionIssues((input) => (Array.isArray(input) ? 1 : [{ path: [], message: 'must be text or a list' }])));
 * IdOrIds.safeParse(5).error?.issues[0]?.message; // 'must be text or a list'
 */
export function locateUnionIssues(
  choose: (input: unknown, failed: 'union' | 'unknown-keys') => UnionChoice | undefined,
  discriminator?: string,
): z.core.$ZodCheck<unknown> {
  return z.superRefine<unknown>(
    (input, ctx) => {
      const own = (issue: z.core.$ZodRawIssue): boolean =>
        issue.path === undefined ||
        issue.path.length === 0 ||
        (issue.code === 'invalid_union' && issue.path.length === 1 && issue.path[0] === discriminator);
      let at = ctx.issues.findIndex((issue) => issue.code === 'invalid_union' && own(issue));
      // When one option failed only softly (an unknown key), zod reports its
      // issues instead of the union's; an unknown key of the union's own
      // object is still worded by `choose`.
      if (at === -1) at = ctx.issues.findIndex((issue) => issue.code === 'unrecognized_keys' && own(issue));
      const failed = ctx.issues[at];
      if (failed === undefined) return;
      // After a soft failure the value is the option's output, without the
      // unknown keys; the issue keeps the input as written.
      const written = failed.code === 'unrecognized_keys' ? failed.input : input;
      const choice = choose(written, failed.code === 'invalid_union' ? 'union' : 'unknown-keys');
      if (choice === undefined || (typeof choice === 'number' && failed.code !== 'invalid_union')) return;
      // The option's issues are already finalized (message and path set);
      // the containers above prefix their paths as the issues travel up.
      const replacement =
        typeof choice === 'number'
          ? failed.code === 'invalid_union'
            ? (failed.errors[choice] ?? [])
            : []
          : choice.map((r) =>
              r.code === 'invalid_value'
                ? { code: 'invalid_value' as const, path: r.path, message: r.message, values: [...(r.values ?? [])], input: pick(written, r.path) }
                : { code: 'custom' as const, path: r.path, message: r.message, input: pick(written, r.path) },
            );
      ctx.issues.splice(at, 1, ...(replacement as z.core.$ZodRawIssue[]));
    },
    { when: () => true },
  );
}

// The value at a relative path of the input, for `toIntakeIssues` to quote.
function pick(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
