import type { PressureLevel } from '../rules/Effect.js';

/**
 * Words for the 1–5 pressure scale of the clinical reference (1 light
 * contact … 5 deep). The in-between words are this library's labels, not a
 * published scale.
 *
 * @example
 * PRESSURE_WORDS[3]; // 'moderate'
 */
export const PRESSURE_WORDS: Readonly<Record<PressureLevel, string>> = {
  1: 'light contact',
  2: 'light',
  3: 'moderate',
  4: 'firm',
  5: 'deep',
};

/**
 * Names a pressure level with its number and its word.
 *
 * @param level - a level on the 1–5 scale
 * @returns e.g. `'2 (light)'`
 * @example
 * pressureLabel(5); // '5 (deep)'
 */
export function pressureLabel(level: PressureLevel): string {
  return `${level} (${PRESSURE_WORDS[level]})`;
}
