import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import type { Catalog } from '../../src/catalog/Catalog.js';
import type { IntakeInput } from '../../src/intake/IntakeSchema.js';
import { CONDITION_IDS, type ConditionId } from '../../src/intake/vocabulary.js';
import { ctxWith, fire, fireOn } from './ruleHarness.js';

type Conditions = IntakeInput['conditions'];
const conditions = (...entries: Conditions) => ({ conditions: entries });
const NEEDS_REGION: readonly ConditionId[] = ['sports-injury', 'joint-pain', 'post-surgical'];

describe('condition selection rules', () => {
  it('neck pain: the catalogue’s targets, techniques over those regions, usual pressure, complementary care', () => {
    const regions = ['neck', 'shoulder', 'upper-back'];
    expect(fire('condition/neck-pain')).toStrictEqual([
      { kind: 'addTarget', region: 'neck', muscles: ['upper trapezius', 'levator scapulae', 'suboccipitals'], message: 'Neck pain: target area.' },
      { kind: 'addTarget', region: 'shoulder', muscles: ['upper trapezius'], message: 'Neck pain: target area.' },
      {
        kind: 'addTarget',
        region: 'upper-back',
        // the catalogue names no muscles here: the region's usual ones
        muscles: ['middle trapezius', 'lower trapezius', 'rhomboids', 'thoracic erector spinae', 'latissimus dorsi'],
        message: 'Neck pain: target area.',
      },
      { kind: 'addTechnique', technique: 'swedish', regions, message: 'Neck pain: Swedish massage.' },
      { kind: 'addTechnique', technique: 'myofascial-release', regions, message: 'Neck pain: Myofascial release.' },
      { kind: 'addTechnique', technique: 'trigger-point', regions, message: 'Neck pain: Trigger-point therapy.' },
      { kind: 'addTechnique', technique: 'assisted-stretching', regions, message: 'Neck pain: Assisted stretching.' },
      { kind: 'startPressure', start: 2, max: 4, message: 'Neck pain: usual pressure range.' },
      { kind: 'addComplementary', care: 'exercise', message: 'Neck pain: exercise alongside massage.' },
      { kind: 'addComplementary', care: 'education', message: 'Neck pain: education alongside massage.' },
    ]);
  });

  it('a condition whose evidence is not "supports" adds its evidence summary as a precaution', () => {
    const effects = fire('condition/migraine', conditions({ condition: 'migraine', severity: 'mild' })) ?? [];
    const migraine = defaultCatalog.conditions.migraine;
    expect(migraine.evidence.verdict).not.toBe('supports');
    expect(effects.at(-1)).toStrictEqual({ kind: 'addPrecaution', id: 'evidence-migraine', message: `Migraine: ${migraine.evidence.summary}` });
    expect(effects.filter((e) => e.kind === 'addPrecaution')).toHaveLength(1);
  });

  it('a site-bound condition targets the site and around it, on the entry’s side', () => {
    const effects = fire('condition/sports-injury', conditions({ condition: 'sports-injury', severity: 'mild', region: 'knee', side: 'left' })) ?? [];
    expect(effects.filter((e) => e.kind === 'addTarget')).toStrictEqual([
      { kind: 'addTarget', region: 'thigh', side: 'left', muscles: ['quadriceps', 'hamstrings', 'iliotibial band'], message: 'Sports injury: target area.' },
      { kind: 'addTarget', region: 'thigh', side: 'left', muscles: ['adductors', 'sartorius'], site: 'femoral triangle', maxPressure: 2, message: 'Sports injury: target area.' },
      { kind: 'addTarget', region: 'lower-leg', side: 'left', muscles: [...defaultCatalog.regions['lower-leg'].muscles], message: 'Sports injury: target area.' },
      // the popliteus lies in the popliteal fossa, an endangerment site: a target of its own at light pressure
      { kind: 'addTarget', region: 'knee', side: 'left', muscles: defaultCatalog.regions.knee.muscles.filter((m) => m !== 'popliteus'), message: 'Sports injury: target area.' },
      { kind: 'addTarget', region: 'knee', side: 'left', muscles: ['popliteus'], site: 'popliteal fossa', maxPressure: 2, message: 'Sports injury: target area.' },
    ]);
    expect(effects.find((e) => e.kind === 'addTechnique')).toMatchObject({ technique: 'swedish', regions: ['thigh', 'lower-leg', 'knee'] });
  });

  it('a one-sided condition targets its side only (sciatica on the right)', () => {
    const effects = fire('condition/sciatica', conditions({ condition: 'sciatica', severity: 'mild', side: 'right' })) ?? [];
    const targets = effects.filter((e) => e.kind === 'addTarget');
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((e) => e.kind === 'addTarget' && e.side === 'right')).toBe(true);
  });

  it('muscles in an endangerment site get a target of their own, capped (tension headache: SCM and scalenes)', () => {
    const effects = fire('condition/tension-headache', conditions({ condition: 'tension-headache', severity: 'mild' })) ?? [];
    const neck = effects.filter((e) => e.kind === 'addTarget' && e.region === 'neck');
    expect(neck).toStrictEqual([
      { kind: 'addTarget', region: 'neck', muscles: ['upper trapezius', 'suboccipitals'], message: 'Tension-type headache: target area.' },
      { kind: 'addTarget', region: 'neck', muscles: ['sternocleidomastoid', 'scalenes'], site: 'anterior neck', maxPressure: 2, message: 'Tension-type headache: target area.' },
    ]);
  });

  it('two entries of one condition each get their own targets, techniques and pressure', () => {
    const effects =
      fire(
        'condition/joint-pain',
        conditions({ condition: 'joint-pain', severity: 'mild', region: 'knee', side: 'left' }, { condition: 'joint-pain', severity: 'mild', region: 'wrist-hand' }),
      ) ?? [];
    expect(effects.filter((e) => e.kind === 'startPressure')).toHaveLength(2);
    expect(effects.filter((e) => e.kind === 'addTechnique').map((e) => (e.kind === 'addTechnique' ? e.regions : []))).toStrictEqual([
      ['knee', 'thigh', 'lower-leg'], // joint pain lists the site first, then around it
      ['wrist-hand', 'forearm'],
    ]);
  });

  it.each(CONDITION_IDS)('%s: one effect set per entry, built from the catalogue entry', (id) => {
    const condition = defaultCatalog.conditions[id];
    const entry = { condition: id, severity: 'moderate' as const, ...(NEEDS_REGION.includes(id) ? { region: 'elbow' as const } : {}) };
    const effects = fire(`condition/${id}`, conditions(entry)) ?? [];
    const targets = effects.filter((e) => e.kind === 'addTarget');
    const regions = [...new Set(targets.map((t) => (t.kind === 'addTarget' ? t.region : '')))];
    expect(effects.filter((e) => e.kind === 'addTechnique')).toStrictEqual(
      condition.techniques.map((technique) => ({
        kind: 'addTechnique',
        technique,
        regions,
        message: `${condition.name}: ${defaultCatalog.techniques[technique].name}.`,
      })),
    );
    expect(effects.filter((e) => e.kind === 'startPressure')).toStrictEqual([
      { kind: 'startPressure', start: condition.pressure.start, max: condition.pressure.max, message: `${condition.name}: usual pressure range.` },
    ]);
    expect(effects.filter((e) => e.kind === 'addComplementary')).toStrictEqual(
      condition.complementary.map((c) => ({ kind: 'addComplementary', care: c.care, message: `${condition.name}: ${c.care} alongside massage.` })),
    );
    expect(effects.filter((e) => e.kind === 'addPrecaution')).toHaveLength(condition.evidence.verdict === 'supports' ? 0 : 1);
    expect(targets.length).toBeGreaterThan(0);
    expect(fire(`condition/${id}`, conditions({ condition: id === 'neck-pain' ? 'migraine' : 'neck-pain', severity: 'mild' }))).toBeNull();
  });
});

describe('condition/severity-pressure', () => {
  const effect = (start: number, max: number) => [
    { kind: 'startPressure', start, max, message: 'Severe or acute symptoms: start gently and build up.' },
  ];
  it.each([
    ['severe, chronic', [{ severity: 'severe', acuity: 'chronic' }], effect(2, 5)],
    ['moderate, acute', [{ severity: 'moderate', acuity: 'acute' }], effect(3, 3)],
    ['severe, acute', [{ severity: 'severe', acuity: 'acute' }], effect(2, 3)],
    ['moderate, subacute', [{ severity: 'moderate', acuity: 'subacute' }], null],
    ['mild, chronic', [{ severity: 'mild', acuity: 'chronic' }], null],
    ['one severe among mild', [{ severity: 'mild', acuity: 'chronic' }, { severity: 'severe', acuity: 'chronic' }], effect(2, 5)],
    ['one acute among chronic', [{ severity: 'moderate', acuity: 'chronic' }, { severity: 'mild', acuity: 'acute' }], effect(3, 3)],
    ['severe in one, acute in another', [{ severity: 'severe', acuity: 'chronic' }, { severity: 'mild', acuity: 'acute' }], effect(2, 3)],
  ] as const)('%s', (_name, entries, expected) => {
    const list = entries.map((e) => ({ condition: 'neck-pain' as const, ...e }));
    expect(fire('condition/severity-pressure', { conditions: list })).toStrictEqual(expected);
  });
});

describe('condition-specific cautions', () => {
  const recentNeck = [
    { kind: 'addComplementary', care: 'exercise', message: 'Recent neck pain: exercise is part of first-line care.' },
    { kind: 'addComplementary', care: 'education', message: 'Recent neck pain: education and reassurance.' },
    ...(['neck', 'shoulder', 'upper-back'] as const).map((region) => ({
      kind: 'avoid',
      region,
      technique: 'swedish',
      message: 'Recent neck pain (3 months or less): no relaxation (Swedish) massage (OPTIMa).',
    })),
    {
      kind: 'addPrecaution',
      id: 'neck-pain-multimodal',
      message: 'Recent neck pain: massage alone is not recommended; deliver it within multimodal care with exercise and education.',
    },
  ];
  it('recent neck pain (acute or subacute): no Swedish on the neck-pain areas, exercise, education, not massage alone', () => {
    expect(fire('condition/neck-pain-recent', conditions({ condition: 'neck-pain', severity: 'mild', acuity: 'acute' }))).toStrictEqual(recentNeck);
    expect(fire('condition/neck-pain-recent', conditions({ condition: 'neck-pain', severity: 'mild', acuity: 'subacute' }))).toStrictEqual(recentNeck);
    expect(
      fire('condition/neck-pain-recent', conditions({ condition: 'neck-pain', severity: 'mild', acuity: 'chronic' }, { condition: 'neck-pain', severity: 'mild', acuity: 'acute' })),
    ).toStrictEqual(recentNeck);
    expect(fire('condition/neck-pain-recent', conditions({ condition: 'neck-pain', severity: 'mild', acuity: 'chronic' }))).toBeNull();
    expect(fire('condition/neck-pain-recent', conditions({ condition: 'low-back-pain', severity: 'mild', acuity: 'acute' }))).toBeNull();
  });

  it('acute or subacute low back pain: superficial heat', () => {
    const heat = [{ kind: 'addComplementary', care: 'superficial-heat', heat: true, message: 'Acute low back pain: superficial heat (ACP 2017).' }];
    expect(fire('condition/low-back-pain-acute', conditions({ condition: 'low-back-pain', severity: 'mild', acuity: 'acute' }))).toStrictEqual(heat);
    expect(fire('condition/low-back-pain-acute', conditions({ condition: 'low-back-pain', severity: 'mild', acuity: 'subacute' }))).toStrictEqual(heat);
    expect(
      fire('condition/low-back-pain-acute', conditions({ condition: 'low-back-pain', severity: 'mild', acuity: 'chronic' }, { condition: 'low-back-pain', severity: 'mild', acuity: 'acute' })),
    ).toStrictEqual(heat);
    expect(fire('condition/low-back-pain-acute', conditions({ condition: 'low-back-pain', severity: 'mild', acuity: 'chronic' }))).toBeNull();
    expect(fire('condition/low-back-pain-acute', conditions({ condition: 'neck-pain', severity: 'mild', acuity: 'acute' }))).toBeNull();
  });

  it('sciatica: confirm the source first', () => {
    expect(fire('condition/sciatica-source-first', conditions({ condition: 'sciatica', severity: 'mild' }))).toStrictEqual([
      {
        kind: 'addPrecaution',
        id: 'sciatica-source',
        message: 'Sciatica: confirm the source (disc, piriformis, other) has been assessed; no direct pressure over a herniated disc region.',
      },
    ]);
    expect(fire('condition/sciatica-source-first', conditions({ condition: 'low-back-pain', severity: 'mild' }))).toBeNull();
  });

  describe('intraoral TMJ work', () => {
    const scope = [
      {
        kind: 'addPrecaution',
        id: 'intraoral-scope',
        message: 'Intraoral work: only if trained and allowed by your jurisdiction’s scope of practice; gloved; otherwise work the jaw externally.',
      },
    ];
    const withIntraoral: Catalog = {
      ...defaultCatalog,
      conditions: {
        ...defaultCatalog.conditions,
        'tmj-disorder': { ...defaultCatalog.conditions['tmj-disorder'], techniques: [...defaultCatalog.conditions['tmj-disorder'].techniques, 'intraoral-tmj'] },
      },
    };
    const tmj = conditions({ condition: 'tmj-disorder', severity: 'mild' });
    it('is a scope-of-practice precaution when the catalogue lists intraoral work for TMJ', () => {
      expect(fireOn('condition/intraoral-tmj-training', ctxWith(tmj, withIntraoral))).toStrictEqual(scope);
    });
    it('does not apply with the default catalogue (no intraoral work listed), nor without TMJ disorder', () => {
      expect(fireOn('condition/intraoral-tmj-training', ctxWith(tmj))).toBeNull();
      expect(fireOn('condition/intraoral-tmj-training', ctxWith({}, withIntraoral))).toBeNull();
    });
  });

  it('a sports injury past the acute stage: cross-fiber friction on each healing site', () => {
    const friction = (region: string) => ({
      kind: 'addTechnique',
      technique: 'cross-fiber-friction',
      regions: [region],
      message: 'Healing injury: friction to remodel scar tissue.',
    });
    expect(fire('condition/sports-injury-subacute', conditions({ condition: 'sports-injury', severity: 'mild', region: 'knee', acuity: 'subacute' }))).toStrictEqual([
      friction('knee'),
    ]);
    expect(
      fire(
        'condition/sports-injury-subacute',
        conditions(
          { condition: 'sports-injury', severity: 'mild', region: 'knee', acuity: 'acute' },
          { condition: 'sports-injury', severity: 'mild', region: 'ankle-foot', acuity: 'chronic' },
          { condition: 'sports-injury', severity: 'mild', region: 'elbow', acuity: 'subacute' },
        ),
      ),
    ).toStrictEqual([friction('ankle-foot'), friction('elbow')]);
    expect(fire('condition/sports-injury-subacute', conditions({ condition: 'sports-injury', severity: 'mild', region: 'knee', acuity: 'acute' }))).toBeNull();
    expect(fire('condition/sports-injury-subacute', conditions({ condition: 'joint-pain', severity: 'mild', region: 'knee', acuity: 'chronic' }))).toBeNull();
  });

  it('a sports injury without a region (a context the schema would reject) gets no friction', () => {
    const ctx = ctxWith();
    const unchecked = {
      ...ctx,
      intake: { ...ctx.intake, conditions: [{ condition: 'sports-injury' as const, severity: 'mild' as const, acuity: 'chronic' as const }] },
    };
    expect(fireOn('condition/sports-injury-subacute', unchecked)).toBeNull();
  });

  it('after surgery: lymphatic drainage and scar work only with the surgeon’s clearance, scar work on the incision only', () => {
    expect(fire('condition/post-surgical-clearance', conditions({ condition: 'post-surgical', severity: 'mild', region: 'knee' }))).toStrictEqual([
      { kind: 'avoid', technique: 'lymphatic-drainage', message: 'After surgery: lymphatic drainage only with the surgeon’s clearance.', clearedBy: 'surgeon' },
      { kind: 'avoid', technique: 'scar-mobilization', message: 'After surgery: scar work only with the surgeon’s clearance.', clearedBy: 'surgeon' },
      { kind: 'addPrecaution', id: 'post-surgical-proximal', message: 'After surgery: work proximal areas first and follow the surgeon’s restrictions.' },
      // scar work stays on the incision: never on the regions around the knee
      ...(['thigh', 'lower-leg'] as const).map((region) => ({
        kind: 'avoid',
        region,
        technique: 'scar-mobilization',
        message: 'Scar mobilization is for the incision itself, not the areas around it.',
      })),
    ]);
    expect(fire('condition/post-surgical-clearance', conditions({ condition: 'sports-injury', severity: 'mild', region: 'knee' }))).toBeNull();
  });
});
