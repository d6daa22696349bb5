// The open-catalogue workloads of the benchmark (issue 10 item 9, DESIGN §5):
// a vendor patch of 1,000 data rules that never apply to the corpus, and the
// json-rules-engine screening baseline written as our data rules.
import type { Catalog } from '../src/catalog/Catalog.js';
import type { CatalogPatchInput } from '../src/catalog/CatalogPatchSchema.js';
import { defaultCatalog } from '../src/catalog/defaultCatalog.js';
import { extendCatalog } from '../src/catalog/extendCatalog.js';
import { compiledOf, type CompiledCatalog } from '../src/catalog/sealCatalog.js';
import type { Recommendation } from '../src/engine/RecommendationSchema.js';
import type { CatalogIds } from '../src/intake/CatalogIds.js';
import type { Intake } from '../src/intake/IntakeSchema.js';
import { CONDITION_IDS, GOAL_IDS, HISTORY_FLAG_IDS, RED_FLAG_IDS } from '../src/intake/vocabulary.js';
import type { DataRuleInput } from '../src/rules/data/DataRuleSchema.js';
import type { RuleContext } from '../src/rules/Rule.js';
import type { Engine } from 'json-rules-engine';

/** Data rules in the idle vendor patch. */
export const IDLE_RULES = 1000;

// The vendor's own entries. No corpus intake can name them: the corpus is
// generated from the built-in vocabulary only.
const VENDOR_FLAGS = 40;
const VENDOR_RED_FLAGS = 10;
const VENDOR_CLEARANCES = 2;
const TIERS = ['precaution', 'local', 'no-massage'] as const;
const SOURCE = 'VENDOR-POLICY';

const flagId = (k: number): string => `vendor-flag-${k % VENDOR_FLAGS}`;
const redFlagId = (k: number): string => `vendor-red-flag-${k % VENDOR_RED_FLAGS}`;
const clearanceId = (k: number): string => `vendor-clearance-${k % VENDOR_CLEARANCES}`;
const builtIn = <T>(ids: readonly T[], k: number): T => ids[k % ids.length] as T;

/**
 * The predicate of idle rule `k`. Seven shapes a vendor writes, each needing
 * at least one vendor id, so that none can hold for a corpus intake; built-in
 * ids appear beside them (conditions, goals, ages) as in real house rules.
 * In every `all`, the vendor predicate is the one with fewest ids, so the
 * index (the most selective child of an `all`) files the rule under it.
 */
function idleWhen(k: number): DataRuleInput['when'] {
  switch (k % 7) {
    case 0:
      return { history: flagId(k) };
    case 1:
      return { all: [{ history: flagId(k) }, { condition: builtIn(CONDITION_IDS, k) }] };
    case 2:
      return { all: [{ condition: [builtIn(CONDITION_IDS, k), builtIn(CONDITION_IDS, k + 1)] }, { redFlag: redFlagId(k) }] };
    case 3:
      return { any: [{ history: [flagId(k), flagId(k + 1)] }, { redFlag: redFlagId(k) }] };
    case 4:
      return { all: [{ age: { min: 65 } }, { clearance: clearanceId(k) }] };
    case 5:
      return { all: [{ history: flagId(k) }, { not: { goal: builtIn(GOAL_IDS, k) } }] };
    default:
      return { all: [{ goal: [builtIn(GOAL_IDS, k), builtIn(GOAL_IDS, k + 1)] }, { history: flagId(k), region: ['knee', 'ankle-foot'] }] };
  }
}

// Effects vary too, so the patch exercises the effect schemas as a real one would.
function idleThen(k: number): DataRuleInput['then'] {
  const message = `House rule ${k}.`;
  switch (k % 4) {
    case 0:
      return [{ kind: 'addPrecaution', id: `vendor-precaution-${k}`, message }];
    case 1:
      return [{ kind: 'capPressure', max: 2, message }];
    case 2:
      return [{ kind: 'avoid', technique: 'hot-stone', message }];
    default:
      return [
        { kind: 'addSessionCheck', id: `vendor-check-${k}`, message },
        { kind: 'capMinutes', max: 45, message },
      ];
  }
}

/** Ids of the idle vendor rules (to look for in the traces). */
export const idleRuleId = (k: number): string => `vendor/house-rule-${k}`;

/**
 * A vendor patch: 40 history flags, 10 red flags and 2 clearances of its
 * own, and {@link IDLE_RULES} data rules each of which needs one of them.
 *
 * @returns the patch, plain JSON
 */
export function idleVendorPatch(): CatalogPatchInput {
  return {
    version: 'bench-vendor@1',
    sources: [{ id: SOURCE, citation: 'Benchmark vendor: house policy (practice-level).', grade: 'practice' }],
    clearances: Array.from({ length: VENDOR_CLEARANCES }, (_, k) => ({
      id: clearanceId(k),
      name: `Vendor clearance ${k}`,
      description: 'A clearance only this vendor records.',
    })),
    historyFlags: Array.from({ length: VENDOR_FLAGS }, (_, k) => ({
      id: flagId(k),
      name: `Vendor flag ${k}`,
      tier: builtIn(TIERS, k),
      effect: 'House policy.',
      sources: [SOURCE],
    })),
    redFlags: Array.from({ length: VENDOR_RED_FLAGS }, (_, k) => ({
      id: redFlagId(k),
      name: `Vendor red flag ${k}`,
      suggests: 'something the vendor screens for',
      urgency: 'routine' as const,
      conditions: 'any' as const,
      sources: [SOURCE],
    })),
    rules: Array.from(
      { length: IDLE_RULES },
      (_, k): DataRuleInput => ({
        id: idleRuleId(k),
        family: 'precaution',
        description: `Benchmark house rule ${k}: never applies to the corpus.`,
        source: SOURCE,
        when: idleWhen(k),
        then: idleThen(k),
      }),
    ),
  };
}

/** Every id the idle patch adds (its rules, and the entry rules its flags and red flags get), to look for in traces. */
export function idleIds(catalog: Catalog<CatalogIds>): Set<string> {
  const base = new Set(defaultCatalog.rules.map((rule) => rule.id));
  return new Set(catalog.rules.map((rule) => rule.id).filter((id) => !base.has(id)));
}

/**
 * Throws unless no rule the patch added appears in the trace of any
 * recommendation: the idle rules are idle on this corpus.
 */
export function assertIdle(recommendations: readonly Recommendation<CatalogIds>[], added: ReadonlySet<string>): void {
  recommendations.forEach((r, i) => {
    const trace = r.kind === 'plan' ? r.plan.trace : r.trace;
    const hit = trace.find((entry) => added.has(entry.rule));
    if (hit !== undefined) throw new Error(`bench: idle vendor rule "${hit.rule}" fired on corpus intake ${i}; the idle patch is not idle`);
  });
}

/**
 * The screening rules of the json-rules-engine baseline (`screeningRules`
 * in jsonRulesEngine.ts) written as our data rules, one for one and under
 * the same names:
 * - `red-flag/<id>`: the flag reported (and, unless it is an emergency or a
 *   flag for any condition, one of its conditions) → `refer` with the
 *   catalogue's urgency;
 * - `history/<flag>`: the flag in the history → `defer` for the no-massage
 *   tier, `addPrecaution` for the local and precaution tiers (the baseline's
 *   event names the tier; one effect each is the equivalent here).
 *
 * @returns the data rules, in the baseline's order
 */
export function screeningDataRules(): DataRuleInput[] {
  const redFlagRules = RED_FLAG_IDS.map((id): DataRuleInput => {
    const flag = defaultCatalog.redFlags[id];
    // As in the baseline: emergency flags and flags for any condition always
    // bear on the intake; the others only with one of their conditions.
    const gatedOn = flag.urgency === 'emergency' || flag.conditions === 'any' ? undefined : flag.conditions;
    return {
      id: `red-flag/${id}`,
      family: 'red-flag',
      description: `Refer when "${id}" is reported and bears on the intake.`,
      source: flag.sources[0] ?? 'MP-DEFAULT',
      when: gatedOn === undefined ? { redFlag: id } : { all: [{ redFlag: id }, { condition: [...gatedOn] }] },
      then: [{ kind: 'refer', urgency: flag.urgency, message: `${flag.name}: refer.` }],
    };
  });
  const historyRules = HISTORY_FLAG_IDS.map((id): DataRuleInput => {
    const flag = defaultCatalog.historyFlags[id];
    return {
      id: `history/${id}`,
      family: flag.tier,
      description: `Act on "${id}" by its tier (${flag.tier}).`,
      source: flag.sources[0] ?? 'MP-DEFAULT',
      when: { history: id },
      then: [
        flag.tier === 'no-massage'
          ? { kind: 'defer', until: 'resolved', message: `${flag.name}: no massage now.` }
          : { kind: 'addPrecaution', id: `screen-${id}`, message: `${flag.name}: ${flag.tier}.` },
      ],
    };
  });
  return [...redFlagRules, ...historyRules];
}

/**
 * A catalogue whose only rules are {@link screeningDataRules}: every
 * built-in rule removed, so evaluating it runs the screening and nothing else.
 */
export function screeningCatalog(): Catalog<CatalogIds> {
  return extendCatalog(defaultCatalog, {
    removeRules: defaultCatalog.rules.map((rule) => rule.id),
    rules: screeningDataRules(),
  }) as unknown as Catalog<CatalogIds>;
}

/** The compiled parts of a catalogue this library made (throws otherwise: the bench built it). */
export function compiled(catalog: Catalog<CatalogIds>): CompiledCatalog {
  const parts = compiledOf(catalog);
  if (parts === undefined) throw new Error('bench: catalogue not made by extendCatalog');
  return parts;
}

/** The rule context `evaluateRules` takes, for an intake parsed against the catalogue. */
export const contextOf = (intake: Intake, catalog: Catalog<CatalogIds>): RuleContext =>
  ({ intake, catalog }) as unknown as RuleContext;

/**
 * Throws unless, on every intake, the same rules fire in json-rules-engine
 * (its events' `rule`) and in our engine (the rules of the fired effects).
 */
export async function assertSameFirings(
  intakes: readonly Intake[],
  engine: Engine,
  fire: (intake: Intake) => Iterable<string>,
): Promise<{ firings: number }> {
  let firings = 0;
  for (const [i, intake] of intakes.entries()) {
    const { events } = await engine.run(intake as unknown as Record<string, unknown>);
    const theirs = [...new Set(events.map((e) => String(e.params?.['rule'])))].sort();
    const ours = [...new Set(fire(intake))].sort();
    if (theirs.join('\n') !== ours.join('\n')) {
      throw new Error(
        `bench: screening differs on corpus intake ${i}: json-rules-engine fired [${theirs.join(', ')}], our data rules [${ours.join(', ')}]`,
      );
    }
    firings += ours.length;
  }
  return { firings };
}
