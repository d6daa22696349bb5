/**
 * The fewest days between a session and the one before it, for a phase of
 * the given frequency.
 *
 * - More often than weekly (e.g. twice a week): 2 days, so tissue has a day
 *   of rest between sessions (Tue/Thu is fine, Mon/Tue is not). Together
 *   with "never more than 2 sessions in any 7 days" this is the whole
 *   twice-weekly rule.
 * - Weekly or less often: 5/7 of the nominal interval, rounded up — 5 days
 *   for weekly, 10 for every 2 weeks, 20 for every 4 weeks. The slack lets a
 *   session move off a blackout date or onto another allowed weekday while
 *   the rhythm stays recognisably weekly (two sessions 5 days apart are
 *   still "one a week"; 3 days apart would be twice-weekly care).
 *
 * @param sessionsPerWeek - the phase's frequency (2, 1, 0.5, 0.25, …)
 * @returns the minimum number of days from the previous session (≥ 2)
 * @example
 * minGapDays(2); // 2
 * minGapDays(1); // 5
 * minGapDays(0.5); // 10
 */
export function minGapDays(sessionsPerWeek: number): number {
  // NaN, 0 or negative frequencies book nothing; 2 is the safe floor.
  if (!(sessionsPerWeek > 1) && sessionsPerWeek > 0) return Math.max(2, Math.ceil(5 / sessionsPerWeek));
  return 2;
}
