import { types } from 'node:util';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { parseIntake } from '../../src/intake/parseIntake.js';
import { IntakeError } from '../../src/intake/IntakeError.js';
import { recommendPlan, safeRecommendPlan } from '../../src/engine/recommendPlan.js';
import { planSchemas } from '../../src/engine/planSchemas.js';
import type { Catalog } from '../../src/catalog/Catalog.js';
import type { CatalogIds } from '../../src/intake/CatalogIds.js';
import { describeInput, POLLUTION_KEYS } from './fuzzInputs.js';

/** What one input did: accepted or not, the error codes, the slowest call. */
export interface Outcome {
  accepted: boolean;
  kind?: string;
  codes: string[];
  /** The slowest of the three calls, in milliseconds (first measurement). */
  ms: number;
  slowestCall: string;
}

const PROTOTYPES = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
  Number: Number.prototype,
  Boolean: Boolean.prototype,
  Error: Error.prototype,
} as const;

/** The own keys of the built-in prototypes, to compare after a batch. */
export function prototypeSnapshot(): string {
  return Object.entries(PROTOTYPES)
    .map(([name, proto]) => `${name}:${Reflect.ownKeys(proto).map(String).sort().join(',')}`)
    .join('\n');
}

/** The library's own catalogue as data (functions dropped): it must never change. */
export function catalogSnapshot(): string {
  return JSON.stringify(defaultCatalog, (_key, value: unknown) => (typeof value === 'function' ? `fn:${value.name}` : value));
}

/** Throws when an input left a mark on the built-in prototypes (cheap: run after every call). */
export function assertNotPolluted(): void {
  const probe: Record<string, unknown> = {};
  for (const key of POLLUTION_KEYS) {
    if (key in probe) throw new Error(`prototype pollution: ({}).${key} is ${describeInput(probe[key])}`);
    if (key in []) throw new Error(`prototype pollution: [].${key} is defined`);
  }
}

/**
 * Whether reading the input can throw: a proxy, or an accessor property,
 * anywhere in it. Only such inputs may be reported `unreadable`.
 */
export function canThrowWhenRead(input: unknown): boolean {
  const seen = new Set<object>();
  const visit = (value: unknown): boolean => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return false;
    if (types.isProxy(value)) return true;
    seen.add(value);
    if (seen.size > 50_000) return true; // too big to inspect: do not judge
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined || !('value' in descriptor)) return true;
      if (visit(descriptor.value)) return true;
    }
    return false;
  };
  // Arrays nested deeper than the stack: reading them cannot throw, but
  // inspecting them here could; a RangeError means "do not judge".
  try {
    return visit(input);
  } catch {
    return true;
  }
}

function call<T>(name: string, f: () => T, timings: { name: string; ms: number }[]): { value?: T; error?: unknown } {
  const start = performance.now();
  try {
    const value = f();
    timings.push({ name, ms: performance.now() - start });
    return { value };
  } catch (error) {
    timings.push({ name, ms: performance.now() - start });
    return { error };
  }
}

function assertIntakeError(name: string, error: unknown, input: unknown): asserts error is IntakeError {
  if (!(error instanceof IntakeError)) {
    const what = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : describeInput(error);
    throw new Error(`${name} threw something other than IntakeError for ${describeInput(input)}:\n${what}`);
  }
  if (!Array.isArray(error.issues) || error.issues.length === 0) throw new Error(`${name}: IntakeError without issues`);
  for (const issue of error.issues) {
    if (!Array.isArray(issue.path) || typeof issue.code !== 'string' || typeof issue.message !== 'string') {
      throw new Error(`${name}: malformed issue ${describeInput(issue)}`);
    }
    if (issue.message.length > 2_000) throw new Error(`${name}: a ${issue.message.length}-character message`);
  }
}

const schemas = new WeakMap<object, ReturnType<typeof planSchemas>['RecommendationSchema']>();
function recommendationSchemaOf(catalog: Catalog<CatalogIds>): ReturnType<typeof planSchemas>['RecommendationSchema'] {
  let schema = schemas.get(catalog);
  if (schema === undefined) {
    schema = planSchemas({ catalog } as never).RecommendationSchema;
    schemas.set(catalog, schema);
  }
  return schema;
}

/**
 * Runs `parseIntake`, `safeRecommendPlan` and `recommendPlan` on one input
 * and checks the contract of DESIGN §4: only `IntakeError` is ever thrown
 * (and `safeRecommendPlan` throws nothing), the three agree on whether the
 * input is valid, and no built-in prototype gained a key. With a vendor
 * catalogue, the three run against it and every recommendation must pass
 * its `planSchemas({ catalog }).RecommendationSchema`.
 *
 * @param input - anything
 * @param catalog - a catalogue made by `extendCatalog` (default: none, the built-in one)
 * @returns what happened, with the slowest call's time
 * @throws Error describing the first broken rule
 */
export function checkInput(input: unknown, catalog?: Catalog<CatalogIds>): Outcome {
  const timings: { name: string; ms: number }[] = [];
  const options = catalog === undefined ? undefined : { catalog };
  const parsed = call('parseIntake', () => parseIntake(input, options), timings);
  const safe = call('safeRecommendPlan', () => safeRecommendPlan(input, options), timings);
  const thrown = call('recommendPlan', () => recommendPlan(input, options), timings);
  assertNotPolluted();

  if (safe.error !== undefined) throw new Error(`safeRecommendPlan threw for ${describeInput(input)}: ${String(safe.error)}`);
  if (parsed.error !== undefined) assertIntakeError('parseIntake', parsed.error, input);
  if (thrown.error !== undefined) assertIntakeError('recommendPlan', thrown.error, input);
  const result = safe.value;
  if (result === undefined) throw new Error('safeRecommendPlan returned nothing');
  if (!result.success) assertIntakeError('safeRecommendPlan (error value)', result.error, input);

  if (!result.success && result.error.issues.some((i) => i.code === 'unreadable') && !canThrowWhenRead(input)) {
    throw new Error(`a readable input was reported unreadable: ${describeInput(input)}`);
  }
  const accepted = [parsed.error === undefined, result.success, thrown.error === undefined];
  if (new Set(accepted).size !== 1) {
    throw new Error(`parseIntake, safeRecommendPlan and recommendPlan disagree (${accepted.join(', ')}) on ${describeInput(input)}`);
  }
  if (result.success && !['plan', 'refer', 'defer'].includes(result.data.kind)) {
    throw new Error(`unknown recommendation kind ${describeInput(result.data.kind)}`);
  }
  if (result.success && catalog !== undefined) {
    const checked = recommendationSchemaOf(catalog).safeParse(result.data);
    if (!checked.success) {
      throw new Error(`a recommendation fails the catalogue's RecommendationSchema (${describeInput(checked.error.issues.slice(0, 2))}) for ${describeInput(input)}`);
    }
  }
  const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    accepted: result.success,
    ...(result.success ? { kind: result.data.kind } : {}),
    codes: result.success ? [] : [...new Set(result.error.issues.map((i) => i.code))],
    ms: slowest.ms,
    slowestCall: slowest.name,
  };
}

/**
 * Times one input again, `times` times, and keeps the fastest: a first call
 * can be slow for reasons that are not the input's (GC, JIT, a busy machine).
 */
export function retime(input: unknown, times = 3, catalog?: Catalog<CatalogIds>): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) best = Math.min(best, checkInput(input, catalog).ms);
  return best;
}
