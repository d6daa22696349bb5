import type { Catalog } from '../catalog/Catalog.js';
import type { TraceEntry, TreatmentPlan } from './RecommendationSchema.js';

/**
 * The sources a plan cites: every trace source and every evidence source,
 * in first-cited order, as catalogue entries: citation, grade, and the url,
 * DOI and PMID when the catalogue has them, so a clinician can look each one up.
 *
 * @param catalog - where the sources are described
 * @param trace - the plan's trace
 * @param evidence - the plan's evidence notes
 * @returns the `sources` list of the plan
 */
export function citedSources(
  catalog: Catalog,
  trace: readonly TraceEntry[],
  evidence: TreatmentPlan['evidence'],
): TreatmentPlan['sources'] {
  const ids = [...new Set([...trace.map((t) => t.source), ...evidence.flatMap((e) => e.sources)])];
  return ids.flatMap((id) => {
    const source = catalog.sources[id];
    return source === undefined
      ? []
      : [
          {
            id: source.id,
            citation: source.citation,
            ...(source.url === undefined ? {} : { url: source.url }),
            ...(source.doi === undefined ? {} : { doi: source.doi }),
            ...(source.pmid === undefined ? {} : { pmid: source.pmid }),
            grade: source.grade,
          },
        ];
  });
}
