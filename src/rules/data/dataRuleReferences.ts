import type { DataRule } from './DataRuleSchema.js';
import type { DataEffect } from './EffectSchema.js';
import type { Predicate } from './PredicateSchema.js';

/** The catalogue collection an id of a data rule must exist in. */
export type ReferenceCollection =
  | 'conditions'
  | 'historyFlags'
  | 'redFlags'
  | 'goals'
  | 'clearances'
  | 'regions'
  | 'techniques'
  | 'outcomeMeasures';

/** One id a data rule names, where it names it, and where it must exist. */
export interface DataRuleReference {
  /** Path relative to the rule, e.g. `['when', 'all', 0, 'history']` (`[…, 'history', 1]` for an element of a list). */
  path: (string | number)[];
  collection: ReferenceCollection;
  id: string;
}

type Path = (string | number)[];

// `"x"` or `["x", "y"]`: a lone id is at the key's own path, a listed one at its index.
const each = (ids: string | readonly string[], path: Path, collection: ReferenceCollection): DataRuleReference[] =>
  typeof ids === 'string' ? [{ path, collection, id: ids }] : ids.map((id, i) => ({ path: [...path, i], collection, id }));

function predicateReferences(p: Predicate, path: Path): DataRuleReference[] {
  if ('all' in p) return p.all.flatMap((child, i) => predicateReferences(child, [...path, 'all', i]));
  if ('any' in p) return p.any.flatMap((child, i) => predicateReferences(child, [...path, 'any', i]));
  if ('not' in p) return predicateReferences(p.not, [...path, 'not']);
  if ('condition' in p) {
    return [...each(p.condition, [...path, 'condition'], 'conditions'), ...each(p.region ?? [], [...path, 'region'], 'regions')];
  }
  if ('history' in p) {
    return [...each(p.history, [...path, 'history'], 'historyFlags'), ...each(p.region ?? [], [...path, 'region'], 'regions')];
  }
  if ('redFlag' in p) return each(p.redFlag, [...path, 'redFlag'], 'redFlags');
  if ('goal' in p) return each(p.goal, [...path, 'goal'], 'goals');
  if ('clearance' in p) return each(p.clearance, [...path, 'clearance'], 'clearances');
  return [];
}

const SITE = '@site';

/**
 * Every catalogue id a data rule names, in its `when` and its `then`, with
 * its exact path relative to the rule and the collection it must exist in,
 * so the caller can check it against the catalogue in use and report e.g.
 * `rules[3].when.all[0].history "diabtes" is not a history flag` (prefix the
 * rule's own path). `"@site"` is not an id and is skipped.
 *
 * @param rule - a validated data rule
 * @returns the references: those of `when` in document order, then those of each effect
 * @example
 * dataRuleReferences({
 *   id: 'clinic/diabetic-feet', family: 'precaution', description: 'No heat on diabetic feet.', source: 'CLINIC-POLICY-7',
 *   when: { all: [{ history: 'diabetes' }] },
 *   then: [{ kind: 'avoid', technique: 'hot-stone', message: 'No heat on diabetic feet.' }],
 * });
 * // [{ path: ['when', 'all', 0, 'history'], collection: 'historyFlags', id: 'diabetes' },
 * //  { path: ['then', 0, 'technique'], collection: 'techniques', id: 'hot-stone' }]
 */
export function dataRuleReferences(rule: DataRule): DataRuleReference[] {
  return [
    ...predicateReferences(rule.when, ['when']),
    ...rule.then.flatMap((effect, i) => effectReferences(effect).map((ref) => ({ ...ref, path: ['then', i, ...ref.path] }))),
  ];
}

/**
 * Every catalogue id one effect names, with its path relative to the effect
 * (`['regions', 1]`) and the collection it must exist in. The engine checks
 * what a vendor's function rule yields with it; `"@site"` is skipped.
 *
 * @param effect - a well-formed effect
 * @returns the references, in field order
 * @example
 * effectReferences({ kind: 'avoid', technique: 'hot-stone', message: 'No heat.' });
 * // [{ path: ['technique'], collection: 'techniques', id: 'hot-stone' }]
 */
export function effectReferences(effect: DataEffect): DataRuleReference[] {
  const found: DataRuleReference[] = [];
  const add = (id: string | undefined, collection: ReferenceCollection, path: Path): void => {
    if (id !== undefined && id !== SITE) found.push({ path, collection, id });
  };
  if ('clearedBy' in effect) add(effect.clearedBy, 'clearances', ['clearedBy']);
  switch (effect.kind) {
    case 'requireClearance':
      add(effect.clearance, 'clearances', ['clearance']);
      break;
    case 'avoid':
      add(effect.region, 'regions', ['region']);
      add(effect.technique, 'techniques', ['technique']);
      break;
    case 'addTechnique':
      add(effect.technique, 'techniques', ['technique']);
      effect.regions.forEach((r, j) => add(r, 'regions', ['regions', j]));
      break;
    case 'addTarget':
    case 'capRegionPressure':
      add(effect.region, 'regions', ['region']);
      break;
    case 'addGoal':
      add(effect.measure, 'outcomeMeasures', ['measure']);
      break;
    case 'addHomeCare':
      effect.regions?.forEach((r, j) => add(r, 'regions', ['regions', j]));
      break;
    case 'addAftercare':
    case 'addConsent':
    case 'addSessionCheck':
      effect.techniques?.forEach((t, j) => add(t, 'techniques', ['techniques', j]));
      break;
    default:
      break;
  }
  return found;
}
