import type { Intake } from '../../intake/IntakeSchema.js';
import type { Effect } from '../Effect.js';
import type { Rule } from '../Rule.js';
import { bindingPredicate, type BindingPredicate } from './bindingPredicate.js';
import type { DataRule } from './DataRuleSchema.js';
import type { DataEffect } from './EffectSchema.js';
import type { Predicate } from './PredicateSchema.js';
import { deepFreeze } from './deepFreeze.js';
import { sitePaths } from './sitePaths.js';
import { predicateTriggers } from './triggers.js';

const SITE = '@site';

type Test = (intake: Intake) => boolean;
/** What an intake entry gives `"@site"`: its region and side, either possibly absent. */
interface Site {
  region?: string | undefined;
  side?: string | undefined;
}

const idSet = (ids: string | readonly string[]): ReadonlySet<string> => new Set(typeof ids === 'string' ? [ids] : ids);

const inRange = (range: { min?: number | undefined; max?: number | undefined }): ((n: number | undefined) => boolean) => {
  const min = range.min ?? -Infinity;
  const max = range.max ?? Infinity;
  return (n) => n !== undefined && n >= min && n <= max;
};

// The entries a binding predicate matches: a condition entry (or history
// entry) with one of the ids that also passes the predicate's own filters.
// A filter on region needs the entry's region to be given and listed.
function entryMatcher(p: BindingPredicate): (intake: Intake) => Site[] {
  const regions = p.region === undefined ? undefined : new Set<string>(p.region);
  const regionOk = (region: string | undefined): boolean => regions === undefined || (region !== undefined && regions.has(region));
  if ('condition' in p) {
    const ids = idSet(p.condition);
    const severities = p.severity === undefined ? undefined : new Set<string>(p.severity);
    const acuities = p.acuity === undefined ? undefined : new Set<string>(p.acuity);
    return (intake) =>
      intake.conditions.filter(
        (e) =>
          ids.has(e.condition) &&
          (severities === undefined || severities.has(e.severity)) &&
          (acuities === undefined || acuities.has(e.acuity)) &&
          regionOk(e.region),
      );
  }
  const ids = idSet(p.history);
  return (intake) => (intake.history ?? []).filter((e) => ids.has(e.flag) && regionOk(e.region));
}

// The predicate, compiled once into closures: evaluating a rule reads the
// intake, never the JSON.
function compilePredicate(p: Predicate): Test {
  if ('all' in p) {
    const parts = p.all.map(compilePredicate);
    return (intake) => parts.every((test) => test(intake));
  }
  if ('any' in p) {
    const parts = p.any.map(compilePredicate);
    return (intake) => parts.some((test) => test(intake));
  }
  if ('not' in p) {
    const inner = compilePredicate(p.not);
    return (intake) => !inner(intake);
  }
  if ('always' in p) return () => true;
  if ('condition' in p || 'history' in p) {
    const entries = entryMatcher(p);
    return (intake) => entries(intake).length > 0;
  }
  if ('redFlag' in p) {
    const ids = idSet(p.redFlag);
    return (intake) => (intake.redFlags ?? []).some((id) => ids.has(id));
  }
  if ('goal' in p) {
    const ids = idSet(p.goal);
    return (intake) => intake.goals.some((id) => ids.has(id));
  }
  if ('clearance' in p) {
    const id = p.clearance;
    return (intake) => (intake.clearances ?? []).some((c) => c === id);
  }
  if ('age' in p) {
    const ok = inRange(p.age);
    return (intake) => ok(intake.age);
  }
  if ('painScore' in p) {
    const ok = inRange(p.painScore);
    return (intake) => intake.conditions.some((e) => ok(e.painScore));
  }
  const ok = inRange(p.pregnancyWeeks);
  return (intake) => (intake.history ?? []).some((e) => e.flag === 'pregnancy' && ok(e.weeks));
}

// A data effect is an `Effect` once "@site" is replaced: its ids were
// checked for shape by the schema and for existence by the caller
// (`dataRuleReferences`), which the id types cannot say.
const asEffect = (effect: DataEffect): Effect => effect as unknown as Effect;

/**
 * One effect for one matched entry, or `undefined` when it cannot apply.
 * An entry without a region (a condition or flag given without where)
 * falls back to the cautious reading: an exclusion holds everywhere, a
 * regional cap becomes a global one, and work aimed at the site is dropped.
 */
function atSite(effect: DataEffect, site: Site): DataEffect | undefined {
  const side = (value: string | undefined): { side?: NonNullable<Site['side']> } =>
    value === SITE ? (site.side === undefined ? {} : { side: site.side }) : value === undefined ? {} : { side: value };
  switch (effect.kind) {
    case 'avoid': {
      const { region, side: ownSide, ...rest } = effect;
      if (region === SITE && site.region === undefined) {
        // No region to avoid: avoid the technique or position everywhere. The
        // side goes too: a side without a region would only narrow a cautious
        // exclusion. A bare region avoid cannot be placed at all, and an avoid
        // with nothing in it excludes nothing, so the therapist is told to
        // find the area and keep off it instead of the exclusion vanishing.
        if (rest.technique === undefined && rest.position === undefined) {
          return { kind: 'addPrecaution', id: 'site-not-given', message: `${rest.message.replace(/\.+$/u, '')} (the area was not given in the intake: find it and keep off it).` };
        }
        return rest;
      }
      return { ...rest, ...(region === undefined ? {} : { region: region === SITE ? (site.region as string) : region }), ...side(ownSide) } as DataEffect;
    }
    case 'capRegionPressure': {
      if (effect.region === SITE && site.region === undefined) {
        // No region to cap: cap pressure everywhere, as strictly.
        return { kind: 'capPressure', max: effect.max, message: effect.message };
      }
      const { region, side: ownSide, ...rest } = effect;
      return { ...rest, region: region === SITE ? (site.region as string) : region, ...side(ownSide) } as DataEffect;
    }
    case 'addTarget': {
      // Work aimed at the site needs a site.
      if (effect.region === SITE && site.region === undefined) return undefined;
      const { region, side: ownSide, ...rest } = effect;
      return { ...rest, region: region === SITE ? (site.region as string) : region, ...side(ownSide) } as DataEffect;
    }
    case 'addTechnique': {
      const regions = [
        ...new Set(effect.regions.flatMap((r) => (r !== SITE ? [r] : site.region === undefined ? [] : [site.region]))),
      ];
      return regions.length === 0 ? undefined : { ...effect, regions };
    }
    default:
      return effect;
  }
}

/**
 * Compiles a validated data rule into a {@link Rule}: the predicate becomes
 * closures once, here, so evaluating the rule never interprets its JSON.
 * The rule carries `triggers` (the index keys it needs, when it has any)
 * and `data` (a frozen copy of the JSON form).
 *
 * `then` without `"@site"` returns one frozen array, the same every time.
 * With `"@site"`, it yields the effects once per intake entry the binding
 * predicate matches (see `bindingPredicate`), with the entry's region and
 * side (no side when the entry has none); identical effects are yielded
 * once. For an entry without a region: an `avoid` drops its region (so it
 * holds everywhere), a `capRegionPressure` becomes a `capPressure`, an
 * `addTarget` is skipped, and `"@site"` leaves `addTechnique.regions` (the
 * effect is skipped when no region is left).
 *
 * @param rule - a data rule validated by `DataRuleSchema` whose ids the caller has checked
 * @returns the rule
 * @example
 * const rule = compileDataRule({
 *   id: 'clinic/diabetic-feet', family: 'precaution', source: 'CLINIC-POLICY-7',
 *   description: 'House policy: no heat on diabetic feet.',
 *   when: { history: 'diabetes' },
 *   then: [{ kind: 'avoid', technique: 'hot-stone', message: 'No heat on diabetic feet.' }],
 * });
 * rule.triggers; // ['history:diabetes']
 */
export function compileDataRule(rule: DataRule): Rule {
  const data = deepFreeze(JSON.parse(JSON.stringify(rule)) as DataRule);
  const test = compilePredicate(data.when);
  const triggers = predicateTriggers(data.when);
  const base = {
    id: data.id,
    family: data.family,
    description: data.description,
    source: data.source,
    when: ({ intake }: { intake: Intake }) => test(intake),
    ...(triggers === undefined ? {} : { triggers: Object.freeze([...triggers]) }),
    data,
  };
  const binding = bindingPredicate(data.when);
  if (binding === undefined || data.then.every((effect) => sitePaths(effect).length === 0)) {
    const effects: readonly Effect[] = Object.freeze(data.then.map(asEffect));
    return { ...base, then: () => effects };
  }
  const entries = entryMatcher(binding);
  return {
    ...base,
    then: ({ intake }) => {
      const seen = new Set<string>();
      const out: Effect[] = [];
      for (const entry of entries(intake)) {
        for (const template of data.then) {
          const effect = atSite(template, entry);
          if (effect === undefined) continue;
          const key = JSON.stringify(effect);
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(asEffect(effect));
        }
      }
      return out;
    },
  };
}
