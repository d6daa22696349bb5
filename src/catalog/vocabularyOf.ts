import type { CatalogIds } from '../intake/CatalogIds.js';
import type { IntakeVocabulary } from '../intake/IntakeSchema.js';
import type { Catalog } from './Catalog.js';

/**
 * The ids an intake may use with a catalogue, and the facts its validation
 * reads from the entries: which conditions need a region (a target is the
 * `site` or around it), which flags need a region (the `local` tier, or
 * `requiresRegion`) or `weeks` (`requiresWeeks`), and each measure's range.
 *
 * @param catalog - the catalogue
 * @returns its intake vocabulary
 */
export function vocabularyOf<I extends CatalogIds>(catalog: Catalog<I>): IntakeVocabulary<I> {
  const keys = <K extends string>(record: Readonly<Record<K, unknown>>) => Object.keys(record) as K[];
  const conditions = Object.values(catalog.conditions) as Catalog<CatalogIds>['conditions'][string][];
  const flags = Object.values(catalog.historyFlags) as Catalog<CatalogIds>['historyFlags'][string][];
  const measures = Object.values(catalog.outcomeMeasures) as Catalog<CatalogIds>['outcomeMeasures'][string][];
  return {
    conditions: keys(catalog.conditions),
    techniques: keys(catalog.techniques),
    regions: keys(catalog.regions),
    historyFlags: keys(catalog.historyFlags),
    redFlags: keys(catalog.redFlags),
    clearances: keys(catalog.clearances),
    outcomeMeasures: keys(catalog.outcomeMeasures),
    scoreRanges: Object.fromEntries(measures.map((m) => [m.id, [m.min, m.max] as const])),
    conditionsNeedingRegion: conditions
      .filter((c) => c.targets.some((t) => t.region === 'site' || t.region === 'around-site'))
      .map((c) => c.id),
    flagsNeedingRegion: flags.filter((f) => f.tier === 'local' || f.requiresRegion === true).map((f) => f.id),
    flagsNeedingWeeks: flags.filter((f) => f.requiresWeeks === true).map((f) => f.id),
  };
}
