import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/Catalog.js';
import { defaultCatalog, RULESET_VERSION } from '../../src/catalog/defaultCatalog.js';
import { extendCatalog } from '../../src/catalog/extendCatalog.js';
import { planSchemas } from '../../src/engine/planSchemas.js';
import type { Recommendation, TreatmentPlan } from '../../src/engine/RecommendationSchema.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import type { CatalogIds } from '../../src/intake/CatalogIds.js';
import type { Intake, IntakeInput } from '../../src/intake/IntakeSchema.js';
import { parseIntake } from '../../src/intake/parseIntake.js';
import { URGENCIES, type Side } from '../../src/intake/vocabulary.js';
import { bindingPredicate } from '../../src/rules/data/bindingPredicate.js';
import type { Predicate } from '../../src/rules/data/PredicateSchema.js';
import { intakeArbitrary } from '../support/arbitraries.js';
import { assertProperty, fcConfig } from '../support/fcConfig.js';
import {
  addedEntryArbitrary,
  asPatchInput,
  catalogFor,
  intakeDraftArbitrary,
  intakeFor,
  patchArbitrary,
  vendorCaseArbitrary,
  withAddedEntry,
  type PatchJson,
  type VendorCase,
} from '../support/patchArbitraries.js';
import { checkSchedule, impliedRedFlags, NO_MASSAGE_LIFTED_BY } from '../support/planInvariants.js';

// DESIGN §3 invariant 13 and §5: every catalogue `extendCatalog` builds from
// a generated vendor patch (new conditions, techniques, regions, flags of
// every tier, red flags, measures, clearances, sources and data rules) keeps
// invariants 1–12, and `extendCatalog` itself is total on valid patches,
// freezes what it returns, and changes neither its base nor its patch.
//
// Runs: a vendor case costs ~40 ms (extending ~15 ms, the catalogue's plan
// schemas ~10 ms, a few recommendations), so the properties run a fraction
// of FC_RUNS (default 500); FC_RUNS=5000 runs ten times as many. A failure
// prints the seed (FC_SEED) and the patch and intakes as JSON.
//
// Expected values are computed here from the catalogue's data and the
// patch's rules (a small predicate evaluator below), not by the engine.

type AnyCatalog = Catalog<CatalogIds>;
type RuleJson = NonNullable<PatchJson['rules']>[number];
type EffectJson = RuleJson['then'][number];

/** How many runs: a share of FC_RUNS (default 500), at least 1. */
const RUNS = { cheap: 0.3, case: 0.2, double: 0.1 } as const;

const planOf = (rec: Recommendation): TreatmentPlan | undefined => (rec.kind === 'plan' ? rec.plan : undefined);
const parsed = (input: IntakeInput, catalog: AnyCatalog): Intake => parseIntake(input, { catalog }) as unknown as Intake;
const recommend = (input: IntakeInput, catalog: AnyCatalog): Recommendation => recommendPlan(input, { catalog }) as Recommendation;

/** Whether two sides touch the same tissue: only left against right does not; a missing side is the whole region. */
const overlaps = (a: Side | undefined, b: Side | undefined): boolean => !((a === 'left' && b === 'right') || (a === 'right' && b === 'left'));

/** The regions a contraindication on `region` reaches, from the catalogue's limb and quadrant data. */
function reach(catalog: AnyCatalog, region: string, scope: 'region' | 'limb' | 'quadrant' | undefined): string[] {
  if (scope === undefined || scope === 'region') return [region];
  const home = catalog.regions[region];
  const group = scope === 'limb' ? home?.limb : home?.quadrant;
  if (group === undefined) return [region];
  return Object.values(catalog.regions)
    .filter((r) => (scope === 'limb' ? r.limb : r.quadrant) === group)
    .map((r) => r.id);
}

// ------------------------------------------------------------ data-rule oracle
//
// What DESIGN §5 says a data rule does, evaluated on the parsed intake:
// which rules apply and, with "@site", the effects per matched entry.

const asList = (ids: string | readonly string[]): readonly string[] => (typeof ids === 'string' ? [ids] : ids);
const inRange = (r: { min?: number | undefined; max?: number | undefined }, n: number | undefined): boolean =>
  n !== undefined && n >= (r.min ?? -Infinity) && n <= (r.max ?? Infinity);

type Entry = { region?: string | undefined; side?: Side | undefined };
function matchedEntries(p: Predicate, intake: Intake): Entry[] {
  if ('condition' in p) {
    return intake.conditions.filter(
      (c) =>
        asList(p.condition).includes(c.condition) &&
        (p.severity === undefined || p.severity.includes(c.severity)) &&
        (p.acuity === undefined || p.acuity.includes(c.acuity)) &&
        (p.region === undefined || (c.region !== undefined && p.region.includes(c.region))),
    );
  }
  if ('history' in p) {
    return (intake.history ?? []).filter(
      (h) => asList(p.history).includes(h.flag) && (p.region === undefined || (h.region !== undefined && p.region.includes(h.region))),
    );
  }
  return [];
}

function holds(p: Predicate, intake: Intake): boolean {
  if ('all' in p) return p.all.every((q) => holds(q, intake));
  if ('any' in p) return p.any.some((q) => holds(q, intake));
  if ('not' in p) return !holds(p.not, intake);
  if ('always' in p) return true;
  if ('condition' in p || 'history' in p) return matchedEntries(p, intake).length > 0;
  if ('redFlag' in p) return (intake.redFlags ?? []).some((id) => asList(p.redFlag).includes(id));
  if ('goal' in p) return intake.goals.some((id) => asList(p.goal).includes(id));
  if ('clearance' in p) return (intake.clearances ?? []).some((id: string) => id === p.clearance);
  if ('age' in p) return inRange(p.age, intake.age);
  if ('painScore' in p) return intake.conditions.some((c) => inRange(p.painScore, c.painScore));
  return (intake.history ?? []).some((h) => h.flag === 'pregnancy' && inRange(p.pregnancyWeeks, h.weeks));
}

type Fired = { rule: string; effect: EffectJson & { region?: string; side?: Side } };
const usesSite = (e: EffectJson): boolean => JSON.stringify(e).includes('"@site"');

/** The effects of the patch's data rules that apply to the intake and are not lifted by a clearance it records. */
function firedEffects(patch: PatchJson, intake: Intake): Fired[] {
  const obtained = new Set<string>(intake.clearances ?? []);
  const out: Fired[] = [];
  for (const rule of patch.rules ?? []) {
    const when = rule.when as Predicate;
    if (!holds(when, intake)) continue;
    const binding = bindingPredicate(when);
    for (const template of rule.then) {
      if ('clearedBy' in template && template.clearedBy !== undefined && obtained.has(template.clearedBy)) continue;
      const t = template as Record<string, unknown>;
      const sites: (Entry | undefined)[] = binding !== undefined && usesSite(template) ? matchedEntries(binding, intake) : [undefined];
      for (const site of sites) {
        const e: Record<string, unknown> = { ...t };
        if (site !== undefined) {
          if (e.side === '@site') e.side = site.side;
          if (e.region === '@site') {
            if (site.region !== undefined) e.region = site.region;
            // No region given: an exclusion holds everywhere, a regional cap becomes a global one, work on the site is dropped (DESIGN §5).
            else if (e.kind === 'avoid') delete e.region, delete e.side;
            else if (e.kind === 'capRegionPressure') (e.kind = 'capPressure'), delete e.region, delete e.side, delete e.site;
            else continue;
          }
          if (e.kind === 'addTechnique') e.regions = (e.regions as string[]).flatMap((r) => (r !== '@site' ? [r] : site.region === undefined ? [] : [site.region]));
        }
        for (const key of Object.keys(e)) if (e[key] === undefined) delete e[key];
        out.push({ rule: rule.id, effect: e as Fired['effect'] });
      }
    }
  }
  return out;
}

// ------------------------------------------------------------ shared checks

/** Runs `check` on each intake of the case, saying which one failed. */
function eachIntake(c: VendorCase, check: (input: IntakeInput, catalog: AnyCatalog, index: number) => void): void {
  const catalog = catalogFor(c.patch);
  c.intakes.forEach((input, i) => {
    try {
      check(input, catalog, i);
    } catch (error) {
      if (error instanceof Error) error.message = `intakes[${i}]: ${error.message}`;
      throw error;
    }
  });
}

const expectExercised = (count: number, what: string): void => {
  if (fcConfig.numRuns >= 100) expect(count, `${what} was never exercised`).toBeGreaterThan(0);
};

/** Every object and function reachable from `value` by its own string keys. */
function* reachable(value: unknown, path = '$', seen: Set<unknown> = new Set()): Generator<[string, object]> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
  seen.add(value);
  yield [path, value];
  for (const key of Object.getOwnPropertyNames(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && 'value' in descriptor) yield* reachable(descriptor.value, `${path}.${key}`, seen);
  }
}

const baseObjects: readonly unknown[] = [...reachable(defaultCatalog)].map(([, value]) => value);

// What defaultCatalog looks like, to show extendCatalog never changes its base.
const baseSnapshot = (): string =>
  JSON.stringify({ catalog: defaultCatalog, rules: defaultCatalog.rules.map((r) => [r.id, r.family, r.triggers, r.data]) });

describe('extendCatalog properties (DESIGN §3 invariant 13, §5)', () => {
  it('an empty patch recommends exactly as its base; only rulesetVersion says "+extended"', () => {
    const empty = extendCatalog(defaultCatalog, {});
    expect(empty.version).toBe(`${RULESET_VERSION}+extended`);
    assertProperty(
      fc.property(intakeArbitrary(), (input) => {
        const base = recommendPlan(input);
        const extended = recommendPlan(input, { catalog: empty });
        if (extended.kind === 'plan') expect(extended.plan.rulesetVersion).toBe(`${RULESET_VERSION}+extended`);
        const withBaseVersion = extended.kind === 'plan' ? { ...extended, plan: { ...extended.plan, rulesetVersion: RULESET_VERSION } } : extended;
        expect(isDeepStrictEqual(withBaseVersion, base), 'the empty patch changed the recommendation').toBe(true);
      }),
      { runsFactor: RUNS.cheap },
    );
  });

  it('extends with every generated patch; the result is deeply frozen; neither the patch nor the base changes', () => {
    const before = baseSnapshot();
    assertProperty(
      fc.property(patchArbitrary(), (patch) => {
        const copy = structuredClone(patch);
        const catalog = extendCatalog(defaultCatalog, asPatchInput(patch)) as unknown as AnyCatalog;
        // defaultCatalog's objects are shared and frozen (test/catalog/data.test.ts): walk only what the patch added.
        for (const [path, value] of reachable(catalog, '$', new Set(baseObjects))) if (!Object.isFrozen(value)) expect.fail(`${path} is not frozen`);
        // Every entry of the patch is in the catalogue under its id.
        for (const c of patch.conditions ?? []) expect(catalog.conditions[c.id]).toBeDefined();
        for (const r of patch.rules ?? []) expect(catalog.rules.map((x) => x.id)).toContain(r.id);
        // Unchanged: not one key added, removed or rewritten (an explicit `undefined` too), nothing frozen.
        expect(isDeepStrictEqual(patch, copy), 'extendCatalog changed the patch').toBe(true);
        for (const [path, value] of reachable(patch)) if (Object.isFrozen(value)) expect.fail(`patch ${path} was frozen`);
        expect(baseSnapshot() === before, 'extendCatalog changed defaultCatalog').toBe(true);
      }),
      { runsFactor: RUNS.case },
    );
  });

  it('a patch of data rules round-trips through JSON: the catalogue recommends identically', () => {
    let explicitUndefined = 0;
    assertProperty(
      fc.property(patchArbitrary(), fc.array(intakeDraftArbitrary, { minLength: 1, maxLength: 3 }), (patch, drafts) => {
        // Generated patches hold data rules only: plain JSON, except that an
        // optional field may be written as `undefined`, which JSON drops.
        const json = JSON.stringify(patch);
        if (/undefined/.test(JSON.stringify(patch, (_, v: unknown) => (v === undefined ? 'undefined' : v)))) explicitUndefined++;
        const original = extendCatalog(defaultCatalog, asPatchInput(patch));
        const copied = extendCatalog(defaultCatalog, asPatchInput(JSON.parse(json) as PatchJson));
        expect(copied.rules.map((r) => r.data ?? r.id)).toEqual(original.rules.map((r) => r.data ?? r.id));
        for (const draft of drafts) {
          const input = intakeFor(original as unknown as AnyCatalog, draft);
          // Deep-equal, not equal JSON: a key holding `undefined` in one plan only is a difference too.
          const a = recommendPlan(input, { catalog: original });
          const b = recommendPlan(input, { catalog: copied });
          if (!isDeepStrictEqual(b, a)) expect(b, `intake ${JSON.stringify(input)}`).toStrictEqual(a);
        }
      }),
      { runsFactor: RUNS.double },
    );
    expectExercised(explicitUndefined, 'an effect field written as undefined');
  });

  describe('generated vendor catalogues keep DESIGN §3', () => {
    const cases = vendorCaseArbitrary();

    it('(1, 10) never throws, and every recommendation passes the catalogue’s RecommendationSchema', () => {
      const kinds = { plan: 0, refer: 0, defer: 0, discharge: 0 };
      assertProperty(
        fc.property(cases, (c) =>
          eachIntake(c, (input, catalog) => {
            const rec = recommend(input, catalog);
            kinds[rec.kind]++;
            const result = planSchemas({ catalog }).RecommendationSchema.safeParse(rec);
            if (!result.success) throw new Error(`not a Recommendation of this catalogue: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
          }),
        ),
        { runsFactor: RUNS.case },
      );
      for (const kind of ['plan', 'refer', 'defer'] as const) expectExercised(kinds[kind], `a ${kind}`);
    });

    it('(2) reported and implied red flags refer with their urgency; uncleared no-massage flags and vendor refer/defer rules never plan', () => {
      const seen = { refer: 0, noPlan: 0, vendorFlag: 0 };
      const rank = (u: string): number => URGENCIES.indexOf(u as (typeof URGENCIES)[number]);
      assertProperty(
        fc.property(cases, (c) =>
          eachIntake(c, (input, catalog) => {
            const intake = parsed(input, catalog);
            const rec = recommend(input, catalog);
            const obtained = new Set<string>(intake.clearances ?? []);
            // A physician clearance lifts every red flag but an emergency (DESIGN §6).
            const liftable = (urgency: string): boolean => urgency !== 'emergency' && obtained.has('physician');
            const fired = firedEffects(c.patch, intake);
            const mustRefer = [
              ...(intake.redFlags ?? []).flatMap((id) => {
                const urgency = catalog.redFlags[id]?.urgency ?? 'routine';
                return liftable(urgency) ? [] : [{ why: `red flag ${id}`, urgency }];
              }),
              ...impliedRedFlags(intake)
                .filter(() => !liftable('urgent'))
                .map((why) => ({ why, urgency: 'routine' })),
              ...fired.flatMap((f) => (f.effect.kind === 'refer' ? [{ why: `${f.rule} refers`, urgency: f.effect.urgency }] : [])),
            ];
            const mustNotPlan = [
              ...(intake.history ?? []).flatMap((h) => {
                const flag = catalog.historyFlags[h.flag];
                // Built-in flags: who lifts them is in the built-in rules; a vendor's flag says it in `clearedBy`.
                const liftedBy = h.flag in NO_MASSAGE_LIFTED_BY ? NO_MASSAGE_LIFTED_BY[h.flag] : flag?.clearedBy;
                const cleared = liftedBy !== undefined && obtained.has(liftedBy);
                return flag?.tier === 'no-massage' && !cleared ? [`no-massage flag ${h.flag}`] : [];
              }),
              ...((intake.history ?? []).some((h) => h.flag === 'pregnancy' && (h.weeks ?? 0) >= 40) && !obtained.has('obstetrician') ? ['pregnancy at term'] : []),
              ...fired.flatMap((f) => (f.effect.kind === 'defer' ? [`${f.rule} defers`] : [])),
            ];
            if ((intake.redFlags ?? []).some((id) => id.startsWith('v-')) || (intake.history ?? []).some((h) => h.flag.startsWith('v-'))) seen.vendorFlag++;
            if (mustRefer.length > 0) {
              seen.refer++;
              expect(rec.kind, mustRefer.map((m) => m.why).join(', ')).toBe('refer');
              // As urgent as the most urgent reason (emergency < urgent < routine in URGENCIES).
              if (rec.kind === 'refer') expect(rank(rec.urgency)).toBeLessThanOrEqual(Math.min(...mustRefer.map((m) => rank(m.urgency))));
            }
            if (mustNotPlan.length > 0) {
              seen.noPlan++;
              expect(['refer', 'defer'], mustNotPlan.join(', ')).toContain(rec.kind);
            }
            if (rec.kind !== 'plan') expect(rec).not.toHaveProperty('sessions');
          }),
        ),
        { runsFactor: RUNS.case },
      );
      expectExercised(seen.refer, 'a red flag or refer rule');
      expectExercised(seen.noPlan, 'a no-massage flag or defer rule');
      expectExercised(seen.vendorFlag, 'a vendor flag');
    });

    it('(3) nothing excluded is in the plan: its own avoid list, the flags’ catalogue data, the vendor rules that apply', () => {
      const seen = { dataRuleAvoid: 0, flagData: 0 };
      assertProperty(
        fc.property(cases, (c) =>
          eachIntake(c, (input, catalog) => {
            const plan = planOf(recommend(input, catalog));
            if (plan === undefined) return;
            expectAvoidListKept(plan);
            const intake = parsed(input, catalog);
            const techniques = new Map<string, string>();
            const techniqueRegions: { technique: string; region: string; why: string }[] = [];
            const regions: { region: string; side: Side | undefined; until?: string | undefined; why: string }[] = [];
            const positions = new Map<string, string>();
            const heat = Object.values(catalog.techniques).filter((t) => t.heat).map((t) => t.id);
            for (const h of intake.history ?? []) {
              const flag = catalog.historyFlags[h.flag];
              if (flag === undefined) continue;
              const why = `history ${h.flag}${h.region === undefined ? '' : ` on ${h.region}`}`;
              const area = h.region === undefined ? undefined : reach(catalog, h.region, flag.scope);
              if (flag.tier === 'local' && area !== undefined) for (const region of area) regions.push({ region, side: h.side, why });
              for (const technique of flag.avoidTechniques ?? []) {
                if (area === undefined) techniques.set(technique, why);
                else for (const region of area) techniqueRegions.push({ technique, region, why });
              }
              for (const p of flag.avoidPositions ?? []) positions.set(p, why);
              if (flag.avoidHeat === true) for (const t of heat) techniques.set(t, `${why}: no heat`);
              if (flag.avoidTechniques !== undefined || flag.avoidPositions !== undefined || flag.avoidHeat === true || flag.tier === 'local') seen.flagData++;
            }
            for (const f of firedEffects(c.patch, intake)) {
              const e = f.effect;
              if (e.kind !== 'avoid') continue;
              seen.dataRuleAvoid++;
              const why = `${f.rule}: ${JSON.stringify(e)}`;
              // Only the plain forms; a timed technique or position exclusion is checked by the avoid list above.
              if (e.technique !== undefined && e.position === undefined && e.until === undefined) {
                if (e.region === undefined) techniques.set(e.technique, why);
                else techniqueRegions.push({ technique: e.technique, region: e.region, why });
              }
              if (e.region !== undefined && e.technique === undefined && e.position === undefined) regions.push({ region: e.region, side: e.side, until: e.until, why });
              if (e.position !== undefined && e.region === undefined && e.technique === undefined && e.until === undefined) positions.set(e.position, why);
            }
            for (const t of plan.techniques) {
              expect(techniques.get(t.technique), `${t.technique} should be excluded`).toBeUndefined();
              for (const x of techniqueRegions) if (x.technique === t.technique) expect(t.regions, `${t.technique} on ${x.region}: ${x.why}`).not.toContain(x.region);
            }
            for (const target of plan.targets) {
              for (const x of regions) {
                // A timed exclusion ends: the target may be worked from its end.
                const hit = x.region === target.region && overlaps(x.side, target.side) && !(x.until !== undefined && target.from !== undefined && target.from >= x.until);
                expect(hit, `target ${target.region} ${target.side ?? '(whole)'}: ${x.why}`).toBe(false);
              }
            }
            for (const p of [...plan.positions, ...plan.sessions.flatMap((s) => s.positions ?? [])]) expect(positions.get(p), `position ${p}`).toBeUndefined();
          }),
        ),
        { runsFactor: RUNS.case },
      );
      expectExercised(seen.dataRuleAvoid, 'an avoid of a vendor rule');
      expectExercised(seen.flagData, 'a flag’s exclusion data');
    });

    it('(4, 11) pressure: start ≤ max ≤ every cap; each technique light enough; no heat where a flag rules it out', () => {
      const seen = { capped: 0, regionCap: 0, heatFlag: 0 };
      assertProperty(
        fc.property(cases, (c) =>
          eachIntake(c, (input, catalog) => {
            const plan = planOf(recommend(input, catalog));
            if (plan === undefined) return;
            const intake = parsed(input, catalog);
            const { start, max } = plan.pressure;
            expect(start).toBeLessThanOrEqual(max);
            const caps: { why: string; max: number }[] = [];
            const regionCaps: { region: string; side: Side | undefined; max: number; why: string }[] = [];
            if (intake.preferences?.maxPressure !== undefined) caps.push({ why: 'preferences.maxPressure', max: intake.preferences.maxPressure });
            for (const h of intake.history ?? []) {
              const flag = catalog.historyFlags[h.flag];
              if (flag?.maxPressure === undefined) continue;
              if (h.region === undefined) caps.push({ why: `history ${h.flag}`, max: flag.maxPressure });
              else for (const region of reach(catalog, h.region, flag.scope)) regionCaps.push({ region, side: h.side, max: flag.maxPressure, why: `history ${h.flag}` });
            }
            for (const f of firedEffects(c.patch, intake)) {
              if (f.effect.kind === 'capPressure') caps.push({ why: f.rule, max: f.effect.max });
              if (f.effect.kind === 'capRegionPressure' && f.effect.site === undefined) regionCaps.push({ region: f.effect.region, side: f.effect.side, max: f.effect.max, why: f.rule });
            }
            // Every cap the trace reports, with the value its rule yields for this intake (the engine's own rules, read back).
            const ctx = { intake, catalog } as never;
            for (const t of plan.trace.filter((e) => e.effect === 'capPressure')) {
              const rule = catalog.rules.find((r) => r.id === t.rule);
              const values = (rule?.then(ctx) ?? []).flatMap((e) => (e.kind === 'capPressure' && e.message === t.detail ? [e.max] : []));
              if (values.length > 0) caps.push({ why: `trace ${t.rule}`, max: Math.min(...values) });
            }
            if (caps.length > 0) seen.capped++;
            for (const cap of caps) expect(max, `pressure.max over the cap of ${cap.why}`).toBeLessThanOrEqual(cap.max);
            for (const target of plan.targets) {
              if (target.maxPressure !== undefined) expect(target.maxPressure).toBeLessThanOrEqual(max);
              for (const cap of regionCaps) {
                if (cap.region !== target.region || !overlaps(cap.side, target.side)) continue;
                seen.regionCap++;
                expect(target.maxPressure ?? max, `target ${target.region} ${target.side ?? ''}: ${cap.why}`).toBeLessThanOrEqual(cap.max);
              }
            }
            const lightest = (id: string): number => catalog.techniques[id]?.pressure.min ?? Infinity;
            for (const t of plan.techniques) {
              expect(lightest(t.technique), `${t.technique} is too deep for the plan`).toBeLessThanOrEqual(max);
              for (const region of t.regions) {
                const room = plan.targets.filter((target) => target.region === region).map((target) => target.maxPressure ?? max);
                expect(Math.max(0, ...room), `${t.technique} on ${region}`).toBeGreaterThanOrEqual(lightest(t.technique));
              }
            }
            if ((intake.history ?? []).some((h) => catalog.historyFlags[h.flag]?.avoidHeat === true)) {
              seen.heatFlag++;
              for (const t of plan.techniques) expect(catalog.techniques[t.technique]?.heat, `${t.technique} applies heat`).toBe(false);
            }
          }),
        ),
        { runsFactor: RUNS.case },
      );
      expectExercised(seen.capped, 'a pressure cap');
      expectExercised(seen.regionCap, 'a regional cap on a target');
      expectExercised(seen.heatFlag, 'a flag that rules out heat');
    });

    it('(5) safety is monotone: one more history entry or red flag never adds a technique or target, raises pressure or adds sessions', () => {
      // Patches whose rules keep safety monotone (see PatchArbitraryOptions.monotone).
      const seen = { bothPlans: 0 };
      assertProperty(
        fc.property(vendorCaseArbitrary({ monotone: true }, 2), addedEntryArbitrary, (c, extra) =>
          eachIntake(c, (input, catalog) => {
            const more = withAddedEntry(catalog, input, extra);
            const before = recommend(input, catalog);
            const after = recommend(more, catalog);
            if (before.kind === 'plan' && after.kind === 'plan') seen.bothPlans++;
            const a = footprint(before);
            const b = footprint(after);
            const why = JSON.stringify(more.redFlags === input.redFlags ? more.history?.at(-1) : more.redFlags);
            expect([...b.techniques].filter((t) => !a.techniques.has(t)), `techniques added by ${why}`).toEqual([]);
            expect([...b.regions].filter((r) => !a.regions.has(r)), `target regions added by ${why}`).toEqual([]);
            expect(b.max, `pressure.max raised by ${why}`).toBeLessThanOrEqual(a.max);
            expect(b.start, `pressure.start raised by ${why}`).toBeLessThanOrEqual(a.start);
            expect(b.sessions, `sessions added by ${why}`).toBeLessThanOrEqual(a.sessions);
          }),
        ),
        { runsFactor: RUNS.case },
      );
      expectExercised(seen.bothPlans, 'a plan before and after');
    });

    it('(6, 7, 12) schedule, session length, billing and the plan of care', () => {
      let plans = 0;
      assertProperty(
        fc.property(cases, (c) =>
          eachIntake(c, (input, catalog) => {
            const plan = planOf(recommend(input, catalog));
            if (plan === undefined) return;
            plans++;
            checkSchedule(plan);
            const { sessionMinutes } = plan;
            expect(Number.isInteger(sessionMinutes)).toBe(true);
            const preferred = input.preferences?.maxSessionMinutes;
            if (preferred !== undefined) expect(sessionMinutes).toBeLessThanOrEqual(preferred);
            expect(sessionMinutes).toBeGreaterThanOrEqual(catalog.sessionMinutes.min);
            expect(sessionMinutes).toBeLessThanOrEqual(catalog.sessionMinutes.max);
            const { lines } = plan.billing;
            expect(lines.reduce((sum, l) => sum + l.units, 0), 'the 8-minute rule').toBe(eightMinuteRule(sessionMinutes));
            expect(lines.reduce((sum, l) => sum + l.minutes, 0)).toBeLessThanOrEqual(sessionMinutes);
            expect(new Set(lines.map((l) => l.code)), 'one line per CPT code of the techniques').toEqual(new Set(plan.techniques.map((t) => catalog.techniques[t.technique]?.cpt)));
            // Plan of care (invariant 12): goals within their measure's range, home care, consent, checks, discharge.
            expect(plan.goals.length).toBeGreaterThan(0);
            for (const goal of plan.goals) {
              const measure = catalog.outcomeMeasures[goal.measure];
              expect(measure, goal.measure).toBeDefined();
              expect(goal.target).toBeGreaterThanOrEqual(measure?.min ?? -Infinity);
              expect(goal.target).toBeLessThanOrEqual(measure?.max ?? Infinity);
            }
            expect(plan.homeCare.length).toBeGreaterThan(0);
            expect(plan.consents.map((x) => x.id)).toContain('informed');
            expect(plan.sessionChecks.map((x) => x.id)).toContain('red-flags');
            expect(plan.discharge.criteria.length).toBeGreaterThan(0);
            if (input.age !== undefined && input.age < 18) expect(plan.consents.map((x) => x.id)).toContain('guardian');
          }),
        ),
        { runsFactor: RUNS.case },
      );
      if (fcConfig.numRuns >= 100) expect(plans).toBeGreaterThan(0);
    });

    it('(8, 9) deterministic (a cloned intake, a catalogue built again from the patch) and the trace is closed', () => {
      assertProperty(
        fc.property(cases, (c) => {
          const again = extendCatalog(defaultCatalog, asPatchInput(structuredClone(c.patch))) as unknown as AnyCatalog;
          eachIntake(c, (input, catalog) => {
            const rec = recommend(input, catalog);
            const json = JSON.stringify(rec);
            expect(JSON.stringify(recommend(structuredClone(input), catalog)), 'same intake, same catalogue').toBe(json);
            expect(JSON.stringify(recommend(input, again)), 'the same patch extended again').toBe(json);
            expectTraceClosed(rec, catalog);
          });
        }),
        { runsFactor: RUNS.case },
      );
    });
  });
});

// ------------------------------------------------------------ helpers

/** CPT timed-code units under the 8-minute rule: a unit per full 15 minutes, one more for a remainder of 8 or more. */
function eightMinuteRule(minutes: number): number {
  return Math.floor(minutes / 15) + (minutes % 15 >= 8 ? 1 : 0);
}

interface Footprint {
  techniques: Set<string>;
  regions: Set<string>;
  start: number;
  max: number;
  sessions: number;
}
function footprint(rec: Recommendation): Footprint {
  const plan = planOf(rec);
  if (plan === undefined) return { techniques: new Set(), regions: new Set(), start: 0, max: 0, sessions: 0 };
  return {
    techniques: new Set(plan.techniques.map((t) => t.technique)),
    regions: new Set(plan.targets.map((t) => t.region)),
    start: plan.pressure.start,
    max: plan.pressure.max,
    sessions: plan.sessions.length,
  };
}

/** DESIGN §3 invariant 3 on the plan's own avoid list (as in recommendPlan.prop.test.ts). */
function expectAvoidListKept(plan: TreatmentPlan): void {
  for (const t of plan.techniques) {
    const everywhere = plan.avoid.filter((a) => a.technique === t.technique && a.region === undefined && a.position === undefined && a.from === undefined && a.until === undefined);
    expect(everywhere, `${t.technique} is excluded everywhere`).toEqual([]);
    for (const a of plan.avoid) {
      if (a.technique === t.technique && a.region !== undefined && a.position === undefined) expect(t.regions, `${t.technique} is excluded on ${a.region}`).not.toContain(a.region);
    }
  }
  const regionAvoids = plan.avoid.filter((a) => a.region !== undefined && a.technique === undefined && a.position === undefined);
  for (const target of plan.targets) {
    const hits = regionAvoids.filter(
      (a) => a.region === target.region && overlaps(a.side, target.side) && !(a.until !== undefined && target.from !== undefined && target.from >= a.until),
    );
    expect(hits, `target ${target.region} ${target.side ?? '(whole)'} lies in an avoided region`).toEqual([]);
  }
  for (const a of plan.avoid) {
    if (a.position !== undefined && a.region === undefined && a.technique === undefined && a.from === undefined && a.until === undefined) {
      expect(plan.positions).not.toContain(a.position);
    }
  }
}

/** DESIGN §3 invariant 9: every `because` is a rule of the trace; every source cited is listed (the catalogue's, for refer and defer). */
function expectTraceClosed(rec: Recommendation, catalog: AnyCatalog): void {
  if (rec.kind !== 'plan') {
    const rules = new Set(rec.trace.map((t) => t.rule));
    expect(rec.reasons.length).toBeGreaterThan(0);
    for (const r of rec.reasons) {
      expect(rules.has(r.rule), `reason ${r.rule} not in the trace`).toBe(true);
      expect(r.source in catalog.sources, `reason source ${r.source}`).toBe(true);
    }
    for (const t of rec.trace) expect(t.source in catalog.sources, `trace source ${t.source} of ${t.rule}`).toBe(true);
    return;
  }
  const { plan } = rec;
  const rules = new Set(plan.trace.map((t) => t.rule));
  const sources = new Set(plan.sources.map((s) => s.id));
  const becauses: [string, readonly string[]][] = [
    ...plan.techniques.map((t): [string, string[]] => [`techniques ${t.technique}`, t.because]),
    ...plan.targets.map((t): [string, string[]] => [`targets ${t.region}`, t.because]),
    ...plan.avoid.map((a): [string, string[]] => [`avoid ${JSON.stringify(a)}`, a.because]),
    ['pressure', plan.pressure.because],
    ...plan.phases.map((p): [string, string[]] => [`phases ${p.phase}`, p.because]),
    ...plan.goals.map((g): [string, string[]] => [`goals ${g.measure}`, g.because]),
    ...plan.precautions.map((p): [string, string[]] => [`precautions ${p.id}`, p.because]),
    ...plan.homeCare.map((h): [string, string[]] => [`homeCare ${h.id}`, h.because]),
    ...plan.aftercare.map((a): [string, string[]] => [`aftercare ${a.id}`, a.because]),
    ...plan.consents.map((x): [string, string[]] => [`consents ${x.id}`, x.because]),
    ...plan.sessionChecks.map((x): [string, string[]] => [`sessionChecks ${x.id}`, x.because]),
    ['discharge', plan.discharge.because],
  ];
  for (const [where, because] of becauses) for (const id of because) expect(rules.has(id), `${where} cites ${id}, not in the trace`).toBe(true);
  for (const t of plan.trace) expect(sources.has(t.source), `trace source ${t.source} of ${t.rule} not in plan.sources`).toBe(true);
  for (const s of plan.sources) expect(s.id in catalog.sources, `plan source ${s.id} not in the catalogue`).toBe(true);
}
