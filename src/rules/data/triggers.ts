import type { Intake } from '../../intake/IntakeSchema.js';
import type { Predicate } from './PredicateSchema.js';

/** The kinds of intake entry a rule can be indexed by. */
export type TriggerKind = 'condition' | 'history' | 'redFlag' | 'goal' | 'clearance';

/**
 * The index key of one intake entry: its kind and id.
 *
 * @param kind - what the id is
 * @param id - the catalogue id
 * @returns the key, e.g. `condition:neck-pain`
 * @example
 * triggerKey('condition', 'neck-pain'); // 'condition:neck-pain'
 */
export const triggerKey = (kind: TriggerKind, id: string): string => `${kind}:${id}`;

const keys = (kind: TriggerKind, ids: string | readonly string[]): string[] =>
  typeof ids === 'string' ? [triggerKey(kind, ids)] : [...new Set(ids.map((id) => triggerKey(kind, id)))];

/**
 * The keys a predicate needs: it can only be true when the intake holds one
 * of them (see {@link intakeTriggerKeys}). `undefined` when no such list
 * exists (`not`, `always`, `age`, `painScore`, or an `any` with such a
 * child): the rule is evaluated for every intake. An `all` takes its most
 * selective indexable child (the fewest keys).
 *
 * @param p - a validated predicate
 * @returns the keys, or `undefined` when the predicate cannot be indexed
 * @example
 * predicateTriggers({ all: [{ age: { min: 65 } }, { history: 'diabetes' }] }); // ['history:diabetes']
 * predicateTriggers({ pregnancyWeeks: { min: 12 } }); // ['history:pregnancy']
 * predicateTriggers({ not: { goal: 'maintenance' } }); // undefined
 */
export function predicateTriggers(p: Predicate): readonly string[] | undefined {
  if ('condition' in p) return keys('condition', p.condition);
  if ('history' in p) return keys('history', p.history);
  if ('redFlag' in p) return keys('redFlag', p.redFlag);
  if ('goal' in p) return keys('goal', p.goal);
  if ('clearance' in p) return keys('clearance', p.clearance);
  // Weeks are read from a pregnancy entry only.
  if ('pregnancyWeeks' in p) return [triggerKey('history', 'pregnancy')];
  if ('all' in p) {
    // Every child must hold, so any one child's keys are necessary; the
    // shortest list skips the rule most often.
    let best: readonly string[] | undefined;
    for (const child of p.all) {
      const found = predicateTriggers(child);
      if (found !== undefined && (best === undefined || found.length < best.length)) best = found;
    }
    return best;
  }
  if ('any' in p) {
    // Some child must hold: only when every child is indexable is the union necessary.
    const union = new Set<string>();
    for (const child of p.any) {
      const found = predicateTriggers(child);
      if (found === undefined) return undefined;
      found.forEach((key) => union.add(key));
    }
    return [...union];
  }
  return undefined;
}

/**
 * Every index key an intake holds: its conditions, history flags, red flags,
 * goals and clearances.
 *
 * @param intake - a validated intake
 * @returns the keys, e.g. `condition:neck-pain`, `history:diabetes`
 * @example
 * intakeTriggerKeys(parseIntake({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate' }],
 *   goals: ['pain-relief'],
 * })); // new Set(['condition:neck-pain', 'goal:pain-relief'])
 */
export function intakeTriggerKeys(intake: Intake): Set<string> {
  const found = new Set<string>();
  forEachTriggerKey(intake, (key) => found.add(key));
  return found;
}

/**
 * Calls `visit` with every index key an intake holds (repeats included),
 * without collecting them: the engine marks its candidate rules this way.
 *
 * @param intake - a validated intake
 * @param visit - called once per key
 * @example
 * const keys: string[] = [];
 * forEachTriggerKey(parseIntake({ assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pain', severity: 'mild' }], goals: ['pain-relief'] }), (key) => keys.push(key));
 * keys; // ['condition:neck-pain', 'goal:pain-relief']
 */
export function forEachTriggerKey(intake: Intake, visit: (key: string) => void): void {
  for (const entry of intake.conditions) visit(triggerKey('condition', entry.condition));
  for (const entry of intake.history ?? []) visit(triggerKey('history', entry.flag));
  for (const id of intake.redFlags ?? []) visit(triggerKey('redFlag', id));
  for (const id of intake.goals) visit(triggerKey('goal', id));
  for (const id of intake.clearances ?? []) visit(triggerKey('clearance', id));
}
