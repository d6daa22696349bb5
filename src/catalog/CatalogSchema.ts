import * as z from 'zod';
import { PositionSchema, sessionsPerWeekSchema, UrgencySchema } from '../intake/vocabulary.js';
import { IdSchema } from '../intake/IdSchema.js';

import type { CatalogIds, DefaultIds } from '../intake/CatalogIds.js';

const text = (max = 500) => z.string().min(1).max(max);
const pressureLevel = /* @__PURE__ */ z.number().int().min(1).max(5);

/**
 * How strong a source is: `evidence` (trial, review, guideline), `practice`
 * (textbook, exam prep, clinic page: a configurable default, never a claim of
 * evidence), `specification` (a standard or regulation such as FHIR, FDA
 * guidance, a CMS manual or the ICD-10-CM tabular list: binding or
 * descriptive, but not clinical evidence), `unverified` (needs a better
 * source) or `client` (the client's own statement in the intake, such as a
 * preference).
 */
export const SourceGradeSchema = /* @__PURE__ */ z.enum(['evidence', 'practice', 'specification', 'unverified', 'client']);

/** The shape of a DOI: `10.`, a 4–9 digit registrant, `/`, a suffix without spaces. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

/** The shape of a PubMed id: digits only. */
export const PMID_PATTERN = /^\d{1,9}$/;

/** A source that rules and facts cite. */
export const SourceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: text(40),
    citation: text(),
    url: z.string().max(500).optional(),
    /** The publication's DOI, without the `https://doi.org/` prefix, e.g. `10.2519/jospt.2020.9971`. */
    doi: z.string().max(200).regex(DOI_PATTERN).optional(),
    /** The publication's PubMed id, digits only, e.g. `32438853`. */
    pmid: z.string().regex(PMID_PATTERN).optional(),
    grade: SourceGradeSchema,
  }))();

/** The three contraindication tiers. */
export const ContraindicationTierSchema = /* @__PURE__ */ z.enum(['no-massage', 'local', 'precaution']);

/** What the evidence says about massage for a condition. */
export const EvidenceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** `supports`: trials or guidelines support massage; `weak`: mixed or low-quality; `against`: a guideline advises against it; `none`: no source found. */
    verdict: z.enum(['supports', 'weak', 'against', 'none']),
    summary: text(600),
    sources: z.array(text(40)).max(8),
  }))();

/**
 * The largest magnitude a score on an outcome scale may have. Real scales
 * run to 100 or so; the bound keeps goal arithmetic finite (a vendor scale
 * up to 1e308 made a goal's target Infinity, found by the catalogue fuzzer).
 *
 * @example
 * MEASURE_SCALE_LIMIT; // 1000000
 */
export const MEASURE_SCALE_LIMIT = 1_000_000;

const OUTSIDE_SCALE = { error: 'must be between -1,000,000 and 1,000,000 (an outcome scale)' };
const scaleValue = () => z.number().min(-MEASURE_SCALE_LIMIT, OUTSIDE_SCALE).max(MEASURE_SCALE_LIMIT, OUTSIDE_SCALE);

/** A dose: sessions per week for some weeks, with its source. */
export const DoseSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    sessionsPerWeek: sessionsPerWeekSchema(2),
    weeks: z.number().int().min(1).max(52),
    minutes: z.number().int().min(15).max(120),
    summary: text(400),
    source: text(40),
  }))();

/** An ICD-10-CM code and its display text. */
export const Icd10CodeSchema = /* @__PURE__ */ (() => z.strictObject({ code: text(10), display: text(120) }))();

/** Side-specific ICD-10-CM codes; `both` only where the code set has a bilateral code (otherwise both sides are coded). */
export const Icd10BySideSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    right: Icd10CodeSchema,
    left: Icd10CodeSchema,
    both: Icd10CodeSchema.optional(),
  }))();

/** A zod schema for each kind of catalogue id. */
export type IdSchemas<I extends CatalogIds> = { [K in keyof CatalogIds]: z.ZodType<I[K], I[K]> };

/**
 * Builds the schemas of the catalogue's entries for given id schemas: open
 * ids (any well-formed id, checked against the catalogue by `extendCatalog`)
 * for validating a patch, or literal ids for the built-in entry types.
 *
 * @param ids - a schema per kind of id
 * @returns the entry schemas
 */
export function catalogEntrySchemas<I extends CatalogIds>(ids: IdSchemas<I>) {
  /** A technique: what it is, its pressure range and its CPT code. */
  const TechniqueSchema = z.strictObject({
    id: ids.technique,
    name: text(80),
    description: text(),
    pressure: z.strictObject({ min: pressureLevel, max: pressureLevel }),
    /** 97124 massage, or 97140 manual therapy. */
    cpt: z.enum(['97124', '97140']),
    /** Techniques that apply heat (hot stones): never on an acute injury. */
    heat: z.boolean(),
    source: text(40),
  });

  /** A body region, its muscles, the regions next to it and its endangerment sites. */
  const RegionSchema = z.strictObject({
    id: ids.region,
    name: text(80),
    muscles: z.array(text(80)).max(20),
    adjacent: z.array(ids.region).max(10),
    endangermentSites: z.array(text(80)).max(10),
    /**
     * The larger region this one lies in (a vendor's `sole` within `ankle-foot`): whatever excludes or caps the
     * larger region holds here too, so a flag recorded on the foot also protects the sole.
     */
    within: ids.region.optional(),
    /** The limb the region belongs to, for contraindications that exclude a whole limb (DVT, cellulitis). */
    limb: z.enum(['arm', 'leg']).optional(),
    /** The body quadrant the region drains to, for lymphedema (upper: arm, chest, upper back; lower: leg, hip, lower back). */
    quadrant: z.enum(['upper', 'lower']).optional(),
    /** Muscles lying in an endangerment site of the region: a target of their own, capped at `maxPressure`. */
    endangermentMuscles: z
      .array(z.strictObject({ site: text(80), muscles: z.array(text(80)).min(1).max(12), maxPressure: pressureLevel }))
      .max(10)
      .optional(),
  });

  /** A health-history flag, its tier and what the plan must do about it. */
  const HistoryFlagSchema = z.strictObject({
    id: ids.historyFlag,
    name: text(80),
    tier: ContraindicationTierSchema,
    effect: text(),
    sources: z.array(text(40)).min(1).max(8),
    /** How far a local contraindication reaches from the region given: the region (default), the whole limb on that side, or the body quadrant. */
    scope: z.enum(['region', 'limb', 'quadrant']).optional(),
    /** A pressure cap the flag sets (on the region given, or everywhere without one). */
    maxPressure: pressureLevel.optional(),
    /** Techniques the flag rules out. */
    avoidTechniques: z.array(ids.technique).max(30).optional(),
    /** Positions the flag rules out. */
    avoidPositions: z.array(PositionSchema).max(3).optional(),
    /** Whether the flag rules out heat (hot stones): numb skin, pregnancy. */
    avoidHeat: z.boolean().optional(),
    /** A clearance needed before the first session. */
    requiresClearance: ids.clearance.optional(),
    /** The clearance that lifts a no-massage deferral. */
    clearedBy: ids.clearance.optional(),
    /** Whether an intake entry with this flag must say its `region` (implied for the `local` tier). */
    requiresRegion: z.boolean().optional(),
    /** Whether an intake entry with this flag must say its `weeks` (pregnancy: weeks of gestation). */
    requiresWeeks: z.boolean().optional(),
  });

  /** A clearance a clinician can give (physician, surgeon …), which lifts the effects that name it. */
  const ClearanceSchema = z.strictObject({
    id: ids.clearance,
    /** Who gives it, e.g. `Physician`. */
    name: text(80),
    description: text().optional(),
  });

  /** A red flag: what it suggests, how urgent, and for which conditions. */
  const RedFlagSchema = z.strictObject({
    id: ids.redFlag,
    name: text(80),
    suggests: text(200),
    urgency: UrgencySchema,
    /** The conditions it is relevant to; `'any'` for all. */
    conditions: z.union([z.literal('any'), z.array(ids.condition).min(1).max(100)]),
    sources: z.array(text(40)).min(1).max(8),
  });

  /** An outcome measure and its minimal clinically important change. */
  const OutcomeMeasureSchema = z.strictObject({
    id: ids.outcomeMeasure,
    name: text(120),
    min: scaleValue(),
    max: scaleValue(),
    /** Smallest change that matters: `points`, or `percent` of baseline when that is larger. */
    meaningfulChange: z.strictObject({ points: z.number().positive().max(MEASURE_SCALE_LIMIT, { error: 'must be at most 1,000,000 (an outcome scale)' }), percent: z.number().positive().max(100).optional() }),
    /** Whether a lower score means the client is better (pain, disability) or a higher one (function). */
    better: z.enum(['lower', 'higher']),
    source: text(40),
    /**
     * The score at which (or beyond which, in the better direction) a client
     * counts as recovered, with its source (e.g. pain NRS 0 and RMDQ ≤ 2,
     * Kamper 2010). Used for discharge; absent when no cut-off is published.
     */
    recovered: z.strictObject({ score: scaleValue(), source: text(40) }).optional(),
  });

  /** A condition: techniques, targets, dose, measures, red flags and complementary care. */
  const ConditionSchema = z.strictObject({
    id: ids.condition,
    name: text(80),
    /** The condition's ICD-10-CM code when no side or region makes it more specific; its `source` covers the codes below too. */
    icd10: z.strictObject({ code: text(10), display: text(120), source: text(40) }).optional(),
    /** More specific codes by side (sciatica, carpal tunnel, TMJ). */
    icd10BySide: Icd10BySideSchema.optional(),
    /** More specific codes by the region given in the intake (joint pain by joint), each with its side codes. */
    icd10ByRegion: z
      .array(z.strictObject({ region: ids.region, unspecified: Icd10CodeSchema, bySide: Icd10BySideSchema }))
      .max(60)
      .optional(),
    techniques: z.array(ids.technique).min(1).max(30),
    /** Target regions; `'site'` means the region given in the intake (and `'around-site'` its neighbours). */
    targets: z
      .array(z.strictObject({ region: z.union([ids.region, z.enum(['site', 'around-site'])]), muscles: z.array(text(80)).max(12) }))
      .min(1)
      .max(18),
    pressure: z.strictObject({ start: pressureLevel, max: pressureLevel }),
    /** The first-phase dose, from evidence where it exists. */
    dose: DoseSchema,
    evidence: EvidenceSchema,
    outcomeMeasures: z.array(ids.outcomeMeasure).max(20),
    complementary: z.array(z.strictObject({ care: text(80), source: text(40) })).max(8),
    sources: z.array(text(40)).max(12),
  });

  return { TechniqueSchema, RegionSchema, HistoryFlagSchema, ClearanceSchema, RedFlagSchema, OutcomeMeasureSchema, ConditionSchema };
}

/** The entry schemas for a catalogue with ids `I`. */
export type CatalogEntrySchemas<I extends CatalogIds = DefaultIds> = ReturnType<typeof catalogEntrySchemas<I>>;

// Ids are open (DESIGN §5): any well-formed id here; extendCatalog checks
// that every id an entry names exists in the base or the patch.
const open = /* @__PURE__ */ catalogEntrySchemas<CatalogIds>({
  condition: IdSchema,
  technique: IdSchema,
  region: IdSchema,
  historyFlag: IdSchema,
  redFlag: IdSchema,
  outcomeMeasure: IdSchema,
  clearance: IdSchema,
});

/** A technique: what it is, its pressure range and its CPT code. */
export const TechniqueSchema = /* @__PURE__ */ (() => open.TechniqueSchema)();
/** A body region, its muscles, the regions next to it and its endangerment sites. */
export const RegionSchema = /* @__PURE__ */ (() => open.RegionSchema)();
/** A health-history flag, its tier and what the plan must do about it. */
export const HistoryFlagSchema = /* @__PURE__ */ (() => open.HistoryFlagSchema)();
/** A clearance a clinician can give (physician, surgeon …), which lifts the effects that name it. */
export const ClearanceSchema = /* @__PURE__ */ (() => open.ClearanceSchema)();
/** A red flag: what it suggests, how urgent, and for which conditions. */
export const RedFlagSchema = /* @__PURE__ */ (() => open.RedFlagSchema)();
/** An outcome measure and its minimal clinically important change. */
export const OutcomeMeasureSchema = /* @__PURE__ */ (() => open.OutcomeMeasureSchema)();
/** A condition: techniques, targets, dose, measures, red flags and complementary care. */
export const ConditionSchema = /* @__PURE__ */ (() => open.ConditionSchema)();

/**
 * How strong a source is: `evidence`, `practice` (a configurable default, never a claim of evidence), `specification` (a standard or regulation, not clinical evidence), `unverified` or `client`.
 *
 * @useDeclaredType
 */
export type SourceGrade = z.infer<typeof SourceGradeSchema>;
/**
 * A source that rules and catalogue facts cite, with its grade.
 *
 * @useDeclaredType
 */
export type Source = z.infer<typeof SourceSchema>;
/**
 * A technique of the catalogue: name, description, pressure range, CPT code, whether it applies heat.
 *
 * @useDeclaredType
 */
export type Technique<I extends CatalogIds = DefaultIds> = z.output<CatalogEntrySchemas<I>['TechniqueSchema']>;
/**
 * A body region of the catalogue: muscles, adjacent regions, endangerment sites.
 *
 * @useDeclaredType
 */
export type Region<I extends CatalogIds = DefaultIds> = z.output<CatalogEntrySchemas<I>['RegionSchema']>;
/**
 * A clearance of the catalogue: who gives it.
 *
 * @useDeclaredType
 */
export type Clearance<I extends CatalogIds = DefaultIds> = z.output<CatalogEntrySchemas<I>['ClearanceSchema']>;
/**
 * A contraindication tier: `no-massage` (defer or refer), `local` (avoid the area) or `precaution` (treat with changes).
 *
 * @useDeclaredType
 */
export type ContraindicationTier = z.infer<typeof ContraindicationTierSchema>;
/**
 * A health-history flag of the catalogue: its tier, what the plan must do, and its sources.
 *
 * @useDeclaredType
 */
export type HistoryFlag<I extends CatalogIds = DefaultIds> = z.output<CatalogEntrySchemas<I>['HistoryFlagSchema']>;
/**
 * A red flag of the catalogue: what it suggests, its urgency, the conditions it bears on, and its sources.
 *
 * @useDeclaredType
 */
export type RedFlag<I extends CatalogIds = DefaultIds> = z.output<CatalogEntrySchemas<I>['RedFlagSchema']>;
/**
 * An outcome measure of the catalogue: its range, its meaningful change, and which direction is better.
 *
 * @useDeclaredType
 */
export type OutcomeMeasure<I extends CatalogIds = DefaultIds> = z.output<CatalogEntrySchemas<I>['OutcomeMeasureSchema']>;
/**
 * What the evidence says about massage for a condition: a verdict, a summary and its sources.
 *
 * @useDeclaredType
 */
export type Evidence = z.infer<typeof EvidenceSchema>;
/**
 * A first-phase dose: sessions per week, weeks and minutes, with the source behind it.
 *
 * @useDeclaredType
 */
export type Dose = z.infer<typeof DoseSchema>;
/**
 * A condition of the catalogue: techniques, targets, pressure, dose, evidence, outcome measures, ICD-10 code and complementary care.
 *
 * @useDeclaredType
 */
export type Condition<I extends CatalogIds = DefaultIds> = z.output<CatalogEntrySchemas<I>['ConditionSchema']>;
/**
 * An ICD-10-CM code with its display text.
 *
 * @useDeclaredType
 */
export type Icd10Code = z.infer<typeof Icd10CodeSchema>;
/**
 * Side-specific ICD-10-CM codes of a condition: right, left, and bilateral where the code set has one.
 *
 * @useDeclaredType
 */
export type Icd10BySide = z.infer<typeof Icd10BySideSchema>;
