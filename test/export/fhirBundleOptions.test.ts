import type { Bundle, CarePlan, Goal } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { TreatmentPlan } from '../../src/engine/RecommendationSchema.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { deterministicUuid } from '../../src/export/fhirBundleOptions.js';
import { toFhirCarePlan } from '../../src/export/toFhirCarePlan.js';
import { IntakeError } from '../../src/intake/IntakeError.js';
import { fhirR4Problems } from './fhirValidator.js';
import { REALISTIC_INTAKES } from './intakeArbitrary.js';

const plans: TreatmentPlan[] = Object.values(REALISTIC_INTAKES).flatMap((intake) => {
  const result = recommendPlan(intake);
  return result.kind === 'plan' ? [result.plan] : [];
});
const BASE = 'https://fhir.example-clinic.com/r4';
const patient = { reference: 'Patient/123' };

/** Every string in the bundle at a key that holds a URL. */
function urls(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => urls(item, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (['url', 'system', 'fullUrl', 'instantiatesCanonical'].includes(key) && typeof item === 'string') out.push(item);
      else urls(item, out);
    }
  }
  return out;
}

describe('toFhirCarePlan for a real EHR: baseUrl and transaction bundles', () => {
  it('puts every library-minted URL under the vendor base, and validates against R4', () => {
    expect(plans.length).toBeGreaterThanOrEqual(3);
    for (const plan of plans) {
      const bundle = toFhirCarePlan(plan, { patient, baseUrl: `${BASE}/` });
      expect(fhirR4Problems(bundle)).toEqual([]);
      const all = urls(bundle);
      expect(all.filter((u) => u.includes('massage-plan.dev'))).toEqual([]);
      expect(all.some((u) => u.startsWith(`${BASE}/CodeSystem/technique`))).toBe(true);
      expect(all.some((u) => u.startsWith(`${BASE}/StructureDefinition/`))).toBe(true);
      // External code systems stay as they are.
      expect(all).toContain('http://www.ama-assn.org/go/cpt');
    }
  });

  it('without baseUrl, keeps the library base exactly as before', () => {
    const bundle = toFhirCarePlan(plans[0] as TreatmentPlan, { patient });
    expect(JSON.stringify(bundle)).toBe(JSON.stringify(toFhirCarePlan(plans[0] as TreatmentPlan, { patient, bundleType: 'collection' })));
    expect(urls(bundle).some((u) => u.startsWith('https://massage-plan.dev/fhir/'))).toBe(true);
  });

  it('makes a transaction Bundle: POST entries with deterministic urn:uuid fullUrls, Goals linked by them, valid R4', () => {
    for (const plan of plans) {
      const bundle: Bundle<CarePlan | Goal> = toFhirCarePlan(plan, { patient, baseUrl: BASE, bundleType: 'transaction' });
      expect(fhirR4Problems(bundle)).toEqual([]);
      expect(bundle.type).toBe('transaction');
      const entries = bundle.entry ?? [];
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry.fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(entry.request).toEqual({ method: 'POST', url: entry.resource?.resourceType });
      }
      expect(new Set(entries.map((e) => e.fullUrl)).size).toBe(entries.length);
      const carePlan = entries[0]?.resource as CarePlan;
      const goalUrls = entries.slice(1).map((e) => e.fullUrl);
      expect((carePlan.goal ?? []).map((g) => g.reference)).toEqual(goalUrls);
      // The same plan gives the same bundle, byte for byte.
      expect(JSON.stringify(toFhirCarePlan(plan, { patient, baseUrl: BASE, bundleType: 'transaction' }))).toBe(JSON.stringify(bundle));
    }
  });

  it('rejects a base URL that is not an http(s) URL, and an unknown bundle type, with IntakeError paths', () => {
    for (const [options, path] of [
      [{ baseUrl: 'fhir.example.com' }, ['options', 'baseUrl']],
      [{ baseUrl: 'https://fhir.example.com/?x=1' }, ['options', 'baseUrl']],
      [{ bundleType: 'batch' }, ['options', 'bundleType']],
    ] as const) {
      let caught: unknown;
      try {
        toFhirCarePlan(plans[0] as TreatmentPlan, options as never);
      } catch (error) {
        caught = error;
      }
      expect(IntakeError.is(caught)).toBe(true);
      expect((caught as IntakeError).issues[0]?.path).toEqual(path);
    }
  });

  it('deterministicUuid is stable and distinct per key', () => {
    expect(deterministicUuid('CarePlan/a')).toBe(deterministicUuid('CarePlan/a'));
    expect(deterministicUuid('CarePlan/a')).not.toBe(deterministicUuid('Goal/a'));
  });
});
