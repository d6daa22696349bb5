import type { CodeSystem, StructureDefinition } from 'fhir/r4';
import type { Catalog } from '../catalog/Catalog.js';
import { defaultCatalog } from '../catalog/defaultCatalog.js';
import { fhirBase } from './fhirBundleOptions.js';
import { CARE_ITEMS } from '../rules/careRules.js';

function codeSystem(base: string, id: string, title: string, concepts: { code: string; display: string }[]): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    id,
    url: `${base}/CodeSystem/${id}`,
    name: title.replace(/[^A-Za-z0-9]/g, ''),
    title,
    status: 'active',
    content: 'complete',
    caseSensitive: true,
    count: concepts.length,
    concept: concepts,
  };
}

function extension(base: string, id: string, title: string, description: string, context: string, valueType: string): StructureDefinition {
  const url = `${base}/StructureDefinition/${id}`;
  return {
    resourceType: 'StructureDefinition',
    id,
    url,
    name: title.replace(/[^A-Za-z0-9]/g, ''),
    title,
    status: 'active',
    description,
    fhirVersion: '4.0.1',
    kind: 'complex-type',
    abstract: false,
    context: [{ type: 'element', expression: context }],
    type: 'Extension',
    baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Extension',
    derivation: 'constraint',
    differential: {
      element: [
        { id: 'Extension', path: 'Extension', short: title, definition: description },
        { id: 'Extension.extension', path: 'Extension.extension', max: '0' },
        { id: 'Extension.url', path: 'Extension.url', fixedUri: url },
        { id: `Extension.value[x]`, path: 'Extension.value[x]', min: 1, type: [{ code: valueType }] },
      ],
    },
  };
}

/**
 * The FHIR definitions behind the codes and extensions that
 * `toFhirCarePlan` writes: the CodeSystems of the library's technique,
 * region, outcome-measure, home-care and aftercare ids, and the StructureDefinitions of its three
 * extensions, with canonical URLs under `baseUrl` (default
 * `https://massage-plan.dev/fhir`). The build writes them to
 * `massage-plan/fhir/<id>.json` for the default base; a vendor who passes
 * `baseUrl` to `toFhirCarePlan` loads these with the same base into its server.
 *
 * @param options - `baseUrl` (as for `toFhirCarePlan`) and the `catalog` whose ids the code systems list
 * @returns the definitions, each with its `id`
 * @example
 * fhirDefinitions({ baseUrl: 'https://fhir.example.com' }).map((d) => d.url).slice(0, 2);
 * // ['https://fhir.example.com/CodeSystem/technique', 'https://fhir.example.com/CodeSystem/region']
 */
export function fhirDefinitions(options: { baseUrl?: string; catalog?: Catalog } = {}): (CodeSystem | StructureDefinition)[] {
  const base = fhirBase(options.baseUrl);
  const catalog = options.catalog ?? defaultCatalog;
  const names = <T extends { name: string }>(entries: Readonly<Record<string, T>>) =>
    Object.entries(entries).map(([code, entry]) => ({ code, display: entry.name }));
  return [
    codeSystem(base, 'technique', 'massage-plan techniques', names(catalog.techniques)),
    codeSystem(base, 'region', 'massage-plan body regions', names(catalog.regions)),
    codeSystem(base, 'outcome-measure', 'massage-plan outcome measures', names(catalog.outcomeMeasures)),
    codeSystem(base, 'home-care', 'massage-plan home care', CARE_ITEMS.homeCare.map(([code, display]) => ({ code, display }))),
    codeSystem(base, 'aftercare', 'massage-plan aftercare', CARE_ITEMS.aftercare.map(([code, display]) => ({ code, display }))),
    extension(base, 'body-site', 'Body site of a care plan activity', 'A body region the activity works or avoids, coded with the library region codes (R4 CarePlan.activity.detail has no bodySite).', 'CarePlan.activity.detail', 'CodeableConcept'),
    extension(base, 'plan-phase', 'Taper phase of a care plan activity', 'The taper phase of the activity: intensive, transition or maintenance.', 'CarePlan.activity.detail', 'code'),
    extension(base, 'ruleset-version', 'Ruleset version of a care plan', 'The version of the massage-plan ruleset that made the plan.', 'CarePlan', 'string'),
  ];
}
