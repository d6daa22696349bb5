import type { CompiledCatalog } from '../catalog/sealCatalog.js';
import { IntakeError } from '../intake/IntakeError.js';
import { formatPath } from '../intake/toIntakeIssues.js';
import { forEachTriggerKey } from '../rules/data/triggers.js';
import type { Effect } from '../rules/Effect.js';
import type { Rule, RuleContext } from '../rules/Rule.js';

/** An effect together with the rule that yielded it. */
export interface FiredEffect {
  rule: Rule;
  effect: Effect;
}

// Marks the rules an intake can make apply: those evaluated for every intake,
// and those indexed under a key the intake holds. A rule indexed under keys
// the intake lacks is never called: it costs nothing.
function candidates(compiled: CompiledCatalog, ctx: RuleContext): Uint8Array {
  const picked = new Uint8Array(compiled.catalog.rules.length);
  for (const i of compiled.always) picked[i] = 1;
  const mark = (key: string) => {
    const list = compiled.byKey.get(key);
    if (list !== undefined) for (const i of list) picked[i] = 1;
  };
  forEachTriggerKey(ctx.intake, mark);
  return picked;
}

const ruleFailure = (compiled: CompiledCatalog, index: number, what: string): IntakeError => {
  const rule = compiled.catalog.rules[index];
  const path = ['catalog', 'rules', index];
  return new IntakeError([{ path, code: 'rule_failed', message: `${formatPath(path)} (rule "${rule?.id ?? '?'}") ${what}` }]);
};

/**
 * Evaluates the rules an intake can make apply, in catalogue order, and
 * collects the effects of those that apply. A rule that throws, or a
 * vendor's function rule that yields a malformed effect or an unknown id,
 * stops the evaluation with an {@link IntakeError} naming the rule.
 *
 * @param compiled - the catalogue's compiled parts (rules, index, trust)
 * @param ctx - the validated intake and the catalogue
 * @returns each effect with its rule, in rule order
 * @throws {@link IntakeError} when a rule fails (code `rule_failed`, path `catalog.rules[i]`)
 */
export function evaluateRules(compiled: CompiledCatalog, ctx: RuleContext): FiredEffect[] {
  const rules = compiled.catalog.rules as readonly Rule[];
  const picked = candidates(compiled, ctx);
  const fired: FiredEffect[] = [];
  // A plain loop: flatMap/map allocated two arrays per rule, most of them empty.
  for (let i = 0; i < rules.length; i++) {
    if (picked[i] === 0) continue;
    const rule = rules[i] as Rule;
    let effects: readonly Effect[];
    try {
      if (!rule.when(ctx)) continue;
      effects = rule.then(ctx);
    } catch (error) {
      throw ruleFailure(compiled, i, `threw: ${error instanceof Error ? error.message : String(error)}`);
    }
    // What a vendor's function rule yields is checked before the engine folds
    // it: a malformed effect, or one naming an id the catalogue lacks, would
    // otherwise crash the fold or slip an invalid plan out.
    if (compiled.trusted[i] !== true) {
      const checked = compiled.guard === undefined ? { problem: 'is not trusted and its catalogue has no guard' } : compiled.guard.effects(effects);
      if ('problem' in checked) throw ruleFailure(compiled, i, checked.problem);
      effects = checked.effects;
    }
    for (const effect of effects) fired.push({ rule, effect });
  }
  return fired;
}
