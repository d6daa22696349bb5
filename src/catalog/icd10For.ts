import type { RegionId, Side } from '../intake/vocabulary.js';
import type { Condition, Icd10BySide, Icd10Code } from './CatalogSchema.js';

/** An ICD-10-CM code chosen for a condition entry, with the catalogue source behind it. */
export interface Icd10Coding {
  /** The ICD-10-CM code, e.g. `M54.32`. */
  readonly code: string;
  /** Its display text in the tabular list, e.g. `Sciatica, left side`. */
  readonly display: string;
  /** The catalogue source the code rests on (the condition's `icd10.source`). */
  readonly source: string;
}

function sided(codes: Icd10BySide, side: Side | undefined, unspecified: Icd10Code): readonly Icd10Code[] {
  if (side === 'right') return [codes.right];
  if (side === 'left') return [codes.left];
  if (side === 'both') return codes.both ? [codes.both] : [codes.right, codes.left];
  return [unspecified];
}

/**
 * The ICD-10-CM codes for one condition of an intake, as specific as the
 * catalogue and the entry allow: the joint and side for joint pain
 * (`icd10ByRegion`), the side for one-sided conditions such as sciatica,
 * carpal tunnel syndrome or TMJ disorder (`icd10BySide`), and otherwise the
 * condition's unspecified code. Both sides give the bilateral code where the
 * code set has one, else the right and the left code. A condition without a
 * verified code gives none. Pure: it reads only its arguments.
 *
 * @param condition - the catalogue's condition
 * @param entry - the intake's entry for it: the region and side, when given
 * @returns the codes, most specific first; empty when the catalogue has none
 * @example
 * icd10For(defaultCatalog.conditions.sciatica, { side: 'left' });
 * // [{ code: 'M54.32', display: 'Sciatica, left side', source: 'CMS-ICD10' }]
 * icd10For(defaultCatalog.conditions['joint-pain'], { region: 'knee', side: 'both' }).map((c) => c.code);
 * // ['M25.561', 'M25.562']
 * icd10For(defaultCatalog.conditions['carpal-tunnel'], {}).map((c) => c.code);
 * // ['G56.00']
 */
export function icd10For(
  condition: Condition,
  entry: { readonly region?: RegionId | undefined; readonly side?: Side | undefined },
): Icd10Coding[] {
  const base = condition.icd10;
  if (base === undefined) return [];
  const unspecified: Icd10Code = { code: base.code, display: base.display };
  const byRegion = entry.region === undefined ? undefined : condition.icd10ByRegion?.find((r) => r.region === entry.region);
  const codes = byRegion
    ? sided(byRegion.bySide, entry.side, byRegion.unspecified)
    : condition.icd10BySide
      ? sided(condition.icd10BySide, entry.side, unspecified)
      : [unspecified];
  return codes.map((c) => ({ code: c.code, display: c.display, source: base.source }));
}
