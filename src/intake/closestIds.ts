function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Finds the valid ids nearest to an unknown one, for "did you mean" hints.
 *
 * Substring matches come first (`low-back` → `low-back-pain`), then small
 * edit distances; at most `limit` ids are returned.
 *
 * @param value - the unknown id as the user wrote it
 * @param valid - the ids that would have been accepted
 * @param limit - how many suggestions to return
 * @returns the closest ids, best first (possibly none)
 * @example
 * closestIds('neckpain', ['neck-pain', 'migraine']); // ['neck-pain']
 */
export function closestIds(value: string, valid: readonly string[], limit = 3): string[] {
  const needle = value.slice(0, 200).toLowerCase();
  const scored = valid.map((id) => {
    const contains = needle.length >= 3 && (id.includes(needle) || needle.includes(id));
    const distance = editDistance(needle, id);
    return { id, score: contains ? 0 : distance };
  });
  const threshold = Math.max(2, Math.floor(needle.length / 3));
  return scored
    .filter((s) => s.score <= threshold)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((s) => s.id);
}
