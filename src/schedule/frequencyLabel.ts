/**
 * Names a frequency the way a therapist says it.
 *
 * @param sessionsPerWeek - sessions per week (2, 1, 0.5, 0.25, or any other positive number)
 * @returns `'2×/week'`, `'weekly'`, `'every 2 weeks'`, `'every 4 weeks'`, or `'1.5×/week'` style for others
 * @example
 * frequencyLabel(0.5); // 'every 2 weeks'
 */
export function frequencyLabel(sessionsPerWeek: number): string {
  if (sessionsPerWeek === 1) return 'weekly';
  if (sessionsPerWeek > 0 && sessionsPerWeek < 1 && Number.isInteger(1 / sessionsPerWeek)) {
    return `every ${1 / sessionsPerWeek} weeks`;
  }
  return `${sessionsPerWeek}×/week`;
}
