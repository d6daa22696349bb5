import { describe, expect, it } from 'vitest';
import { defaultCatalog, extendCatalog, IntakeError, recommendPlan, type Rule } from '../../src/index.js';
import { baseIntake } from '../support/plan.js';

const policy = { id: 'CLINIC-1', citation: 'Clinic policy manual', grade: 'practice' as const };
const capRule: Rule = {
  id: 'clinic/cap-3',
  family: 'precaution',
  description: 'Clinic policy: pressure at most 3.',
  source: 'CLINIC-1',
  when: () => true,
  then: () => [{ kind: 'capPressure', max: 3, message: 'Clinic policy.' }],
};

const issuesOf = (patch: unknown) => {
  try {
    extendCatalog(defaultCatalog, patch as never);
  } catch (error) {
    expect(error).toBeInstanceOf(IntakeError);
    return (error as IntakeError).issues.map((i) => i.message);
  }
  throw new Error('expected the patch to be rejected');
};

describe('extendCatalog', () => {
  it('adds a rule that the engine then applies, with its source in the plan', () => {
    const catalog = extendCatalog(defaultCatalog, { sources: [policy], rules: [capRule] });
    const result = recommendPlan(baseIntake(), { catalog });
    if (result.kind !== 'plan') throw new Error('expected a plan');
    expect(result.plan.pressure.max).toBeLessThanOrEqual(3);
    expect(result.plan.pressure.because).toContain('clinic/cap-3');
    expect(result.plan.sources.map((s) => s.id)).toContain('CLINIC-1');
    expect(result.plan.rulesetVersion).toBe(`${defaultCatalog.version}+extended`);
  });

  it('says in a vendor rule’s description when its source is only practice-level', () => {
    const catalog = extendCatalog(defaultCatalog, { sources: [policy], rules: [capRule] });
    expect(catalog.rules.find((r) => r.id === 'clinic/cap-3')?.description).toBe(
      'Clinic policy: pressure at most 3. Practice-level source: a configurable default, not evidence.',
    );
  });

  it('sorts a new rule into its family’s place in the evaluation order', () => {
    const catalog = extendCatalog(defaultCatalog, { sources: [policy], rules: [capRule] });
    const families = catalog.rules.map((r) => r.family);
    const index = catalog.rules.findIndex((r) => r.id === 'clinic/cap-3');
    expect(families[index + 1]).not.toBe('precaution');
    expect(families.slice(0, index).every((f) => ['red-flag', 'no-massage', 'local', 'precaution'].includes(f))).toBe(true);
  });

  it('overrides a condition, and the built-in rules read the override', () => {
    const neck = defaultCatalog.conditions['neck-pain'];
    const catalog = extendCatalog(defaultCatalog, { conditions: [{ ...neck, dose: { ...neck.dose, minutes: 45 } }] });
    const result = recommendPlan(baseIntake(), { catalog });
    expect(result.kind === 'plan' && result.plan.sessionMinutes).toBe(45);
  });

  // Found by the catalogue fuzzer (100,000-patch run, issue 12): a dose of
  // 5e-324 sessions a week made phases "every Infinity weeks" and an invalid plan.
  it('rejects a dose or a phase rarer than one session every 12 weeks, in plain words', () => {
    const neck = defaultCatalog.conditions['neck-pain'];
    const rare = 'must be at least 1/12 (one session every 12 weeks; a plan of care is certified for 90 days)';
    expect(issuesOf({ conditions: [{ ...neck, dose: { ...neck.dose, sessionsPerWeek: 5e-324 } }] })).toEqual([
      `conditions[0].dose.sessionsPerWeek ${rare}`,
    ]);
    const setPhases = {
      id: 'clinic/rare',
      family: 'dose',
      description: 'Rare sessions.',
      source: 'MP-DEFAULT',
      when: { condition: 'neck-pain' },
      then: [{ kind: 'setPhases', phases: [{ phase: 'intensive', sessionsPerWeek: 0.01, weeks: 4 }], message: 'Rare.' }],
    };
    expect(issuesOf({ rules: [setPhases] })).toEqual([`rules[0].then[0].phases[0].sessionsPerWeek ${rare}`]);
    // One session every 12 weeks is the rarest allowed, and plans as "every 12 weeks".
    const catalog = extendCatalog(defaultCatalog, {
      rules: [{ ...setPhases, then: [{ ...setPhases.then[0], phases: [{ phase: 'intensive', sessionsPerWeek: 1 / 12, weeks: 24 }] }] }],
      removeRules: ['dose/neck-pain'],
    } as never);
    const result = recommendPlan(baseIntake(), { catalog });
    expect(result.kind === 'plan' && result.plan.phases.map((p) => p.everyWeeks)).toEqual([12]);
  });

  // Found by the catalogue fuzzer (100,000-patch run, issue 12): a rule whose
  // `when` getter threw escaped extendCatalog as that error, not an IntakeError.
  it('reports a rule or a rules list that throws when read as unreadable, at its path', () => {
    const trap = (): never => {
      throw new Error('trap');
    };
    const throwing = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
    expect(issuesOf({ rules: [capRule, throwing] })).toEqual(['rules[1] could not be read (a property threw when accessed)']);
    const list = new Proxy([capRule], { get: (target, key) => (key === 'length' ? trap() : Reflect.get(target, key)) });
    expect(issuesOf({ rules: list })).toEqual(['rules could not be read (a property threw when accessed)']);
  });

  // Found by the catalogue fuzzer (100,000-patch run, issue 12): a vendor scale
  // up to 1e308 with a baseline there made a goal's target Infinity.
  it('keeps outcome scales within ±1,000,000, and words every size bound plainly', () => {
    const nrs = defaultCatalog.outcomeMeasures['pain-nrs'];
    expect(issuesOf({ outcomeMeasures: [{ ...nrs, id: 'v-scale', max: 1e308, meaningfulChange: { points: 0 } }] })).toEqual([
      'outcomeMeasures[0].max must be between -1,000,000 and 1,000,000 (an outcome scale)',
      'outcomeMeasures[0].meaningfulChange.points must be more than 0',
    ]);
    const neck = defaultCatalog.conditions['neck-pain'];
    expect(issuesOf({ conditions: [{ ...neck, dose: { ...neck.dose, weeks: 60, minutes: 10 } }] })).toEqual([
      'conditions[0].dose.weeks must be at most 52',
      'conditions[0].dose.minutes must be at least 15',
    ]);
    // The widest scale allowed gives finite goals from a baseline at its top.
    const wide = extendCatalog(defaultCatalog, {
      outcomeMeasures: [{ ...nrs, id: 'v-scale', min: 0, max: 1_000_000, meaningfulChange: { points: 1, percent: 1 } }],
    });
    const result = recommendPlan(baseIntake({ goals: ['stress-relief'], scores: [{ measure: 'v-scale', value: 1_000_000 }] }), { catalog: wide });
    if (result.kind !== 'plan') throw new Error('expected a plan');
    expect(result.plan.goals.find((g) => g.measure === 'v-scale')).toMatchObject({ baseline: 1_000_000, target: 999_999, targetChange: 1 });
  });

  it('replaces a rule with the same id and removes rules by id', () => {
    const catalog = extendCatalog(defaultCatalog, { removeRules: ['preference/hot-stones'] });
    expect(catalog.rules.some((r) => r.id === 'preference/hot-stones')).toBe(false);
    const result = recommendPlan(baseIntake({ preferences: { hotStones: true } }), { catalog });
    expect(result.kind === 'plan' && result.plan.techniques.map((t) => t.technique)).not.toContain('hot-stone');
    const replaced = extendCatalog(defaultCatalog, {
      sources: [policy],
      rules: [{ ...capRule, id: 'precaution/diabetes' }],
    });
    expect(replaced.rules.filter((r) => r.id === 'precaution/diabetes')).toHaveLength(1);
    expect(replaced.rules.length).toBe(defaultCatalog.rules.length);
  });

  it('never changes the base catalogue', () => {
    const before = defaultCatalog.rules.length;
    extendCatalog(defaultCatalog, { sources: [policy], rules: [capRule], removeRules: ['precaution/diabetes'] });
    expect(defaultCatalog.rules.length).toBe(before);
    expect(defaultCatalog.sources['CLINIC-1']).toBeUndefined();
  });

  it('rejects a rule that cites a source that does not exist, naming the closest', () => {
    expect(issuesOf({ rules: [{ ...capRule, source: 'S99' }] })).toEqual([
      'rules[0].source cites "S99", which is not a source in the catalogue or the patch; did you mean "S19" or "S29" or "S39"?',
    ]);
  });

  it('validates the patch like an intake: paths, plain words, unknown keys', () => {
    expect(issuesOf({ rules: [{ ...capRule, family: 'safety', when: 'always' }] })).toEqual([
      'rules[0].family "safety" is not a valid value; valid values: red-flag, no-massage, local, precaution, condition, dose, goal, care, preference',
      'rules[0].when must be a function (ctx => boolean)',
    ]);
    expect(issuesOf({ extra: 1 })).toEqual(['extra is not a known field']);
    expect(issuesOf({ removeRules: ['preference/hot-stone'] })).toEqual([
      'removeRules[0] "preference/hot-stone" is not a rule of the base catalogue; did you mean "preference/hot-stones"?',
    ]);
    expect(issuesOf({ sessionMinutes: { min: 90, max: 30 } })).toEqual([
      'sessionMinutes.min must not be more than sessionMinutes.max',
    ]);
  });
});
