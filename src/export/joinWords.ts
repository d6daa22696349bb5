/**
 * Joins words as a sentence lists them: `a`, `a and b`, `a, b, and c`.
 *
 * The serial comma keeps lists of names that contain "and" themselves
 * ("head and scalp") readable.
 *
 * @param words - the items, in order
 * @returns the list as text; empty for no words
 * @example
 * joinWords(['neck', 'shoulder', 'upper back']); // 'neck, shoulder, and upper back'
 */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 2) return words.join(' and ');
  return `${words.slice(0, -1).join(', ')}, and ${words[words.length - 1] ?? ''}`;
}
