import { describe, expect, expectTypeOf, it } from 'vitest';
import { defaultCatalog, extendCatalog, parseIntake, recommendPlan, type CatalogPatchInput, type ConditionId, type IdsOf } from '../../src/index.js';
import { clinicPatch } from '../support/clinicPatch.js';

// Type-level checks run by tsc (the one tsconfig covers test/); the runtime
// assertions keep each case honest.
describe('typed ids', () => {
  const catalog = extendCatalog(defaultCatalog, clinicPatch);

  it('a patch written in TypeScript adds its ids to the built-in literal types', () => {
    type Ids = IdsOf<typeof catalog>;
    expectTypeOf<'plantar-fasciitis'>().toExtend<Ids['condition']>();
    expectTypeOf<'neck-pain'>().toExtend<Ids['condition']>();
    expectTypeOf<'cupping'>().toExtend<Ids['technique']>();
    expectTypeOf<'podiatrist'>().toExtend<Ids['clearance']>();
    expectTypeOf<IdsOf<typeof defaultCatalog>['condition']>().toEqualTypeOf<ConditionId>();
    expect(Object.keys(catalog.conditions)).toContain('plantar-fasciitis');
  });

  it('an intake written in code is checked against the catalogue’s ids', () => {
    const result = recommendPlan(
      { assessedOn: '2026-12-01', conditions: [{ condition: 'plantar-fasciitis', severity: 'mild' }], goals: ['pain-relief'] },
      { catalog },
    );
    expect(result.kind).toBe('plan');
    expect(() =>
      // @ts-expect-error a misspelled vendor id is a compile error
      recommendPlan(
        { assessedOn: '2026-12-01', conditions: [{ condition: 'plantar-fasciitiss', severity: 'mild' }], goals: ['pain-relief'] },
        { catalog },
      ),
    ).toThrow(/plantar-fasciitiss/);
    const intake = parseIntake({ assessedOn: '2026-12-01', conditions: [{ condition: 'plantar-fasciitis', severity: 'mild' }], goals: ['pain-relief'] }, { catalog });
    expectTypeOf(intake.conditions[0]!.condition).toEqualTypeOf<IdsOf<typeof catalog>['condition']>();
  });

  it('a patch parsed from JSON types its ids as string', () => {
    const fromJson = extendCatalog(defaultCatalog, JSON.parse(JSON.stringify(clinicPatch)));
    expectTypeOf<IdsOf<typeof fromJson>['condition']>().toEqualTypeOf<string>();
    const typed: CatalogPatchInput = JSON.parse(JSON.stringify(clinicPatch));
    const fromTyped = extendCatalog(defaultCatalog, typed);
    expectTypeOf<IdsOf<typeof fromTyped>['technique']>().toEqualTypeOf<string>();
    expect(Object.keys(fromJson.techniques)).toContain('cupping');
  });
});
