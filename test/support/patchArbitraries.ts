import fc from 'fast-check';
import type * as z from 'zod';
import { addCalendarDays } from '../../src/calendar/calendarDate.js';
import type { Catalog } from '../../src/catalog/Catalog.js';
import type { CatalogPatchInput, CatalogPatchSchema } from '../../src/catalog/CatalogPatchSchema.js';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { extendCatalog } from '../../src/catalog/extendCatalog.js';
import { vocabularyOf } from '../../src/catalog/vocabularyOf.js';
import type { CatalogIds } from '../../src/intake/CatalogIds.js';
import type { IntakeInput } from '../../src/intake/IntakeSchema.js';
import { ACUITIES, GOAL_IDS, MIN_SESSIONS_PER_WEEK, POSITIONS, SEVERITIES, SIDES, URGENCIES, WEEKDAYS } from '../../src/intake/vocabulary.js';
import { RULE_FAMILIES } from '../../src/rules/Rule.js';
import { bindingPredicate } from '../../src/rules/data/bindingPredicate.js';
import type { Predicate } from '../../src/rules/data/PredicateSchema.js';
import { BASE_DATE, preferencesArbitrary } from './arbitraries.js';

// Vendor patches that are valid BY CONSTRUCTION (no `.filter`, no `fc.pre`,
// no `.chain`). Every entry is drawn as a *draft* in which a reference to
// another entry is a natural number; `buildPatch` turns the numbers into ids
// of the pools the patch and the base share (`pool[n % pool.length]`). So
// every cross-reference exists whatever the counts, counterexamples shrink
// towards the first pool entry, and the printed counterexample is the patch
// itself (see `vendorCaseArbitrary`).
//
// New ids carry the prefix `v-` (no built-in id starts so), are indexed so
// they are distinct within the patch, and stay under 40 characters. Pools put
// the patch's own ids first: small numbers are drawn more often, so vendor
// entries are referenced more than built-in ones.

/** A catalogue patch as plain JSON (data rules only). */
export type PatchJson = z.input<typeof CatalogPatchSchema>;
type Entries<K extends keyof PatchJson> = NonNullable<PatchJson[K]>;
type RuleJson = Entries<'rules'>[number];
type EffectJson = RuleJson['then'][number];

/** The prefix of every id a generated patch adds. */
export const VENDOR_PREFIX = 'v-';

const keys = (record: object): string[] => Object.keys(record);
const BUILT_IN = {
  techniques: keys(defaultCatalog.techniques),
  regions: keys(defaultCatalog.regions),
  conditions: keys(defaultCatalog.conditions),
  historyFlags: keys(defaultCatalog.historyFlags),
  redFlags: keys(defaultCatalog.redFlags),
  outcomeMeasures: keys(defaultCatalog.outcomeMeasures),
  clearances: keys(defaultCatalog.clearances),
  sources: keys(defaultCatalog.sources),
};
const BUILT_IN_RANGES: Record<string, readonly [number, number]> = Object.fromEntries(
  Object.values(defaultCatalog.outcomeMeasures).map((m) => [m.id, [m.min, m.max] as const]),
);

// ---------------------------------------------------------------- small parts

/** A reference into a pool: small numbers (the patch's own entries) more often. */
const ref = fc.oneof({ weight: 3, arbitrary: fc.nat({ max: 3 }) }, { weight: 1, arbitrary: fc.nat({ max: 200 }) });
const refs = (min: number, max: number) => fc.array(ref, { minLength: min, maxLength: max });
const level = fc.integer({ min: 1, max: 5 });
const suffix = fc.option(fc.stringMatching(/^[a-z0-9]{1,8}$/), { nil: undefined });
const muscles = fc.array(fc.constantFrom('plantar fascia', 'soleus', 'rhomboid major', 'vendor muscle'), { maxLength: 3 });
/** Days from BASE_DATE: the generated intakes' assessedOn lies within about 12 years after it. */
const dayOffset = fc.integer({ min: 0, max: 13 * 366 });

const pick = <T>(pool: readonly T[], n: number): T => {
  const value = pool[n % pool.length];
  if (value === undefined) throw new Error('empty pool');
  return value;
};
const picks = <T>(pool: readonly T[], ns: readonly number[]): T[] => [...new Set(ns.map((n) => pick(pool, n)))];
const ordered = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);
const vendorId = (kind: string, i: number, tail: string | undefined): string => `${VENDOR_PREFIX}${kind}-${i}${tail === undefined ? '' : `-${tail}`}`;
/** Drops the keys whose value is `undefined` (the patch is written as a vendor would: absent, not undefined). */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

// ---------------------------------------------------------------- entry drafts

const sourceDraft = fc.record({ grade: fc.constantFrom('evidence', 'practice', 'specification', 'unverified') as fc.Arbitrary<'evidence' | 'practice' | 'specification' | 'unverified'>, url: fc.boolean(), doi: fc.boolean() });

const techniqueDraft = fc.record({ tail: suffix, a: level, b: level, cpt: fc.constantFrom('97124', '97140') as fc.Arbitrary<'97124' | '97140'>, heat: fc.boolean(), source: ref });

const regionDraft = fc.record({
  tail: suffix,
  adjacent: refs(1, 3),
  muscles,
  endangermentSites: fc.array(fc.constantFrom('vendor site', 'popliteal fossa'), { maxLength: 1 }),
  limb: fc.option(fc.constantFrom('arm', 'leg') as fc.Arbitrary<'arm' | 'leg'>, { nil: undefined }),
  quadrant: fc.option(fc.constantFrom('upper', 'lower') as fc.Arbitrary<'upper' | 'lower'>, { nil: undefined }),
});

// Sessions per week: the usual steps, and now and then any value the schema
// allows (MIN_SESSIONS_PER_WEEK = 1/12 ≤ x ≤ 2), the rarest included.
const sessionsPerWeek = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0.25, 0.5, 1, 2) },
  { weight: 1, arbitrary: fc.oneof(fc.constant(MIN_SESSIONS_PER_WEEK), fc.integer({ min: 9, max: 200 }).map((n) => n / 100)) },
);

const conditionDraft = fc.record({
  tail: suffix,
  techniques: refs(1, 4),
  // Target 0 and 1 of the target pool are 'site' and 'around-site'.
  targets: fc.array(fc.record({ region: ref, muscles }), { minLength: 1, maxLength: 3 }),
  a: level,
  b: level,
  dose: fc.record({ sessionsPerWeek, weeks: fc.integer({ min: 1, max: 52 }), minutes: fc.integer({ min: 15, max: 120 }), source: ref }),
  verdict: fc.constantFrom('supports', 'weak', 'against', 'none') as fc.Arbitrary<'supports' | 'weak' | 'against' | 'none'>,
  evidenceSources: refs(0, 2),
  measures: refs(0, 3),
  complementary: fc.array(fc.record({ care: fc.constantFrom('calf stretching', 'walking', 'ergonomic review'), source: ref }), { maxLength: 2 }),
  sources: refs(0, 2),
  icd10: fc.boolean(),
});

const TIERS = ['no-massage', 'local', 'precaution'] as const;
const flagDraft = fc.record(
  {
    tail: suffix,
    // No-massage flags defer every intake that has them: drawn less often, so plans stay common.
    tier: fc.constantFrom('no-massage', 'local', 'local', 'precaution', 'precaution', 'precaution') as fc.Arbitrary<(typeof TIERS)[number]>,
    sources: refs(1, 2),
    scope: fc.constantFrom('region', 'limb', 'quadrant') as fc.Arbitrary<'region' | 'limb' | 'quadrant'>,
    maxPressure: level,
    avoidTechniques: refs(0, 3),
    avoidPositions: fc.subarray([...POSITIONS], { maxLength: 3 }),
    avoidHeat: fc.boolean(),
    requiresClearance: ref,
    clearedBy: ref,
    requiresRegion: fc.boolean(),
    requiresWeeks: fc.boolean(),
  },
  { requiredKeys: ['tail', 'tier', 'sources'] },
);

const redFlagDraft = fc.record({
  tail: suffix,
  urgency: fc.constantFrom(...URGENCIES),
  // null: relevant to any condition.
  conditions: fc.option(refs(1, 3), { nil: null }),
  sources: refs(1, 2),
});

const measureDraft = fc.record({
  tail: suffix,
  min: fc.integer({ min: -10, max: 10 }),
  span: fc.integer({ min: 1, max: 100 }),
  /** Meaningful change as a share of the span, in thousandths. */
  points: fc.integer({ min: 1, max: 1000 }),
  percent: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  better: fc.constantFrom('lower', 'higher') as fc.Arbitrary<'lower' | 'higher'>,
  /** Recovery cut-off as a share of the span, in thousandths. */
  recovered: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
  source: ref,
});

// ---------------------------------------------------------------- predicates

/**
 * Which predicates a rule may use:
 * - `any`: every kind, `not` anywhere;
 * - `free`: none that read the history or red flags, so adding a history
 *   entry or a red flag never changes its value;
 * - `positive`: history and red flags only under `all`/`any` (a `not` wraps
 *   a free predicate only), so adding a history entry or a red flag can only
 *   turn it from false to true.
 */
export type PredicateMode = 'any' | 'free' | 'positive';

type RangeDraft = { a: number; b: number; which: 'min' | 'max' | 'both' };
type PredicateDraft =
  | { k: 'all' | 'any'; ps: PredicateDraft[] }
  | { k: 'not'; p: PredicateDraft }
  | { k: 'always' }
  | { k: 'condition'; ids: number[]; single: boolean; severity?: string[] | undefined; acuity?: string[] | undefined; regions?: number[] | undefined }
  | { k: 'history'; ids: number[]; single: boolean; regions?: number[] | undefined }
  | { k: 'redFlag' | 'goal'; ids: number[]; single: boolean }
  | { k: 'clearance'; id: number }
  | { k: 'age' | 'painScore' | 'pregnancyWeeks'; range: RangeDraft };

const rangeDraft = (max: number): fc.Arbitrary<RangeDraft> =>
  fc.record({ a: fc.integer({ min: 0, max }), b: fc.integer({ min: 0, max }), which: fc.constantFrom('min', 'max', 'both') as fc.Arbitrary<RangeDraft['which']> });
const idsDraft = fc.record({ ids: refs(1, 2), single: fc.boolean() });
const optionalList = <T>(arb: fc.Arbitrary<T[]>) => fc.option(arb, { nil: undefined, freq: 3 });

const freeLeaves: fc.Arbitrary<PredicateDraft>[] = [
  fc.constant({ k: 'always' as const }),
  fc
    .record({ d: idsDraft, severity: optionalList(fc.subarray([...SEVERITIES], { minLength: 1 })), acuity: optionalList(fc.subarray([...ACUITIES], { minLength: 1 })), regions: optionalList(refs(1, 2)) })
    .map(({ d, ...rest }) => ({ k: 'condition' as const, ...d, ...rest })),
  idsDraft.map((d) => ({ k: 'goal' as const, ...d })),
  ref.map((id) => ({ k: 'clearance' as const, id })),
  rangeDraft(120).map((range) => ({ k: 'age' as const, range })),
  rangeDraft(10).map((range) => ({ k: 'painScore' as const, range })),
];
const safetyLeaves: fc.Arbitrary<PredicateDraft>[] = [
  fc.record({ d: idsDraft, regions: optionalList(refs(1, 2)) }).map(({ d, regions }) => ({ k: 'history' as const, ...d, regions })),
  idsDraft.map((d) => ({ k: 'redFlag' as const, ...d })),
  rangeDraft(60).map((range) => ({ k: 'pregnancyWeeks' as const, range })),
];

const predicateCache = new Map<string, fc.Arbitrary<PredicateDraft>>();
function predicateDraft(mode: PredicateMode, depth: number): fc.Arbitrary<PredicateDraft> {
  const key = `${mode}/${depth}`;
  const cached = predicateCache.get(key);
  if (cached !== undefined) return cached;
  // History and red-flag leaves are weighted up: they are what the safety invariants are about.
  const leaves = mode === 'free' ? freeLeaves : [...freeLeaves, ...safetyLeaves, ...safetyLeaves];
  // `always` and condition predicates (which the intakes' vendor conditions meet) weigh more: rules that apply are what is checked.
  const leaf = fc.oneof(...leaves, freeLeaves[0] as fc.Arbitrary<PredicateDraft>, freeLeaves[1] as fc.Arbitrary<PredicateDraft>);
  const arb =
    depth === 0
      ? leaf
      : fc.oneof(
          { weight: 4, arbitrary: leaf },
          { weight: 1, arbitrary: fc.array(predicateDraft(mode, depth - 1), { minLength: 1, maxLength: 3 }).map((ps) => ({ k: 'all' as const, ps })) },
          { weight: 1, arbitrary: fc.array(predicateDraft(mode, depth - 1), { minLength: 1, maxLength: 3 }).map((ps) => ({ k: 'any' as const, ps })) },
          { weight: 1, arbitrary: predicateDraft(mode === 'positive' ? 'free' : mode, depth - 1).map((p) => ({ k: 'not' as const, p })) },
        );
  predicateCache.set(key, arb);
  return arb;
}

/** A predicate that binds "@site": a condition one, or (unless `free`) a history one. */
const bindingDraft = (mode: PredicateMode): fc.Arbitrary<PredicateDraft> =>
  mode === 'free' ? (freeLeaves[1] as fc.Arbitrary<PredicateDraft>) : fc.oneof(freeLeaves[1] as fc.Arbitrary<PredicateDraft>, safetyLeaves[0] as fc.Arbitrary<PredicateDraft>);

// ---------------------------------------------------------------- effects

const EFFECT_KINDS = [
  'refer',
  'defer',
  'requireClearance',
  'avoid',
  'capPressure',
  'startPressure',
  'allowPositions',
  'addTechnique',
  'addTarget',
  'setMinutes',
  'capMinutes',
  'setPhases',
  'addGoal',
  'addPrecaution',
  'addComplementary',
  'addHomeCare',
  'addAftercare',
  'addConsent',
  'addSessionCheck',
  'addDischargeCriterion',
  'endBy',
  'capRegionPressure',
] as const satisfies readonly EffectJson['kind'][];
type EffectKind = (typeof EFFECT_KINDS)[number];

/**
 * Effects that only make a plan more cautious (or none at all): a rule made
 * of these may fire on a `positive` predicate and safety stays monotone.
 * The others (new techniques and targets, starting pressure, minutes,
 * phases, positions allowed …) fire only on `free` predicates then.
 */
export const CAUTIOUS_EFFECT_KINDS = [
  'refer',
  'defer',
  'requireClearance',
  'avoid',
  'capPressure',
  'capRegionPressure',
  'capMinutes',
  'endBy',
  'addPrecaution',
  'addConsent',
  'addSessionCheck',
  'addDischargeCriterion',
] as const satisfies readonly EffectKind[];

const sideDraft = fc.option(fc.constantFrom(...SIDES, '@site' as const), { nil: undefined });
const phaseDraft = fc.record({
  phase: fc.constantFrom('intensive', 'transition', 'maintenance') as fc.Arbitrary<'intensive' | 'transition' | 'maintenance'>,
  // The schema allows up to 7 a week: the engine must still keep at most 2.
  sessionsPerWeek: fc.oneof(fc.constantFrom(MIN_SESSIONS_PER_WEEK, 0.25, 0.5, 1, 2, 3, 7), fc.integer({ min: 9, max: 700 }).map((n) => n / 100)),
  weeks: fc.integer({ min: 1, max: 104 }),
});

const effectFields = {
  urgency: fc.constantFrom(...URGENCIES),
  until: fc.constantFrom('resolved', 'clearance') as fc.Arbitrary<'resolved' | 'clearance'>,
  clearedBy: fc.option(ref, { nil: undefined, freq: 3 }),
  clearance: ref,
  region: fc.option(ref, { nil: undefined }),
  /** Use "@site" for the region when the rule binds one. */
  atSite: fc.boolean(),
  side: sideDraft,
  technique: fc.option(ref, { nil: undefined }),
  position: fc.option(fc.constantFrom(...POSITIONS), { nil: undefined }),
  untilDay: fc.option(dayOffset, { nil: undefined, freq: 4 }),
  a: level,
  b: level,
  positions: fc.subarray([...POSITIONS], { minLength: 1 }),
  regions: refs(1, 3),
  muscles,
  site: fc.option(fc.constantFrom('vendor site', 'anterior neck'), { nil: undefined, freq: 4 }),
  maxPressure: fc.option(level, { nil: undefined }),
  minutes: fc.integer({ min: 15, max: 240 }),
  phases: fc.array(phaseDraft, { minLength: 1, maxLength: 3 }),
  measure: ref,
  baseline: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
  target: fc.integer({ min: 0, max: 1000 }),
  advice: fc.nat({ max: 5 }),
  heat: fc.option(fc.boolean(), { nil: undefined }),
  techniques: fc.option(refs(1, 2), { nil: undefined }),
  endDay: dayOffset,
};
type EffectDraft = { kind: EffectKind } & { [K in keyof typeof effectFields]: (typeof effectFields)[K] extends fc.Arbitrary<infer T> ? T : never };
// The effects the invariants are about (exclusions, caps, new work, phases) are drawn three times as
// often as the rest, and refer and defer (which leave no plan to check) a third as often.
const FREQUENT: readonly EffectKind[] = ['avoid', 'capPressure', 'capRegionPressure', 'addTechnique', 'addTarget', 'setPhases', 'startPressure'];
const weight = (k: EffectKind): number => (FREQUENT.includes(k) ? 9 : k === 'refer' || k === 'defer' ? 1 : 3);
const effectDraft = (kinds: readonly EffectKind[]): fc.Arbitrary<EffectDraft> =>
  fc.record({ kind: fc.constantFrom(...kinds.flatMap((k) => Array.from({ length: weight(k) }, () => k))), ...effectFields });

const ruleDraft = (mode: PredicateMode, kinds: readonly EffectKind[]) =>
  fc.record({
    family: fc.constantFrom(...RULE_FAMILIES),
    // Half the rules bind a site (a condition or history predicate on top, or first in an `all`), so "@site" is common.
    when: fc.oneof(predicateDraft(mode, 2), bindingDraft(mode), fc.tuple(bindingDraft(mode), fc.array(predicateDraft(mode, 1), { maxLength: 2 })).map(([b, rest]): PredicateDraft => ({ k: 'all', ps: [b, ...rest] }))),
    then: fc.array(effectDraft(kinds), { minLength: 1, maxLength: 3 }),
    source: ref,
    /** Write absent optional fields of effects and predicates as `undefined` (a JSON round trip drops them). */
    explicitUndefined: fc.boolean(),
  });
type RuleDraft = typeof ruleDraft extends (...args: never[]) => fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------- the patch

/** Options of {@link patchArbitrary}. */
export interface PatchArbitraryOptions {
  /**
   * Only rules that keep safety monotone (DESIGN §3 invariant 5): rules of
   * cautious effects on `positive` predicates, any other rule on `free`
   * predicates. A vendor rule such as "diabetes → add hot stones" is valid
   * but makes adding a history flag add a technique: the invariant speaks of
   * the engine, not of every rule a vendor may write.
   */
  monotone?: boolean;
  /** Most data rules (default 5). */
  maxRules?: number;
}

const patchDraft = (options: PatchArbitraryOptions) => {
  const rule = options.monotone
    ? fc.oneof(ruleDraft('positive', CAUTIOUS_EFFECT_KINDS), ruleDraft('free', EFFECT_KINDS))
    : ruleDraft('any', EFFECT_KINDS);
  return fc.record({
    sources: fc.array(sourceDraft, { minLength: 1, maxLength: 2 }),
    clearances: fc.array(fc.record({ tail: suffix, description: fc.boolean() }), { maxLength: 2 }),
    techniques: fc.array(techniqueDraft, { maxLength: 3 }),
    regions: fc.array(regionDraft, { maxLength: 2 }),
    measures: fc.array(measureDraft, { maxLength: 2 }),
    conditions: fc.array(conditionDraft, { maxLength: 3 }),
    historyFlags: fc.array(flagDraft, { maxLength: 4 }),
    redFlags: fc.array(redFlagDraft, { maxLength: 2 }),
    rules: fc.array(rule, { minLength: 1, maxLength: options.maxRules ?? 5 }),
  });
};
type PatchDraft = ReturnType<typeof patchDraft> extends fc.Arbitrary<infer T> ? T : never;

interface Pools {
  sources: string[];
  clearances: string[];
  techniques: string[];
  regions: string[];
  measures: string[];
  conditions: string[];
  historyFlags: string[];
  redFlags: string[];
  ranges: Record<string, readonly [number, number]>;
}

function buildPredicate(d: PredicateDraft, pools: Pools, explicitUndefined = false): Predicate {
  const clean = <T extends object>(value: T): T => (explicitUndefined ? value : defined(value));
  const ids = (pool: string[], ns: number[], single: boolean): string | string[] => (single ? pick(pool, ns[0] ?? 0) : picks(pool, ns));
  const range = ({ a, b, which }: RangeDraft) => {
    const [min, max] = ordered(a, b);
    return which === 'min' ? { min } : which === 'max' ? { max } : { min, max };
  };
  switch (d.k) {
    case 'all':
      return { all: d.ps.map((p) => buildPredicate(p, pools, explicitUndefined)) };
    case 'any':
      return { any: d.ps.map((p) => buildPredicate(p, pools, explicitUndefined)) };
    case 'not':
      return { not: buildPredicate(d.p, pools, explicitUndefined) };
    case 'always':
      return { always: true };
    case 'condition':
      return clean({
        condition: ids(pools.conditions, d.ids, d.single),
        severity: d.severity as Extract<Predicate, { condition: unknown }>['severity'],
        acuity: d.acuity as Extract<Predicate, { condition: unknown }>['acuity'],
        region: d.regions === undefined ? undefined : picks(pools.regions, d.regions),
      });
    case 'history':
      return clean({ history: ids(pools.historyFlags, d.ids, d.single), region: d.regions === undefined ? undefined : picks(pools.regions, d.regions) });
    case 'redFlag':
      return { redFlag: ids(pools.redFlags, d.ids, d.single) };
    case 'goal':
      return { goal: ids([...GOAL_IDS], d.ids, d.single) };
    case 'clearance':
      return { clearance: pick(pools.clearances, d.id) };
    case 'age':
      return { age: range(d.range) };
    case 'painScore':
      return { painScore: range(d.range) };
    case 'pregnancyWeeks':
      return { pregnancyWeeks: range(d.range) };
  }
}

function buildEffect(d: EffectDraft, i: number, binds: boolean, explicitUndefined: boolean, pools: Pools): EffectJson {
  const message = `Vendor effect ${i}: ${d.kind}.`;
  // An optional field left out: absent, or (when the draft says so) present as undefined.
  const finish = (effect: Record<string, unknown>): EffectJson =>
    (explicitUndefined ? effect : defined(effect)) as unknown as EffectJson;
  const clearedBy = d.clearedBy === undefined ? undefined : pick(pools.clearances, d.clearedBy);
  const siteOr = (region: string): string => (binds && d.atSite ? '@site' : region);
  const side = d.side === '@site' && !binds ? undefined : d.side;
  const adviceId = `vendor-${d.kind.toLowerCase()}-${d.advice}`;
  const techniques = d.techniques === undefined ? undefined : picks(pools.techniques, d.techniques);
    const range = (measure: string): readonly [number, number] => pools.ranges[measure] ?? [0, 10];
  const within = (measure: string, thousandths: number): number => {
    const [min, max] = range(measure);
    return Math.round((min + ((max - min) * thousandths) / 1000) * 10) / 10;
  };
  switch (d.kind) {
    case 'refer':
      return finish({ kind: 'refer', urgency: d.urgency, message, clearedBy });
    case 'defer':
      return finish({ kind: 'defer', until: d.until, message, clearedBy });
    case 'requireClearance':
      return finish({ kind: 'requireClearance', clearance: pick(pools.clearances, d.clearance), message });
    case 'avoid':
      return finish({
        kind: 'avoid',
        region: d.region === undefined ? (binds && d.atSite ? '@site' : undefined) : siteOr(pick(pools.regions, d.region)),
        side,
        technique: d.technique === undefined ? undefined : pick(pools.techniques, d.technique),
        position: d.position,
        until: d.untilDay === undefined ? undefined : addCalendarDays(BASE_DATE, d.untilDay),
        message,
        clearedBy,
      });
    case 'capPressure':
      return finish({ kind: 'capPressure', max: d.a, message, clearedBy });
    case 'startPressure':
      // Not ordered on purpose: the schema lets start exceed max, and the plan must not.
      return finish({ kind: 'startPressure', start: d.a, max: d.b, message });
    case 'allowPositions':
      return finish({ kind: 'allowPositions', positions: d.positions, message });
    case 'addTechnique':
      return finish({
        kind: 'addTechnique',
        technique: pick(pools.techniques, d.technique ?? 0),
        regions: [...new Set([...(binds && d.atSite ? ['@site'] : []), ...picks(pools.regions, d.regions)])],
        message,
      });
    case 'addTarget':
      return finish({ kind: 'addTarget', region: siteOr(pick(pools.regions, d.region ?? 0)), side, muscles: d.muscles, site: d.site, maxPressure: d.maxPressure, message });
    case 'setMinutes':
      return finish({ kind: 'setMinutes', minutes: d.minutes, message });
    case 'capMinutes':
      return finish({ kind: 'capMinutes', max: d.minutes, message });
    case 'setPhases':
      // Fresh plain objects: fc.record may draw null-prototype ones, which no JSON patch holds.
      return finish({ kind: 'setPhases', phases: d.phases.map((x) => ({ phase: x.phase, sessionsPerWeek: x.sessionsPerWeek, weeks: x.weeks })), message });
    case 'addGoal': {
      const measure = pick(pools.measures, d.measure);
      return finish({ kind: 'addGoal', measure, baseline: d.baseline === undefined ? undefined : within(measure, d.baseline), target: within(measure, d.target), message });
    }
    case 'addPrecaution':
      return finish({ kind: 'addPrecaution', id: adviceId, message });
    case 'addComplementary':
      return finish({ kind: 'addComplementary', care: `vendor care ${d.advice}`, heat: d.heat, message });
    case 'addHomeCare':
      return finish({ kind: 'addHomeCare', id: adviceId, heat: d.heat, regions: d.region === undefined ? undefined : picks(pools.regions, d.regions), message });
    case 'addAftercare':
      return finish({ kind: 'addAftercare', id: adviceId, techniques, minPressure: d.maxPressure, message });
    case 'addConsent':
      return finish({ kind: 'addConsent', id: adviceId, techniques, message });
    case 'addSessionCheck':
      return finish({ kind: 'addSessionCheck', id: adviceId, techniques, message });
    case 'addDischargeCriterion':
      return finish({ kind: 'addDischargeCriterion', id: adviceId, message });
    case 'endBy':
      return finish({ kind: 'endBy', date: addCalendarDays(BASE_DATE, d.endDay), message, clearedBy });
    case 'capRegionPressure':
      return finish({ kind: 'capRegionPressure', region: siteOr(pick(pools.regions, d.region ?? 0)), side, site: d.site, max: d.a, message });
  }
}

function buildRule(d: RuleDraft, i: number, pools: Pools): RuleJson {
  const when = buildPredicate(d.when, pools, d.explicitUndefined);
  // "@site" only where the rule binds a site (DataRuleSchema rejects it elsewhere).
  const binds = bindingPredicate(when) !== undefined;
  return {
    id: `vendor/rule-${i}`,
    family: d.family,
    description: `Vendor rule ${i} (test data).`,
    source: pick(pools.sources, d.source),
    when,
    then: d.then.map((e, j) => buildEffect(e, j, binds, d.explicitUndefined, pools)),
  };
}

/** Turns a draft into a patch: every number becomes an id of the pools the patch and the base share. */
function buildPatch(d: PatchDraft): PatchJson {
  const ids = (kind: string, drafts: readonly { tail: string | undefined }[]) => drafts.map((x, i) => vendorId(kind, i, x.tail));
  const own = {
    sources: d.sources.map((_, i) => `V-SRC-${i}`),
    clearances: ids('clearance', d.clearances),
    techniques: ids('technique', d.techniques),
    regions: ids('region', d.regions),
    measures: ids('measure', d.measures),
    conditions: ids('condition', d.conditions),
    historyFlags: ids('flag', d.historyFlags),
    redFlags: ids('red-flag', d.redFlags),
  };
  const measureRanges = d.measures.map((m) => [m.min, m.min + m.span] as const);
  const pools: Pools = {
    sources: [...own.sources, ...BUILT_IN.sources],
    clearances: [...own.clearances, ...BUILT_IN.clearances],
    techniques: [...own.techniques, ...BUILT_IN.techniques],
    regions: [...own.regions, ...BUILT_IN.regions],
    measures: [...own.measures, ...BUILT_IN.outcomeMeasures],
    conditions: [...own.conditions, ...BUILT_IN.conditions],
    historyFlags: [...own.historyFlags, ...BUILT_IN.historyFlags],
    redFlags: [...own.redFlags, ...BUILT_IN.redFlags],
    ranges: { ...BUILT_IN_RANGES, ...Object.fromEntries(own.measures.map((id, i) => [id, measureRanges[i] ?? [0, 10]])) },
  };
  const src = (n: number) => pick(pools.sources, n);
  const targetPool = ['site', 'around-site', ...pools.regions];
  const patch: PatchJson = {
    sources: d.sources.map((s, i) =>
      defined({
        id: own.sources[i] ?? '',
        citation: `Vendor source ${i} (test data).`,
        grade: s.grade,
        url: s.url ? `https://example.org/vendor/${i}` : undefined,
        doi: s.doi ? `10.5555/vendor.${i}` : undefined,
      }),
    ),
    clearances: d.clearances.map((c, i) => defined({ id: own.clearances[i] ?? '', name: `Vendor clearance ${i}`, description: c.description ? 'Given by a vendor clinician.' : undefined })),
    techniques: d.techniques.map((t, i) => {
      const [min, max] = ordered(t.a, t.b);
      return { id: own.techniques[i] ?? '', name: `Vendor technique ${i}`, description: 'A vendor technique (test data).', pressure: { min, max }, cpt: t.cpt, heat: t.heat, source: src(t.source) };
    }),
    regions: d.regions.map((r, i) => {
      const id = own.regions[i] ?? '';
      // Adjacent to existing regions (never to itself).
      const adjacent = picks(pools.regions, r.adjacent).filter((a) => a !== id);
      return defined({
        id,
        name: `Vendor region ${i}`,
        muscles: r.muscles,
        adjacent: adjacent.length > 0 ? adjacent : ['knee'],
        endangermentSites: r.endangermentSites,
        limb: r.limb,
        quadrant: r.quadrant,
      });
    }),
    outcomeMeasures: d.measures.map((m, i) => {
      const [min, max] = measureRanges[i] ?? [0, 10];
      return defined({
        id: own.measures[i] ?? '',
        name: `Vendor measure ${i}`,
        min,
        max,
        meaningfulChange: defined({ points: Math.max(1, Math.round((m.span * m.points) / 1000)), percent: m.percent }),
        better: m.better,
        source: src(m.source),
        recovered: m.recovered === undefined ? undefined : { score: Math.round(min + (m.span * m.recovered) / 1000), source: src(m.source) },
      });
    }),
    conditions: d.conditions.map((c, i) => {
      const [start, max] = ordered(c.a, c.b);
      return defined({
        id: own.conditions[i] ?? '',
        name: `Vendor condition ${i}`,
        icd10: c.icd10 ? { code: 'M79.9', display: 'Soft tissue disorder, unspecified', source: src(c.dose.source) } : undefined,
        techniques: picks(pools.techniques, c.techniques),
        targets: c.targets.map((t) => ({ region: pick(targetPool, t.region), muscles: t.muscles })),
        pressure: { start, max },
        dose: { sessionsPerWeek: c.dose.sessionsPerWeek, weeks: c.dose.weeks, minutes: c.dose.minutes, summary: 'Vendor dose (test data).', source: src(c.dose.source) },
        evidence: { verdict: c.verdict, summary: 'Vendor evidence (test data).', sources: picks(pools.sources, c.evidenceSources) },
        outcomeMeasures: picks(pools.measures, c.measures),
        complementary: c.complementary.map((x) => ({ care: x.care, source: src(x.source) })),
        sources: picks(pools.sources, c.sources),
      });
    }),
    historyFlags: d.historyFlags.map((f, i) =>
      defined({
        id: own.historyFlags[i] ?? '',
        name: `Vendor flag ${i}`,
        tier: f.tier,
        effect: 'Vendor flag (test data).',
        sources: picks(pools.sources, f.sources),
        scope: f.scope,
        maxPressure: f.maxPressure,
        avoidTechniques: f.avoidTechniques === undefined ? undefined : picks(pools.techniques, f.avoidTechniques),
        avoidPositions: f.avoidPositions,
        avoidHeat: f.avoidHeat,
        requiresClearance: f.requiresClearance === undefined ? undefined : pick(pools.clearances, f.requiresClearance),
        clearedBy: f.clearedBy === undefined ? undefined : pick(pools.clearances, f.clearedBy),
        requiresRegion: f.requiresRegion,
        requiresWeeks: f.requiresWeeks,
      }),
    ),
    redFlags: d.redFlags.map((r, i) => ({
      id: own.redFlags[i] ?? '',
      name: `Vendor red flag ${i}`,
      suggests: 'something a physician must see (test data)',
      urgency: r.urgency,
      conditions: r.conditions === null ? ('any' as const) : picks(pools.conditions, r.conditions),
      sources: picks(pools.sources, r.sources),
    })),
    rules: d.rules.map((r, i) => buildRule(r, i, pools)),
  };
  // Empty lists are left out, as a vendor would.
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => !(Array.isArray(v) && v.length === 0))) as PatchJson;
}

/**
 * Valid vendor patches by construction: 1–2 sources, up to 2 clearances, 3
 * techniques, 2 regions, 2 outcome measures, 3 conditions, 4 history flags
 * (every tier, every optional data field), 2 red flags and 1–5 data rules over
 * built-in and patch ids. Every value passes `extendCatalog(defaultCatalog, patch)`.
 */
export const patchArbitrary = (options: PatchArbitraryOptions = {}): fc.Arbitrary<PatchJson> => patchDraft(options).map(buildPatch);

// ---------------------------------------------------------------- intakes

/** A generated patch as `extendCatalog`'s parameter type (whose optional keys may not hold `undefined`). */
export const asPatchInput = (patch: PatchJson): CatalogPatchInput => patch as CatalogPatchInput;

// Catalogues by the patch's JSON: properties that share the seed and the
// patch arbitrary draw the same patches, and extending (~15 ms) and the
// plan schemas (~10 ms) are then paid once per patch, not once per property.
const catalogs = new Map<string, Catalog<CatalogIds>>();
const MAX_CACHED = 500;
/** The catalogue of a generated patch (`extendCatalog(defaultCatalog, patch)`), built once per distinct patch. */
export function catalogFor(patch: PatchJson): Catalog<CatalogIds> {
  const key = JSON.stringify(patch);
  let catalog = catalogs.get(key);
  if (catalog === undefined) {
    catalog = extendCatalog(defaultCatalog, asPatchInput(patch)) as unknown as Catalog<CatalogIds>;
    if (catalogs.size >= MAX_CACHED) catalogs.clear();
    catalogs.set(key, catalog);
  }
  return catalog;
}

const daysBefore = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 3000 }));
// A draft entry names its ids by number; `vendor` picks among the patch's own ids when there are any.
const entryRef = fc.record({ n: fc.nat({ max: 400 }), vendor: fc.boolean() });

const intakeDraft = fc.record(
  {
    assessedOffset: fc.integer({ min: 0, max: 12 * 366 }),
    age: fc.integer({ min: 0, max: 120 }),
    conditions: fc.array(
      fc.record(
        {
          id: entryRef,
          severity: fc.constantFrom(...SEVERITIES),
          painScore: fc.integer({ min: 0, max: 10 }),
          onsetDaysBefore: daysBefore,
          acuity: fc.constantFrom(...ACUITIES),
          region: entryRef,
          withRegion: fc.boolean(),
          side: fc.constantFrom(...SIDES),
        },
        { requiredKeys: ['id', 'severity', 'region', 'withRegion'] },
      ),
      { minLength: 1, maxLength: 4 },
    ),
    goals: fc.subarray([...GOAL_IDS], { minLength: 1 }),
    history: fc.array(
      fc.record({ id: entryRef, region: entryRef, withRegion: fc.boolean(), atCondition: fc.boolean(), side: fc.option(fc.constantFrom(...SIDES), { nil: undefined }), weeks: fc.integer({ min: 0, max: 42 }), withWeeks: fc.boolean() }),
      { maxLength: 4 },
    ),
    redFlags: fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(entryRef, { minLength: 1, maxLength: 2 }) }),
    clearances: fc.array(entryRef, { maxLength: 3 }),
    scores: fc.array(fc.record({ id: entryRef, fraction: fc.integer({ min: 0, max: 1000 }) }), { maxLength: 3 }),
    preferences: preferencesArbitrary,
    availability: fc.record(
      {
        startDaysAfter: fc.integer({ min: 0, max: 30 }),
        weekdays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
        blackoutDaysAfterStart: fc.array(fc.integer({ min: -10, max: 120 }), { maxLength: 6 }),
        maxSessions: fc.integer({ min: 1, max: 40 }),
        authorizedDaysAfterStart: fc.integer({ min: 0, max: 200 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['assessedOffset', 'conditions', 'goals'] },
);
/** An intake drawn without a catalogue: {@link intakeFor} resolves it against one. */
export type IntakeDraft = typeof intakeDraft extends fc.Arbitrary<infer T> ? T : never;
/** Intakes before they meet a catalogue (ids as numbers). */
export const intakeDraftArbitrary: fc.Arbitrary<IntakeDraft> = intakeDraft;

/**
 * A valid intake for `catalog` from a draft, by construction: the
 * catalogue's ids (its vendor ids half of the time), a region wherever a
 * condition or flag needs one and weeks wherever a flag needs them
 * (`vocabularyOf`), scores within each measure's range, dates in order.
 */
export function intakeFor(catalog: Catalog<CatalogIds>, d: IntakeDraft): IntakeInput {
  const v = vocabularyOf(catalog);
  const choose = (pool: readonly string[], r: { n: number; vendor: boolean }): string => {
    const vendor = pool.filter((id) => id.startsWith(VENDOR_PREFIX));
    return pick(r.vendor && vendor.length > 0 ? vendor : pool, r.n);
  };
  const needsRegion = new Set(v.conditionsNeedingRegion);
  const flagNeedsRegion = new Set(v.flagsNeedingRegion);
  const flagNeedsWeeks = new Set(v.flagsNeedingWeeks);
  const assessedOn = addCalendarDays(BASE_DATE, d.assessedOffset);
  const unique = (ids: string[]) => [...new Set(ids)];
  const conditions = d.conditions.map((c) => {
    const condition = choose(v.conditions, c.id);
    const withRegion = c.withRegion || needsRegion.has(condition);
    return defined({
      condition,
      severity: c.severity,
      painScore: c.painScore,
      onset: c.onsetDaysBefore === undefined ? undefined : addCalendarDays(assessedOn, -c.onsetDaysBefore),
      acuity: c.acuity,
      region: withRegion ? choose(v.regions, c.region) : undefined,
      side: c.side,
    });
  });
  // Half the flags that name a region name one a condition is in, so exclusions and caps meet targets.
  const conditionRegion = conditions.find((c) => c.region !== undefined)?.region;
  const history = (d.history ?? []).map((h) => {
    const flag = choose(v.historyFlags, h.id);
    return defined({
      flag,
      region: h.withRegion || flagNeedsRegion.has(flag) ? (h.atCondition && conditionRegion !== undefined ? conditionRegion : choose(v.regions, h.region)) : undefined,
      side: h.side,
      weeks: h.withWeeks || flagNeedsWeeks.has(flag) ? h.weeks : undefined,
    });
  });
  const scores = (d.scores ?? []).map((s) => {
    const measure = choose(v.outcomeMeasures, s.id);
    const [min, max] = v.scoreRanges[measure] ?? [0, 10];
    return { measure, value: Math.min(max, Math.round((min + ((max - min) * s.fraction) / 1000) * 10) / 10) };
  });
  const a = d.availability;
  const start = addCalendarDays(assessedOn, a?.startDaysAfter ?? 0);
  const availability =
    a === undefined
      ? undefined
      : defined({
          startDate: a.startDaysAfter === undefined ? undefined : start,
          weekdays: a.weekdays,
          blackoutDates: a.blackoutDaysAfterStart?.map((n) => addCalendarDays(start, n)),
          maxSessions: a.maxSessions,
          authorizedUntil: a.authorizedDaysAfterStart === undefined ? undefined : addCalendarDays(start, a.authorizedDaysAfterStart),
        });
  return defined({
    assessedOn,
    age: d.age,
    conditions,
    goals: d.goals,
    history: history.length === 0 ? undefined : history,
    redFlags: (d.redFlags ?? []).length === 0 ? undefined : unique((d.redFlags ?? []).map((r) => choose(v.redFlags, r))),
    clearances: (d.clearances ?? []).length === 0 ? undefined : unique((d.clearances ?? []).map((r) => choose(v.clearances, r))),
    scores: scores.length === 0 ? undefined : scores,
    preferences: d.preferences,
    availability,
  }) as IntakeInput;
}

/** Valid intakes for one catalogue (e.g. one built from a generated patch). */
export const catalogIntakeArbitrary = (catalog: Catalog<CatalogIds>): fc.Arbitrary<IntakeInput> =>
  intakeDraft.map((d) => intakeFor(catalog, d));

/** A generated patch with intakes valid against its catalogue: what a failing property prints. */
export interface VendorCase {
  patch: PatchJson;
  intakes: IntakeInput[];
}

/**
 * A vendor patch and 1–`maxIntakes` intakes for its catalogue (several per
 * patch: extending a catalogue costs more than a recommendation). The
 * counterexample fast-check prints is the patch and the intakes as JSON,
 * ready to paste into a unit test; `catalogFor(patch)` is the catalogue.
 */
export const vendorCaseArbitrary = (options: PatchArbitraryOptions = {}, maxIntakes = 3): fc.Arbitrary<VendorCase> =>
  fc.tuple(patchArbitrary(options), fc.array(intakeDraft, { minLength: 1, maxLength: maxIntakes })).map(([patch, drafts]) => {
    const catalog = catalogFor(patch);
    return { patch, intakes: drafts.map((d) => intakeFor(catalog, d)) };
  });

/** One more history entry or red flag, drawn without a catalogue (see {@link withAddedEntry}). */
export const addedEntryArbitrary = fc.record({
  redFlag: fc.boolean(),
  id: entryRef,
  region: entryRef,
  withRegion: fc.boolean(),
  side: fc.option(fc.constantFrom(...SIDES), { nil: undefined }),
  weeks: fc.integer({ min: 0, max: 42 }),
  withWeeks: fc.boolean(),
});
/** A draft of {@link addedEntryArbitrary}. */
export type AddedEntryDraft = typeof addedEntryArbitrary extends fc.Arbitrary<infer T> ? T : never;

/**
 * The intake with one more history entry or red flag of `catalog`, still
 * valid (a region and weeks where the flag needs them; a red flag already
 * reported is reported once).
 */
export function withAddedEntry(catalog: Catalog<CatalogIds>, input: IntakeInput, d: AddedEntryDraft): IntakeInput {
  const v = vocabularyOf(catalog);
  const choose = (pool: readonly string[], r: { n: number; vendor: boolean }): string => {
    const vendor = pool.filter((id) => id.startsWith(VENDOR_PREFIX));
    return pick(r.vendor && vendor.length > 0 ? vendor : pool, r.n);
  };
  if (d.redFlag) {
    return { ...input, redFlags: [...new Set([...(input.redFlags ?? []), choose(v.redFlags, d.id)])] } as IntakeInput;
  }
  const flag = choose(v.historyFlags, d.id);
  const entry = defined({
    flag,
    region: d.withRegion || v.flagsNeedingRegion.includes(flag) ? choose(v.regions, d.region) : undefined,
    side: d.side,
    weeks: d.withWeeks || v.flagsNeedingWeeks.includes(flag) ? d.weeks : undefined,
  });
  return { ...input, history: [...(input.history ?? []), entry] } as IntakeInput;
}
