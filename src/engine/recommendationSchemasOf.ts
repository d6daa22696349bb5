import type { CompiledCatalog } from '../catalog/sealCatalog.js';
import type { CatalogIds } from '../intake/CatalogIds.js';
import { recommendationSchemas, type RecommendationSchemas } from './RecommendationSchema.js';

/**
 * The plan and recommendation schemas of a compiled catalogue: its ids and
 * only those. Built once per catalogue, the first time they are asked for.
 *
 * @param compiled - the catalogue's compiled parts
 * @returns its `TreatmentPlanSchema` and `RecommendationSchema`
 */
export function recommendationSchemasOf(compiled: CompiledCatalog): RecommendationSchemas<CatalogIds> {
  compiled.recommendationSchemas ??= recommendationSchemas<CatalogIds>(compiled.schemas);
  return compiled.recommendationSchemas as RecommendationSchemas<CatalogIds>;
}
