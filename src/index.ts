// The public API of massage-plan: nothing else is exported.

// Intake: schema, parsing, errors
export { IntakeSchema, IntakeShape, ScoreSchema, CalendarDateSchema, acuityFromOnset } from './intake/IntakeSchema.js';
export type { Intake, IntakeInput, IntakeOf, IntakeInputOf, ConditionEntry, HistoryEntry, ReadonlyArrays } from './intake/IntakeSchema.js';
export { parseIntake, safeParseIntake } from './intake/parseIntake.js';
export type { ParseIntakeOptions } from './intake/parseIntake.js';
export { IdSchema, ID_PATTERN } from './intake/IdSchema.js';
export type { CatalogIds, DefaultIds } from './intake/CatalogIds.js';
export type { SafeResult } from './intake/parseWith.js';
export { IntakeError } from './intake/IntakeError.js';
export type { IntakeIssue } from './intake/IntakeError.js';
export {
  CONDITION_IDS,
  GOAL_IDS,
  REGION_IDS,
  SIDES,
  TECHNIQUE_IDS,
  POSITIONS,
  WEEKDAYS,
  CLEARANCE_IDS,
  HISTORY_FLAG_IDS,
  NO_MASSAGE_FLAG_IDS,
  LOCAL_FLAG_IDS,
  MODIFY_FLAG_IDS,
  RED_FLAG_IDS,
  OUTCOME_MEASURE_IDS,
  SEVERITIES,
  ACUITIES,
  URGENCIES,
  MIN_SESSIONS_PER_WEEK,
} from './intake/vocabulary.js';
export type {
  ConditionId,
  GoalId,
  RegionId,
  Side,
  TechniqueId,
  Position,
  Weekday,
  ClearanceId,
  HistoryFlagId,
  RedFlagId,
  OutcomeMeasureId,
  Severity,
  Acuity,
  Urgency,
} from './intake/vocabulary.js';

// Catalogue
export { defaultCatalog, RULESET_VERSION } from './catalog/defaultCatalog.js';
export type { Catalog, IdsOf } from './catalog/Catalog.js';
export {
  SourceGradeSchema,
  SourceSchema,
  TechniqueSchema,
  RegionSchema,
  ContraindicationTierSchema,
  HistoryFlagSchema,
  ClearanceSchema,
  RedFlagSchema,
  OutcomeMeasureSchema,
  EvidenceSchema,
  DoseSchema,
  ConditionSchema,
  Icd10CodeSchema,
  Icd10BySideSchema,
  MEASURE_SCALE_LIMIT,
} from './catalog/CatalogSchema.js';
export { icd10For } from './catalog/icd10For.js';
export type { Icd10Coding } from './catalog/icd10For.js';
export type {
  Condition,
  Technique,
  Region,
  HistoryFlag,
  Clearance,
  RedFlag,
  OutcomeMeasure,
  Source,
  SourceGrade,
  ContraindicationTier,
  Dose,
  Evidence,
  Icd10Code,
  Icd10BySide,
} from './catalog/CatalogSchema.js';

// Rules
export { RULE_FAMILIES } from './rules/Rule.js';
export type { Rule, RuleFamily, RuleContext } from './rules/Rule.js';
export type { Effect, EffectKind, PhaseProposal, PressureLevel } from './rules/Effect.js';
export { describeRule } from './rules/data/describeRule.js';
export type { RuleNames } from './rules/data/describeRule.js';
export { DataRuleSchema } from './rules/data/DataRuleSchema.js';
export type { DataRule, DataRuleInput } from './rules/data/DataRuleSchema.js';
export { PredicateSchema } from './rules/data/PredicateSchema.js';
export type { Predicate, PredicateInput } from './rules/data/PredicateSchema.js';
export { EffectSchema } from './rules/data/EffectSchema.js';
export type { DataEffect, DataEffectInput } from './rules/data/EffectSchema.js';

// Engine
export { recommendPlan, safeRecommendPlan } from './engine/recommendPlan.js';
export type { RecommendOptions, UntypedIntake } from './engine/recommendPlan.js';
export { RecommendationSchema, TreatmentPlanSchema } from './engine/RecommendationSchema.js';
export { planSchemas } from './engine/planSchemas.js';
export type { RecommendationSchemas } from './engine/RecommendationSchema.js';
export type {
  Recommendation,
  TreatmentPlan,
  Finding,
  TraceEntry,
  Phase,
  Session,
} from './engine/RecommendationSchema.js';
export { billingUnits } from './engine/billingUnits.js';

// Calendar
export { isCalendarDate, addCalendarDays, daysBetween, weekdayOf } from './calendar/calendarDate.js';
export type { CalendarDate } from './calendar/calendarDate.js';

// Catalogue extension
export { extendCatalog } from './catalog/extendCatalog.js';
export { CatalogPatchSchema, RuleSchema } from './catalog/CatalogPatchSchema.js';
export type { CatalogPatch, CatalogPatchInput, ExtendedIds } from './catalog/CatalogPatchSchema.js';

// Reassessment
export { reassessPlan } from './engine/reassessPlan.js';
export { ReassessmentSchema } from './intake/ReassessmentSchema.js';
export type { Reassessment, ReassessmentInput } from './intake/ReassessmentSchema.js';
export { reassessmentRules, RE_EVALUATE_AFTER, REFER_AFTER } from './rules/reassessmentRules.js';
export type { ReassessmentRule, ReassessmentDecision, ProgressFacts } from './rules/reassessmentRules.js';

// Interoperability: JSON Schema, FHIR R4, therapist summaries
export { intakeJsonSchema, planJsonSchema, recommendationJsonSchema, catalogPatchJsonSchema } from './export/jsonSchema.js';
export type { JsonSchema, JsonSchemaOptions } from './export/jsonSchema.js';
export { toFhirCarePlan, FHIR_URLS } from './export/toFhirCarePlan.js';
export type { FhirCarePlanOptions } from './export/toFhirCarePlan.js';
export { fhirDefinitions } from './export/fhirDefinitions.js';
export { formatPlan } from './export/formatPlan.js';
export type { FormatPlanOptions } from './export/formatPlan.js';
