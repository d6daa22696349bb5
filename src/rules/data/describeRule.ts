import type { Rule } from '../Rule.js';
import type { DataRule } from './DataRuleSchema.js';
import type { DataEffect } from './EffectSchema.js';
import type { Predicate } from './PredicateSchema.js';

// A message inside a longer sentence: its own closing stop would double the sentence's.
const sentence = (message: string): string => message.replace(/\.+$/u, '');

/** Display names by id, e.g. a `Catalog`'s collections; any missing one is said as its id. */
export interface RuleNames {
  conditions?: Readonly<Record<string, { name: string }>>;
  historyFlags?: Readonly<Record<string, { name: string }>>;
  redFlags?: Readonly<Record<string, { name: string }>>;
  techniques?: Readonly<Record<string, { name: string }>>;
  regions?: Readonly<Record<string, { name: string }>>;
  clearances?: Readonly<Record<string, { name: string }>>;
  goals?: Readonly<Record<string, { name: string }>>;
  outcomeMeasures?: Readonly<Record<string, { name: string }>>;
}

const joined = (items: readonly string[], last: string): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;

const asList = (ids: string | readonly string[]): readonly string[] => (typeof ids === 'string' ? [ids] : ids);

const rangeWords = (range: { min?: number | undefined; max?: number | undefined }, unit: string): string =>
  range.min !== undefined && range.max !== undefined
    ? range.min === range.max
      ? `${range.min}${unit}`
      : `${range.min} to ${range.max}${unit}`
    : range.min !== undefined
      ? `at least ${range.min}${unit}`
      : `at most ${range.max ?? ''}${unit}`;

function describer(names: RuleNames) {
  const name = (collection: keyof RuleNames, id: string): string => {
    // Own keys only: an id like `constructor` is not a name.
    const table = names[collection];
    const entry = table !== undefined && Object.hasOwn(table, id) ? table[id] : undefined;
    if (entry === undefined) return id.replaceAll('-', ' ');
    // A catalogue name is written for a list ("Hot-stone massage"); in a
    // sentence it starts lowercase, unless it has capitals of its own
    // ("Neck Disability Index").
    return /[A-Z]/.test(entry.name.slice(1)) ? entry.name : `${entry.name.charAt(0).toLowerCase()}${entry.name.slice(1)}`;
  };
  const many = (collection: keyof RuleNames, ids: string | readonly string[], last: 'and' | 'or' = 'or'): string =>
    joined(asList(ids).map((id) => name(collection, id)), last);
  const region = (id: string): string => (id === '@site' ? 'the affected area' : name('regions', id));
  const side = (value: string | undefined): string => (value === undefined ? '' : value === '@site' ? ' (on its side)' : value === 'both' ? ' (both sides)' : ` (${value} side)`);

  const predicate = (p: Predicate): string => {
    // "the client has diabetes and has joint pain": the subject is said once.
    if ('all' in p) return joined(p.all.map((child, i) => (i === 0 ? predicate(child) : predicate(child).replace(/^the client (?=has |reports )/, ''))), 'and');
    if ('any' in p) return p.any.length === 1 ? predicate(p.any[0] as Predicate) : `either ${joined(p.any.map(predicate), 'or')}`;
    if ('not' in p) return `not (${predicate(p.not)})`;
    if ('always' in p) return 'always';
    if ('condition' in p) {
      const filters = [
        p.severity === undefined ? '' : `, ${joined(p.severity, 'or')}`,
        p.acuity === undefined ? '' : `, ${joined(p.acuity, 'or')}`,
        p.region === undefined ? '' : `, at the ${many('regions', p.region)}`,
      ].join('');
      return `the client has ${many('conditions', p.condition)}${filters}`;
    }
    if ('history' in p) {
      return `the client has ${many('historyFlags', p.history)}${p.region === undefined ? '' : ` at the ${many('regions', p.region)}`}`;
    }
    if ('redFlag' in p) return `the client reports ${many('redFlags', p.redFlag)}`;
    if ('goal' in p) return `the client's goals include ${many('goals', p.goal)}`;
    if ('clearance' in p) return `${name('clearances', p.clearance)} clearance is recorded`;
    if ('age' in p) return `the client's age is ${rangeWords(p.age, '')}`;
    if ('painScore' in p) return `a condition's pain score is ${rangeWords(p.painScore, '')}`;
    return `the pregnancy is ${rangeWords(p.pregnancyWeeks, ' weeks')} along`;
  };

  const cleared = (by: string | undefined): string => (by === undefined ? '' : ` unless ${name('clearances', by)} clearance is recorded`);

  const effect = (e: DataEffect): string => {
    switch (e.kind) {
      case 'refer':
        return `refer (${e.urgency})${cleared(e.clearedBy)}`;
      case 'defer':
        return e.until === 'resolved' ? `defer massage until resolved${cleared(e.clearedBy)}` : `defer massage until clearance${cleared(e.clearedBy)}`;
      case 'requireClearance':
        return `require ${name('clearances', e.clearance)} clearance`;
      case 'avoid': {
        const what = [
          ...(e.technique === undefined ? [] : [name('techniques', e.technique)]),
          ...(e.position === undefined ? [] : [`the ${e.position} position`]),
        ];
        const where = e.region === undefined ? '' : `${region(e.region)}${side(e.side)}`;
        const window = `${e.from === undefined ? '' : ` from ${e.from}`}${e.until === undefined ? '' : ` until ${e.until}`}`;
        const object =
          what.length > 0 ? `${joined(what, 'and')}${where === '' ? '' : ` on ${where}`}` : where === '' ? 'all massage' : where;
        return `avoid ${object}${window}${cleared(e.clearedBy)}`;
      }
      case 'capPressure':
        return `pressure at most ${e.max}${cleared(e.clearedBy)}`;
      case 'startPressure':
        return `start at pressure ${e.start}, at most ${e.max}`;
      case 'allowPositions':
        return `only ${joined(e.positions, 'or')} positions`;
      case 'addTechnique':
        return `add ${name('techniques', e.technique)} on ${joined(e.regions.map(region), 'and')}`;
      case 'addTarget':
        return `work ${e.muscles.length > 0 ? `${joined(e.muscles, 'and')} in ` : ''}${region(e.region)}${side(e.side)}${e.maxPressure === undefined ? '' : ` at pressure at most ${e.maxPressure}`}`;
      case 'setMinutes':
        return `${e.minutes}-minute sessions`;
      case 'capMinutes':
        return `sessions of at most ${e.max} minutes`;
      case 'setPhases':
        return `phases: ${joined(e.phases.map((ph) => `${ph.phase} ${ph.sessionsPerWeek}× a week for ${ph.weeks} week${ph.weeks === 1 ? '' : 's'}`), 'then')}`;
      case 'addGoal':
        return `goal: ${name('outcomeMeasures', e.measure)} ${e.baseline === undefined ? '' : `from ${e.baseline} `}to ${e.target}`;
      case 'addPrecaution':
        return `precaution: ${sentence(e.message)}`;
      case 'addComplementary':
        return `complementary care: ${e.care.replaceAll('-', ' ')}`;
      case 'addHomeCare':
        return `home care: ${sentence(e.message)}`;
      case 'addAftercare':
        return `aftercare: ${sentence(e.message)}`;
      case 'addConsent':
        return `consent: ${sentence(e.message)}`;
      case 'addSessionCheck':
        return `ask before each session: ${sentence(e.message)}`;
      case 'addDischargeCriterion':
        return `discharge when: ${sentence(e.message)}`;
      case 'endBy':
        return `no sessions from ${e.date}${cleared(e.clearedBy)}`;
      case 'capRegionPressure':
        return `pressure at most ${e.max} on ${region(e.region)}${side(e.side)}${e.site === undefined ? '' : ` (${e.site})`}`;
    }
  };

  return (rule: DataRule): string => {
    const effects = rule.then.map(effect).join('; ');
    const body = `${effects.charAt(0).toUpperCase()}${effects.slice(1)}${/[.!?…]$/u.test(effects) ? '' : '.'}`;
    return 'always' in rule.when ? body : `When ${predicate(rule.when)}: ${body.charAt(0).toLowerCase()}${body.slice(1)}`;
  };
}

/**
 * Says in plain words what a data rule does: its predicate and each of its
 * effects, with the names from `names` (e.g. a `Catalog`) where given and
 * the ids otherwise (hyphens as spaces). A function rule, which has no
 * JSON form, is described by its `description`.
 *
 * @param rule - a data rule, or a compiled or function rule
 * @param names - display names by id (any `Catalog` has them)
 * @returns one sentence
 * @example
 * describeRule({
 *   id: 'clinic/diabetic-feet', family: 'precaution', source: 'CLINIC-POLICY-7',
 *   description: 'House policy: no heat and light pressure on diabetic feet.',
 *   when: { all: [{ history: 'diabetes' }, { condition: ['plantar-fasciitis', 'joint-pain'] }] },
 *   then: [
 *     { kind: 'avoid', technique: 'hot-stone', message: 'No heat on diabetic feet.' },
 *     { kind: 'capPressure', max: 2, message: 'Light pressure on diabetic feet.' },
 *   ],
 * });
 * // 'When the client has diabetes and has plantar fasciitis or joint pain: avoid hot stone; pressure at most 2.'
 */
export function describeRule(rule: Rule | DataRule, names: RuleNames = {}): string {
  const data = typeof rule.when === 'function' ? (rule as Rule).data : (rule as DataRule);
  return data === undefined ? rule.description : describer(names)(data);
}
