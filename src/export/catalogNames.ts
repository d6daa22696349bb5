import type { Catalog } from '../catalog/Catalog.js';

// Names of catalogue entries for summaries; the lookups themselves are in
// rules/facts.ts, where the rules use them too.
export { catalogEntry, entryName } from '../rules/facts.js';
import { catalogEntry } from '../rules/facts.js';

// The four clearances of the built-in vocabulary, named until the catalogue
// has a table of clearances of its own.
const BUILT_IN_CLEARANCES: Readonly<Record<string, string>> = {
  physician: 'Physician',
  oncologist: 'Oncologist',
  surgeon: 'Surgeon',
  obstetrician: 'Obstetrician',
};

/**
 * Names a clearance: the catalogue's `clearances` entry when it has one (a
 * vendor's `podiatrist`), the built-in wording for the four built-in ones,
 * otherwise the id in words.
 *
 * @param catalog - the catalogue that made the plan
 * @param id - the clearance id
 * @returns the name, capitalized, e.g. `'Physician'`
 * @example
 * clearanceName(defaultCatalog, 'obstetrician'); // 'Obstetrician'
 * clearanceName(defaultCatalog, 'sports-physician'); // 'Sports physician'
 */
export function clearanceName(catalog: Catalog, id: string): string {
  // `clearances` is not part of `Catalog` on every version of it: read it loosely.
  const table = (catalog as { clearances?: Readonly<Record<string, { name: string }>> }).clearances;
  const name = catalogEntry<{ name: string }>(table, id)?.name ?? catalogEntry<string>(BUILT_IN_CLEARANCES, id) ?? id.replace(/-/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Names a clearance for the middle of a sentence: {@link clearanceName}
 * with its first letter lowercased, unless the first word is an acronym.
 *
 * @param catalog - the catalogue that made the plan
 * @param id - the clearance id
 * @returns e.g. `'physician'`
 * @example
 * clearanceLabel(defaultCatalog, 'surgeon'); // 'surgeon'
 */
export function clearanceLabel(catalog: Catalog, id: string): string {
  const name = clearanceName(catalog, id);
  const first = name.split(/[\s-]/, 1)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}
