import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { addCalendarDays } from '../src/calendar/calendarDate.js';
import type { IntakeInput } from '../src/intake/IntakeSchema.js';
import { CONDITION_IDS, HISTORY_FLAG_IDS, REGION_IDS, type ConditionId } from '../src/intake/vocabulary.js';
import { defaultCatalog } from '../src/catalog/defaultCatalog.js';
import { intakeArbitrary } from '../test/support/arbitraries.js';

/**
 * The benchmark corpus: a fixed, seeded sample of valid intakes.
 *
 * The intakes come from the shared `intakeArbitrary` of the property tests
 * (valid by construction), sampled with a fixed seed so every run and every
 * machine measures the same inputs. `BENCH_SEED` overrides the seed; the
 * corpus fingerprint printed with the results says which corpus was used.
 */
export const BENCH_SEED = readSeed();
/** Intakes in the corpus. */
export const CORPUS_SIZE = 1000;

function readSeed(): number {
  const raw = process.env['BENCH_SEED'];
  if (raw === undefined || raw.trim() === '') return 20261127;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`BENCH_SEED must be an integer, got ${JSON.stringify(raw)}`);
  return value;
}

/** The fixed corpus of valid intakes (plans, referrals and deferrals mixed, as the generator makes them). */
export function benchCorpus(size = CORPUS_SIZE, seed = BENCH_SEED): IntakeInput[] {
  return fc.sample(intakeArbitrary(), { seed, numRuns: size });
}

/** A short hash of the corpus, to tell whether two runs measured the same inputs. */
export function fingerprint(corpus: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(corpus)).digest('hex').slice(0, 12);
}

// History flags that stop a plan (no massage now) and red flags always refer
// or defer; the variants below drop them so that both sides of a ratio build a
// full plan and the ratio measures how the plan's cost scales.
const BLOCKING_FLAGS = new Set(
  HISTORY_FLAG_IDS.filter((flag) => defaultCatalog.historyFlags[flag].tier === 'no-massage'),
);

/**
 * The intake without red flags, without "no massage now" history and
 * without pregnancy (first-trimester pregnancy defers): an intake that yields a plan.
 */
export function asPlanIntake(intake: IntakeInput): IntakeInput {
  const { redFlags: _redFlags, ...rest } = intake;
  const history = intake.history?.filter((entry) => !BLOCKING_FLAGS.has(entry.flag) && entry.flag !== 'pregnancy');
  return { ...rest, ...(history === undefined ? {} : { history }) };
}

// Padding for the many-condition variant: distinct conditions, each with a
// region (three conditions require one), rotated by the intake's index so the
// mix varies across the corpus.
const PAD_CONDITIONS: readonly ConditionId[] = CONDITION_IDS;

/**
 * The same intake with exactly `count` conditions: the intake's own first
 * conditions, padded with distinct others (a region is given where needed,
 * onset-free so the acuity is chronic).
 */
export function withConditionCount(intake: IntakeInput, count: number, index: number): IntakeInput {
  const own = intake.conditions.slice(0, count);
  const used = new Set(own.map((entry) => entry.condition));
  const padding: IntakeInput['conditions'][number][] = [];
  for (let k = 0; own.length + padding.length < count && k < PAD_CONDITIONS.length * 2; k++) {
    const condition = PAD_CONDITIONS[(index + k) % PAD_CONDITIONS.length] as ConditionId;
    if (used.has(condition)) continue;
    used.add(condition);
    const region = REGION_IDS[(index + k) % REGION_IDS.length] as (typeof REGION_IDS)[number];
    padding.push({ condition, severity: 'moderate', painScore: 5, region });
  }
  return { ...intake, conditions: [...own, ...padding] };
}

/**
 * The same intake with an authorization of `weeks` weeks from its start date
 * and no session cap, Monday to Friday, no blackouts: the schedule is limited
 * only by the taper, the authorization and the 90-day certification period.
 */
export function withAuthorizationWeeks(intake: IntakeInput, weeks: number): IntakeInput {
  const start = intake.availability?.startDate ?? intake.assessedOn;
  return {
    ...intake,
    availability: { startDate: start, authorizedUntil: addCalendarDays(start, weeks * 7) },
  };
}
