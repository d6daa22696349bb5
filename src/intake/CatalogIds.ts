import type {
  ClearanceId,
  ConditionId,
  HistoryFlagId,
  OutcomeMeasureId,
  RedFlagId,
  RegionId,
  TechniqueId,
} from './vocabulary.js';

/**
 * The id types of a catalogue, one per kind of entry. The built-in
 * catalogue's are {@link DefaultIds}; a catalogue that `extendCatalog` makes
 * adds the ids of its patch.
 */
export interface CatalogIds {
  condition: string;
  technique: string;
  region: string;
  historyFlag: string;
  redFlag: string;
  outcomeMeasure: string;
  clearance: string;
}

/** The ids of the built-in catalogue, as literal types. */
export interface DefaultIds {
  condition: ConditionId;
  technique: TechniqueId;
  region: RegionId;
  historyFlag: HistoryFlagId;
  redFlag: RedFlagId;
  outcomeMeasure: OutcomeMeasureId;
  clearance: ClearanceId;
}
