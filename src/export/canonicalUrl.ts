/**
 * The base of every URL this library mints: JSON Schema `$id`s, FHIR
 * resource URLs, code systems and extensions.
 *
 * The URLs identify; they need not resolve. Keeping them under one base
 * means a vendor who re-hosts the schemas changes one constant.
 *
 * @example
 * `${CANONICAL_BASE_URL}/schema/intake.json`; // 'https://massage-plan.dev/schema/intake.json'
 */
export const CANONICAL_BASE_URL = 'https://massage-plan.dev';
