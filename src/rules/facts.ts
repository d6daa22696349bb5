import type { Catalog } from '../catalog/Catalog.js';
import { catalogMemo } from '../catalog/sealCatalog.js';
import type { ConditionEntry, HistoryEntry, Intake } from '../intake/IntakeSchema.js';
import type { ConditionId, HistoryFlagId, RegionId, Side, TechniqueId } from '../intake/vocabulary.js';
import type { Condition, Region } from '../catalog/CatalogSchema.js';
import type { PressureLevel } from './Effect.js';

// Small queries over a validated intake, shared by the rule tables so that
// each rule's `when` reads as one line.

// A plan can name ids its catalogue does not hold: a plan made with a
// vendor's catalogue and formatted with another (the default one), or read
// back from storage after the vendor renamed an entry. The summaries then
// say the id rather than crash halfway through. The tables are read as
// `Record<string, …>` so this holds whatever the ids' types are.

type Table<T> = Readonly<Record<string, T | undefined>> | undefined;

/**
 * The catalogue entry under an id, or `undefined` when the table has none.
 *
 * @param table - one table of a catalogue (`catalog.conditions`, …)
 * @param id - the id, which may be a vendor's or unknown
 * @returns the entry, if any
 * @example
 * catalogEntry(defaultCatalog.techniques, 'cupping'); // undefined
 * catalogEntry(defaultCatalog.techniques, 'swedish')?.cpt; // '97124'
 */
export function catalogEntry<T>(table: object | undefined, id: string): T | undefined {
  const entries = table as Table<T>;
  // An own property only: an id such as `constructor` is not an entry.
  return entries !== undefined && Object.hasOwn(entries, id) ? entries[id] : undefined;
}

/**
 * The catalogue's name of an entry, or its id when the catalogue has none.
 *
 * @param table - one table of a catalogue (`catalog.conditions`, `catalog.regions`, …)
 * @param id - the entry's id
 * @returns e.g. `'Neck pain'`; `'plantar-fasciitis'` when the catalogue does not hold it
 * @example
 * entryName(defaultCatalog.conditions, 'neck-pain'); // 'Neck pain'
 * entryName(defaultCatalog.conditions, 'plantar-fasciitis'); // 'plantar-fasciitis'
 */
export function entryName(table: object | undefined, id: string): string {
  return catalogEntry<{ name: string }>(table, id)?.name ?? id;
}

/** The history entries with a given flag. */
export const historyWith = (intake: Intake, flag: HistoryFlagId): HistoryEntry[] =>
  (intake.history ?? []).filter((entry) => entry.flag === flag);

/** Whether the history holds a flag. */
export const hasFlag = (intake: Intake, flag: HistoryFlagId): boolean => historyWith(intake, flag).length > 0;

/** The condition entries of a given condition. */
export const conditionsOf = (intake: Intake, condition: ConditionId): ConditionEntry[] =>
  intake.conditions.filter((entry) => entry.condition === condition);

/** Whether the intake has a condition. */
export const hasCondition = (intake: Intake, condition: ConditionId): boolean =>
  conditionsOf(intake, condition).length > 0;

// A condition or region the catalogue does not hold (an intake written for
// another catalogue) gives no targets rather than a TypeError in a rule.
const regionOf = (catalog: Catalog, region: string): Region | undefined => catalogEntry<Region>(catalog.regions, region);
const conditionTargets = (catalog: Catalog, entry: ConditionEntry): Condition['targets'] =>
  catalogEntry<Condition>(catalog.conditions, entry.condition)?.targets ?? [];

/** A region and side a condition's target resolves to. */
export interface ResolvedTarget {
  region: RegionId;
  side?: Side;
  muscles: string[];
  /** The endangerment site the muscles lie in, for a target of its own. */
  site?: string;
  /** The most pressure allowed on the target (an endangerment site's). */
  maxPressure?: PressureLevel;
}

/**
 * Resolves a condition's catalogue targets for one intake entry: `site` is
 * the entry's region, `around-site` the regions next to it.
 */
export function targetsOf(entry: ConditionEntry, catalog: Catalog): ResolvedTarget[] {
  // A one-sided condition (sciatica on the right, a left wrist) targets its side only.
  const side = entry.side === undefined ? {} : { side: entry.side };
  const resolve = (region: RegionId, muscles: readonly string[]): ResolvedTarget[] => splitEndangered(catalog, region, side, muscles);
  // A region the catalogue does not hold has no muscles and no neighbours of its own.
  const musclesOf = (region: RegionId): readonly string[] => regionOf(catalog, region)?.muscles ?? [];
  return conditionTargets(catalog, entry).flatMap((target): ResolvedTarget[] => {
    if (target.region === 'site') {
      if (entry.region === undefined) return [];
      return resolve(entry.region, musclesOf(entry.region));
    }
    if (target.region === 'around-site') {
      if (entry.region === undefined) return [];
      return (regionOf(catalog, entry.region)?.adjacent ?? []).flatMap((region) => resolve(region, musclesOf(region)));
    }
    // A condition that names no muscles for a region works the region's usual ones.
    const muscles = target.muscles.length > 0 ? target.muscles : musclesOf(target.region);
    return resolve(target.region, muscles);
  });
}

// Muscles that lie in an endangerment site of their region (the SCM and
// scalenes in the anterior neck) become a target of their own, capped at the
// site's light pressure; the rest of the region is worked as usual.
function splitEndangered(
  catalog: Catalog,
  region: RegionId,
  side: { side?: Side },
  muscles: readonly string[],
): ResolvedTarget[] {
  const sites = regionOf(catalog, region)?.endangermentMuscles ?? [];
  const endangered = sites.flatMap((site) => {
    const inSite = muscles.filter((m) => site.muscles.includes(m));
    return inSite.length === 0 ? [] : [{ region, ...side, muscles: inSite, site: site.site, maxPressure: site.maxPressure as PressureLevel }];
  });
  const taken = new Set(endangered.flatMap((t) => t.muscles));
  const rest = muscles.filter((m) => !taken.has(m));
  return [...(rest.length > 0 || endangered.length === 0 ? [{ region, ...side, muscles: rest }] : []), ...endangered];
}

/**
 * The regions {@link targetsOf} resolves to, in the same order, without
 * building the targets (for rules that only ask where the work goes).
 */
export function targetRegionsOf(entry: ConditionEntry, catalog: Catalog): RegionId[] {
  const regions: RegionId[] = [];
  for (const target of conditionTargets(catalog, entry)) {
    if (target.region === 'site') {
      if (entry.region !== undefined) regions.push(entry.region);
    } else if (target.region === 'around-site') {
      if (entry.region !== undefined) regions.push(...(regionOf(catalog, entry.region)?.adjacent ?? []));
    } else {
      regions.push(target.region);
    }
  }
  return regions;
}

/** Techniques whose pressure can reach `level` or more (4: deep pressure; 3: "deeper work"), from the catalogue (built once per catalogue). */
export const techniquesReaching = (catalog: Catalog, level: PressureLevel): readonly TechniqueId[] =>
  catalogMemo(catalog, `techniques-reaching|${level}`, () =>
    Object.values(catalog.techniques)
      .filter((technique) => technique.pressure.max >= level)
      .map((technique) => technique.id),
  );

/** `{ side }` when a side is given, `{}` otherwise (for exact optional properties). */
export const sideOf = (entry: { side?: Side | undefined }): { side?: Side } =>
  entry.side === undefined ? {} : { side: entry.side };

/** How far a contraindication reaches from the region it names. */
export type Scope = 'region' | 'limb' | 'quadrant';

/**
 * The regions a contraindication on `region` reaches: the region itself, the
 * whole limb it belongs to (`limb`), or its body quadrant (`quadrant`), read
 * from the catalogue's regions. A region outside any limb or quadrant reaches
 * only itself.
 */
export function regionsInScope(catalog: Catalog, region: RegionId, scope: Scope = 'region'): RegionId[] {
  if (scope === 'region') return [region];
  const home = regionOf(catalog, region);
  const group = scope === 'limb' ? home?.limb : home?.quadrant;
  if (group === undefined) return [region];
  return Object.values(catalog.regions)
    .filter((r) => (scope === 'limb' ? r.limb : r.quadrant) === group)
    .map((r) => r.id);
}

/** Every region of a limb kind (`leg` or `arm`), from the catalogue. */
export const limbRegions = (catalog: Catalog, limb: 'arm' | 'leg'): RegionId[] =>
  Object.values(catalog.regions)
    .filter((r) => r.limb === limb)
    .map((r) => r.id);

/** The techniques that apply heat (hot stones), from the catalogue (built once per catalogue). */
export const heatTechniques = (catalog: Catalog): readonly TechniqueId[] =>
  catalogMemo(catalog, 'heat-techniques', () =>
    Object.values(catalog.techniques)
      .filter((technique) => technique.heat)
      .map((technique) => technique.id),
  );
