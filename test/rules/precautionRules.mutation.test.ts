import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/calendar/calendarDate.js';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import type { IntakeInput } from '../../src/intake/IntakeSchema.js';
import { BASE, ctxWith, fire, fireOn } from './ruleHarness.js';

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

  it('flag pressure caps from the catalogue: neuropathy on its region, lymphedema over its quadrant, frailty everywhere', () => {
    const neuropathy = defaultCatalog.historyFlags['peripheral-neuropathy'];
    expect(fire('precaution/flag-pressure', history({ flag: 'peripheral-neuropathy', region: 'ankle-foot', side: 'left' }))).toStrictEqual([
      { kind: 'capRegionPressure', region: 'ankle-foot', side: 'left', max: 2, message: `${neuropathy.name}: ${neuropathy.effect}` },
    ]);
    const lymph = defaultCatalog.historyFlags.lymphedema;
    const upper = fire('precaution/flag-pressure', history({ flag: 'lymphedema', region: 'upper-arm', side: 'left' })) ?? [];
    expect(upper.map((e) => (e.kind === 'capRegionPressure' ? `${e.region}/${e.side}/${e.max}` : e.kind))).toStrictEqual(
      ['shoulder', 'upper-back', 'chest', 'upper-arm', 'elbow', 'forearm', 'wrist-hand'].map((r) => `${r}/left/2`),
    );
    expect(upper[0]).toMatchObject({ message: `${lymph.name}: ${lymph.effect}` });
    expect(fire('precaution/flag-pressure', history({ flag: 'lymphedema' }))).toStrictEqual([
      { kind: 'capPressure', max: 2, message: `${lymph.name}: ${lymph.effect}` },
    ]);
    expect(fire('precaution/flag-pressure', history({ flag: 'frailty' }))).toMatchObject([{ kind: 'capPressure', max: 3 }]);
    expect(fire('precaution/flag-pressure', history({ flag: 'diabetes' }))).toBeNull();
  });

  it('no heat with numb skin or pregnancy: every heat technique avoided, naming the flags', () => {
    expect(fire('precaution/no-heat', history({ flag: 'peripheral-neuropathy', region: 'ankle-foot' }, { flag: 'diabetes' }))).toStrictEqual([
      { kind: 'avoid', technique: 'hot-stone', message: 'No heat: Peripheral neuropathy, Diabetes.' },
    ]);
    expect(fire('precaution/no-heat', history({ flag: 'pregnancy', weeks: 20 }))).toHaveLength(1);
    expect(fire('precaution/no-heat', history({ flag: 'hypertension' }))).toBeNull();
  });

  it('under 18: pressure 3, shorter sessions, the dose said to be practice-level (the consent is consent/guardian)', () => {
    const minor = fire('precaution/minor', { age: 17 }) ?? [];
    expect(minor.map((e) => e.kind)).toStrictEqual(['capPressure', 'capMinutes', 'addPrecaution']);
    expect(minor[0]).toMatchObject({ max: 3 });
    expect(minor[1]).toMatchObject({ max: 45 });
    expect(minor[2]).toMatchObject({ id: 'minor-dose' });
    expect(fire('precaution/minor', { age: 18 })).toBeNull();
    expect(fire('precaution/minor')).toBeNull();
  });

  it('80 or over, or frail: gentler pressure and limited prone time', () => {
    expect(fire('precaution/older-age', { age: 80 })).toMatchObject([{ kind: 'capPressure', max: 3 }, { kind: 'addPrecaution', id: 'older-age-positioning' }]);
    expect(fire('precaution/older-age', { age: 40, history: [{ flag: 'frailty' }] })).not.toBeNull();
    expect(fire('precaution/older-age', { age: 79 })).toBeNull();
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
    const at = (weeks: number) => history({ flag: 'pregnancy', weeks });
    // The date the pregnancy reaches a week, from the intake (BASE is assessed 2026-12-01).
    const dateAt = (now: number, week: number) => addCalendarDays(BASE.assessedOn, (week - now) * 7);
    const kinds = (weeks: number) => (fire('precaution/pregnancy', at(weeks)) ?? []).map((e) => e);

    it('positions follow the week of each session: prone from 14 weeks, flat supine from 22', () => {
      const early = kinds(10);
      expect(early[0]).toMatchObject({ kind: 'avoid', position: 'prone', from: dateAt(10, 14) });
      expect(early[1]).toMatchObject({ kind: 'avoid', position: 'supine', from: dateAt(10, 22) });
      const mid = kinds(16);
      expect(mid[0]).toStrictEqual({ kind: 'avoid', position: 'prone', message: expect.stringContaining('no prone') });
      expect(mid[1]).toMatchObject({ kind: 'avoid', position: 'supine', from: dateAt(16, 22) });
      const late = kinds(22);
      expect(late[1]).toStrictEqual({ kind: 'avoid', position: 'supine', message: expect.stringContaining('semi-reclined') });
    });

    it('no abdominal massage; light pressure on the legs and inner thighs; adductors and psoas at light contact', () => {
      const effects = kinds(30);
      expect(effects).toContainEqual({ kind: 'avoid', region: 'abdomen', message: 'Pregnancy: no abdominal massage.' });
      expect(
        effects.filter((e) => e.kind === 'capRegionPressure').map((e) => (e.kind === 'capRegionPressure' ? `${e.region}${e.site === undefined ? '' : `/${e.site}`}:${e.max}` : '')),
      ).toStrictEqual(['hip:2', 'thigh:2', 'lower-leg:2', 'hip/femoral triangle:1', 'thigh/femoral triangle:1']);
    });

    it('with two pregnancy entries the later gestation decides', () => {
      expect(fire('precaution/pregnancy', history({ flag: 'pregnancy', weeks: 14 }, { flag: 'pregnancy', weeks: 25 }))).toStrictEqual(kinds(25));
      expect(fire('precaution/pregnancy', history({ flag: 'pregnancy', weeks: 25 }, { flag: 'pregnancy', weeks: 14 }))).toStrictEqual(kinds(25));
    });

    it('a pregnancy without weeks (a context the schema would reject) counts as 22 weeks', () => {
      const ctx = ctxWith();
      const unchecked = { ...ctx, intake: { ...ctx.intake, history: [{ flag: 'pregnancy' as const }] } };
      expect(fireOn('precaution/pregnancy', unchecked)).toStrictEqual(kinds(22));
    });

    it('does not apply without pregnancy', () => {
      expect(fire('precaution/pregnancy', history({ flag: 'diabetes' }))).toBeNull();
    });

    it('an uncomplicated first trimester is a precaution, not a deferral', () => {
      const effects = fire('precaution/pregnancy-first-trimester', at(8));
      expect(effects).toMatchObject([{ kind: 'addPrecaution', id: 'pregnancy-first-trimester' }]);
      expect(effects?.some((e) => e.kind === 'defer')).toBe(false);
      expect(fire('precaution/pregnancy-first-trimester', at(13))).not.toBeNull();
      expect(fire('precaution/pregnancy-first-trimester', at(14))).toBeNull();
    });

    it('no sessions from the due date without the obstetrician; at or past it, defer', () => {
      expect(fire('precaution/pregnancy-due-date', at(30))).toStrictEqual([
        { kind: 'endBy', date: dateAt(30, 40), message: expect.stringContaining('due date'), clearedBy: 'obstetrician' },
      ]);
      expect(fire('precaution/pregnancy-due-date', at(40))).toMatchObject([{ kind: 'defer', until: 'clearance', clearedBy: 'obstetrician' }]);
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
      { kind: 'avoid', position: 'prone', message: 'Bone metastasis, site not given: no prone (the table loads the spine and ribs).' },
    ]);
    expect(fire('precaution/bone-metastasis', history({ flag: 'bone-metastasis', region: 'hip', side: 'right' }))).toStrictEqual([
      clearance,
      { kind: 'avoid', region: 'hip', side: 'right', message: 'Bone metastasis: no pressure over affected bone.' },
    ]);
    expect(fire('precaution/bone-metastasis', history({ flag: 'cancer' }))).toBeNull();
  });

  it('lymphedema: no lymphatic drainage (the pressure cap comes from precaution/flag-pressure)', () => {
    const noDrainage = {
      kind: 'avoid',
      technique: 'lymphatic-drainage',
      message: 'Lymphedema: lymphatic drainage only by a certified lymphedema therapist, outside this plan.',
    };
    expect(fire('precaution/lymphedema', history({ flag: 'lymphedema' }))).toStrictEqual([noDrainage]);
    expect(fire('precaution/lymphedema', history({ flag: 'lymphedema', region: 'upper-arm', side: 'left' }))).toStrictEqual([noDrainage]);
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
