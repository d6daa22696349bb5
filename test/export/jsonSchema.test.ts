import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogPatchInput } from '../../src/catalog/CatalogPatchSchema.js';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { extendCatalog } from '../../src/catalog/extendCatalog.js';
import { TreatmentPlanSchema } from '../../src/engine/RecommendationSchema.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { catalogPatchJsonSchema, intakeJsonSchema, planJsonSchema, recommendationJsonSchema } from '../../src/export/jsonSchema.js';
import { IntakeError, type IntakeIssue } from '../../src/intake/IntakeError.js';
import { safeParseIntake } from '../../src/intake/parseIntake.js';
import { fcConfig } from '../support/fcConfig.js';
import { REALISTIC_INTAKES, validIntakeArb } from './intakeArbitrary.js';
import { fullPlan } from './planOfCareFixture.js';

// Two validators: `formats` asserts `format: "date"` (as ajv-formats users
// get), `plain` treats formats as annotations (the JSON Schema default).
const formats = new Ajv2020({ strict: true, allErrors: true });
addFormats(formats);
const plain = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });

const validateIntake = formats.compile(intakeJsonSchema());
const validateIntakePlain = plain.compile(intakeJsonSchema());
const validatePlan = formats.compile(planJsonSchema());
const validateRecommendation = formats.compile(recommendationJsonSchema());

const errorsOf = (validate: { errors?: unknown }): string => JSON.stringify(validate.errors ?? null);
const numRuns = (factor: number): number => Math.max(1, Math.round(fcConfig.numRuns * factor));

// Comparisons between two dates of the intake: the documented difference.
// Cross-field checks JSON Schema cannot state: dates in order, and a
// surgery's date equal to the entry's onset (the surgery field itself is
// only for post-surgical care).
const isDateOrderIssue = (issue: IntakeIssue): boolean =>
  issue.code === 'custom' &&
  (['onset', 'startDate', 'authorizedUntil'].includes(String(issue.path.at(-1))) ||
    (issue.path.includes('surgery') && String(issue.path.at(-1)) === 'date'));

describe('intakeJsonSchema / planJsonSchema: the documents', () => {
  it('are draft 2020-12 with an $id and a title, and describe the intake and the plan', () => {
    const intake = intakeJsonSchema();
    const plan = planJsonSchema();
    expect(intake.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(intake.$id).toBe('https://massage-plan.dev/schema/intake.json');
    expect(intake.title).toBe('massage-plan intake');
    expect(intake.required).toEqual(['assessedOn', 'conditions', 'goals']);
    expect(intake.additionalProperties).toBe(false);
    expect(plan.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(plan.$id).toBe('https://massage-plan.dev/schema/plan.json');
    expect(plan.title).toBe('massage-plan treatment plan');
    expect(plan.required).toContain('sessions');
    expect(recommendationJsonSchema().$id).toBe('https://massage-plan.dev/schema/recommendation.json');
    expect(recommendationJsonSchema().oneOf).toHaveLength(4);
  });

  it('returns a fresh object on every call, so a caller cannot corrupt the next one', () => {
    const first = intakeJsonSchema();
    expect(intakeJsonSchema()).not.toBe(first);
    first.title = 'changed';
    (first.properties as Record<string, unknown>).assessedOn = { type: 'number' };
    expect(intakeJsonSchema().title).toBe('massage-plan intake');
    expect(intakeJsonSchema().properties?.assessedOn).toMatchObject({ type: 'string', format: 'date' });
    const plan = planJsonSchema();
    plan.required = [];
    expect(planJsonSchema().required).toContain('trace');
  });

  it('is plain JSON: it survives a JSON round trip unchanged (what the shipped files hold)', () => {
    for (const schema of [intakeJsonSchema(), planJsonSchema(), recommendationJsonSchema()]) {
      expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    }
  });
});

// Spawns a process and needs scripts/, which the mutation sandbox leaves out.
describe.skipIf(process.env.MUTATION_RUN === '1')('scripts/write-schemas.ts', () => {
  it('writes the files the exports map ships, equal to the functions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'massage-plan-schemas-'));
    try {
      await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/write-schemas.ts', dir], { timeout: 30_000 });
      const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
      expect(read('intake.json')).toEqual(intakeJsonSchema());
      expect(read('plan.json')).toEqual(planJsonSchema());
      expect(read('recommendation.json')).toEqual(recommendationJsonSchema());
      expect(read('catalog-patch.json')).toEqual(catalogPatchJsonSchema());
      // Exactly the files the exports map names, each under its key.
      const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> };
      const shipped = Object.entries(pkg.exports).filter(([key]) => key.startsWith('./schema/'));
      for (const [key, target] of shipped) expect(target, key).toBe(key);
      expect(readdirSync(dir).sort()).toEqual(shipped.map(([key]) => key.slice('./schema/'.length)).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('catalogPatchJsonSchema: the JSON form of a catalogue patch', () => {
  const validatePatch = formats.compile(catalogPatchJsonSchema());
  const clinicPatch = (): CatalogPatchInput & { rules: Record<string, unknown>[] } =>
    JSON.parse(readFileSync('examples/catalogs/clinic-patch.json', 'utf8')) as never;
  // What extendCatalog says about a patch: the issues' paths, or [] when it is valid.
  const zodPaths = (patch: unknown): string[] => {
    try {
      extendCatalog(defaultCatalog, patch as CatalogPatchInput);
      return [];
    } catch (error) {
      if (!IntakeError.is(error)) throw error;
      return error.issues.map((issue) => issue.path.join('.'));
    }
  };

  it('is draft 2020-12 with its $id, and compiles in strict mode', () => {
    const schema = catalogPatchJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://massage-plan.dev/schema/catalog-patch.json');
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('accepts examples/catalogs/clinic-patch.json, which extendCatalog accepts too', () => {
    const patch = clinicPatch();
    expect(patch.rules.length).toBeGreaterThan(0);
    expect(validatePatch(patch), errorsOf(validatePatch)).toBe(true);
    expect(zodPaths(patch)).toEqual([]);
  });

  it.each([
    ['an unknown predicate in when', (rule: Record<string, unknown>) => ({ ...rule, when: { bogus: true } }), 'rules.0.when'],
    ['then as an object, not a list', (rule: Record<string, unknown>) => ({ ...rule, then: { kind: 'avoid' } }), 'rules.0.then'],
    ['no effects', (rule: Record<string, unknown>) => ({ ...rule, then: [] }), 'rules.0.then'],
    ['an effect of an unknown kind', (rule: Record<string, unknown>) => ({ ...rule, then: [{ kind: 'teleport', message: 'x' }] }), 'rules.0.then.0'],
    ['an unknown family', (rule: Record<string, unknown>) => ({ ...rule, family: 'whim' }), 'rules.0.family'],
    ['no source', ({ source: _source, ...rule }: Record<string, unknown>) => rule, 'rules.0'],
    ['an unknown property', (rule: Record<string, unknown>) => ({ ...rule, priority: 1 }), 'rules.0'],
  ])('rejects a data rule with %s, as extendCatalog does', (_name, spoil, path) => {
    const patch = clinicPatch();
    const [first, ...rest] = patch.rules;
    const bad = { ...patch, rules: [spoil(first ?? {}), ...rest] };
    expect(validatePatch(bad)).toBe(false);
    expect(zodPaths(bad).some((p) => p.startsWith(path)), JSON.stringify(zodPaths(bad))).toBe(true);
  });
});

describe('intakeJsonSchema accepts valid intakes', () => {
  it.each(Object.entries(REALISTIC_INTAKES))('%s', (_name, intake) => {
    expect(safeParseIntake(intake).success).toBe(true);
    expect(validateIntake(intake), errorsOf(validateIntake)).toBe(true);
  });

  it('accepts every valid intake the generator builds, and its normalized form (round trip)', () => {
    fc.assert(
      fc.property(validIntakeArb, (intake) => {
        const parsed = safeParseIntake(intake);
        expect(parsed.success, JSON.stringify(parsed.success ? null : parsed.error.issues)).toBe(true);
        expect(validateIntake(intake), errorsOf(validateIntake)).toBe(true);
        if (parsed.success) expect(validateIntake(parsed.data), errorsOf(validateIntake)).toBe(true);
      }),
      { seed: fcConfig.seed, numRuns: numRuns(1) },
    );
  });
});

describe('planJsonSchema accepts the plans recommendPlan makes', () => {
  it.each(Object.entries(REALISTIC_INTAKES))('%s', (_name, intake) => {
    const recommendation = recommendPlan(intake);
    expect(validateRecommendation(recommendation), errorsOf(validateRecommendation)).toBe(true);
    if (recommendation.kind === 'plan') expect(validatePlan(recommendation.plan), errorsOf(validatePlan)).toBe(true);
  });

  it('realistic intakes cover plans, referrals and deferrals', () => {
    const kinds = new Set(Object.values(REALISTIC_INTAKES).map((intake) => recommendPlan(intake).kind));
    expect([...kinds].sort()).toEqual(['defer', 'plan', 'refer']);
  });

  it('accepts the recommendation (and plan) of every generated intake', () => {
    fc.assert(
      fc.property(validIntakeArb, (intake) => {
        const recommendation = recommendPlan(intake);
        expect(validateRecommendation(recommendation), errorsOf(validateRecommendation)).toBe(true);
        if (recommendation.kind === 'plan') {
          expect(validatePlan(recommendation.plan), errorsOf(validatePlan)).toBe(true);
        }
      }),
      { seed: fcConfig.seed, numRuns: numRuns(0.5) },
    );
  });

  it('rejects a plan with an extra field, a wrong pressure or a malformed date', () => {
    const recommendation = recommendPlan(REALISTIC_INTAKES['chronic neck pain']);
    if (recommendation.kind !== 'plan') throw new Error('expected a plan');
    const plan = recommendation.plan;
    expect(validatePlan({ ...plan, surprise: true })).toBe(false);
    expect(validatePlan({ ...plan, pressure: { ...plan.pressure, max: 6 } })).toBe(false);
    expect(validatePlan({ ...plan, sessions: [{ ...plan.sessions[0], date: '2026-3-2' }] })).toBe(false);
    expect(validatePlan({ ...plan, billing: { code: '97110', unitsPerSession: 4 } })).toBe(false);
  });
});

const base = REALISTIC_INTAKES['chronic neck pain'] as Record<string, unknown>;
const withCondition = (entry: Record<string, unknown>) => ({ ...base, conditions: [entry] });
const neck = { condition: 'neck-pain', severity: 'moderate' };

// Each of these is invalid, and JSON Schema can say why: both must reject.
const INVALID: readonly [string, unknown][] = [
  ['not an object', 'neck pain'],
  ['an array', [base]],
  ['an unknown top-level key', { ...base, notes: 'tight shoulders' }],
  ['an unknown key in a condition', withCondition({ ...neck, laterality: 'left' })],
  ['an unknown condition id', withCondition({ ...neck, condition: 'neck-ache' })],
  ['an unknown severity', withCondition({ ...neck, severity: 'extreme' })],
  ['painScore 11', withCondition({ ...neck, painScore: 11 })],
  ['painScore -1', withCondition({ ...neck, painScore: -1 })],
  ['painScore 5.5', withCondition({ ...neck, painScore: 5.5 })],
  ['painScore as a string', withCondition({ ...neck, painScore: '6' })],
  ['missing assessedOn', { conditions: base.conditions, goals: base.goals }],
  ['missing conditions', { assessedOn: base.assessedOn, goals: base.goals }],
  ['missing goals', { assessedOn: base.assessedOn, conditions: base.conditions }],
  ['no conditions', { ...base, conditions: [] }],
  ['seven conditions', { ...base, conditions: Array.from({ length: 7 }, () => neck) }],
  ['no goals', { ...base, goals: [] }],
  ['goals as a string', { ...base, goals: 'pain-relief' }],
  ['assessedOn as a number', { ...base, assessedOn: 20260302 }],
  ['assessedOn in another format', { ...base, assessedOn: '02/03/2026' }],
  ['assessedOn with a time', { ...base, assessedOn: '2026-03-02T10:00:00Z' }],
  ['assessedOn before 1900', { ...base, assessedOn: '1899-12-31' }],
  ['assessedOn month 13', { ...base, assessedOn: '2026-13-01' }],
  ['age 121', { ...base, age: 121 }],
  ['age as a string', { ...base, age: '40' }],
  ['an unknown history flag', { ...base, history: [{ flag: 'sunburn' }] }],
  ['history as an object', { ...base, history: { flag: 'diabetes' } }],
  ['an unknown red flag', { ...base, redFlags: ['dizzy'] }],
  ['an unknown clearance', { ...base, clearances: ['chiropractor'] }],
  ['maxPressure 6', { ...base, preferences: { maxPressure: 6 } }],
  ['maxSessionMinutes 10', { ...base, preferences: { maxSessionMinutes: 10 } }],
  ['hotStones as a string', { ...base, preferences: { hotStones: 'no' } }],
  ['an unknown weekday', { ...base, availability: { weekdays: ['monday'] } }],
  ['no weekdays', { ...base, availability: { weekdays: [] } }],
  ['maxSessions 0', { ...base, availability: { maxSessions: 0 } }],
  ['an unknown preference', { ...base, preferences: { music: 'jazz' } }],
  // Cross-field rules the JSON Schema states with if/then:
  ['sports-injury without region', withCondition({ condition: 'sports-injury', severity: 'mild' })],
  ['post-surgical without region', withCondition({ condition: 'post-surgical', severity: 'mild' })],
  ['varicose-veins without region', { ...base, history: [{ flag: 'varicose-veins' }] }],
  ['pregnancy without weeks', { ...base, history: [{ flag: 'pregnancy' }] }],
  ['an NDI score of 60 (range 0–50)', { ...base, scores: [{ measure: 'ndi', value: 60 }] }],
  ['a BCTQ score of 0 (range 1–5)', { ...base, scores: [{ measure: 'bctq', value: 0 }] }],
];

describe('invalid intakes are rejected by the JSON Schema and by zod alike', () => {
  it.each(INVALID)('%s', (_name, input) => {
    expect(safeParseIntake(input).success).toBe(false);
    expect(validateIntake(input)).toBe(false);
    expect(validateIntakePlain(input)).toBe(false);
  });

  it('the same rules hold for valid neighbours of those cases (the table is not vacuous)', () => {
    const valid: unknown[] = [
      withCondition({ ...neck, painScore: 10 }),
      withCondition({ condition: 'sports-injury', severity: 'mild', region: 'knee' }),
      { ...base, history: [{ flag: 'pregnancy', weeks: 20 }] },
      { ...base, scores: [{ measure: 'ndi', value: 50 }] },
      { ...base, scores: [{ measure: 'odi', value: 60 }] },
      { ...base, assessedOn: '2199-12-31' },
    ];
    for (const input of valid) {
      expect(safeParseIntake(input).success).toBe(true);
      expect(validateIntake(input), errorsOf(validateIntake)).toBe(true);
    }
  });
});

describe('the known differences: what only zod can check', () => {
  const cases: readonly [string, Record<string, unknown>, (string | number)[]][] = [
    ['onset after assessedOn', withCondition({ ...neck, onset: '2026-04-01' }), ['conditions', 0, 'onset']],
    ['startDate before assessedOn', { ...base, availability: { startDate: '2026-03-01' } }, ['availability', 'startDate']],
    [
      'authorizedUntil before the start date',
      { ...base, availability: { startDate: '2026-03-10', authorizedUntil: '2026-03-09' } },
      ['availability', 'authorizedUntil'],
    ],
  ];

  it.each(cases)('%s: JSON Schema accepts, zod rejects at that path', (_name, input, path) => {
    expect(validateIntake(input), errorsOf(validateIntake)).toBe(true);
    const parsed = safeParseIntake(input);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it('a date that does not exist fails only where formats are asserted', () => {
    const input = { ...base, assessedOn: '2026-02-30' };
    expect(safeParseIntake(input).success).toBe(false);
    expect(validateIntake(input)).toBe(false);
    expect(validateIntakePlain(input)).toBe(true);
    expect(validateIntake({ ...base, assessedOn: '2028-02-29' })).toBe(true);
  });

  // Near-valid intakes: one mutation of a valid one. The two validators must
  // agree on every one of them, except for the documented date comparisons.
  const mutationArb = fc.oneof(
    fc.record({ kind: fc.constant('painScore' as const), value: fc.oneof(fc.integer({ min: -3, max: 13 }), fc.double({ noNaN: true })) }),
    fc.record({ kind: fc.constant('drop' as const), key: fc.constantFrom('assessedOn', 'conditions', 'goals', 'age', 'history') }),
    fc.record({ kind: fc.constant('extraKey' as const), key: fc.constantFrom('note', 'constructor', 'Conditions', 'region') }),
    fc.record({ kind: fc.constant('date' as const), value: fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 120_000 }).map((d) => new Date(Date.UTC(1850, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)), fc.constantFrom('2026-02-29', '2024-02-29', '2026-04-31', '2026-00-10', '1900-01-01', '2200-01-01')) }),
    fc.record({ kind: fc.constant('condition' as const), value: fc.oneof(fc.string({ maxLength: 14 }), fc.constantFrom('neck-pain', 'sports-injury', 'joint-pain', 'post-surgical', 'migraine')) }),
    fc.record({ kind: fc.constant('onset' as const), days: fc.integer({ min: -400, max: 400 }) }),
    fc.record({ kind: fc.constant('score' as const), measure: fc.constantFrom('pain-nrs', 'ndi', 'odi', 'rmdq', 'psfs', 'hdi', 'bctq', 'vas'), value: fc.integer({ min: -5, max: 110 }) }),
    fc.record({ kind: fc.constant('history' as const), flag: fc.constantFrom('pregnancy', 'varicose-veins', 'diabetes', 'aneurysm', 'sunburn'), region: fc.option(fc.constantFrom('knee', 'elbow', 'nose'), { nil: undefined }), weeks: fc.option(fc.integer({ min: -2, max: 70 }), { nil: undefined }) }),
    fc.record({ kind: fc.constant('startDate' as const), days: fc.integer({ min: -30, max: 30 }) }),
  );

  const addDays = (date: unknown, days: number): string => {
    const time = Date.parse(`${String(date)}T00:00:00Z`);
    return new Date(time + days * 86_400_000).toISOString().slice(0, 10);
  };

  it('on near-valid intakes, the JSON Schema and zod agree except on date order', () => {
    fc.assert(
      fc.property(validIntakeArb, mutationArb, (valid, mutation) => {
        const intake: Record<string, unknown> = structuredClone(valid);
        const conditions = intake.conditions as Record<string, unknown>[];
        const first = conditions[0] as Record<string, unknown>;
        switch (mutation.kind) {
          case 'painScore':
            first.painScore = mutation.value;
            break;
          case 'drop':
            delete intake[mutation.key];
            break;
          case 'extraKey':
            Object.defineProperty(first, mutation.key, { value: 1, enumerable: true, writable: true, configurable: true });
            break;
          case 'date':
            intake.assessedOn = mutation.value;
            break;
          case 'condition':
            first.condition = mutation.value;
            break;
          case 'onset':
            first.onset = addDays(intake.assessedOn, mutation.days);
            break;
          case 'score':
            intake.scores = [{ measure: mutation.measure, value: mutation.value }];
            break;
          case 'history':
            intake.history = [
              Object.fromEntries(
                Object.entries({ flag: mutation.flag, region: mutation.region, weeks: mutation.weeks }).filter(([, v]) => v !== undefined),
              ),
            ];
            break;
          case 'startDate':
            intake.availability = { startDate: addDays(intake.assessedOn, mutation.days) };
            break;
        }
        const parsed = safeParseIntake(intake);
        const schemaSays = validateIntake(intake);
        if (parsed.success) {
          expect(schemaSays, `zod accepts, JSON Schema rejects: ${errorsOf(validateIntake)}`).toBe(true);
        } else if (parsed.error.issues.every(isDateOrderIssue)) {
          expect(schemaSays).toBe(true);
        } else {
          expect(schemaSays, `zod rejects (${parsed.error.message}), JSON Schema accepts`).toBe(false);
        }
      }),
      { seed: fcConfig.seed, numRuns: numRuns(1) },
    );
  });
});

describe('planJsonSchema: the plan-of-care fields', () => {
  const full = fullPlan();
  const property = (name: string): Record<string, unknown> => (planJsonSchema().properties?.[name] ?? {}) as Record<string, unknown>;

  it('lists home care, aftercare, consents, checks, discharge, medical necessity and billing lines', () => {
    const required = planJsonSchema().required ?? [];
    for (const name of ['homeCare', 'aftercare', 'consents', 'sessionChecks']) {
      expect(required, name).toContain(name);
      expect(property(name).type, name).toBe('array');
    }
    // Every plan has them now: the care rules always give a discharge criterion, the engine a medical-necessity paragraph.
    expect(required).toContain('discharge');
    expect(property('discharge').type).toBe('object');
    expect(JSON.stringify(property('discharge'))).toContain('"criteria"');
    expect(required).toContain('medicalNecessity');
    expect(property('medicalNecessity')).toMatchObject({ type: 'string', minLength: 1 });
    // Each goal carries its due date and its description.
    const goal = (property('goals').items ?? {}) as { required?: string[] };
    expect(goal.required).toEqual(expect.arrayContaining(['measure', 'target', 'targetChange', 'by', 'description']));
    expect(JSON.stringify(property('billing'))).toContain('"lines"');
    expect(JSON.stringify(property('avoid'))).toContain('"reasons"');
    expect(JSON.stringify(property('phases'))).toContain('"everyWeeks"');
    expect(JSON.stringify(property('sessions'))).toContain('"positions"');
    expect(JSON.stringify(property('targets'))).toContain('"maxPressure"');
  });

  it('accepts a plan with every field filled in, as a plan and inside a recommendation', () => {
    expect(validatePlan(full), errorsOf(validatePlan)).toBe(true);
    expect(validateRecommendation({ kind: 'plan', plan: full }), errorsOf(validateRecommendation)).toBe(true);
    expect(validateRecommendation({ kind: 'discharge', reasons: [], trace: [] }), errorsOf(validateRecommendation)).toBe(true);
  });

  it('rejects empty advice, an empty or missing discharge, no medical necessity, a goal without its date, no billing line and a check without its question, as zod does', () => {
    const cases: unknown[] = [
      { ...full, homeCare: [{ id: 'x', advice: '', because: [] }] },
      { ...full, aftercare: [{ id: 'x', because: [] }] },
      { ...full, discharge: { criteria: [], because: [] } },
      { ...full, medicalNecessity: '' },
      Object.fromEntries(Object.entries(full).filter(([key]) => key !== 'discharge')),
      Object.fromEntries(Object.entries(full).filter(([key]) => key !== 'medicalNecessity')),
      { ...full, goals: full.goals.map(({ by: _by, ...goal }) => goal) },
      { ...full, billing: { ...full.billing, lines: [] } },
      { ...full, sessionChecks: [{ id: 'x', because: [] }] },
      { ...full, phases: full.phases.map((p) => ({ ...p, everyWeeks: 1 })) },
    ];
    for (const plan of cases) {
      expect(validatePlan(plan), JSON.stringify(plan).slice(0, 80)).toBe(false);
      expect(TreatmentPlanSchema.safeParse(plan).success).toBe(false);
    }
  });
});
