import { defaultCatalog } from '../../../src/catalog/defaultCatalog.js';
import { IntakeSchema, type Intake, type IntakeInput } from '../../../src/intake/IntakeSchema.js';
import { DataRuleSchema, type DataRule } from '../../../src/rules/data/DataRuleSchema.js';
import type { DataEffect } from '../../../src/rules/data/EffectSchema.js';
import type { PredicateInput } from '../../../src/rules/data/PredicateSchema.js';
import type { RuleContext } from '../../../src/rules/Rule.js';

/** A validated intake: neck pain (moderate, chronic) and pain relief, with fields replaced. */
export const intake = (overrides: Partial<IntakeInput> = {}): Intake =>
  IntakeSchema.parse({ assessedOn: '2026-12-01', conditions: [{ condition: 'neck-pain', severity: 'moderate' }], goals: ['pain-relief'], ...overrides });

export const ctx = (overrides: Partial<IntakeInput> = {}): RuleContext => ({ intake: intake(overrides), catalog: defaultCatalog });

/** A validated data rule with this `when` and `then`. */
export const ruleOf = (when: PredicateInput, then: readonly DataEffect[] = [{ kind: 'capPressure', max: 2, message: 'Light.' }]): DataRule =>
  DataRuleSchema.parse({ id: 'clinic/test', family: 'precaution', description: 'A test rule.', source: 'CLINIC-POLICY', when, then });
