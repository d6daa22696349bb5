import * as z from 'zod';
import type { CatalogIds } from '../intake/CatalogIds.js';
import { nestedIntakeError } from '../intake/nestedIntakeError.js';
import { safeParseWith, type SafeResult } from '../intake/parseWith.js';
import type { Catalog } from './Catalog.js';
import { builtInCatalog } from './builtInCatalog.js';
import { compiledOf, type CompiledCatalog } from './sealCatalog.js';

/** The message for a catalogue the library did not make. */
export const NOT_A_CATALOG =
  'must be a catalogue made by defaultCatalog or extendCatalog (a copy or a hand-built object is not accepted: build one with extendCatalog(defaultCatalog, patch))';

/** `catalog`: a catalogue this library made. */
export const CatalogOptionSchema = /* @__PURE__ */ z.custom<Catalog<CatalogIds>>((value) => compiledOf(value) !== undefined, { error: NOT_A_CATALOG });

/** Options that only choose a catalogue: `{ catalog? }`, unknown keys rejected. */
export const CatalogOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ catalog: CatalogOptionSchema.optional() }))();

/**
 * Checks an options object that may name a catalogue and returns the
 * catalogue's compiled parts (the built-in catalogue's without one).
 *
 * @param options - the caller's options (anything)
 * @param schema - the options schema (strict), by default {@link CatalogOptionsSchema}
 * @returns the compiled catalogue (without a `catalog` option, the engine's built-in one, which
 *   recommends exactly as `defaultCatalog` does), or an `IntakeError` whose paths start at `options`
 */
export function compiledCatalogOption(options: unknown, schema: z.ZodType = CatalogOptionsSchema): SafeResult<CompiledCatalog> {
  if (options === undefined) return { success: true, data: compiledOf(builtInCatalog) as CompiledCatalog };
  const checked = safeParseWith(schema, options);
  if (!checked.success) return { success: false, error: nestedIntakeError('options', checked.error) };
  const catalog = (checked.data as { catalog?: unknown }).catalog ?? builtInCatalog;
  return { success: true, data: compiledOf(catalog) as CompiledCatalog };
}
