import { describe, expect, it } from 'vitest';
import {
  DataRuleSchema,
  defaultCatalog,
  describeRule,
  extendCatalog,
  type DataRule,
  intakeJsonSchema,
  IntakeError,
  parseIntake,
  planSchemas,
  reassessPlan,
  recommendPlan,
  safeParseIntake,
  safeRecommendPlan,
  type IdsOf,
  type Rule,
  type TreatmentPlan,
} from '../../src/index.js';
import { clinicPatch, footIntake } from '../support/clinicPatch.js';
import { dataRuleReferences } from '../../src/rules/data/dataRuleReferences.js';

const catalog = extendCatalog(defaultCatalog, clinicPatch);

const planFor = (input: unknown): TreatmentPlan<IdsOf<typeof catalog>> => {
  const result = recommendPlan(input, { catalog });
  if (result.kind !== 'plan') throw new Error(`expected a plan, got ${result.kind}: ${JSON.stringify(result.reasons)}`);
  return result.plan;
};

const messagesOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    expect(IntakeError.is(error)).toBe(true);
    return (error as IntakeError).issues.map((issue) => issue.message);
  }
  throw new Error('expected an IntakeError');
};

describe('a new condition works from its data alone', () => {
  const plan = planFor(footIntake({ scores: [{ measure: 'foot-nrs', value: 7 }] }));

  it('selects its techniques, targets and pressure', () => {
    expect(plan.techniques.map((t) => t.technique)).toEqual(['myofascial-release', 'cupping', 'assisted-stretching']);
    expect(plan.techniques.find((t) => t.technique === 'cupping')?.because).toContain('condition/plantar-fasciitis');
    expect(plan.targets.map((t) => t.region)).toEqual(['sole', 'lower-leg']);
    expect(plan.targets[0]?.muscles).toEqual(['plantar fascia', 'flexor digitorum brevis', 'abductor hallucis']);
    expect(plan.pressure.start).toBe(2);
  });

  it('doses and tapers from its dose, and bills the new technique by its CPT code', () => {
    expect(plan.sessionMinutes).toBe(45);
    expect(plan.phases[0]).toMatchObject({ phase: 'intensive', sessionsPerWeek: 1, weeks: 6 });
    expect(plan.phases.map((p) => p.phase)).toEqual(['intensive', 'transition', 'maintenance']);
    expect(plan.billing.lines.map((l) => l.code)).toContain('97140');
  });

  it('sets a goal on its own outcome measure from the baseline', () => {
    const goal = plan.goals.find((g) => g.measure === 'foot-nrs');
    expect(goal).toMatchObject({ baseline: 7, target: 5 });
  });

  it('passes its catalogue’s plan schema, cites its sources and says the evidence is weak', () => {
    expect(planSchemas({ catalog }).TreatmentPlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.sources.map((s) => s.id)).toContain('CLINIC-POLICY');
    expect(plan.precautions.map((p) => p.id)).toContain('evidence-plantar-fasciitis');
    expect(plan.rulesetVersion).toBe('test-clinic@1');
  });
});

describe('new history flags act by their tier', () => {
  it('a local flag needs a region, then avoids it on that side', () => {
    expect(messagesOf(() => parseIntake(footIntake({ history: [{ flag: 'recent-tattoo' }] }), { catalog }))).toEqual([
      'history[0].region is required for recent-tattoo (say which area to avoid)',
    ]);
    const plan = planFor(footIntake({ history: [{ flag: 'recent-tattoo', region: 'lower-leg', side: 'left' }] }));
    expect(plan.avoid).toContainEqual(expect.objectContaining({ region: 'lower-leg', side: 'left', because: ['local/recent-tattoo'] }));
  });

  it('a precaution flag adds its precaution, its pressure cap and its technique exclusion where it reaches', () => {
    const plan = planFor(footIntake({ history: [{ flag: 'skin-graft', region: 'sole' }] }));
    expect(plan.precautions.map((p) => p.id)).toContain('flag-skin-graft');
    expect(plan.avoid).toContainEqual(expect.objectContaining({ region: 'sole', technique: 'cupping', because: ['precaution/flag-restrictions'] }));
    expect(plan.targets.find((t) => t.region === 'sole')?.maxPressure).toBe(2);
  });

  it('a no-massage flag defers until its clearance, which lifts it', () => {
    const deferred = recommendPlan(footIntake({ history: [{ flag: 'foot-ulcer' }] }), { catalog });
    expect(deferred).toMatchObject({ kind: 'defer', until: 'clearance', clearances: ['podiatrist'] });
    const cleared = recommendPlan(footIntake({ history: [{ flag: 'foot-ulcer' }], clearances: ['podiatrist'] }), { catalog });
    expect(cleared.kind).toBe('plan');
  });

  it('a new red flag refers with its urgency', () => {
    const result = recommendPlan(footIntake({ redFlags: ['heel-pain-at-night'] }), { catalog });
    expect(result).toMatchObject({ kind: 'refer', urgency: 'routine' });
    expect(result.kind === 'refer' && result.reasons[0]?.rule).toBe('red-flag/heel-pain-at-night');
  });
});

describe('a region within another', () => {
  it('is excluded and capped with the larger region: a flag on the foot protects the sole', () => {
    const wound = planFor(footIntake({ history: [{ flag: 'open-wound', region: 'ankle-foot', side: 'right' }] }));
    expect(wound.avoid).toContainEqual(expect.objectContaining({ region: 'sole', side: 'right', because: ['local/open-wound'] }));
    expect(wound.targets.some((t) => t.region === 'sole' && t.side !== 'left')).toBe(false);
    const numb = planFor(footIntake({ history: [{ flag: 'peripheral-neuropathy', region: 'ankle-foot' }] }));
    expect(numb.targets.find((t) => t.region === 'sole')?.maxPressure).toBe(2);
  });

  it('a loop of regions within each other is rejected', () => {
    const [region] = clinicPatch.regions;
    expect(
      messagesOf(() => extendCatalog(defaultCatalog, { ...clinicPatch, regions: [{ ...region, within: 'heel' }, { ...region, id: 'heel', within: 'sole' }] })),
    ).toEqual(['regions[0].within makes a loop: "sole" would lie within itself', 'regions[1].within makes a loop: "heel" would lie within itself']);
  });
});

describe('data rules', () => {
  it('apply when their predicate holds, and only then', () => {
    const diabetic = planFor(footIntake({ history: [{ flag: 'diabetes' }] }));
    expect(diabetic.pressure.max).toBe(2);
    expect(diabetic.pressure.because).toContain('clinic/diabetic-feet');
    expect(planFor(footIntake()).pressure.because).not.toContain('clinic/diabetic-feet');
  });

  it('round-trip through JSON with identical recommendations', () => {
    const fromJson = extendCatalog(defaultCatalog, JSON.parse(JSON.stringify(clinicPatch)));
    for (const input of [footIntake(), footIntake({ history: [{ flag: 'diabetes' }, { flag: 'skin-graft', region: 'sole' }] })]) {
      expect(recommendPlan(input, { catalog: fromJson })).toEqual(recommendPlan(input, { catalog }));
    }
  });
});

describe('validation follows the catalogue', () => {
  it('the built-in catalogue rejects a vendor id; the vendor’s accepts it', () => {
    expect(safeParseIntake(footIntake()).success).toBe(false);
    expect(messagesOf(() => parseIntake(footIntake()))[0]).toMatch(/^conditions\[0\]\.condition "plantar-fasciitis" is not a valid value/);
    expect(parseIntake(footIntake(), { catalog }).conditions[0]?.condition).toBe('plantar-fasciitis');
    expect(messagesOf(() => parseIntake(footIntake({ conditions: [{ condition: 'plantar-fascitis', severity: 'mild' }] }), { catalog }))).toEqual([
      'conditions[0].condition "plantar-fascitis" is not a valid value; did you mean "plantar-fasciitis"?',
    ]);
  });

  it('the JSON Schema lists the catalogue’s ids', () => {
    const text = JSON.stringify(intakeJsonSchema({ catalog }));
    expect(text).toContain('"plantar-fasciitis"');
    expect(text).toContain('"recent-tattoo"');
    expect(JSON.stringify(intakeJsonSchema())).not.toContain('plantar-fasciitis');
  });

  it('options are strict, and only a catalogue this library made is accepted', () => {
    expect(messagesOf(() => recommendPlan(footIntake(), { catalgo: catalog } as never))).toEqual([
      'options.catalgo is not a known field; did you mean "catalog"?',
    ]);
    for (const fake of [{}, { ...defaultCatalog }, structuredClone({ ...catalog, rules: [] })]) {
      expect(messagesOf(() => recommendPlan(footIntake(), { catalog: fake } as never))).toEqual([
        'options.catalog must be a catalogue made by defaultCatalog or extendCatalog (a copy or a hand-built object is not accepted: build one with extendCatalog(defaultCatalog, patch))',
      ]);
    }
    expect(messagesOf(() => extendCatalog({ ...defaultCatalog } as never, {}))).toEqual([
      'the base catalogue was not made by defaultCatalog or extendCatalog (a copy or a hand-built object is not accepted)',
    ]);
  });
});

describe('cross-references are checked across base and patch', () => {
  it('names the path and the nearest ids', () => {
    const [condition] = clinicPatch.conditions;
    expect(
      messagesOf(() =>
        extendCatalog(defaultCatalog, {
          ...clinicPatch,
          conditions: [{ ...condition, techniques: ['cuping'], targets: [{ region: 'soles', muscles: [] }], outcomeMeasures: ['foot-nr'] }],
          redFlags: [{ ...clinicPatch.redFlags[0], conditions: ['plantar-fascitis'] }],
        }),
      ),
    ).toEqual([
      'conditions[0].techniques[0] "cuping" is not a technique in the catalogue or the patch; did you mean "cupping"?',
      'conditions[0].targets[0].region "soles" is not a region in the catalogue or the patch; did you mean "sole"?',
      'conditions[0].outcomeMeasures[0] "foot-nr" is not an outcome measure in the catalogue or the patch; did you mean "foot-nrs"?',
      'redFlags[0].conditions[0] "plantar-fascitis" is not a condition in the catalogue or the patch; did you mean "plantar-fasciitis"?',
    ]);
  });

  it('rejects ranges the wrong way round', () => {
    const [technique] = clinicPatch.techniques;
    const [condition] = clinicPatch.conditions;
    expect(
      messagesOf(() =>
        extendCatalog(defaultCatalog, {
          ...clinicPatch,
          techniques: [{ ...technique, pressure: { min: 4, max: 2 } }],
          conditions: [{ ...condition, pressure: { start: 4, max: 2 } }],
        }),
      ),
    ).toEqual([
      'techniques[0].pressure.min must not be more than techniques[0].pressure.max',
      'conditions[0].pressure.start must not be more than conditions[0].pressure.max',
    ]);
  });

  it('rejects a malformed id, a repeated id and a reserved region id', () => {
    expect(messagesOf(() => extendCatalog(defaultCatalog, { clearances: [{ id: 'Podiatrist', name: 'P' }] }))).toEqual([
      'clearances[0].id must be lowercase words joined by hyphens, e.g. "plantar-fasciitis"',
    ]);
    const [region] = clinicPatch.regions;
    expect(messagesOf(() => extendCatalog(defaultCatalog, { regions: [region, region] }))).toEqual(['regions[1].id "sole" repeats regions[0].id']);
    expect(messagesOf(() => extendCatalog(defaultCatalog, { regions: [{ ...region, id: 'site' }] }))).toEqual([
      'regions[0].id "site" is reserved: condition targets use it for the intake\'s own region',
    ]);
  });
});

describe('frozen catalogues', () => {
  it('defaultCatalog and an extended catalogue are deeply frozen', () => {
    expect(() => {
      (defaultCatalog.conditions['neck-pain'].dose as { minutes: number }).minutes = 20;
    }).toThrow(TypeError);
    expect(defaultCatalog.conditions['neck-pain'].dose.minutes).toBe(60);
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      expect(Object.isFrozen(value), path).toBe(true);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(defaultCatalog, 'defaultCatalog');
    walk(catalog, 'catalog');
  });

  it('extending never changes the base or the patch', () => {
    const patch = JSON.parse(JSON.stringify(clinicPatch));
    const before = JSON.stringify(patch);
    extendCatalog(defaultCatalog, patch);
    expect(JSON.stringify(patch)).toBe(before);
    expect(Object.isFrozen(patch)).toBe(false);
    expect(Object.keys(defaultCatalog.conditions)).not.toContain('plantar-fasciitis');
  });
});

describe('a vendor’s rule never breaks the engine', () => {
  const vendorRule = (then: Rule['then'], id = 'clinic/bad'): Rule => ({
    id,
    family: 'precaution',
    description: 'A vendor rule.',
    source: 'CLINIC-POLICY',
    when: () => true,
    then,
  });
  const withRule = (rule: Rule) => extendCatalog(catalog, { rules: [rule] });

  it('a rule that throws is named in the error', () => {
    const bad = withRule(
      vendorRule(() => {
        throw new Error('boom');
      }),
    );
    const result = safeRecommendPlan(footIntake(), { catalog: bad });
    expect(result.success).toBe(false);
    expect(!result.success && result.error.issues[0]?.message).toMatch(/^catalog\.rules\[\d+\] \(rule "clinic\/bad"\) threw: boom$/);
    expect(() => recommendPlan(footIntake(), { catalog: bad })).toThrow(IntakeError);
  });

  it('a malformed effect or an unknown id is caught, never an invalid plan', () => {
    const zero = withRule(vendorRule(() => [{ kind: 'capPressure', max: 0 as 1, message: 'x' }]));
    expect(messagesOf(() => recommendPlan(footIntake(), { catalog: zero }))[0]).toMatch(/\(rule "clinic\/bad"\) yielded an invalid effect: \[0\]\.max/);
    const unknown = withRule(vendorRule(() => [{ kind: 'avoid', technique: 'guasha' as never, message: 'x' }]));
    expect(messagesOf(() => recommendPlan(footIntake(), { catalog: unknown }))[0]).toMatch(
      /\(rule "clinic\/bad"\) yielded an effect naming "guasha" at \[0\]\.technique, which the catalogue does not have/,
    );
    const runaway = withRule(vendorRule(() => Array.from({ length: 1_001 }, () => ({ kind: 'capPressure' as const, max: 3 as const, message: 'x' }))));
    expect(messagesOf(() => recommendPlan(footIntake(), { catalog: runaway }))[0]).toMatch(/yielded 1001 effects, more than the 1000 one rule may yield$/);
    const notAList = withRule(vendorRule(() => 'nothing' as never));
    expect(messagesOf(() => recommendPlan(footIntake(), { catalog: notAList }))[0]).toMatch(/returned something other than a list of effects/);
  });
});

describe('built-in rules written as data', () => {
  const dataRules = defaultCatalog.rules.filter((rule) => rule.data !== undefined);

  it('are valid data rules naming only the catalogue’s ids, and explain themselves in plain words', () => {
    expect(dataRules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['no-massage/fever', 'precaution/anticoagulants', 'precaution/osteoporosis', 'condition/low-back-pain-acute', 'local/cellulitis-no-lymphatic']),
    );
    for (const rule of dataRules) {
      expect(DataRuleSchema.safeParse(rule.data).success, rule.id).toBe(true);
      for (const ref of dataRuleReferences(rule.data as DataRule)) {
        expect(ref.collection === 'goals' || ref.id in (defaultCatalog as unknown as Record<string, object>)[ref.collection]!, `${rule.id} ${ref.id}`).toBe(true);
      }
    }
    const fever = dataRules.find((rule) => rule.id === 'no-massage/fever');
    expect(fever && describeRule(fever, defaultCatalog)).toBe('When the client has fever or acute systemic infection: defer massage until resolved.');
  });

  it('are skipped for intakes that cannot trigger them (indexed by the ids they test)', () => {
    expect(dataRules.every((rule) => rule.triggers !== undefined && rule.triggers.length > 0)).toBe(true);
  });
});

describe('the catalogue says which clearance lifts a no-massage flag, as its rules do', () => {
  it('every built-in no-massage flag with clearedBy plans once that clearance is recorded, and not before', () => {
    const liftable = Object.values(defaultCatalog.historyFlags).filter((flag) => flag.tier === 'no-massage' && flag.clearedBy !== undefined);
    expect(liftable.map((flag) => flag.id).sort()).toEqual(['dvt', 'pregnancy-complication', 'severe-thrombocytopenia', 'uncontrolled-hypertension']);
    for (const flag of liftable) {
      const intake = (clearances: string[]) => ({
        assessedOn: '2026-12-01',
        conditions: [{ condition: 'neck-pain', severity: 'moderate' }],
        goals: ['pain-relief'],
        history: [{ flag: flag.id }, ...(flag.id === 'pregnancy-complication' ? [{ flag: 'pregnancy', weeks: 20 }] : [])],
        clearances,
      });
      expect(recommendPlan(intake([])).kind, flag.id).not.toBe('plan');
      expect(recommendPlan(intake([flag.clearedBy as string])).kind, flag.id).toBe('plan');
    }
  });
});

describe('reassessment with a vendor catalogue', () => {
  it('reads the vendor measure and replans with the catalogue’s ids', () => {
    const first = recommendPlan(footIntake({ scores: [{ measure: 'foot-nrs', value: 7 }] }), { catalog });
    if (first.kind !== 'plan') throw new Error('expected a plan');
    const next = reassessPlan(first.plan, { assessedOn: '2027-01-12', sessionsCompleted: 6, scores: [{ measure: 'foot-nrs', value: 3 }] }, { catalog });
    expect(next.kind).toBe('plan');
    expect(next.kind === 'plan' && next.plan.trace.some((t) => t.detail.startsWith('Foot pain on first steps (0–10): 7 → 3'))).toBe(true);
    // Without its catalogue the vendor's plan is a compile error, and at run time an IntakeError.
    expect(messagesOf(() => reassessPlan(first.plan as never, { assessedOn: '2027-01-12', sessionsCompleted: 6 }))[0]).toMatch(/^plan\.intake\.conditions\[0\]\.condition "plantar-fasciitis" is not a valid value/);
  });
});
