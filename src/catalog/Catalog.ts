import type { CatalogIds, DefaultIds } from '../intake/CatalogIds.js';
import type { Rule } from '../rules/Rule.js';
import type { Clearance, Condition, HistoryFlag, OutcomeMeasure, RedFlag, Region, Source, Technique } from './CatalogSchema.js';

/**
 * The clinical catalogue: every fact the rules read, every rule, and the
 * sources they cite. {@link defaultCatalog} is the built-in one;
 * `extendCatalog` makes a vendor's. Catalogues are deeply frozen, and only
 * those two functions make them: the engine rejects any other object.
 *
 * `I` are its ids: the built-in ones ({@link DefaultIds}) plus those a
 * patch added.
 */
export interface Catalog<I extends CatalogIds = DefaultIds> {
  /** Version of the ruleset, carried into every plan as `rulesetVersion`. */
  readonly version: string;
  /** Bounds of a session's length in minutes. */
  readonly sessionMinutes: Readonly<{ min: number; max: number }>;
  readonly sources: Readonly<Record<string, Source>>;
  readonly techniques: Readonly<Record<I['technique'], Technique<I>>>;
  readonly regions: Readonly<Record<I['region'], Region<I>>>;
  readonly conditions: Readonly<Record<I['condition'], Condition<I>>>;
  readonly historyFlags: Readonly<Record<I['historyFlag'], HistoryFlag<I>>>;
  readonly redFlags: Readonly<Record<I['redFlag'], RedFlag<I>>>;
  readonly outcomeMeasures: Readonly<Record<I['outcomeMeasure'], OutcomeMeasure<I>>>;
  readonly clearances: Readonly<Record<I['clearance'], Clearance<I>>>;
  /** Every rule, in evaluation order. */
  readonly rules: readonly Rule[];
}

/**
 * The ids of a catalogue's type, e.g. `IdsOf<typeof clinicCatalog>['condition']`.
 *
 * @example
 * type Conditions = IdsOf<typeof defaultCatalog>['condition']; // 'low-back-pain' | 'neck-pain' | …
 * const neck: Conditions = 'neck-pain';
 * void neck;
 */
export type IdsOf<C> = C extends Catalog<infer I> ? I : never;
