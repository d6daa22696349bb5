import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../src/catalog/builtInCatalog.js';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { compiledOf } from '../../src/catalog/sealCatalog.js';
import { safeRecommendPlan } from '../../src/engine/recommendPlan.js';
import { RULE_DESCRIPTIONS } from '../../src/rules/ruleDescriptions.js';
import { intakeArbitrary } from '../support/arbitraries.js';
import { assertProperty } from '../support/fcConfig.js';

// The engine runs the built-in catalogue without its rules' descriptions when
// no catalogue is given (builtInCatalog), so that a bundle of recommendPlan
// does not carry them; defaultCatalog is the same catalogue with the
// descriptions attached (issue 12, item 4). These tests pin that the two
// differ in the descriptions only, and recommend alike.

describe('the engine’s built-in catalogue and defaultCatalog', () => {
  it('share the data entries, the sources and every rule’s functions, in the same order', () => {
    for (const key of ['version', 'sessionMinutes', 'sources', 'techniques', 'regions', 'conditions', 'historyFlags', 'redFlags', 'outcomeMeasures', 'clearances'] as const) {
      expect(defaultCatalog[key], key).toBe(builtInCatalog[key]);
    }
    expect(Object.keys(defaultCatalog)).toEqual(Object.keys(builtInCatalog));
    expect(defaultCatalog.rules.map((r) => r.id)).toEqual(builtInCatalog.rules.map((r) => r.id));
    defaultCatalog.rules.forEach((rule, i) => {
      const engine = builtInCatalog.rules[i];
      expect(rule.when, rule.id).toBe(engine?.when);
      expect(rule.then, rule.id).toBe(engine?.then);
      expect({ ...rule, description: '', data: rule.data && { ...rule.data, description: '' } }, rule.id).toEqual({
        ...engine,
        description: '',
        data: engine?.data && { ...engine.data, description: '' },
      });
    });
  });

  it('are both sealed and frozen catalogues the engine accepts', () => {
    expect(compiledOf(builtInCatalog)).toBeDefined();
    expect(compiledOf(defaultCatalog)).toBeDefined();
    expect(Object.isFrozen(builtInCatalog.rules[0])).toBe(true);
    expect(Object.isFrozen(defaultCatalog.rules[0]?.data ?? defaultCatalog.rules.find((r) => r.data)?.data)).toBe(true);
  });

  it('gives every rule of defaultCatalog a description, and RULE_DESCRIPTIONS names only its rules', () => {
    for (const rule of defaultCatalog.rules) {
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      // A data rule's JSON has the description without the grade note withGradeNote adds to the rule.
      if (rule.data !== undefined) expect(rule.data.description.length > 10 && rule.description.startsWith(rule.data.description), rule.id).toBe(true);
    }
    const ids = new Set(defaultCatalog.rules.map((r) => r.id));
    expect(Object.keys(RULE_DESCRIPTIONS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('recommend alike: the result without a catalogue equals the result with defaultCatalog', () => {
    assertProperty(
      fc.property(intakeArbitrary(), (intake) => {
        expect(safeRecommendPlan(intake)).toStrictEqual(safeRecommendPlan(intake, { catalog: defaultCatalog }));
      }),
      { runsFactor: 0.4 },
    );
  });
});
