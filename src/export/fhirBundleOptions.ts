import type { Bundle, BundleEntry, CarePlan, Goal } from 'fhir/r4';
import { CANONICAL_BASE_URL } from './canonicalUrl.js';
import { stableId } from './stableId.js';

/** The base under which the library mints its FHIR canonical URLs by default. */
const DEFAULT_FHIR_BASE = /* @__PURE__ */ (() => `${CANONICAL_BASE_URL}/fhir` as const)();

/** Keys whose values are canonical URLs or code systems minted by the library. */
const URL_KEYS = new Set(['url', 'system', 'fullUrl', 'instantiatesCanonical']);

/**
 * The FHIR base URL of the library's own code systems, extensions and
 * resource URLs: a vendor's base when given (without a trailing `/`),
 * else `https://massage-plan.dev/fhir`.
 *
 * @param baseUrl - the vendor's base, e.g. `https://fhir.example-clinic.com`
 * @returns the base, without a trailing slash
 * @example
 * fhirBase('https://fhir.example.com/'); // 'https://fhir.example.com'
 * fhirBase(undefined); // 'https://massage-plan.dev/fhir'
 */
export function fhirBase(baseUrl: string | undefined): string {
  return baseUrl === undefined ? DEFAULT_FHIR_BASE : baseUrl.replace(/\/+$/, '');
}

function rebaseValue<T>(value: T, base: string): T {
  if (Array.isArray(value)) return value.map((item) => rebaseValue(item, base)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      URL_KEYS.has(key) && typeof item === 'string' && item.startsWith(`${DEFAULT_FHIR_BASE}/`)
        ? `${base}${item.slice(DEFAULT_FHIR_BASE.length)}`
        : rebaseValue(item, base);
  }
  return out as T;
}

/**
 * A deterministic `urn:uuid:` for a resource: the same type and id always
 * give the same UUID (version 8, "custom", RFC 9562), with no randomness.
 *
 * @param key - what identifies the resource, e.g. `CarePlan/abc`
 * @returns `urn:uuid:xxxxxxxx-xxxx-8xxx-Nxxx-xxxxxxxxxxxx`
 * @example
 * deterministicUuid('CarePlan/abc') === deterministicUuid('CarePlan/abc'); // true
 * /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(deterministicUuid('x')); // true
 */
export function deterministicUuid(key: string): string {
  const hex = `${stableId(`${key}#0`)}${stableId(`${key}#1`)}${stableId(`${key}#2`)}`.slice(0, 32);
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Reshapes the collection Bundle that `toFhirCarePlan` builds: its
 * library-minted URLs moved under `baseUrl`, and as a `transaction` Bundle
 * when asked — every entry a `POST` of its resource type, with a
 * deterministic `urn:uuid:` `fullUrl`, and the CarePlan's references to its
 * Goals rewritten to those `fullUrl`s so the server links the resources it
 * creates.
 *
 * @param bundle - the collection Bundle
 * @param options - `baseUrl` and `bundleType` (default `collection`)
 * @returns the reshaped Bundle (the input is not changed)
 * @example
 * const bundle = fhirBundleWith(
 *   { resourceType: 'Bundle', type: 'collection', entry: [] },
 *   { bundleType: 'transaction' },
 * );
 * bundle.type; // 'transaction'
 */
export function fhirBundleWith(
  bundle: Bundle<CarePlan | Goal>,
  options: { baseUrl?: string | undefined; bundleType?: 'collection' | 'transaction' | undefined },
): Bundle<CarePlan | Goal> {
  const rebased = options.baseUrl === undefined ? bundle : rebaseValue(bundle, fhirBase(options.baseUrl));
  if (options.bundleType !== 'transaction') return rebased;
  const entries = rebased.entry ?? [];
  const uuidOf = new Map<string, string>();
  for (const { resource } of entries) {
    if (resource !== undefined) uuidOf.set(`${resource.resourceType}/${resource.id ?? ''}`, deterministicUuid(`${resource.resourceType}/${resource.id ?? ''}`));
  }
  const entry: BundleEntry<CarePlan | Goal>[] = entries.map(({ resource }) => {
    if (resource === undefined) return {};
    const key = `${resource.resourceType}/${resource.id ?? ''}`;
    const linked: CarePlan | Goal =
      resource.resourceType === 'CarePlan' && resource.goal !== undefined
        ? { ...resource, goal: resource.goal.map((ref) => ({ ...ref, reference: uuidOf.get(ref.reference ?? '') ?? ref.reference ?? '' })) }
        : resource;
    return { fullUrl: uuidOf.get(key) ?? deterministicUuid(key), resource: linked, request: { method: 'POST', url: resource.resourceType } };
  });
  const { id, ...rest } = rebased;
  return { ...rest, ...(id === undefined ? {} : { id }), type: 'transaction', entry };
}
