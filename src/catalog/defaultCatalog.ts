import type { CatalogIds } from '../intake/CatalogIds.js';
import { DEFAULT_INTAKE_SCHEMAS, type IntakeSchemas } from '../intake/IntakeSchema.js';
import { describedRule } from '../rules/ruleDescriptions.js';
import { withGradeNote } from '../rules/withGradeNote.js';
import { builtInCatalog, builtInSources, RULESET_VERSION } from './builtInCatalog.js';
import type { Catalog } from './Catalog.js';
import { sealCatalog } from './sealCatalog.js';

export { RULESET_VERSION };

/**
 * The built-in clinical catalogue: 12 conditions, 14 techniques, 18 regions,
 * 31 history flags, 17 red flags, 9 outcome measures, 4 clearances, every
 * rule and every source they cite. Deeply frozen: extend it with
 * `extendCatalog`, never by changing it.
 *
 * @example
 * defaultCatalog.conditions['neck-pain'].dose.minutes; // 60
 * Object.isFrozen(defaultCatalog.conditions['neck-pain'].dose); // true
 */
export const defaultCatalog: Catalog = /* @__PURE__ */ describedCatalog();

// The built-in catalogue with its rules' descriptions (and their grade notes),
// sealed on its own. A call without arguments, marked pure: a bundler drops
// it, and the descriptions with it, from a bundle that never reads
// defaultCatalog (recommendPlan alone), also inside the single-file dist/
// build where module-level tree-shaking (`sideEffects: false`) cannot help.
function describedCatalog(): Catalog {
  const rules = builtInCatalog.rules.map((rule) => withGradeNote(describedRule(rule), builtInSources));
  return sealCatalog({ ...builtInCatalog, rules }, new Set(rules), {
    schemas: DEFAULT_INTAKE_SCHEMAS as unknown as IntakeSchemas<CatalogIds>,
  });
}
