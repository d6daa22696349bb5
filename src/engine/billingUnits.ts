/**
 * Billing units of a timed 15-minute CPT code under the 8-minute rule:
 * 8–22 minutes is 1 unit, 23–37 is 2, 38–52 is 3, 53–67 is 4, and so on.
 *
 * @param minutes - treatment minutes in the session
 * @returns the units to bill (0 under 8 minutes)
 * @example
 * billingUnits(60); // 4
 */
export function billingUnits(minutes: number): number {
  if (minutes < 8) return 0;
  return Math.floor((minutes + 7) / 15);
}
