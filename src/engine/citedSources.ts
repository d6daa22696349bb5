import type { Catalog } from '../catalog/Catalog.js';
import type { TraceEntry, TreatmentPlan } from './RecommendationSchema.js';

/**
 * The sources a plan cites: every trace source and every evidence source,
 * in first-cited order, as catalogue entries.
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
      : [{ id: source.id, citation: source.citation, ...(source.url === undefined ? {} : { url: source.url }) }];
  });
}
