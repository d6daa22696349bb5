import type { Predicate } from './PredicateSchema.js';

/** A `condition` or `history` predicate: one that can bind `"@site"`. */
export type BindingPredicate = Extract<Predicate, { condition: unknown } | { history: unknown }>;

/**
 * The predicate whose matched intake entries `"@site"` stands for: `when`
 * itself when it is a `condition` or `history` predicate, else the first
 * direct child of a top-level `all` that is one; `undefined` when there is
 * none (then `"@site"` has nothing to stand for).
 *
 * @param when - a data rule's predicate
 * @returns the binding predicate, or `undefined`
 * @example
 * bindingPredicate({ all: [{ age: { min: 65 } }, { history: 'diabetes' }] }); // { history: 'diabetes' }
 * bindingPredicate({ any: [{ history: 'diabetes' }] }); // undefined
 */
export function bindingPredicate(when: Predicate): BindingPredicate | undefined {
  if ('condition' in when || 'history' in when) return when;
  if ('all' in when) {
    for (const child of when.all) if ('condition' in child || 'history' in child) return child;
  }
  return undefined;
}
