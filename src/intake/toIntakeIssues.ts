import type * as z from 'zod';
import { closestIds } from './closestIds.js';
import type { IntakeIssue } from './IntakeError.js';

/**
 * Writes a path the way a developer would type it: `conditions[0].painScore`.
 *
 * @param path - the path segments
 * @returns the dotted path, or `input` for the root
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'input';
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${shorten(String(segment))}`))
    .join('');
}

/** Unknown keys listed one by one per object; the rest are counted in one issue. */
export const MAX_UNKNOWN_KEYS_LISTED = 20;

// A key is the caller's text: keep messages short whatever its length (the
// issue's `path` keeps the key itself).
const shorten = (key: string): string => (key.length > 60 ? `${key.slice(0, 60)}…` : key);

const EXPECTED_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function quote(value: unknown): string {
  // Only primitives are quoted. String() of a list or object can throw (no
  // prototype, a symbol inside, nesting deeper than the stack) or build a
  // gigabyte string (100,000 long strings): the fuzz run found all four.
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean' && typeof value !== 'bigint') {
    return describe(value);
  }
  const text = String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

// Walks the schema along a path to find the keys an object there accepts,
// so that an unknown key can be answered with the nearest known one.
function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = (s: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    let node = s;
    for (let guard = 0; node && guard < 10; guard++) {
      const def = node._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') node = def.innerType;
      else if (def.type === 'pipe') node = def.in;
      else break;
    }
    return node;
  };
  for (const segment of path) {
    current = unwrap(current);
    if (!current) return [];
    const def = current._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
    };
    if (def.type === 'object' && def.shape && typeof segment === 'string') current = def.shape[segment];
    else if (def.type === 'array' && typeof segment === 'number') current = def.element;
    else return [];
  }
  const def = unwrap(current)?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

// A size bound in plain words: "must be at most 52", "must list at least 1 item".
function boundWords(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      if (!big && limit === 1) return 'must not be empty';
      return `must be ${big ? 'at most' : 'at least'} ${limit} character${limit === 1 ? '' : 's'}`;
    case 'array':
    case 'set':
      return `must list ${big ? 'at most' : 'at least'} ${limit} item${limit === 1 ? '' : 's'}`;
    default:
      return `must be ${big ? (inclusive ? 'at most' : 'less than') : inclusive ? 'at least' : 'more than'} ${limit}`;
  }
}

/**
 * Turns zod issues into plain-worded {@link IntakeIssue}s with exact paths.
 *
 * @param issues - the issues of a failed `safeParse` (run with `reportInput: true`)
 * @param schema - the schema that failed, used to name the accepted keys
 * @returns one issue per problem (one per unknown key)
 */
export function toIntakeIssues(issues: readonly z.core.$ZodIssue[], schema: z.core.$ZodType): IntakeIssue[] {
  // zod checks a list's size even on a value of the wrong type (a string's
  // length): `goals: 'pain-relief'` is "not a list", not also "too long".
  const wrongType = new Set(issues.flatMap((issue) => (issue.code === 'invalid_type' ? [issue.path.map(String).join('\u0000')] : [])));
  return issues.flatMap((issue): IntakeIssue[] => {
    if ((issue.code === 'too_big' || issue.code === 'too_small') && wrongType.has(issue.path.map(String).join('\u0000'))) return [];
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const where = formatPath(path);
    switch (issue.code) {
      case 'invalid_type': {
        if (issue.input === undefined) return [{ path, code: 'required', message: `${where} is required` }];
        const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
        if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input)) {
          return [{ path, code: 'not_whole', message: `${where} must be a whole number` }];
        }
        return [
          { path, code: 'invalid_type', message: `${where} must be ${expected}, not ${describe(issue.input)}` },
        ];
      }
      case 'invalid_value': {
        const valid = issue.values.map(String);
        const hints = typeof issue.input === 'string' ? closestIds(issue.input, valid) : [];
        const hint =
          hints.length > 0
            ? `; did you mean ${hints.map((h) => `"${h}"`).join(' or ')}?`
            : `; valid values: ${valid.join(', ')}`;
        return [{ path, code: 'unknown_id', message: `${where} ${quote(issue.input)} is not a valid value${hint}` }];
      }
      case 'unrecognized_keys': {
        const known = knownKeysAt(schema, path);
        // An object can carry any number of unknown keys; listing (and
        // spelling-checking) every one made 100,000 keys take seconds.
        const rest = issue.keys.length - MAX_UNKNOWN_KEYS_LISTED;
        const more: IntakeIssue[] =
          rest > 0
            ? [
                {
                  path,
                  code: 'unknown_key',
                  message: `${where} has ${rest} more unknown field${rest === 1 ? '' : 's'} (the first ${MAX_UNKNOWN_KEYS_LISTED} are listed)`,
                },
              ]
            : [];
        return issue.keys.slice(0, MAX_UNKNOWN_KEYS_LISTED).map((key): IntakeIssue => {
          const keyPath = [...path, key];
          const hints = closestIds(key, known);
          const hint = hints.length > 0 ? `; did you mean ${hints.map((h) => `"${h}"`).join(' or ')}?` : '';
          return {
            path: keyPath,
            code: 'unknown_key',
            message: `${formatPath(keyPath)} is not a known field${hint}`,
          };
        }).concat(more);
      }
      case 'too_big':
      case 'too_small': {
        // A bound stated with its own words keeps them; zod's default
        // ("Too big: expected number to be <=52") is reworded.
        if (!/^Too (big|small)/.test(issue.message)) return [{ path, code: issue.code, message: `${where} ${issue.message}` }];
        return [{ path, code: issue.code, message: `${where} ${boundWords(issue)}` }];
      }
      default:
        return [{ path, code: issue.code ?? 'invalid', message: `${where} ${issue.message}` }];
    }
  });
}
