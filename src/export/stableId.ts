/**
 * A short, stable identifier derived from a text: the same text always
 * gives the same id, in every runtime, with no randomness or clock.
 *
 * A 53-bit string hash (cyrb53-style: two 32-bit lanes mixed with
 * `Math.imul`) written as 14 hex digits. It identifies, it does not protect:
 * never use it where a collision would be a security problem.
 *
 * @param text - any text, e.g. a plan's JSON
 * @returns 14 lowercase hex digits
 * @example
 * stableId('hello') === stableId('hello'); // true
 * stableId('hello').length; // 14
 */
export function stableId(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}
