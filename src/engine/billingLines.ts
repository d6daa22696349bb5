import { billingUnits } from './billingUnits.js';

/** One billing line: a CPT code, the minutes of the session spent on it, and the units it bills. */
export interface BillingLine<Code extends string = string> {
  code: Code;
  minutes: number;
  units: number;
}

/**
 * Splits a session's timed minutes across CPT codes and assigns units the
 * way CMS Pub. 100-04 ch. 5 §20.2 does for timed codes.
 *
 * The minutes are shared equally between the techniques (whole minutes; a
 * leftover minute goes to the earlier techniques, the primary first) and
 * summed per code. The total units come from the 8-minute rule on the total
 * timed minutes; each code first gets a unit per full 15 minutes, then the
 * units left go to the codes with the most remaining minutes (ties: the
 * earlier line). Lines are ordered by minutes (ties: the code of the earlier
 * technique), so the first line is the primary one.
 *
 * @param codes - each technique's CPT code, in the plan's order (the primary technique first); empty bills everything under `fallback`
 * @param minutes - the session's timed minutes
 * @param fallback - the code to bill when there is no technique
 * @returns one line per code; minutes add up to `minutes`, units to `billingUnits(minutes)`
 * @example
 * billingLines(['97124', '97140'], 60, '97124');
 * // [{ code: '97124', minutes: 30, units: 2 }, { code: '97140', minutes: 30, units: 2 }]
 */
export function billingLines<Code extends string>(codes: readonly Code[], minutes: number, fallback: Code): BillingLine<Code>[] {
  const total = Math.max(0, Math.floor(minutes));
  const list = codes.length === 0 ? [fallback] : codes;
  const share = Math.floor(total / list.length);
  const extra = total - share * list.length;
  const perCode = new Map<Code, number>();
  list.forEach((code, i) => perCode.set(code, (perCode.get(code) ?? 0) + share + (i < extra ? 1 : 0)));

  const order = [...perCode.keys()];
  const lines = order
    .map((code) => ({ code, minutes: perCode.get(code) ?? 0, units: 0 }))
    .sort((a, b) => b.minutes - a.minutes || order.indexOf(a.code) - order.indexOf(b.code));
  const units = billingUnits(total);
  for (const line of lines) line.units = Math.floor(line.minutes / 15);
  let left = units - lines.reduce((sum, line) => sum + line.units, 0);
  const byRemainder = lines
    .map((line, index) => ({ line, index, remainder: line.minutes % 15 }))
    .filter((entry) => entry.remainder > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const entry of byRemainder) {
    if (left <= 0) break;
    entry.line.units += 1;
    left -= 1;
  }
  return lines;
}
