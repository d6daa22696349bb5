import type { CatalogIds } from '../intake/CatalogIds.js';
import { DEFAULT_INTAKE_SCHEMAS, type IntakeSchemas } from '../intake/IntakeSchema.js';
import { defaultRules } from '../rules/defaultRules.js';
import { withGradeNote } from '../rules/withGradeNote.js';
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

const allSources: Catalog['sources'] = {
  ...sources,
  [CLIENT_SOURCE]: {
    id: CLIENT_SOURCE,
    citation: "The client's own intake: stated preferences (pressure, session length, positions, hot stones, oils).",
    grade: 'client',
  },
};

const rules = defaultRules.map((rule) => withGradeNote(rule, allSources));

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
export const defaultCatalog: Catalog = sealCatalog(
  {
    version: RULESET_VERSION,
    sessionMinutes: { min: 15, max: 120 },
    sources: allSources,
    techniques,
    regions,
    conditions,
    historyFlags,
    redFlags,
    outcomeMeasures,
    clearances,
    rules,
  },
  new Set(rules),
  { schemas: DEFAULT_INTAKE_SCHEMAS as unknown as IntakeSchemas<CatalogIds> },
);
