import type { Catalog } from '../catalog/Catalog.js';
import type { RegionId, Side } from '../intake/vocabulary.js';
import { entryName } from './catalogNames.js';

/**
 * Names a body region, with its side, for the middle of a sentence:
 * lowercased, without the catalogue's parenthetical gloss.
 *
 * @param region - the region id
 * @param side - the side, when the plan says one
 * @param catalog - the catalogue that names it
 * @returns e.g. `'neck'`, `'left lower leg'`, `'knee (both sides)'`
 * @example
 * regionLabel('lower-leg', 'left', defaultCatalog); // 'left lower leg'
 */
export function regionLabel(region: RegionId, side: Side | undefined, catalog: Catalog): string {
  // A region the catalogue does not hold is named by its id rather than crash the summary.
  const name = entryName(catalog.regions, region).replace(/\s*\(.*\)\s*$/, '');
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  if (side === 'left' || side === 'right') return `${side} ${lower}`;
  if (side === 'both') return `${lower} (both sides)`;
  return lower;
}
