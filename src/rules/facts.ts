import type { Catalog } from '../catalog/Catalog.js';
import type { ConditionEntry, HistoryEntry, Intake } from '../intake/IntakeSchema.js';
import type { ConditionId, HistoryFlagId, RegionId, Side, TechniqueId } from '../intake/vocabulary.js';

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
}

/**
 * Resolves a condition's catalogue targets for one intake entry: `site` is
 * the entry's region, `around-site` the regions next to it.
 */
export function targetsOf(entry: ConditionEntry, catalog: Catalog): ResolvedTarget[] {
  const side = entry.side === undefined ? {} : { side: entry.side };
  return catalog.conditions[entry.condition].targets.flatMap((target): ResolvedTarget[] => {
    if (target.region === 'site') {
      if (entry.region === undefined) return [];
      return [{ region: entry.region, ...side, muscles: [...catalog.regions[entry.region].muscles] }];
    }
    if (target.region === 'around-site') {
      if (entry.region === undefined) return [];
      return catalog.regions[entry.region].adjacent.map((region) => ({
        region,
        ...side,
        muscles: [...catalog.regions[region].muscles],
      }));
    }
    // A condition that names no muscles for a region works the region's usual ones.
    const muscles = target.muscles.length > 0 ? target.muscles : catalog.regions[target.region].muscles;
    return [{ region: target.region, muscles: [...muscles] }];
  });
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
