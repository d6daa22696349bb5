import type { CatalogIds } from '../intake/CatalogIds.js';
import { DEFAULT_INTAKE_SCHEMAS, type IntakeSchemas } from '../intake/IntakeSchema.js';
import { defaultRules } from '../rules/defaultRules.js';
import { CLIENT_SOURCE } from '../rules/preferenceRules.js';
import type { Catalog } from './Catalog.js';
import { clearances } from './data/clearances.js';
import { conditions } from './data/conditions.js';
import { historyFlags } from './data/historyFlags.js';
import { outcomeMeasures } from './data/outcomeMeasures.js';
import { redFlags } from './data/redFlags.js';
import { regions } from './data/regions.js';
import { sources } from './data/sources.js';
import { techniques } from './data/techniques.js';
import { sealCatalog } from './sealCatalog.js';

/** Version of the built-in ruleset; bump on any change to rules or clinical data. */
export const RULESET_VERSION = 'massage-plan-rules@0.2.0';

/** The built-in sources: the catalogue's, and the client's own intake (preferences). */
export const builtInSources: Catalog['sources'] = /* @__PURE__ */ (() => ({
  ...sources,
  [CLIENT_SOURCE]: {
    id: CLIENT_SOURCE,
    citation: "The client's own intake: stated preferences (pressure, session length, positions, hot stones, oils).",
    grade: 'client',
  },
}))();

/**
 * The built-in catalogue as the engine runs it when no `catalog` option is
 * given: `defaultCatalog`'s data and rules, without the rules' descriptions
 * (each rule's `description` is empty). Internal: it is never handed to a
 * caller.
 *
 * Why a second catalogue: a description is documentation, and no
 * recommendation carries one, so `recommendPlan` gives the same result with
 * this catalogue as with `defaultCatalog` (checked by
 * test/catalog/builtInCatalog.test.ts), while a bundle of `recommendPlan`
 * does not hold the descriptions. `defaultCatalog` is this catalogue with the
 * descriptions attached, sealed on its own; the data entries and the rules'
 * functions are the same objects in both.
 */
export const builtInCatalog: Catalog = /* @__PURE__ */ sealCatalog(
  {
    version: RULESET_VERSION,
    sessionMinutes: { min: 15, max: 120 },
    sources: builtInSources,
    techniques,
    regions,
    conditions,
    historyFlags,
    redFlags,
    outcomeMeasures,
    clearances,
    rules: defaultRules,
  },
  /* @__PURE__ */ new Set(defaultRules),
  { schemas: DEFAULT_INTAKE_SCHEMAS as unknown as IntakeSchemas<CatalogIds> },
);
