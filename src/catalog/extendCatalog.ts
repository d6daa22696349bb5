import type { CatalogIds } from '../intake/CatalogIds.js';
import { closestIds } from '../intake/closestIds.js';
import { GOAL_IDS } from '../intake/vocabulary.js';
import { IntakeError, type IntakeIssue } from '../intake/IntakeError.js';
import { safeParseWith } from '../intake/parseWith.js';
import { formatPath } from '../intake/toIntakeIssues.js';
import { compileDataRule } from '../rules/data/compileDataRule.js';
import { dataRuleReferences } from '../rules/data/dataRuleReferences.js';
import { DataRuleSchema, type DataRule } from '../rules/data/DataRuleSchema.js';
import { entryRules } from '../rules/entryRules.js';
import { RULE_FAMILIES, type Rule } from '../rules/Rule.js';
import { withGradeNote } from '../rules/withGradeNote.js';
import type { Catalog } from './Catalog.js';
import {
  CatalogPatchEntriesSchema,
  MAX_PATCH_RULES,
  RuleSchema,
  type CatalogPatchInput,
  type ExtendedIds,
} from './CatalogPatchSchema.js';
import type { Condition, HistoryFlag, RedFlag, Region } from './CatalogSchema.js';
import { compiledOf, sealCatalog } from './sealCatalog.js';
import { untrustedGuard } from './untrustedGuard.js';

type Path = (string | number)[];
type Entries = Catalog<CatalogIds>;
type Collection = 'conditions' | 'techniques' | 'regions' | 'historyFlags' | 'redFlags' | 'outcomeMeasures' | 'clearances' | 'goals';

const COLLECTION_WORDS: Record<Collection, string> = {
  conditions: 'a condition',
  techniques: 'a technique',
  regions: 'a region',
  historyFlags: 'a history flag',
  redFlags: 'a red flag',
  outcomeMeasures: 'an outcome measure',
  clearances: 'a clearance',
  goals: 'a goal',
};

const hintFor = (id: string, known: readonly string[]): string => {
  const hints = closestIds(id, known);
  return hints.length > 0 ? `; did you mean ${hints.map((h) => `"${h}"`).join(' or ')}?` : '';
};

// Issues of a part validated on its own, moved under the path it has in the patch.
const under = (prefix: Path, issues: readonly IntakeIssue[]): IntakeIssue[] =>
  issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const old = formatPath(issue.path);
    const message = issue.message.startsWith(old) ? `${formatPath(path)}${issue.message.slice(old.length)}` : issue.message;
    return { ...issue, path, message };
  });

const isFunctionRule = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (typeof (value as Rule).when === 'function' || typeof (value as Rule).then === 'function');

// Which schema a rule is read with; `unreadable` when reading `when` or
// `then` throws (a getter or a proxy trap: found by the catalogue fuzzer).
const ruleKind = (value: unknown): 'function' | 'data' | 'unreadable' => {
  try {
    return isFunctionRule(value) ? 'function' : 'data';
  } catch {
    return 'unreadable';
  }
};

const unreadable = (path: Path): IntakeIssue => ({
  path,
  code: 'unreadable',
  message: `${formatPath(path)} could not be read (a property threw when accessed)`,
});

interface ParsedPatch {
  data: ReturnType<typeof CatalogPatchEntriesSchema.parse>;
  /** Each rule of the patch, in its order: a function rule, or a data rule with its JSON form. */
  rules: ({ kind: 'function'; rule: Rule } | { kind: 'data'; rule: DataRule })[];
}

function parsePatch(patch: unknown): ParsedPatch {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new IntakeError([{ path: [], code: 'invalid_type', message: 'the patch must be an object, e.g. { conditions: [...], rules: [...] }' }]);
  }
  let rulesInput: unknown;
  let rest: Record<string, unknown>;
  try {
    ({ rules: rulesInput, ...rest } = patch as Record<string, unknown>);
  } catch {
    throw new IntakeError([{ path: [], code: 'unreadable', message: 'the patch could not be read (a property threw when accessed)' }]);
  }
  const issues: IntakeIssue[] = [];
  const entries = safeParseWith(CatalogPatchEntriesSchema, rest);
  if (!entries.success) issues.push(...entries.error.issues);
  const rules: ParsedPatch['rules'] = [];
  // A list read once, by index, into a plain array: a proxy or a getter that
  // throws is an issue at its path, never an exception out of extendCatalog.
  let ruleInputs: unknown[] | undefined;
  if (rulesInput !== undefined) {
    if (!Array.isArray(rulesInput)) {
      issues.push({ path: ['rules'], code: 'invalid_type', message: 'rules must be a list' });
    } else {
      try {
        const length = rulesInput.length;
        if (length > MAX_PATCH_RULES) issues.push({ path: ['rules'], code: 'too_big', message: `rules must list at most ${MAX_PATCH_RULES} rules` });
        else ruleInputs = Array.from({ length }, (_, i) => (rulesInput as unknown[])[i]);
      } catch {
        issues.push(unreadable(['rules']));
      }
    }
  }
  if (ruleInputs !== undefined) {
    ruleInputs.forEach((input: unknown, i) => {
      const kind = ruleKind(input);
      if (kind === 'unreadable') {
        issues.push(unreadable(['rules', i]));
      } else if (kind === 'function') {
        const parsed = safeParseWith(RuleSchema, input);
        if (parsed.success) {
          // The catalogue is frozen deeply; the vendor's functions are not
          // the library's to freeze, so the rule calls them through its own.
          const vendor = parsed.data as Rule;
          const original = input as Rule;
          rules.push({
            kind: 'function',
            rule: { ...vendor, when: (ctx) => vendor.when.call(original, ctx), then: (ctx) => vendor.then.call(original, ctx) },
          });
        }
        else issues.push(...under(['rules', i], parsed.error.issues));
      } else {
        const parsed = safeParseWith(DataRuleSchema, input);
        if (parsed.success) rules.push({ kind: 'data', rule: parsed.data });
        else issues.push(...under(['rules', i], parsed.error.issues));
      }
    });
  }
  if (issues.length > 0 || !entries.success) throw new IntakeError(issues);
  return { data: entries.data, rules };
}

/** Every id the patch's entries name, with its path and the collection it must be in. */
function references(data: ParsedPatch['data']): { path: Path; collection: Collection; id: string }[] {
  const refs: { path: Path; collection: Collection; id: string }[] = [];
  const add = (path: Path, collection: Collection, id: string | undefined) => {
    if (id !== undefined) refs.push({ path, collection, id });
  };
  data.conditions?.forEach((c, i) => {
    c.techniques.forEach((id, j) => add(['conditions', i, 'techniques', j], 'techniques', id));
    c.targets.forEach((t, j) => {
      if (t.region !== 'site' && t.region !== 'around-site') add(['conditions', i, 'targets', j, 'region'], 'regions', t.region);
    });
    c.outcomeMeasures.forEach((id, j) => add(['conditions', i, 'outcomeMeasures', j], 'outcomeMeasures', id));
    c.icd10ByRegion?.forEach((r, j) => add(['conditions', i, 'icd10ByRegion', j, 'region'], 'regions', r.region));
  });
  data.regions?.forEach((r, i) => {
    r.adjacent.forEach((id, j) => add(['regions', i, 'adjacent', j], 'regions', id));
    add(['regions', i, 'within'], 'regions', r.within);
  });
  data.historyFlags?.forEach((f, i) => {
    f.avoidTechniques?.forEach((id, j) => add(['historyFlags', i, 'avoidTechniques', j], 'techniques', id));
    add(['historyFlags', i, 'requiresClearance'], 'clearances', f.requiresClearance);
    add(['historyFlags', i, 'clearedBy'], 'clearances', f.clearedBy);
  });
  data.redFlags?.forEach((f, i) => {
    if (f.conditions !== 'any') f.conditions.forEach((id, j) => add(['redFlags', i, 'conditions', j], 'conditions', id));
  });
  return refs;
}

/** Every source id the patch cites, with the path where it is cited. */
function citations(data: ParsedPatch['data'], rules: ParsedPatch['rules']): { path: Path; id: string }[] {
  return [
    ...rules.map((r, i) => ({ path: ['rules', i, 'source'], id: r.rule.source })),
    ...(data.techniques ?? []).map((t, i) => ({ path: ['techniques', i, 'source'], id: t.source })),
    ...(data.outcomeMeasures ?? []).flatMap((m, i) => [
      { path: ['outcomeMeasures', i, 'source'], id: m.source },
      ...(m.recovered ? [{ path: ['outcomeMeasures', i, 'recovered', 'source'], id: m.recovered.source }] : []),
    ]),
    ...(data.historyFlags ?? []).flatMap((f, i) => f.sources.map((id, j) => ({ path: ['historyFlags', i, 'sources', j], id }))),
    ...(data.redFlags ?? []).flatMap((f, i) => f.sources.map((id, j) => ({ path: ['redFlags', i, 'sources', j], id }))),
    ...(data.conditions ?? []).flatMap((c, i) => [
      { path: ['conditions', i, 'dose', 'source'], id: c.dose.source },
      ...(c.icd10 ? [{ path: ['conditions', i, 'icd10', 'source'], id: c.icd10.source }] : []),
      ...c.sources.map((id, j) => ({ path: ['conditions', i, 'sources', j], id })),
      ...c.evidence.sources.map((id, j) => ({ path: ['conditions', i, 'evidence', 'sources', j], id })),
      ...c.complementary.map((x, j) => ({ path: ['conditions', i, 'complementary', j, 'source'], id: x.source })),
    ]),
  ];
}

// Ids a condition target uses for the intake's own region: never a region's id.
const RESERVED_REGION_IDS = ['site', 'around-site'];

function crossCheck(base: Entries, patch: ParsedPatch, merged: Entries): IntakeIssue[] {
  const { data, rules } = patch;
  const issues: IntakeIssue[] = [];
  const known: Record<Collection, readonly string[]> = {
    conditions: Object.keys(merged.conditions),
    techniques: Object.keys(merged.techniques),
    regions: Object.keys(merged.regions),
    historyFlags: Object.keys(merged.historyFlags),
    redFlags: Object.keys(merged.redFlags),
    outcomeMeasures: Object.keys(merged.outcomeMeasures),
    clearances: Object.keys(merged.clearances),
    goals: GOAL_IDS,
  };
  const sets = Object.fromEntries(Object.entries(known).map(([k, v]) => [k, new Set(v)])) as Record<Collection, Set<string>>;

  // The same id twice in one list of the patch is a mistake, not an override.
  for (const collection of ['conditions', 'techniques', 'regions', 'historyFlags', 'redFlags', 'outcomeMeasures', 'clearances', 'sources'] as const) {
    const first = new Map<string, number>();
    (data[collection] ?? []).forEach((entry: { id: string }, i: number) => {
      const earlier = first.get(entry.id);
      if (earlier === undefined) first.set(entry.id, i);
      else issues.push({ path: [collection, i, 'id'], code: 'duplicate_id', message: `${collection}[${i}].id "${entry.id}" repeats ${collection}[${earlier}].id` });
    });
  }
  const ruleIds = new Map<string, number>();
  rules.forEach((r, i) => {
    const earlier = ruleIds.get(r.rule.id);
    if (earlier === undefined) ruleIds.set(r.rule.id, i);
    else issues.push({ path: ['rules', i, 'id'], code: 'duplicate_id', message: `rules[${i}].id "${r.rule.id}" repeats rules[${earlier}].id` });
  });
  data.regions?.forEach((r, i) => {
    if (RESERVED_REGION_IDS.includes(r.id)) {
      issues.push({ path: ['regions', i, 'id'], code: 'reserved_id', message: `regions[${i}].id "${r.id}" is reserved: condition targets use it for the intake's own region` });
    }
  });

  // A region within itself, or a loop of regions each within the next, has no outermost region.
  data.regions?.forEach((r, i) => {
    const seen = new Set<string>([r.id]);
    for (let at = merged.regions[r.id]?.within; at !== undefined; at = merged.regions[at]?.within) {
      if (!seen.has(at)) {
        seen.add(at);
        continue;
      }
      issues.push({ path: ['regions', i, 'within'], code: 'cycle', message: `regions[${i}].within makes a loop: "${r.id}" would lie within itself` });
      break;
    }
  });

  const refs = [
    ...references(data),
    ...rules.flatMap((r, i) =>
      r.kind === 'data' ? dataRuleReferences(r.rule).map((ref) => ({ ...ref, path: ['rules', i, ...ref.path] as Path })) : [],
    ),
  ];
  for (const ref of refs) {
    if (sets[ref.collection].has(ref.id)) continue;
    issues.push({
      path: ref.path,
      code: 'unknown_id',
      message: `${formatPath(ref.path)} "${ref.id}" is not ${COLLECTION_WORDS[ref.collection]} in the catalogue or the patch${hintFor(ref.id, known[ref.collection])}`,
    });
  }

  const sourceIds = Object.keys(merged.sources);
  for (const c of citations(data, rules)) {
    if (Object.hasOwn(merged.sources, c.id)) continue;
    issues.push({
      path: c.path,
      code: 'unknown_source',
      message: `${formatPath(c.path)} cites "${c.id}", which is not a source in the catalogue or the patch${hintFor(c.id, sourceIds)}`,
    });
  }

  const baseRuleIds = base.rules.map((r) => r.id);
  (data.removeRules ?? []).forEach((id, i) => {
    if (baseRuleIds.includes(id)) return;
    issues.push({ path: ['removeRules', i], code: 'unknown_rule', message: `removeRules[${i}] "${id}" is not a rule of the base catalogue${hintFor(id, baseRuleIds)}` });
  });

  // Ranges whose bounds are the wrong way round would accept nothing.
  data.outcomeMeasures?.forEach((m, i) => {
    if (!(Number.isFinite(m.min) && Number.isFinite(m.max) && m.min < m.max)) {
      issues.push({ path: ['outcomeMeasures', i, 'max'], code: 'invalid_range', message: `outcomeMeasures[${i}].min must be less than outcomeMeasures[${i}].max, both finite numbers` });
    }
  });
  data.techniques?.forEach((t, i) => {
    if (t.pressure.min > t.pressure.max) {
      issues.push({ path: ['techniques', i, 'pressure'], code: 'invalid_range', message: `techniques[${i}].pressure.min must not be more than techniques[${i}].pressure.max` });
    }
  });
  data.conditions?.forEach((c, i) => {
    if (c.pressure.start > c.pressure.max) {
      issues.push({ path: ['conditions', i, 'pressure'], code: 'invalid_range', message: `conditions[${i}].pressure.start must not be more than conditions[${i}].pressure.max` });
    }
  });

  const minutes = data.sessionMinutes;
  if (minutes && minutes.min > minutes.max) {
    issues.push({ path: ['sessionMinutes'], code: 'invalid_range', message: 'sessionMinutes.min must not be more than sessionMinutes.max' });
  }
  return issues;
}

const byId = <T extends { id: string }>(base: Readonly<Record<string, T>>, entries: readonly T[] | undefined): Record<string, T> => ({
  ...base,
  ...Object.fromEntries((entries ?? []).map((e) => [e.id, e])),
});

const added = <T extends { id: string }>(base: Readonly<Record<string, unknown>>, entries: readonly T[] | undefined): T[] =>
  (entries ?? []).filter((e) => !(e.id in base));

const familyIndex = (rule: Rule): number => RULE_FAMILIES.indexOf(rule.family);

/**
 * Makes a new catalogue from a base and a vendor's patch (DESIGN §5).
 * Conditions, techniques, regions, history flags, red flags, outcome
 * measures, clearances and sources are added under new ids or override the
 * base's by id; every id an entry or rule names is checked across the base
 * and the patch. New entries work from their data alone: a condition is
 * selected, dosed and tapered, a flag acts by its tier, a red flag refers.
 * Rules are function rules or data rules (plain JSON, compiled once and
 * indexed by the ids they test); a rule with a base rule's id replaces it,
 * `removeRules` drops rules, and every rule takes its family's place in the
 * evaluation order. The result is deeply frozen; the base and the patch are
 * never changed.
 *
 * @param base - the catalogue to extend: `defaultCatalog` or one `extendCatalog` made
 * @param patch - the additions and overrides (validated like an intake); its ids type the result
 * @returns the extended catalogue, to pass as `recommendPlan(intake, { catalog })`
 * @throws {@link IntakeError} when the base is not a catalogue this library made, the patch is
 *   invalid, an entry or rule names an id or source that exists in neither the base nor the
 *   patch (with the nearest ids), or `removeRules` names an unknown rule
 * @example
 * const catalog = extendCatalog(defaultCatalog, {
 *   version: 'clinic-a@1',
 *   removeRules: ['preference/hot-stones'],
 * });
 * catalog.rules.some((rule) => rule.id === 'preference/hot-stones'); // false
 */
export function extendCatalog<const P extends CatalogPatchInput, I extends CatalogIds>(
  base: Catalog<I>,
  patch: P,
): Catalog<ExtendedIds<I, P>> {
  const compiled = compiledOf(base);
  if (compiled === undefined) {
    throw new IntakeError([
      {
        path: [],
        code: 'invalid_catalog',
        message: 'the base catalogue was not made by defaultCatalog or extendCatalog (a copy or a hand-built object is not accepted)',
      },
    ]);
  }
  const b = base as unknown as Entries;
  const parsed = parsePatch(patch);
  const { data } = parsed;
  const merged: Entries = {
    version: data.version ?? `${b.version}+extended`,
    sessionMinutes: data.sessionMinutes ?? b.sessionMinutes,
    sources: byId(b.sources, data.sources),
    techniques: byId(b.techniques, data.techniques),
    regions: byId(b.regions, data.regions as Region<CatalogIds>[] | undefined),
    conditions: byId(b.conditions, data.conditions as Condition<CatalogIds>[] | undefined),
    historyFlags: byId(b.historyFlags, data.historyFlags),
    redFlags: byId(b.redFlags, data.redFlags),
    outcomeMeasures: byId(b.outcomeMeasures, data.outcomeMeasures),
    clearances: byId(b.clearances, data.clearances),
    rules: [],
  };
  const problems = crossCheck(b, parsed, merged);
  if (problems.length > 0) throw new IntakeError(problems);

  // Rules with whether the library made them: a vendor's function rule is not
  // trusted, and the engine checks what it yields.
  const generated = entryRules({
    conditions: added(b.conditions, data.conditions) as unknown as Condition[],
    historyFlags: added(b.historyFlags, data.historyFlags) as unknown as HistoryFlag[],
    redFlags: added(b.redFlags, data.redFlags) as unknown as RedFlag[],
  }).map((rule) => ({ rule, trusted: true }));
  const fromPatch = parsed.rules.map((r) =>
    r.kind === 'data' ? { rule: compileDataRule(r.rule), trusted: true } : { rule: r.rule, trusted: false },
  );
  const incoming = new Map([...generated, ...fromPatch].map((r) => [r.rule.id, r]));
  const removed = new Set(data.removeRules ?? []);
  const kept = b.rules
    .map((rule, i) => ({ rule, trusted: compiled.trusted[i] === true }))
    .filter((r) => !removed.has(r.rule.id))
    .map((r) => incoming.get(r.rule.id) ?? r);
  const keptIds = new Set(kept.map((r) => r.rule.id));
  const rules = [...kept, ...[...incoming.values()].filter((r) => !keptIds.has(r.rule.id))]
    // A stable sort keeps the base order and puts each new rule at the end of its family.
    .sort((x, y) => familyIndex(x.rule) - familyIndex(y.rule))
    .map((r) => ({ rule: withGradeNote(r.rule, merged.sources), trusted: r.trusted }));

  return sealCatalog(
    { ...merged, rules: rules.map((r) => r.rule) },
    new Set(rules.filter((r) => r.trusted).map((r) => r.rule)),
    { guard: untrustedGuard },
  ) as unknown as Catalog<ExtendedIds<I, P>>;
}
