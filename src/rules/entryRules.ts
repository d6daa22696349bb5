import { match } from 'ts-pattern';
import type { Condition, HistoryFlag, RedFlag } from '../catalog/CatalogSchema.js';
import { selectionRule } from './conditionRules.js';
import { doseRule } from './doseRules.js';
import { localFlagRule } from './localRules.js';
import { flagDeferralRule } from './noMassageRules.js';
import { flagPrecautionRule } from './precautionRules.js';
import { reportedRule } from './redFlagRules.js';
import type { Rule } from './Rule.js';

/**
 * The rules a vendor's new catalogue entries get from their data alone: a
 * red flag refers; a history flag acts by its tier (defers, avoids its
 * region, or adds its precaution; caps, exclusions, heat and clearances come
 * from the shared rules that read every flag's data); a condition is selected
 * and dosed. Built-in entries have these rules already.
 *
 * @param entries - the entries the patch adds under new ids
 * @returns their rules (sorted into their families by the caller)
 */
export function entryRules(entries: {
  conditions?: readonly Condition[];
  historyFlags?: readonly HistoryFlag[];
  redFlags?: readonly RedFlag[];
}): Rule[] {
  return [
    ...(entries.redFlags ?? []).map(reportedRule),
    ...(entries.historyFlags ?? []).map((flag) =>
      match(flag.tier)
        .with('no-massage', () => flagDeferralRule(flag))
        .with('local', () => localFlagRule(flag))
        .with('precaution', () => flagPrecautionRule(flag))
        .exhaustive(),
    ),
    ...(entries.conditions ?? []).flatMap((condition) => [selectionRule(condition), doseRule(condition)]),
  ];
}
