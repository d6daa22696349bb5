import { Engine, type RuleProperties } from 'json-rules-engine';
import { defaultCatalog } from '../src/catalog/defaultCatalog.js';
import { HISTORY_FLAG_IDS, RED_FLAG_IDS } from '../src/intake/vocabulary.js';

/**
 * The baseline of the benchmark: the safety screening of massage-plan
 * written for json-rules-engine, the way a vendor would hand-code it in a
 * general rules engine.
 *
 * Only the screening, not the plan: one rule per red flag (17) and one per
 * history flag (31 since `frailty` joined the built-in catalogue; 30 when
 * the baseline was written), 48 rules, with the intake itself as the facts.
 * The rules follow the built-in vocabulary, so the count moves with it.
 * - Red flag: fires when the flag is reported and bears on the intake
 *   (emergency flags and flags for "any" condition always do; the others only
 *   for the conditions the catalogue lists) → a `refer` event with the
 *   catalogue's urgency.
 * - History flag: fires when the flag is in the history → an event named by
 *   the flag's tier (`no-massage`, `local`, `precaution`).
 *
 * Two custom operators (`hasFlag`, `hasAnyCondition`) do the array searches
 * in plain JavaScript. That is the cheapest way to write them in
 * json-rules-engine (JSONPath filters are slower), so the comparison favours
 * the baseline. The baseline validates nothing; `recommendPlan` validates the
 * whole intake, screens, selects, doses and schedules.
 */
export function screeningRules(): RuleProperties[] {
  const redFlagRules = RED_FLAG_IDS.map((id): RuleProperties => {
    const flag = defaultCatalog.redFlags[id];
    const alwaysRelevant = flag.urgency === 'emergency' || flag.conditions === 'any';
    return {
      name: `red-flag/${id}`,
      conditions: {
        all: [
          { fact: 'redFlags', operator: 'contains', value: id },
          ...(alwaysRelevant ? [] : [{ fact: 'conditions', operator: 'hasAnyCondition', value: [...flag.conditions] }]),
        ],
      },
      event: { type: 'refer', params: { rule: `red-flag/${id}`, urgency: flag.urgency } },
    };
  });
  const historyRules = HISTORY_FLAG_IDS.map(
    (flag): RuleProperties => ({
      name: `history/${flag}`,
      conditions: { all: [{ fact: 'history', operator: 'hasFlag', value: flag }] },
      event: { type: defaultCatalog.historyFlags[flag].tier, params: { rule: `history/${flag}`, flag } },
    }),
  );
  return [...redFlagRules, ...historyRules];
}

/** A json-rules-engine engine loaded with {@link screeningRules}, built once and reused for every run. */
export function screeningEngine(): Engine {
  const engine = new Engine(screeningRules(), { allowUndefinedFacts: true });
  engine.addOperator<unknown, string>(
    'hasFlag',
    (history, flag) =>
      Array.isArray(history) && history.some((entry: { flag?: unknown }) => entry !== null && entry.flag === flag),
  );
  engine.addOperator<unknown, string[]>(
    'hasAnyCondition',
    (conditions, wanted) =>
      Array.isArray(conditions) &&
      conditions.some((entry: { condition?: unknown }) => wanted.includes(entry.condition as string)),
  );
  return engine;
}
