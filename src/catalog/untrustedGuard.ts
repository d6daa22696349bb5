import { recommendationSchemas } from '../engine/RecommendationSchema.js';
import type { CatalogIds } from '../intake/CatalogIds.js';
import type { IntakeSchemas } from '../intake/IntakeSchema.js';
import { formatPath } from '../intake/toIntakeIssues.js';
import { checkRuleEffects } from '../rules/data/checkRuleEffects.js';
import { effectReferences } from '../rules/data/dataRuleReferences.js';
import type { DataEffect } from '../rules/data/EffectSchema.js';
import type { Effect } from '../rules/Effect.js';
import type { Catalog } from './Catalog.js';

/** Most effects one function rule may yield for one intake. */
export const MAX_EFFECTS_PER_RULE = 1_000;

/**
 * The checks the engine runs on what a vendor's function rules yield: only
 * catalogues with such rules carry them, so the schemas they need stay out
 * of a bundle that never extends the catalogue.
 */
export interface UntrustedGuard {
  /**
   * Checks the effects a function rule returned: a clean copy when they are valid and name only the
   * catalogue's ids (the engine folds the copy, never the vendor's objects), or what is wrong, in words.
   */
  effects(effects: unknown): { effects: readonly Effect[] } | { problem: string };
  /** What is wrong with a recommendation under the catalogue's plan schema; `undefined` when it passes. */
  recommendation(recommendation: unknown): string | undefined;
}

/**
 * Makes the guard of a catalogue with function rules.
 *
 * @param catalog - the catalogue (its entries name the ids effects may use)
 * @param schemas - its intake schemas, for the plan schema
 * @returns the guard
 */
export function untrustedGuard(catalog: Catalog<CatalogIds>, schemas: IntakeSchemas<CatalogIds>): UntrustedGuard {
  let plans: ReturnType<typeof recommendationSchemas<CatalogIds>> | undefined;
  const tables = catalog as unknown as Record<string, Readonly<Record<string, unknown>>>;
  return {
    effects(returned) {
      if (!Array.isArray(returned)) return { problem: 'returned something other than a list of effects from then()' };
      // Checking is linear in the effects: a runaway rule is stopped, not checked for seconds.
      if (returned.length > MAX_EFFECTS_PER_RULE) return { problem: `yielded ${returned.length} effects, more than the ${MAX_EFFECTS_PER_RULE} one rule may yield` };
      // Read by index into a plain array: a list with its own iterator, or
      // getters that answer differently on a second read, cannot slip past.
      let effects: unknown[];
      try {
        effects = Array.from({ length: returned.length }, (_, i) => structuredClone(returned[i] as unknown));
      } catch {
        return { problem: 'returned effects that could not be read (a getter threw, or a value cannot be copied)' };
      }
      const malformed = checkRuleEffects(effects)[0];
      if (malformed !== undefined) return { problem: `yielded an invalid effect: ${malformed.message}` };
      for (const [i, effect] of effects.entries()) {
        for (const ref of effectReferences(effect as DataEffect)) {
          if (ref.collection === 'goals' || Object.hasOwn(tables[ref.collection] ?? {}, ref.id)) continue;
          return { problem: `yielded an effect naming "${ref.id}" at ${formatPath([i, ...ref.path])}, which the catalogue does not have` };
        }
      }
      return { effects: effects as Effect[] };
    },
    recommendation(recommendation) {
      plans ??= recommendationSchemas<CatalogIds>(schemas);
      const checked = plans.RecommendationSchema.safeParse(recommendation);
      if (checked.success) return undefined;
      const issue = checked.error.issues[0];
      return `made an invalid plan (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown problem'}); check what they yield`;
    },
  };
}
