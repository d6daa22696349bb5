import * as z from 'zod';
import type { IntakeIssue } from '../../intake/IntakeError.js';
import { safeParseWith } from '../../intake/parseWith.js';
import { formatPath } from '../../intake/toIntakeIssues.js';
import { EffectSchema } from './EffectSchema.js';
import { sitePaths } from './sitePaths.js';

const EffectsSchema = /* @__PURE__ */ z.array(EffectSchema);

/**
 * Checks, at run time, the effects a vendor's function rule yielded: each
 * must be a well-formed `Effect` (fields, pressure 1–5, minutes, dates,
 * messages), and none may use `"@site"`, which only a data rule can bind.
 * Whether the ids exist in the catalogue is the caller's check. Paths are
 * relative to the list of effects (`[2].max`).
 *
 * @param effects - what the rule's `then` returned
 * @returns the issues, empty when every effect is well formed
 * @example
 * checkRuleEffects([{ kind: 'capPressure', max: 2, message: 'Light pressure.' }]); // []
 * checkRuleEffects([{ kind: 'capPressure', max: 0, message: 'Light pressure.' }])[0]?.path; // [0, 'max']
 */
export function checkRuleEffects(effects: unknown): IntakeIssue[] {
  const result = safeParseWith(EffectsSchema, effects);
  if (!result.success) return result.error.issues;
  return result.data.flatMap((effect, i): IntakeIssue[] =>
    sitePaths(effect).map((relative) => [i, ...relative]).map((path) => ({
      path,
      code: 'site_outside_data_rule',
      message: `${formatPath(path)} "@site" is only for data rules (a function rule names the region or side itself)`,
    })),
  );
}
