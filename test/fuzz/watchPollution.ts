import { afterAll, beforeAll, expect } from 'vitest';
import { catalogSnapshot, prototypeSnapshot } from './fuzzCheck.js';

/**
 * Called inside a fuzz test's `describe`: snapshots the built-in prototypes
 * and `defaultCatalog` before its tests, checks the prototypes again after
 * them (so a failure inside a property still reports pollution), and
 * returns the check a test runs at its end.
 *
 * @returns a function asserting that neither the prototypes nor `defaultCatalog` changed
 */
export function watchPollution(): () => void {
  let prototypes = '';
  let catalog = '';
  beforeAll(() => {
    prototypes = prototypeSnapshot();
    catalog = catalogSnapshot();
  });
  afterAll(() => {
    expect(prototypeSnapshot()).toBe(prototypes);
  });
  return () => {
    expect(prototypeSnapshot()).toBe(prototypes);
    expect(catalogSnapshot()).toBe(catalog);
  };
}
