import type { Catalog } from '../catalog/Catalog.js';
import { compiledCatalogOption } from '../catalog/catalogOption.js';
import { builtInCatalog } from '../catalog/builtInCatalog.js';
import { defaultCatalog } from '../catalog/defaultCatalog.js';
import type { CatalogIds, DefaultIds } from '../intake/CatalogIds.js';
import { DEFAULT_RECOMMENDATION_SCHEMAS, type RecommendationSchemas } from './RecommendationSchema.js';
import { recommendationSchemasOf } from './recommendationSchemasOf.js';

/**
 * The zod schemas of a catalogue's plans and recommendations: its ids and
 * only those. Every plan `recommendPlan` returns with a catalogue passes
 * that catalogue's `TreatmentPlanSchema`; the exported `TreatmentPlanSchema`
 * is the built-in catalogue's.
 *
 * @param options - `catalog`: a catalogue made by `extendCatalog` (default `defaultCatalog`)
 * @returns `{ TreatmentPlanSchema, RecommendationSchema }` for the catalogue
 * @throws {@link IntakeError} when an option is invalid
 * @example
 * const { TreatmentPlanSchema } = planSchemas({ catalog: defaultCatalog });
 * const result = recommendPlan({ assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pain', severity: 'mild' }], goals: ['pain-relief'] });
 * result.kind === 'plan' && TreatmentPlanSchema.safeParse(result.plan).success; // true
 */
export function planSchemas<I extends CatalogIds = DefaultIds>(options?: { catalog?: Catalog<I> }): RecommendationSchemas<I> {
  const compiled = compiledCatalogOption(options);
  if (!compiled.success) throw compiled.error;
  // Both are the built-in catalogue (the engine's, and the same with its rules' descriptions).
  const builtIn = compiled.data.catalog === (builtInCatalog as unknown) || compiled.data.catalog === (defaultCatalog as unknown);
  if (builtIn) return DEFAULT_RECOMMENDATION_SCHEMAS as unknown as RecommendationSchemas<I>;
  return recommendationSchemasOf(compiled.data) as unknown as RecommendationSchemas<I>;
}
