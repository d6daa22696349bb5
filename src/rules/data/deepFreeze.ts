/**
 * Freezes a value and everything reachable from it (own keys, symbols
 * included; each object once, so cycles end), except under `skip`.
 *
 * @param value - the value to freeze
 * @param skip - a key whose value is left as it is (a catalogue's compiled parts: zod schemas cache lazily on themselves)
 * @returns the same value, frozen
 * @example
 * const rule = deepFreeze({ then: [{ kind: 'capPressure', max: 2 }] });
 * Object.isFrozen(rule.then[0]); // true
 */
export function deepFreeze<T>(value: T, skip?: PropertyKey): T {
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) return;
    seen.add(v);
    for (const key of Reflect.ownKeys(v)) if (key !== skip) visit((v as Record<PropertyKey, unknown>)[key]);
    Object.freeze(v);
  };
  visit(value);
  return value;
}
