import * as z from 'zod';
import { IdSchema } from '../../intake/IdSchema.js';
import { closestIds } from '../../intake/closestIds.js';
import { AcuitySchema, SeveritySchema } from '../../intake/vocabulary.js';
import { locateUnionIssues, type UnionReplacement } from './locateUnionIssues.js';

const MAX_ITEMS = 50;

const list = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item)
    .min(1, { error: `must list at least one ${what}` })
    .max(MAX_ITEMS, { error: `must list at most ${MAX_ITEMS} ${what}s` });

// `"neck-pain"` or `["neck-pain", "migraine"]`. A wrong type gets one plain
// issue rather than the union's "Invalid input".
const idOrIds = /* @__PURE__ */ (() =>
  z.union([IdSchema, list(IdSchema, 'id')]).check(
    locateUnionIssues((input) =>
      typeof input === 'string' ? 0 : Array.isArray(input) ? 1 : [{ path: [], message: 'must be an id or a list of ids, e.g. "neck-pain" or ["neck-pain", "migraine"]' }],
    ),
  ))();

const range = (min: number, max: number) => {
  const bound = z
    .number()
    .min(min, { error: `must be between ${min} and ${max}` })
    .max(max, { error: `must be between ${min} and ${max}` });
  return z
    .strictObject({ min: bound.optional(), max: bound.optional() })
    .refine((r) => r.min !== undefined || r.max !== undefined, { error: 'must give a min, a max or both' })
    .check(locateUnionIssues((input, failed) => (failed === 'unknown-keys' ? unknownKeys(input, ['min', 'max'], 'a range') : undefined)))
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
      path: ['min'],
      error: (issue) => {
        const r = issue.input as { min: number; max: number };
        return `must not be more than max (${r.min} > ${r.max})`;
      },
    });
};

/** Every kind of predicate, in the order messages list them. */
const KINDS = ['all', 'any', 'not', 'always', 'condition', 'history', 'redFlag', 'goal', 'clearance', 'age', 'painScore', 'pregnancyWeeks'] as const;

// The keys each kind takes; the options below follow this order.
const KEYS: Record<(typeof KINDS)[number], readonly string[]> = {
  all: ['all'],
  any: ['any'],
  not: ['not'],
  always: ['always'],
  condition: ['condition', 'severity', 'acuity', 'region'],
  history: ['history', 'region'],
  redFlag: ['redFlag'],
  goal: ['goal'],
  clearance: ['clearance'],
  age: ['age'],
  painScore: ['painScore'],
  pregnancyWeeks: ['pregnancyWeeks'],
};

const words = (items: readonly string[], last = 'and'): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;

const quoted = (items: readonly string[]): string[] => items.map((i) => `"${i.length > 40 ? `${i.slice(0, 40)}…` : i}"`);

// Says, at the predicate's own path, what is wrong with its keys when no
// option matched, or picks the one option its kind key names.
function choosePredicate(input: unknown): number | readonly UnionReplacement[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: [], message: 'must be a predicate object, e.g. { "condition": "neck-pain" }' }];
  }
  const keys = Object.keys(input);
  const kinds = KINDS.filter((kind) => keys.includes(kind));
  const [kind] = kinds;
  if (kind === undefined) {
    const unknown = keys.slice(0, 5);
    const hints = unknown.flatMap((key) => closestIds(key, KINDS, 1));
    const found = unknown.length === 0 ? 'it is empty' : `${words(quoted(unknown))} ${unknown.length === 1 ? 'is not one' : 'are not kinds'}`;
    return [
      {
        path: [],
        message: `must have one kind of predicate: ${words(KINDS, 'or')} (${found}${hints.length > 0 ? `; did you mean ${words(quoted(hints), 'or')}?` : ''})`,
      },
    ];
  }
  if (kinds.length > 1) {
    return [
      {
        path: [],
        message: `has ${words(quoted(kinds))}: a predicate has exactly one kind (combine several with { "all": [...] } or { "any": [...] })`,
      },
    ];
  }
  return unknownKeys(input, KEYS[kind], `a ${kind} predicate`) ?? KINDS.indexOf(kind);
}

// One issue at the object's own path naming its unknown keys and the keys it takes.
function unknownKeys(input: unknown, allowed: readonly string[], what: string): UnionReplacement[] | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const unknown = Object.keys(input).filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return undefined;
  const hints = unknown.flatMap((key) => closestIds(key, allowed, 1));
  return [
    {
      path: [],
      message: `has ${unknown.length === 1 ? 'an unknown key' : 'unknown keys'} ${words(quoted(unknown.slice(0, 5)))}${hints.length > 0 ? ` (did you mean ${words(quoted(hints), 'or')}?)` : ''}: ${what} takes only ${words(allowed)}`,
    },
  ];
}

/**
 * The `when` of a data rule (DESIGN §5): one predicate object of exactly one
 * kind. `all`, `any` and `not` combine predicates; `condition`, `history`,
 * `redFlag`, `goal` and `clearance` test the intake's entries by id;
 * `age`, `painScore` (any condition's) and `pregnancyWeeks` test a range.
 * Ids are checked for their shape only; whether they exist in the catalogue
 * is the caller's check (see `dataRuleReferences`).
 *
 * A key that no kind takes, or two kinds in one object, is reported at that
 * object's path in plain words.
 *
 * @example
 * PredicateSchema.safeParse({ all: [{ history: 'diabetes' }, { condition: ['plantar-fasciitis', 'joint-pain'] }] }).success; // true
 * PredicateSchema.safeParse({ condition: 'neck-pain', history: 'diabetes' }).error?.issues[0]?.message;
 * // 'has "condition" and "history": a predicate has exactly one kind (combine several with { "all": [...] } or { "any": [...] })'
 */
export const PredicateSchema = /* @__PURE__ */ z
  .union([
    /* @__PURE__ */ z.strictObject({
      get all(): z.ZodArray<typeof PredicateSchema> {
        return list(PredicateSchema, 'predicate');
      },
    }),
    /* @__PURE__ */ z.strictObject({
      get any(): z.ZodArray<typeof PredicateSchema> {
        return list(PredicateSchema, 'predicate');
      },
    }),
    /* @__PURE__ */ z.strictObject({
      get not(): typeof PredicateSchema {
        return PredicateSchema;
      },
    }),
    /* @__PURE__ */ z.strictObject({ always: /* @__PURE__ */ z.literal(true) }),
    /* @__PURE__ */ z.strictObject({
      condition: idOrIds,
      severity: /* @__PURE__ */ list(SeveritySchema, 'severity').optional(),
      acuity: /* @__PURE__ */ list(AcuitySchema, 'acuity').optional(),
      region: /* @__PURE__ */ list(IdSchema, 'region').optional(),
    }),
    /* @__PURE__ */ z.strictObject({ history: idOrIds, region: /* @__PURE__ */ list(IdSchema, 'region').optional() }),
    /* @__PURE__ */ z.strictObject({ redFlag: idOrIds }),
    /* @__PURE__ */ z.strictObject({ goal: idOrIds }),
    /* @__PURE__ */ z.strictObject({ clearance: IdSchema }),
    /* @__PURE__ */ z.strictObject({ age: /* @__PURE__ */ range(0, 120) }),
    /* @__PURE__ */ z.strictObject({ painScore: /* @__PURE__ */ range(0, 10) }),
    /* @__PURE__ */ z.strictObject({ pregnancyWeeks: /* @__PURE__ */ range(0, 60) }),
  ])
  .check(/* @__PURE__ */ locateUnionIssues(choosePredicate));

/** A validated predicate (the output of {@link PredicateSchema}). */
export type Predicate = z.output<typeof PredicateSchema>;
/** A predicate as written (the input of {@link PredicateSchema}). */
export type PredicateInput = z.input<typeof PredicateSchema>;
