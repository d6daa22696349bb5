import * as z from 'zod';
import { RULE_FAMILIES } from '../Rule.js';
import { bindingPredicate } from './bindingPredicate.js';
import { EffectSchema } from './EffectSchema.js';
import { PredicateSchema } from './PredicateSchema.js';
import { sitePaths } from './sitePaths.js';

const text = (max: number) =>
  z
    .string()
    .max(max, { error: `must be at most ${max} characters` })
    .regex(/\S/, { error: 'must not be empty or blank' });

/**
 * A data rule (DESIGN §5): plain JSON with an id, a family, a description,
 * the source it rests on, a `when` predicate and the effects it yields.
 * An effect that uses `"@site"` needs a binding predicate: `when` is a
 * `condition` or `history` predicate, or an `all` with one as a direct
 * child (the first such child binds).
 *
 * @example
 * DataRuleSchema.safeParse({
 *   id: 'clinic/diabetic-feet',
 *   family: 'precaution',
 *   description: 'House policy: no heat and light pressure on diabetic feet.',
 *   source: 'CLINIC-POLICY-7',
 *   when: { all: [{ history: 'diabetes' }, { condition: ['plantar-fasciitis', 'joint-pain'] }] },
 *   then: [
 *     { kind: 'avoid', technique: 'hot-stone', message: 'No heat on diabetic feet.' },
 *     { kind: 'capPressure', max: 2, message: 'Light pressure on diabetic feet.' },
 *   ],
 * }).success; // true
 */
export const DataRuleSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: text(120),
      family: z.enum(RULE_FAMILIES),
      description: text(600),
      source: text(40),
      when: PredicateSchema,
      then: z
        .array(EffectSchema)
        .min(1, { error: 'must list at least one effect' })
        .max(50, { error: 'must list at most 50 effects' }),
    })
    .superRefine((rule, ctx) => {
      if (bindingPredicate(rule.when) !== undefined) return;
      rule.then.forEach((effect, i) => {
        for (const path of sitePaths(effect)) {
          ctx.addIssue({
            code: 'custom',
            path: ['then', i, ...path],
            message:
              'is "@site", but the rule binds no site: "@site" needs `when` to be a condition or history predicate, or an "all" with one as a direct child',
          });
        }
      });
    }))();

/** A validated data rule (the output of {@link DataRuleSchema}). */
export type DataRule = z.output<typeof DataRuleSchema>;
/** A data rule as written, e.g. read from JSON (the input of {@link DataRuleSchema}). */
export type DataRuleInput = z.input<typeof DataRuleSchema>;
