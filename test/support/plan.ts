import { expect } from 'vitest';
import { recommendPlan, type Recommendation, type TreatmentPlan } from '../../src/index.js';

/** A minimal valid intake, overridable field by field. */
export const baseIntake = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  assessedOn: '2026-12-01',
  conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
  goals: ['pain-relief'],
  ...overrides,
});

/** Recommends and asserts the result is a plan. */
export function planOf(input: unknown): TreatmentPlan {
  const result: Recommendation = recommendPlan(input);
  expect(result.kind, JSON.stringify(result.kind === 'plan' ? {} : result.reasons)).toBe('plan');
  if (result.kind !== 'plan') throw new Error('not a plan');
  return result.plan;
}
