import fc from 'fast-check';

const DEFAULT_SEED = 20261127;
const DEFAULT_RUNS = 500;

// A typo in FC_SEED must not silently fall back to the default seed: the
// point of the variable is to replay one exact failing run.
function readInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got ${JSON.stringify(raw)}`);
  return value;
}

/**
 * Shared fast-check settings: `seed` from `FC_SEED` (default 20261127) and
 * `numRuns` from `FC_RUNS` (default 500). fast-check prints the seed and the
 * counterexample path of a failure; rerun with `FC_SEED=<seed>` to replay.
 *
 * @example
 * fc.assert(fc.property(fc.nat(), (n) => n >= 0), fcConfig);
 */
export const fcConfig: { readonly seed: number; readonly numRuns: number } = {
  seed: readInteger('FC_SEED', DEFAULT_SEED),
  numRuns: readInteger('FC_RUNS', DEFAULT_RUNS),
};

/**
 * Runs `fc.assert` with {@link fcConfig}, optionally overridden (e.g. fewer
 * runs for an expensive property), so every property test shares one seed.
 *
 * @param property - the property to check
 * @param overrides - fast-check parameters that replace the shared ones; `runsFactor` scales `numRuns` (at least 1 run)
 * @returns nothing; throws fast-check's error (with seed and path) on failure
 * @example
 * assertProperty(fc.property(fc.nat(), (n) => n >= 0), { runsFactor: 0.2 });
 */
export function assertProperty<Ts>(
  property: fc.IRawProperty<Ts>,
  overrides: fc.Parameters<Ts> & { runsFactor?: number } = {},
): void {
  const { runsFactor = 1, ...rest } = overrides;
  fc.assert(property, {
    seed: fcConfig.seed,
    numRuns: Math.max(1, Math.round(fcConfig.numRuns * runsFactor)),
    ...rest,
  });
}
