import { types } from 'node:util';
import fc from 'fast-check';
import { intakeArbitrary } from '../support/arbitraries.js';

// The fuzz inputs of `npm run fuzz` (scripts/fuzz.ts) and of the fuzz test in
// the suite (test/fuzz/fuzz.test.ts): one generator, two run lengths.
//
// Four families, weighted toward the inputs that reach deepest:
// - `fc.anything()` with every option on (Maps, Sets, typed arrays, sparse
//   arrays, null-prototype objects, boxed values, BigInt, Dates, symbols as
//   keys …) and `fc.jsonValue()`: what a careless caller or a JSON body sends;
// - valid intakes (by construction) with 1–4 mutations: a key dropped,
//   renamed (typos, case, `__proto__`, `constructor`, `prototype`) or given
//   a value of the wrong kind (NaN, ±Infinity, -0, huge numbers, 10,000- and
//   10,000,000-character strings, huge arrays, deep nesting, impossible dates,
//   getters that throw, proxies, functions, symbols, BigInt);
// - lists pushed past their bounds (conditions, goals, history, blackout dates …);
// - objects with own `__proto__` / `constructor` keys built with JSON.parse
//   and Object.defineProperty (an object literal would set the prototype instead).

/** A string of 10,000 characters (one instance, shared). */
export const LONG_STRING = 'x'.repeat(10_000);
/** A string of 10,000,000 characters (one instance, shared: building it costs milliseconds). */
export const HUGE_STRING = 'neck-pain'.repeat(1_111_112).slice(0, 10_000_000);
/** How deep the nested values go. */
export const DEEP = 5_000;

/** Dates in the right format that do not exist or lie outside 1900–2199, and dates in the wrong format. */
export const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2027-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '2026-01-32',
  '0000-00-00',
  '1899-12-31',
  '2200-01-01',
  '9999-99-99',
  '2026-1-1',
  '2026/01/01',
  '20260101',
  ' 2026-01-01',
  '2026-01-01T00:00:00Z',
  '２０２６-01-01',
  '-2026-01-01',
];

/** Marks the values the fuzz run may find on `Object.prototype` if an input polluted it. */
export const POLLUTION_KEYS = ['polluted', 'isAdmin', 'fuzzPolluted', 'assessedOn', 'conditions', 'goals', 'catalog', 'rules'];

const pollutingPayload = (): Record<string, unknown> => ({ polluted: true, isAdmin: true, fuzzPolluted: 'yes' });

function deepArray(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function deepObject(depth: number): unknown {
  let value: unknown = { condition: 'neck-pain' };
  for (let i = 0; i < depth; i++) value = { conditions: value };
  return value;
}

/** An object whose `key` is a getter that throws. */
function throwingGetter(key: string): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  Object.defineProperty(value, key, {
    enumerable: true,
    configurable: true,
    get() {
      throw new Error('fuzz: getter threw');
    },
  });
  return value;
}

/** A proxy that throws on every trap zod might use. */
function throwingProxy(): unknown {
  const fail = () => {
    throw new Error('fuzz: proxy trap threw');
  };
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail });
}

/** Own `__proto__` and `constructor` keys, the way a JSON body delivers them. */
function protoKeys(variant: number): Record<string, unknown> {
  switch (variant % 4) {
    case 0:
      return JSON.parse('{"__proto__": {"polluted": true, "isAdmin": true}}') as Record<string, unknown>;
    case 1:
      return JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as Record<string, unknown>;
    case 2: {
      const value: Record<string, unknown> = {};
      Object.defineProperty(value, '__proto__', { value: pollutingPayload(), enumerable: true, writable: true, configurable: true });
      return value;
    }
    default:
      return JSON.parse('{"__proto__": {"__proto__": {"fuzzPolluted": "yes"}}, "prototype": {"polluted": 1}}') as Record<string, unknown>;
  }
}

/** Values of the wrong kind or shape, to put where a valid one was. */
const WRONG_VALUES: readonly ((variant: number, original: unknown) => unknown)[] = [
  () => null,
  () => undefined,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -0,
  () => Number.MAX_VALUE,
  () => Number.MIN_VALUE,
  () => Number.MAX_SAFE_INTEGER + 2,
  () => -1,
  () => 0.5,
  () => 1e21,
  () => '',
  () => LONG_STRING,
  () => HUGE_STRING,
  (v) => IMPOSSIBLE_DATES[v % IMPOSSIBLE_DATES.length],
  () => true,
  () => [],
  () => ({}),
  (_, original) => [original, original],
  (_, original) => Array(100_000).fill(original),
  () => Array(100_000).fill(LONG_STRING),
  (v) => (v % 2 === 0 ? deepArray(DEEP) : deepObject(DEEP)),
  (v) => protoKeys(v),
  () => Symbol('fuzz'),
  () => 10n ** 30n,
  () => new Date(Number.NaN),
  () => new Date(0),
  () => Object.create(null) as unknown,
  () => new Map([['condition', 'neck-pain']]),
  () => new Set(['pain-relief']),
  () => new Uint8Array(16),
  () => (() => 'neck-pain') as unknown,
  () => Object(String('neck-pain')) as unknown,
  (v) => throwingGetter(['condition', 'severity', 'assessedOn', 'flag'][v % 4] ?? 'condition'),
  () => throwingProxy(),
  (_, original) => (typeof original === 'string' ? original.toUpperCase() : original),
  (_, original) => (typeof original === 'string' ? `${original} ` : original),
  (_, original) => (typeof original === 'number' ? String(original) : original),
  (_, original) => (typeof original === 'string' ? [original] : original),
];

/** New names for a key: typos, case, the dangerous names. */
const RENAMES: readonly ((key: string, variant: number) => string)[] = [
  (key) => key.toUpperCase(),
  (key) => `${key}s`,
  (key) => key.slice(1),
  (key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
  () => '__proto__',
  () => 'constructor',
  () => 'prototype',
  () => 'toString',
  () => 'hasOwnProperty',
  () => '',
  () => LONG_STRING,
  (key, v) => `${key}${v}`,
];

type Mutation = 'drop' | 'rename' | 'retype' | 'grow' | 'proto';
const MUTATIONS: readonly Mutation[] = ['drop', 'rename', 'retype', 'retype', 'retype', 'grow', 'proto'];

type Container = Record<string, unknown> | unknown[];

// Every (container, key) pair of the plain part of a tree, root first, at
// most MAX_SLOTS of them. Earlier mutations may have put proxies, getters that
// throw, huge arrays or deep nesting in the tree: none is entered or read.
const MAX_SLOTS = 2_000;
const isPlain = (value: unknown): value is Container => {
  if (typeof value !== 'object' || value === null || types.isProxy(value)) return false;
  if (Array.isArray(value)) return value.length <= 1_000;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

function slots(root: Container): { parent: Container; key: string | number }[] {
  const found: { parent: Container; key: string | number }[] = [];
  const visit = (node: Container, depth: number): void => {
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      if (found.length >= MAX_SLOTS) return;
      found.push({ parent: node, key });
      const descriptor = Object.getOwnPropertyDescriptor(node, key);
      const child: unknown = descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
      if (depth < 20 && isPlain(child)) visit(child, depth + 1);
    }
  };
  visit(root, 0);
  return found;
}

function setOwn(target: Container, key: string | number, value: unknown): void {
  // defineProperty, not assignment: `target['__proto__'] = v` would change the
  // prototype. An earlier mutation may have left a key that cannot be redefined.
  try {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } catch {
    // keep the input as it is
  }
}

/**
 * Applies one mutation to a (cloned) intake in place.
 *
 * @param root - the intake, a fresh plain object
 * @param mutation - what to do
 * @param where - picks the slot (modulo the number of slots)
 * @param variant - picks the value or name
 */
export function mutate(root: Record<string, unknown>, mutation: Mutation, where: number, variant: number): void {
  const all = slots(root);
  const slot = all[where % Math.max(1, all.length)];
  if (slot === undefined) return;
  const { parent, key } = slot;
  const descriptor = Object.getOwnPropertyDescriptor(parent, key);
  const original: unknown = descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  switch (mutation) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
      return;
    case 'rename': {
      if (Array.isArray(parent)) return setOwn(parent, key, { [String(key)]: original });
      const rename = RENAMES[variant % RENAMES.length] ?? RENAMES[0];
      const name = rename ? rename(String(key), variant) : String(key);
      delete parent[key as string];
      return setOwn(parent, name, original);
    }
    case 'retype': {
      const make = WRONG_VALUES[variant % WRONG_VALUES.length];
      return setOwn(parent, key, make ? make(variant, original) : null);
    }
    case 'grow': {
      // Push a list past its bound with copies of its own items (valid
      // items, so only the bound rejects it), or a string past any id's length.
      if (Array.isArray(original)) {
        const copies = [7, 8, 61, 367, 1_000, 100_000][variant % 6] ?? 7;
        return setOwn(parent, key, Array.from({ length: copies }, (_, i) => original[i % Math.max(1, original.length)]));
      }
      if (typeof original === 'string' && original.length > 0 && original.length <= 10_000) {
        return setOwn(parent, key, original.repeat(Math.min(1 + (variant % 2_000), Math.floor(200_000 / original.length))));
      }
      return setOwn(parent, key, original);
    }
    case 'proto': {
      const target = isPlain(original) && !Array.isArray(original) ? original : parent;
      if (Array.isArray(target)) return setOwn(target, key, protoKeys(variant));
      const extra = protoKeys(variant);
      for (const k of Object.keys(extra)) setOwn(target, k, extra[k]);
      return;
    }
  }
}

/** A valid intake with 1–4 mutations; the intake is cloned, so shrinking still sees the original. */
export const mutatedIntakeArbitrary: fc.Arbitrary<unknown> = fc
  .tuple(
    intakeArbitrary(),
    fc.array(fc.tuple(fc.constantFrom(...MUTATIONS), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
  )
  .map(([intake, mutations]) => {
    const copy = structuredClone(intake) as Record<string, unknown>;
    for (const [mutation, where, variant] of mutations) mutate(copy, mutation, where, variant);
    return copy;
  });

/** Anything a caller can pass, with the rarer kinds of value switched on. */
export const anythingArbitrary: fc.Arbitrary<unknown> = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'assessedOn', 'conditions', 'goals')),
});

/** A top-level object built from intake keys with random values: gets past the first checks more often than anything(). */
export const shapedArbitrary: fc.Arbitrary<unknown> = fc.dictionary(
  fc.constantFrom('assessedOn', 'conditions', 'goals', 'history', 'redFlags', 'clearances', 'preferences', 'availability', 'age', 'scores', '__proto__'),
  fc.oneof(fc.jsonValue(), anythingArbitrary),
  { maxKeys: 8 },
).map((dict) => {
  // fc.dictionary builds with assignment; rebuild so `__proto__` is an own key.
  const value: Record<string, unknown> = {};
  for (const key of Object.keys(dict)) setOwn(value, key, dict[key]);
  return value;
});

/** The fuzz inputs: anything, JSON, shaped objects, mutated valid intakes, and some valid ones. */
export const fuzzInputArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: intakeArbitrary() },
  { weight: 2, arbitrary: anythingArbitrary },
  { weight: 2, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: shapedArbitrary },
  { weight: 5, arbitrary: mutatedIntakeArbitrary },
);

/** A short, safe description of an input for a report (never throws, never huge, any depth). */
export function describeInput(input: unknown): string {
  let budget = 600;
  const out: string[] = [];
  const emit = (text: string): void => {
    if (budget <= 0) return;
    out.push(text.length > budget ? `${text.slice(0, budget)}…` : text);
    budget -= text.length;
  };
  const visit = (value: unknown, depth: number): void => {
    if (budget <= 0) return;
    try {
      if (typeof value === 'string') return emit(JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…(${value.length} chars)` : value));
      if (typeof value === 'bigint') return emit(`${value}n`);
      if (typeof value === 'symbol' || typeof value === 'function' || typeof value !== 'object' || value === null) {
        return emit(typeof value === 'function' ? 'function' : String(value));
      }
      if (types.isProxy(value)) return emit('Proxy');
      if (depth > 6) return emit(Array.isArray(value) ? '[…]' : '{…}');
      if (Array.isArray(value)) {
        emit('[');
        value.slice(0, 5).forEach((item, i) => {
          if (i > 0) emit(',');
          visit(item, depth + 1);
        });
        if (value.length > 5) emit(`,…(${value.length} items)`);
        return emit(']');
      }
      const proto: unknown = Object.getPrototypeOf(value);
      const name = proto === null ? 'null-proto ' : proto === Object.prototype ? '' : `${(value as object).constructor?.name ?? '?'} `;
      emit(`${name}{`);
      Reflect.ownKeys(value).slice(0, 12).forEach((key, i) => {
        if (i > 0) emit(',');
        emit(`${JSON.stringify(String(key).slice(0, 60))}:`);
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (descriptor !== undefined && 'value' in descriptor) visit(descriptor.value, depth + 1);
        else emit('(getter)');
      });
      return emit('}');
    } catch {
      return emit('(unprintable)');
    }
  };
  visit(input, 0);
  return out.join('');
}
