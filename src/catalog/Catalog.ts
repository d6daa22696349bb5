import type {
  ConditionId,
  HistoryFlagId,
  OutcomeMeasureId,
  RedFlagId,
  RegionId,
  TechniqueId,
} from '../intake/vocabulary.js';
import type { Rule } from '../rules/Rule.js';
import type { Condition, HistoryFlag, OutcomeMeasure, RedFlag, Region, Source, Technique } from './CatalogSchema.js';

/**
 * The clinical catalogue: every fact the rules read, every rule, and the
 * sources they cite. {@link defaultCatalog} is the built-in one;
 * `extendCatalog` makes a vendor's.
 */
export interface Catalog {
  /** Version of the ruleset, carried into every plan as `rulesetVersion`. */
  version: string;
  /** Bounds of a session's length in minutes. */
  sessionMinutes: { min: number; max: number };
  sources: Readonly<Record<string, Source>>;
  techniques: Readonly<Record<TechniqueId, Technique>>;
  regions: Readonly<Record<RegionId, Region>>;
  conditions: Readonly<Record<ConditionId, Condition>>;
  historyFlags: Readonly<Record<HistoryFlagId, HistoryFlag>>;
  redFlags: Readonly<Record<RedFlagId, RedFlag>>;
  outcomeMeasures: Readonly<Record<OutcomeMeasureId, OutcomeMeasure>>;
  /** Every rule, in evaluation order. */
  rules: readonly Rule[];
}
