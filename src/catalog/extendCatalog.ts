import { closestIds } from '../intake/closestIds.js';
import { IntakeError, type IntakeIssue } from '../intake/IntakeError.js';
import { safeParseWith } from '../intake/parseWith.js';
import { formatPath } from '../intake/toIntakeIssues.js';
import { RULE_FAMILIES, type Rule } from '../rules/Rule.js';
import { withGradeNote } from '../rules/withGradeNote.js';
import type { Catalog } from './Catalog.js';
import { CatalogPatchSchema, type CatalogPatch, type CatalogPatchInput } from './CatalogPatchSchema.js';

// Entries are keyed by their id; the patch's ids are from the same closed
// vocabulary as the base's keys, so the result keeps the base's key type.
const byId = <K extends string, T extends { id: K }>(base: Readonly<Record<K, T>>, entries: readonly T[] | undefined) =>
  Object.freeze({ ...base, ...Object.fromEntries((entries ?? []).map((e) => [e.id, e])) }) as Readonly<Record<K, T>>;

// Every source id a patch cites, with the path where it is cited.
function citations(patch: CatalogPatch): { path: (string | number)[]; id: string }[] {
  return [
    ...(patch.rules ?? []).map((r, i) => ({ path: ['rules', i, 'source'], id: r.source })),
    ...(patch.techniques ?? []).map((t, i) => ({ path: ['techniques', i, 'source'], id: t.source })),
    ...(patch.outcomeMeasures ?? []).map((m, i) => ({ path: ['outcomeMeasures', i, 'source'], id: m.source })),
    ...(patch.historyFlags ?? []).flatMap((f, i) => f.sources.map((id, j) => ({ path: ['historyFlags', i, 'sources', j], id }))),
    ...(patch.redFlags ?? []).flatMap((f, i) => f.sources.map((id, j) => ({ path: ['redFlags', i, 'sources', j], id }))),
    ...(patch.conditions ?? []).flatMap((c, i) => [
      { path: ['conditions', i, 'dose', 'source'], id: c.dose.source },
      ...(c.icd10 ? [{ path: ['conditions', i, 'icd10', 'source'], id: c.icd10.source }] : []),
      ...c.sources.map((id, j) => ({ path: ['conditions', i, 'sources', j], id })),
      ...c.evidence.sources.map((id, j) => ({ path: ['conditions', i, 'evidence', 'sources', j], id })),
      ...c.complementary.map((x, j) => ({ path: ['conditions', i, 'complementary', j, 'source'], id: x.source })),
    ]),
  ];
}

function crossCheck(base: Catalog, patch: CatalogPatch, sources: Readonly<Record<string, unknown>>): IntakeIssue[] {
  const known = Object.keys(sources);
  const unknownSources = citations(patch)
    .filter((c) => !(c.id in sources))
    .map((c): IntakeIssue => {
      const hints = closestIds(c.id, known);
      return {
        path: c.path,
        code: 'unknown_source',
        message: `${formatPath(c.path)} cites "${c.id}", which is not a source in the catalogue or the patch${
          hints.length > 0 ? `; did you mean ${hints.map((h) => `"${h}"`).join(' or ')}?` : ''
        }`,
      };
    });
  const ruleIds = base.rules.map((r) => r.id);
  const unknownRemovals = (patch.removeRules ?? [])
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !ruleIds.includes(id))
    .map(({ id, i }): IntakeIssue => {
      const hints = closestIds(id, ruleIds);
      return {
        path: ['removeRules', i],
        code: 'unknown_rule',
        message: `removeRules[${i}] "${id}" is not a rule of the base catalogue${
          hints.length > 0 ? `; did you mean ${hints.map((h) => `"${h}"`).join(' or ')}?` : ''
        }`,
      };
    });
  const minutes = patch.sessionMinutes;
  const badMinutes: IntakeIssue[] =
    minutes && minutes.min > minutes.max
      ? [{ path: ['sessionMinutes'], code: 'invalid_range', message: 'sessionMinutes.min must not be more than sessionMinutes.max' }]
      : [];
  return [...unknownSources, ...unknownRemovals, ...badMinutes];
}

const familyIndex = (rule: Rule): number => RULE_FAMILIES.indexOf(rule.family);

/**
 * Makes a new catalogue from a base and a vendor's patch: conditions,
 * techniques, flags, measures and sources are added or overridden by id;
 * rules are added (or replace a rule with the same id) and sorted into
 * their family's place in the evaluation order; `removeRules` drops rules.
 * The base is never changed.
 *
 * @param base - the catalogue to extend, usually `defaultCatalog`
 * @param patch - the additions and overrides (validated like an intake)
 * @returns the extended catalogue, to pass as `recommendPlan(intake, { catalog })`
 * @throws {@link IntakeError} when the patch is invalid, a rule or fact cites a source that
 *   exists in neither the base nor the patch, or `removeRules` names an unknown rule
 * @example
 * const catalog = extendCatalog(defaultCatalog, {
 *   version: 'clinic-a@1',
 *   removeRules: ['preference/hot-stones'],
 * });
 */
export function extendCatalog(base: Catalog, patch: CatalogPatchInput): Catalog {
  const parsed = safeParseWith(CatalogPatchSchema, patch);
  if (!parsed.success) throw parsed.error;
  const data = parsed.data as CatalogPatch;
  const sources = byId(base.sources, data.sources);
  const problems = crossCheck(base, data, sources);
  if (problems.length > 0) throw new IntakeError(problems);

  const replacements = new Map((data.rules ?? []).map((r) => [r.id, r]));
  const removed = new Set(data.removeRules ?? []);
  const kept = base.rules
    .filter((r) => !removed.has(r.id))
    .map((r) => replacements.get(r.id) ?? r);
  const added = (data.rules ?? []).filter((r) => !base.rules.some((b) => b.id === r.id));
  // A stable sort keeps the base order and puts each new rule at the end of its family.
  const rules = [...kept, ...added]
    .sort((a, b) => familyIndex(a) - familyIndex(b))
    .map((rule) => withGradeNote(rule, sources));

  return Object.freeze({
    version: data.version ?? `${base.version}+extended`,
    sessionMinutes: data.sessionMinutes ?? base.sessionMinutes,
    sources,
    techniques: byId(base.techniques, data.techniques),
    regions: base.regions,
    conditions: byId(base.conditions, data.conditions),
    historyFlags: byId(base.historyFlags, data.historyFlags),
    redFlags: byId(base.redFlags, data.redFlags),
    outcomeMeasures: byId(base.outcomeMeasures, data.outcomeMeasures),
    rules: Object.freeze(rules),
  });
}
