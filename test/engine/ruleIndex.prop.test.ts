import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { compiledOf, type CompiledCatalog } from '../../src/catalog/sealCatalog.js';
import { evaluateRules, type FiredEffect } from '../../src/engine/evaluateRules.js';
import type { Intake } from '../../src/intake/IntakeSchema.js';
import { parseIntake } from '../../src/intake/parseIntake.js';
import type { RuleContext } from '../../src/rules/Rule.js';
import { intakeArbitrary } from '../support/arbitraries.js';
import { assertProperty } from '../support/fcConfig.js';

// Every rule, in order, without the index: what the engine must match.
function evaluateAll(ctx: RuleContext): FiredEffect[] {
  const fired: FiredEffect[] = [];
  for (const rule of ctx.catalog.rules) {
    if (!rule.when(ctx)) continue;
    for (const effect of rule.then(ctx)) fired.push({ rule, effect });
  }
  return fired;
}

const compiled = compiledOf(defaultCatalog) as CompiledCatalog;

describe('the rule index', () => {
  it('never changes what fires: the indexed evaluation equals evaluating every rule', () => {
    assertProperty(fc.property(intakeArbitrary(), (input) => {
      const ctx = { intake: parseIntake(input) as Intake, catalog: defaultCatalog };
      const indexed = evaluateRules(compiled, ctx).map((f) => [f.rule.id, f.effect]);
      expect(indexed).toEqual(evaluateAll(ctx).map((f) => [f.rule.id, f.effect]));
    }), { runsFactor: 0.4 });
  });

  it('skips a rule whose triggers the intake lacks, and only such a rule fires nothing', () => {
    // Each built-in rule with triggers: it never fires on an intake with none of its keys.
    assertProperty(fc.property(intakeArbitrary(), (input) => {
      const intake = parseIntake(input) as Intake;
      const keys = new Set([
        ...intake.conditions.map((e) => `condition:${e.condition}`),
        ...(intake.history ?? []).map((e) => `history:${e.flag}`),
        ...(intake.redFlags ?? []).map((id) => `redFlag:${id}`),
        ...intake.goals.map((id) => `goal:${id}`),
        ...(intake.clearances ?? []).map((id) => `clearance:${id}`),
      ]);
      const ctx = { intake, catalog: defaultCatalog };
      for (const rule of defaultCatalog.rules) {
        if (rule.triggers === undefined || rule.triggers.some((key) => keys.has(key))) continue;
        expect(rule.when(ctx), `${rule.id} applies without any of ${rule.triggers.join(', ')}`).toBe(false);
      }
    }), { runsFactor: 0.4 });
  });
});
