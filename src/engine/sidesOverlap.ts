import type { Side } from '../intake/vocabulary.js';

/**
 * Whether two sides can touch the same tissue. A missing side means the
 * whole region, like `both`.
 *
 * @param a - one side, or undefined for the whole region
 * @param b - the other side, or undefined for the whole region
 * @returns `false` only for `left` against `right`
 * @example
 * sidesOverlap('left', 'both'); // true
 */
export function sidesOverlap(a: Side | undefined, b: Side | undefined): boolean {
  if (a === undefined || b === undefined || a === 'both' || b === 'both') return true;
  return a === b;
}
