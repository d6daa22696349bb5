import { describe, expect, it } from 'vitest';
import type { IntakeInput } from '../../src/intake/IntakeSchema.js';
import { DEEP_TECHNIQUES, ctxWith, fire, fireOn } from './ruleHarness.js';

type History = NonNullable<IntakeInput['history']>;
const history = (...entries: History) => ({ history: entries });

describe('precaution rules: exact effects', () => {
  it.each([
    ['anticoagulants', 'Anticoagulants'],
    ['bleeding-disorder', 'Bleeding disorder'],
  ] as const)('%s: pressure at most 2; no deep tissue, friction or percussion', (flag, label) => {
    const message = `${label}: bruising and bleeding risk.`;
    expect(fire(`precaution/${flag}`, history({ flag }))).toStrictEqual([
      { kind: 'capPressure', max: 2, message },
      { kind: 'avoid', technique: 'deep-tissue', message },
      { kind: 'avoid', technique: 'cross-fiber-friction', message },
      { kind: 'avoid', technique: 'percussion', message },
    ]);
    expect(fire(`precaution/${flag}`, history({ flag: 'diabetes' }))).toBeNull();
    expect(fire(`precaution/${flag}`)).toBeNull();
  });

  it('corticosteroids: pressure at most 3', () => {
    expect(fire('precaution/corticosteroids', history({ flag: 'corticosteroids' }))).toStrictEqual([
      { kind: 'capPressure', max: 3, message: 'Long-term corticosteroids: connective tissue is weaker.' },
    ]);
    expect(fire('precaution/corticosteroids', history({ flag: 'pain-medication' }))).toBeNull();
  });

  it('pain medication: pressure at most 3 and frequent check-ins', () => {
    expect(fire('precaution/pain-medication', history({ flag: 'pain-medication' }))).toStrictEqual([
      { kind: 'capPressure', max: 3, message: 'Pain medication masks pain feedback.' },
      { kind: 'addPrecaution', id: 'pressure-check-ins', message: 'Pain medication masks feedback: check pressure with the client often.' },
    ]);
    expect(fire('precaution/pain-medication', history({ flag: 'corticosteroids' }))).toBeNull();
  });

  it('osteoporosis: gentle, no deep tissue, percussion or stretching, never prone', () => {
    expect(fire('precaution/osteoporosis', history({ flag: 'osteoporosis' }))).toStrictEqual([
      { kind: 'capPressure', max: 2, message: 'Osteoporosis: fragile bone.' },
      { kind: 'avoid', technique: 'deep-tissue', message: 'Osteoporosis: fragile bone.' },
      { kind: 'avoid', technique: 'percussion', message: 'Osteoporosis: fragile bone.' },
      { kind: 'avoid', technique: 'assisted-stretching', message: 'Osteoporosis: no forceful stretching or joint work.' },
      { kind: 'avoid', position: 'prone', message: 'Osteoporosis: prone loads the ribs and spine.' },
      { kind: 'allowPositions', positions: ['side-lying', 'supine', 'seated'], message: 'Osteoporosis: side-lying or bolstered supine.' },
      {
        kind: 'addPrecaution',
        id: 'osteoporosis-transfers',
        message: 'Osteoporosis: bolster supine positions and help with transfers on and off the table.',
      },
    ]);
    expect(fire('precaution/osteoporosis', history({ flag: 'diabetes' }))).toBeNull();
  });

  it('peripheral neuropathy: no deep technique on the affected region and side', () => {
    const message = 'Peripheral neuropathy: sensation is unreliable here.';
    expect(fire('precaution/peripheral-neuropathy', history({ flag: 'peripheral-neuropathy', region: 'ankle-foot', side: 'left' }))).toStrictEqual(
      DEEP_TECHNIQUES.map((technique) => ({ kind: 'avoid', region: 'ankle-foot', side: 'left', technique, message })),
    );
    expect(fire('precaution/peripheral-neuropathy', history({ flag: 'peripheral-neuropathy', region: 'wrist-hand' }))).toStrictEqual(
      DEEP_TECHNIQUES.map((technique) => ({ kind: 'avoid', region: 'wrist-hand', technique, message })),
    );
    expect(fire('precaution/peripheral-neuropathy', history({ flag: 'diabetes' }))).toBeNull();
  });

  it('peripheral neuropathy without a region (a vendor context the schema would reject) avoids nothing', () => {
    const ctx = ctxWith();
    const unchecked = { ...ctx, intake: { ...ctx.intake, history: [{ flag: 'peripheral-neuropathy' as const }] } };
    expect(fireOn('precaution/peripheral-neuropathy', unchecked)).toStrictEqual([]);
  });

  it('diabetes: a skin and sensation check', () => {
    expect(fire('precaution/diabetes', history({ flag: 'diabetes' }))).toStrictEqual([
      { kind: 'addPrecaution', id: 'diabetes-skin-check', message: 'Diabetes: check skin integrity and sensation before each session.' },
    ]);
    expect(fire('precaution/diabetes', history({ flag: 'hypertension' }))).toBeNull();
  });

  it('controlled hypertension: no percussion, check-ins', () => {
    expect(fire('precaution/hypertension', history({ flag: 'hypertension' }))).toStrictEqual([
      { kind: 'avoid', technique: 'percussion', message: 'Hypertension: avoid vigorous techniques.' },
      {
        kind: 'addPrecaution',
        id: 'blood-pressure-check-ins',
        message: 'Hypertension: check in on how the client feels during the session; avoid vigorous work.',
      },
    ]);
    expect(fire('precaution/hypertension', history({ flag: 'diabetes' }))).toBeNull();
  });

  describe('pregnancy', () => {
    const legs = (['thigh', 'lower-leg'] as const).flatMap((region) =>
      DEEP_TECHNIQUES.map((technique) => ({
        kind: 'avoid',
        region,
        technique,
        message: 'Pregnancy: no deep pressure on the legs (clotting risk).',
      })),
    );
    const late = [
      { kind: 'avoid', position: 'prone', message: 'Pregnancy: no prone position.' },
      { kind: 'avoid', position: 'supine', message: 'Pregnancy after about 22 weeks: no flat supine.' },
      { kind: 'allowPositions', positions: ['side-lying', 'seated'], message: 'Pregnancy: side-lying with bolsters.' },
      { kind: 'avoid', region: 'abdomen', message: 'Pregnancy: no abdominal massage.' },
      ...legs,
    ];
    const early = [
      { kind: 'avoid', position: 'prone', message: 'Pregnancy: no prone position.' },
      { kind: 'allowPositions', positions: ['side-lying', 'seated', 'supine'], message: 'Pregnancy: side-lying with bolsters.' },
      { kind: 'avoid', region: 'abdomen', message: 'Pregnancy: no abdominal massage.' },
      ...legs,
    ];
    it('from 22 weeks: no prone, no flat supine, side-lying or seated', () => {
      expect(fire('precaution/pregnancy', history({ flag: 'pregnancy', weeks: 22 }))).toStrictEqual(late);
      expect(fire('precaution/pregnancy', history({ flag: 'pregnancy', weeks: 35 }))).toStrictEqual(late);
    });
    it('before 22 weeks: supine still allowed', () => {
      expect(fire('precaution/pregnancy', history({ flag: 'pregnancy', weeks: 21 }))).toStrictEqual(early);
      expect(fire('precaution/pregnancy', history({ flag: 'pregnancy', weeks: 0 }))).toStrictEqual(early);
    });
    it('with two pregnancy entries the later gestation decides', () => {
      expect(fire('precaution/pregnancy', history({ flag: 'pregnancy', weeks: 14 }, { flag: 'pregnancy', weeks: 25 }))).toStrictEqual(late);
      expect(fire('precaution/pregnancy', history({ flag: 'pregnancy', weeks: 25 }, { flag: 'pregnancy', weeks: 14 }))).toStrictEqual(late);
    });
    it('a pregnancy without weeks (a context the schema would reject) counts as past 22 weeks', () => {
      const ctx = ctxWith();
      const unchecked = { ...ctx, intake: { ...ctx.intake, history: [{ flag: 'pregnancy' as const }] } };
      expect(fireOn('precaution/pregnancy', unchecked)).toStrictEqual(late);
    });
    it('does not apply without pregnancy', () => {
      expect(fire('precaution/pregnancy', history({ flag: 'diabetes' }))).toBeNull();
    });
    it('first trimester (under 12 weeks): defer until an obstetrician clears', () => {
      const defer = [
        {
          kind: 'defer',
          until: 'clearance',
          message: 'First trimester: defer until an obstetrician clears massage (practice default).',
          clearedBy: 'obstetrician',
        },
      ];
      expect(fire('precaution/pregnancy-first-trimester', history({ flag: 'pregnancy', weeks: 11 }))).toStrictEqual(defer);
      expect(fire('precaution/pregnancy-first-trimester', history({ flag: 'pregnancy', weeks: 0 }))).toStrictEqual(defer);
      expect(fire('precaution/pregnancy-first-trimester', history({ flag: 'pregnancy', weeks: 12 }))).toBeNull();
      expect(fire('precaution/pregnancy-first-trimester', history({ flag: 'pregnancy', weeks: 30 }))).toBeNull();
      expect(fire('precaution/pregnancy-first-trimester', history({ flag: 'diabetes', weeks: 3 }))).toBeNull();
    });
  });

  it('cancer: oncologist clearance; the tumour site avoided, or pressure 2 everywhere when no site is given', () => {
    const clearance = {
      kind: 'requireClearance',
      clearance: 'oncologist',
      message: 'Cancer in active treatment: oncologist clearance before the first session.',
    };
    expect(fire('precaution/cancer', history({ flag: 'cancer' }))).toStrictEqual([
      clearance,
      { kind: 'capPressure', max: 2, message: 'Cancer, site not given: pressure at most 2 everywhere.' },
    ]);
    expect(fire('precaution/cancer', history({ flag: 'cancer', region: 'chest', side: 'left' }))).toStrictEqual([
      clearance,
      { kind: 'avoid', region: 'chest', side: 'left', message: 'Cancer: no pressure over the tumour site.' },
    ]);
    expect(fire('precaution/cancer', history({ flag: 'bone-metastasis' }))).toBeNull();
  });

  it('bone metastasis: physician sign-off; the affected bone avoided, or light contact everywhere', () => {
    const clearance = {
      kind: 'requireClearance',
      clearance: 'physician',
      message: 'Bone metastasis: physician sign-off before the first session.',
    };
    expect(fire('precaution/bone-metastasis', history({ flag: 'bone-metastasis' }))).toStrictEqual([
      clearance,
      { kind: 'capPressure', max: 1, message: 'Bone metastasis, site not given: light contact only.' },
    ]);
    expect(fire('precaution/bone-metastasis', history({ flag: 'bone-metastasis', region: 'hip', side: 'right' }))).toStrictEqual([
      clearance,
      { kind: 'avoid', region: 'hip', side: 'right', message: 'Bone metastasis: no pressure over affected bone.' },
    ]);
    expect(fire('precaution/bone-metastasis', history({ flag: 'cancer' }))).toBeNull();
  });

  it('lymphedema: no lymphatic drainage; no deep work on the area, or pressure 2 when no area is given', () => {
    const noDrainage = {
      kind: 'avoid',
      technique: 'lymphatic-drainage',
      message: 'Lymphedema: lymphatic drainage only by a certified lymphedema therapist, outside this plan.',
    };
    expect(fire('precaution/lymphedema', history({ flag: 'lymphedema' }))).toStrictEqual([
      noDrainage,
      { kind: 'capPressure', max: 2, message: 'Lymphedema, area not given: pressure at most 2.' },
    ]);
    expect(fire('precaution/lymphedema', history({ flag: 'lymphedema', region: 'upper-arm', side: 'left' }))).toStrictEqual([
      noDrainage,
      ...DEEP_TECHNIQUES.map((technique) => ({
        kind: 'avoid',
        region: 'upper-arm',
        side: 'left',
        technique,
        message: 'Lymphedema: restricted pressure in the affected area.',
      })),
    ]);
    expect(fire('precaution/lymphedema', history({ flag: 'diabetes' }))).toBeNull();
  });

  it.each(['heart-failure', 'kidney-failure'] as const)('%s: no lymphatic drainage, physician clearance', (flag) => {
    expect(fire(`precaution/${flag}`, history({ flag }))).toStrictEqual([
      { kind: 'avoid', technique: 'lymphatic-drainage', message: 'Lymphatic drainage moves fluid the heart and kidneys must handle.' },
      { kind: 'requireClearance', clearance: 'physician', message: 'Heart or kidney failure: physician clearance before the first session.' },
    ]);
    expect(fire(`precaution/${flag}`, history({ flag: 'diabetes' }))).toBeNull();
  });

  it('oil allergy or the wish to avoid oils: an oil-free medium', () => {
    const effects = [{ kind: 'addPrecaution', id: 'oil-free-medium', message: 'Use an oil-free, fragrance-free medium (oil allergy or preference).' }];
    expect(fire('precaution/oil-allergy', history({ flag: 'oil-allergy' }))).toStrictEqual(effects);
    expect(fire('precaution/oil-allergy', { preferences: { avoidOils: true } })).toStrictEqual(effects);
    expect(fire('precaution/oil-allergy', { preferences: { avoidOils: false } })).toBeNull();
    expect(fire('precaution/oil-allergy', { preferences: {} })).toBeNull();
    expect(fire('precaution/oil-allergy')).toBeNull();
  });

  it('endangerment sites: named for the regions the conditions target, once each', () => {
    // neck pain works the neck (anterior neck), shoulder (axilla) and upper back (none)
    expect(fire('precaution/endangerment-sites')).toStrictEqual([
      { kind: 'addPrecaution', id: 'endangerment-sites', message: 'Light or no pressure over endangerment sites: anterior neck, axilla.' },
    ]);
    // postural imbalance also works the chest (axilla again) and the lower back (kidney area) and hip
    expect(fire('precaution/endangerment-sites', { conditions: [{ condition: 'postural-imbalance', severity: 'mild' }] })).toStrictEqual([
      {
        kind: 'addPrecaution',
        id: 'endangerment-sites',
        message: 'Light or no pressure over endangerment sites: anterior neck, axilla, kidney area, femoral triangle.',
      },
    ]);
    // a sports injury of the elbow: around it (upper arm, forearm: none) and the elbow (cubital fossa)
    expect(
      fire('precaution/endangerment-sites', { conditions: [{ condition: 'sports-injury', severity: 'mild', region: 'elbow' }] }),
    ).toStrictEqual([
      { kind: 'addPrecaution', id: 'endangerment-sites', message: 'Light or no pressure over endangerment sites: cubital fossa.' },
    ]);
  });

  it('endangerment sites: no precaution when no targeted region has one', () => {
    // carpal tunnel works the forearm and wrist-hand only
    expect(fire('precaution/endangerment-sites', { conditions: [{ condition: 'carpal-tunnel', severity: 'mild' }] })).toBeNull();
    // a sports injury of the ankle: ankle-foot and lower leg
    expect(
      fire('precaution/endangerment-sites', { conditions: [{ condition: 'sports-injury', severity: 'mild', region: 'ankle-foot' }] }),
    ).toBeNull();
  });
});
