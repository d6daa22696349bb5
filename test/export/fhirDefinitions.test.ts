import type { Bundle, CarePlan, Goal } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { fhirDefinitions } from '../../src/export/fhirDefinitions.js';
import { toFhirCarePlan } from '../../src/export/toFhirCarePlan.js';
import { fhirR4Problems } from './fhirValidator.js';
import { REALISTIC_INTAKES } from './intakeArbitrary.js';

/** Every [system, code] and extension url a bundle uses. */
function used(value: unknown, out: { systems: [string, string][]; extensions: string[] }) {
  if (Array.isArray(value)) value.forEach((item) => used(item, out));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['system'] === 'string' && typeof record['code'] === 'string') out.systems.push([record['system'], record['code']]);
    if (typeof record['url'] === 'string' && Object.keys(record).some((k) => k.startsWith('value'))) out.extensions.push(record['url']);
    Object.values(record).forEach((item) => used(item, out));
  }
  return out;
}

describe('fhirDefinitions', () => {
  const BASE = 'https://fhir.example.com';
  const definitions = fhirDefinitions({ baseUrl: BASE });

  it('are valid R4 resources', () => {
    expect(definitions).toHaveLength(8);
    for (const definition of definitions) expect(fhirR4Problems(definition), definition.id).toEqual([]);
  });

  it('define every library code and extension that a bundle with the same baseUrl uses', () => {
    const codes = new Map(definitions.flatMap((d) => (d.resourceType === 'CodeSystem' ? [[d.url, new Set((d.concept ?? []).map((c) => c.code))] as const] : [])));
    const extensions = new Set(definitions.filter((d) => d.resourceType === 'StructureDefinition').map((d) => d.url));
    let checked = 0;
    for (const intake of Object.values(REALISTIC_INTAKES)) {
      const result = recommendPlan(intake);
      if (result.kind !== 'plan') continue;
      const bundle: Bundle<CarePlan | Goal> = toFhirCarePlan(result.plan, { baseUrl: BASE });
      const found = used(bundle, { systems: [], extensions: [] });
      for (const [system, code] of found.systems.filter(([s]) => s.startsWith(BASE))) {
        expect(codes.get(system)?.has(code), `${system}#${code}`).toBe(true);
        checked++;
      }
      for (const url of found.extensions.filter((u) => u.startsWith(BASE))) {
        expect(extensions.has(url), url).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
