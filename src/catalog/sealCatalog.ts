import type { CatalogIds } from '../intake/CatalogIds.js';
import { intakeSchemas, type IntakeSchemas, type IntakeVocabulary } from '../intake/IntakeSchema.js';
import type { Rule } from '../rules/Rule.js';
import { deepFreeze } from '../rules/data/deepFreeze.js';
import type { Catalog } from './Catalog.js';
import type { UntrustedGuard } from './untrustedGuard.js';
import { vocabularyOf } from './vocabularyOf.js';

// The catalogue's compiled parts hang off a symbol, not enumerable, so a copy
// (`{ ...catalog }`) does not carry them and is rejected: only catalogues
// made by defaultCatalog and extendCatalog reach the engine.
const COMPILED = Symbol('massage-plan.compiled-catalog');

/** What the engine reads besides the catalogue's data: its schemas and its rule index. */
export interface CompiledCatalog {
  /** The catalogue these parts belong to (a copy with the symbol is not it). */
  readonly catalog: Catalog<CatalogIds>;
  readonly vocabulary: IntakeVocabulary<CatalogIds>;
  readonly schemas: IntakeSchemas<CatalogIds>;
  /** Positions (in `catalog.rules`) of the rules evaluated for every intake. */
  readonly always: readonly number[];
  /** Positions of the rules each trigger key can make apply. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** Per rule position: whether the library made it (built-in, or compiled from data and validated); a vendor's function rule is not, and its effects are checked. */
  readonly trusted: readonly boolean[];
  /** The checks of what a vendor's function rules yield; present when the catalogue has such rules. */
  readonly guard?: UntrustedGuard;
  /** The catalogue's plan schemas, built the first time they are needed (memo). */
  recommendationSchemas?: unknown;
  /**
   * Values that depend only on the catalogue and a small key (e.g. the
   * effects of a condition entry at one region and side), built the first time
   * they are needed: see {@link catalogMemo}.
   */
  readonly memo: Map<string, unknown>;
}

/**
 * Compiles a catalogue's intake schemas and rule index, attaches them, and
 * freezes the whole catalogue deeply.
 *
 * @param catalog - the assembled catalogue (rules in evaluation order)
 * @param trusted - the rules the library made (built-in or compiled from data)
 * @param options - `schemas`: the intake schemas when already built (the built-in catalogue's); `guard`: makes the checks of a vendor's function rules
 * @returns the same catalogue, frozen
 */
export function sealCatalog<C extends Catalog<CatalogIds>>(
  catalog: C,
  trusted: ReadonlySet<Rule>,
  options: { schemas?: IntakeSchemas<CatalogIds>; guard?: (catalog: C, schemas: IntakeSchemas<CatalogIds>) => UntrustedGuard } = {},
): C {
  const vocabulary = vocabularyOf(catalog);
  const always: number[] = [];
  const byKey = new Map<string, number[]>();
  catalog.rules.forEach((rule, i) => {
    if (rule.triggers === undefined) {
      always.push(i);
      return;
    }
    for (const key of new Set(rule.triggers)) {
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  const schemas = options.schemas ?? intakeSchemas(vocabulary);
  const untrusted = catalog.rules.some((rule) => !trusted.has(rule));
  const compiled: CompiledCatalog = {
    catalog,
    vocabulary,
    schemas,
    always,
    byKey,
    trusted: catalog.rules.map((rule) => trusted.has(rule)),
    memo: new Map(),
    ...(untrusted && options.guard !== undefined ? { guard: options.guard(catalog, schemas) } : {}),
  };
  Object.defineProperty(catalog, COMPILED, { value: compiled, enumerable: false });
  // Every function reached is the library's own: extendCatalog wraps a vendor's
  // rule functions in closures of its own, so the vendor's are never frozen.
  deepFreeze(catalog, COMPILED);
  return catalog;
}

/**
 * The compiled parts of a catalogue made by `defaultCatalog` or
 * `extendCatalog`; `undefined` for any other value (a copy, a hand-built object).
 *
 * @param value - anything passed as a catalogue
 * @returns its compiled parts, or `undefined`
 */
export function compiledOf(value: unknown): CompiledCatalog | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const compiled = (value as { [COMPILED]?: CompiledCatalog })[COMPILED];
  return compiled !== undefined && compiled.catalog === value ? compiled : undefined;
}

/** How many values {@link catalogMemo} keeps per catalogue. */
export const MEMO_LIMIT = 20_000;

/**
 * A value computed from a catalogue and a key alone, built once per sealed
 * catalogue and then shared (frozen) by every recommendation: what a
 * condition entry yields at a region and side is the same for every intake,
 * so it is not rebuilt per intake. The keys come from validated intakes; past
 * {@link MEMO_LIMIT} entries (a long-running server seeing many distinct
 * baseline scores) values are built afresh and not kept, so memory stays
 * bounded. A catalogue that is
 * not sealed (a rule called by hand on a plain object) gets a fresh value,
 * not frozen, since it may share that object's parts.
 *
 * @param catalog - the catalogue in use
 * @param key - what the value depends on besides the catalogue; must name the caller (e.g. `"selection|neck-pain|neck|left"`)
 * @param make - builds the value; must depend only on the catalogue and the key
 * @returns the value, deeply frozen when memoized
 */
export function catalogMemo<T>(catalog: unknown, key: string, make: () => T): T {
  const memo = compiledOf(catalog)?.memo;
  if (memo === undefined) return make();
  const found = memo.get(key);
  if (found !== undefined) return found as T;
  const made = deepFreeze(make());
  if (memo.size < MEMO_LIMIT) memo.set(key, made);
  return made;
}
