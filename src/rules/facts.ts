import type { Catalog } from '../catalog/Catalog.js';
import type { ConditionEntry, HistoryEntry, Intake } from '../intake/IntakeSchema.js';
import type { ConditionId, HistoryFlagId, RegionId, Side, TechniqueId } from '../intake/vocabulary.js';
import type { PressureLevel } from './Effect.js';

// Small queries over a validated intake, shared by the rule tables so that
// each rule's `when` reads as one line.

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
  return catalog.conditions[entry.condition].targets.flatMap((target): ResolvedTarget[] => {
    if (target.region === 'site') {
      if (entry.region === undefined) return [];
      return resolve(entry.region, catalog.regions[entry.region].muscles);
    }
    if (target.region === 'around-site') {
      if (entry.region === undefined) return [];
      return catalog.regions[entry.region].adjacent.flatMap((region) => resolve(region, catalog.regions[region].muscles));
    }
    // A condition that names no muscles for a region works the region's usual ones.
    const muscles = target.muscles.length > 0 ? target.muscles : catalog.regions[target.region].muscles;
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
  const sites = catalog.regions[region].endangermentMuscles ?? [];
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
  for (const target of catalog.conditions[entry.condition].targets) {
    if (target.region === 'site') {
      if (entry.region !== undefined) regions.push(entry.region);
    } else if (target.region === 'around-site') {
      if (entry.region !== undefined) regions.push(...catalog.regions[entry.region].adjacent);
    } else {
      regions.push(target.region);
    }
  }
  return regions;
}

/** Techniques that can reach deep pressure (4 or 5 on the scale). */
export const deepTechniques = (catalog: Catalog): TechniqueId[] =>
  Object.values(catalog.techniques)
    .filter((technique) => technique.pressure.max >= 4)
    .map((technique) => technique.id);

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
  const home = catalog.regions[region];
  const group = scope === 'limb' ? home.limb : home.quadrant;
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

/** The techniques that apply heat (hot stones), from the catalogue. */
export const heatTechniques = (catalog: Catalog): TechniqueId[] =>
  Object.values(catalog.techniques)
    .filter((technique) => technique.heat)
    .map((technique) => technique.id);
