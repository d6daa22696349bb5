import type { Catalog } from '../catalog/Catalog.js';
import type { TechniqueId } from '../intake/vocabulary.js';
import { entryName } from './catalogNames.js';

// First words that stay capitalized mid-sentence (proper adjectives).
const PROPER_WORDS: ReadonlySet<string> = new Set(['Swedish']);

/**
 * Names a technique for the middle of a sentence: the catalogue name with
 * its first letter lowercased, unless the first word is a proper adjective
 * ("Swedish") or an acronym ("TMJ").
 *
 * @param technique - the technique id
 * @param catalog - the catalogue that names it
 * @returns e.g. `'trigger-point therapy'`, `'Swedish massage'`
 * @example
 * techniqueLabel('trigger-point', defaultCatalog); // 'trigger-point therapy'
 */
export function techniqueLabel(technique: TechniqueId, catalog: Catalog): string {
  const name = entryName(catalog.techniques, technique);
  const first = name.split(/[\s-]/, 1)[0] ?? '';
  if (PROPER_WORDS.has(first) || (first.length > 1 && first === first.toUpperCase())) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}
