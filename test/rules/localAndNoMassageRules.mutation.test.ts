import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/calendar/calendarDate.js';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import type { Catalog } from '../../src/catalog/Catalog.js';
import type { IntakeInput } from '../../src/intake/IntakeSchema.js';
import { HISTORY_FLAG_IDS } from '../../src/intake/vocabulary.js';
import { BASE, ctxWith, fire, fireOn } from './ruleHarness.js';

type History = NonNullable<IntakeInput['history']>;
const history = (...entries: History) => ({ history: entries });
const daysBefore = (days: number): string => addCalendarDays(BASE.assessedOn, -days);
const LOCAL_FLAGS = HISTORY_FLAG_IDS.filter((flag) => defaultCatalog.historyFlags[flag].tier === 'local');

describe('local contraindications from the history', () => {
  it('covers the nine local flags of the clinical reference', () => {
    expect(LOCAL_FLAGS).toEqual([
      'varicose-veins',
      'open-wound',
      'skin-infection',
      'recent-fracture',
      'inflammatory-flare',
      'radiation-field',
      'implanted-device',
      'cellulitis',
      'aneurysm',
    ]);
  });

  it.each(LOCAL_FLAGS.filter((flag) => flag !== 'cellulitis'))('%s: avoid each affected region, on its side', (flag) => {
    const { name, effect } = defaultCatalog.historyFlags[flag];
    expect(fire(`local/${flag}`, history({ flag, region: 'lower-leg', side: 'left' }, { flag, region: 'chest' }))).toStrictEqual([
      { kind: 'avoid', region: 'lower-leg', side: 'left', message: `${name}: ${effect}` },
      { kind: 'avoid', region: 'chest', message: `${name}: ${effect}` },
    ]);
    expect(fire(`local/${flag}`, history({ flag: 'diabetes' }))).toBeNull();
  });

  it('cellulitis: the whole limb on its side (shoulder to hand, hip to foot); a region outside a limb only itself', () => {
    const { name, effect } = defaultCatalog.historyFlags.cellulitis;
    const message = `${name}: ${effect}`;
    expect(fire('local/cellulitis', history({ flag: 'cellulitis', region: 'lower-leg', side: 'left' }, { flag: 'cellulitis', region: 'chest' }))).toStrictEqual([
      ...(['hip', 'gluteal', 'thigh', 'knee', 'lower-leg', 'ankle-foot'] as const).map((region) => ({ kind: 'avoid', region, side: 'left', message })),
      { kind: 'avoid', region: 'chest', message },
    ]);
    expect(fire('local/cellulitis', history({ flag: 'cellulitis', region: 'forearm', side: 'right' }))?.map((e) => (e.kind === 'avoid' ? e.region : ''))).toStrictEqual([
      'shoulder',
      'upper-arm',
      'elbow',
      'forearm',
      'wrist-hand',
    ]);
  });

  it('spells the message from the catalogue (varicose veins)', () => {
    expect(fire('local/varicose-veins', history({ flag: 'varicose-veins', region: 'lower-leg' }))).toStrictEqual([
      { kind: 'avoid', region: 'lower-leg', message: 'Varicose veins: Avoid the affected region.' },
    ]);
  });

  it('follows a vendor catalogue that moves a flag out of the local tier', () => {
    const retiered: Catalog = {
      ...defaultCatalog,
      historyFlags: { ...defaultCatalog.historyFlags, aneurysm: { ...defaultCatalog.historyFlags.aneurysm, tier: 'precaution' } },
    };
    expect(fireOn('local/aneurysm', ctxWith(history({ flag: 'aneurysm', region: 'abdomen' }), retiered))).toBeNull();
  });

  it('an entry without a region (a context the schema would reject) avoids nothing', () => {
    const ctx = ctxWith();
    const unchecked = { ...ctx, intake: { ...ctx.intake, history: [{ flag: 'open-wound' as const }] } };
    expect(fireOn('local/open-wound', unchecked)).toStrictEqual([]);
  });

  it('cellulitis: no lymphatic drainage anywhere', () => {
    expect(fire('local/cellulitis-no-lymphatic', history({ flag: 'cellulitis', region: 'lower-leg' }))).toStrictEqual([
      { kind: 'avoid', technique: 'lymphatic-drainage', message: 'Cellulitis: lymphatic drainage could spread the infection.' },
    ]);
    expect(fire('local/cellulitis-no-lymphatic', history({ flag: 'skin-infection', region: 'lower-leg' }))).toBeNull();
  });
});

describe('fresh injuries and surgery', () => {
  const injury = (onsetDaysAgo: number | undefined, extra: Partial<IntakeInput['conditions'][number]> = {}) => ({
    condition: 'sports-injury' as const,
    severity: 'moderate' as const,
    region: 'ankle-foot' as const,
    ...(onsetDaysAgo === undefined ? {} : { onset: daysBefore(onsetDaysAgo) }),
    ...extra,
  });
  const acuteEffects = (onsetDaysAgo: number, side?: 'left' | 'right' | 'both') => {
    const until = addCalendarDays(daysBefore(onsetDaysAgo), 3);
    return [
      {
        kind: 'avoid',
        region: 'ankle-foot',
        ...(side === undefined ? {} : { side }),
        until,
        message: 'Acute injury (first 72 hours): no massage and no heat on the injured site.',
      },
      { kind: 'avoid', technique: 'hot-stone', until, message: 'Acute injury: no heat in the first 72 hours.' },
      {
        kind: 'addPrecaution',
        id: 'acute-injury-diagnosis',
        message: 'Acute injury: make sure it has been diagnosed (refer for assessment if not); re-assess before working the site after 72 hours.',
      },
    ];
  };

  it('an acute injury in its first 72 hours: no massage or heat on the site until day 3', () => {
    expect(fire('local/acute-injury-72h', { conditions: [injury(2, { side: 'right' })] })).toStrictEqual(acuteEffects(2, 'right'));
    expect(fire('local/acute-injury-72h', { conditions: [injury(0)] })).toStrictEqual(acuteEffects(0));
  });

  it('an acute injury without onset counts from the intake (it may be hours old)', () => {
    expect(fire('local/acute-injury-72h', { conditions: [injury(undefined, { acuity: 'acute' })] })).toStrictEqual(acuteEffects(0));
  });

  it('from day 3 on, or for an injury not graded acute, the 72-hour rule is over', () => {
    expect(fire('local/acute-injury-72h', { conditions: [injury(3)] })).toBeNull();
    expect(fire('local/acute-injury-72h', { conditions: [injury(1, { acuity: 'subacute' })] })).toBeNull();
    expect(fire('local/acute-injury-72h', { conditions: [injury(undefined)] })).toBeNull(); // chronic when neither is given
    expect(fire('local/acute-injury-72h', { conditions: [{ condition: 'joint-pain', severity: 'mild', region: 'knee', onset: daysBefore(1) }] })).toBeNull();
  });

  it('only the injuries inside their 72 hours get the exclusions', () => {
    expect(
      fire('local/acute-injury-72h', { conditions: [injury(10), injury(1, { acuity: 'subacute', region: 'knee' }), injury(1)] }),
    ).toStrictEqual(acuteEffects(1));
  });

  const surgery = (onsetDaysAgo: number, region: 'knee' | 'hip' = 'knee') => ({
    condition: 'post-surgical' as const,
    severity: 'moderate' as const,
    region,
    side: 'left' as const,
    onset: daysBefore(onsetDaysAgo),
  });
  // Every technique that reaches pressure 4+, and stretching.
  const deepOnSite = (onsetDaysAgo: number, region = 'knee') =>
    (['deep-tissue', 'trigger-point', 'myofascial-release', 'neuromuscular', 'cross-fiber-friction', 'percussion', 'assisted-stretching'] as const).map(
      (technique) => ({
        kind: 'avoid',
        region,
        side: 'left',
        technique,
        until: addCalendarDays(daysBefore(onsetDaysAgo), 42),
        message: 'Surgical site: no deep pressure or stretching on the site for about 6 weeks after surgery.',
      }),
    );

  const noHeat = (onsetDaysAgo: number) => ({
    kind: 'avoid',
    technique: 'hot-stone',
    until: addCalendarDays(daysBefore(onsetDaysAgo), 42),
    message: 'Within 6 weeks of surgery: no heat (fresh tissue, clot risk).',
  });
  it('the surgical site: no deep pressure or stretching, and no heat, for 42 days', () => {
    expect(fire('local/post-surgical-site', { conditions: [surgery(41)] })).toStrictEqual([...deepOnSite(41), noHeat(41)]);
    expect(fire('local/post-surgical-site', { conditions: [surgery(42)] })).toBeNull();
    expect(fire('local/post-surgical-site', { conditions: [surgery(100, 'hip'), surgery(5)] })).toStrictEqual([...deepOnSite(5), noHeat(5)]);
    expect(fire('local/post-surgical-site', { conditions: [{ condition: 'sports-injury', severity: 'mild', region: 'knee', onset: daysBefore(5) }] })).toBeNull();
  });

  it('the surgery is named when the intake gives it', () => {
    const named = { ...surgery(10), surgery: { type: 'total knee arthroplasty', date: daysBefore(10) } };
    expect(fire('local/post-surgical-site', { conditions: [named] })?.[0]).toMatchObject({
      message: `Surgical site (total knee arthroplasty, ${daysBefore(10)}): no deep pressure or stretching on the site for about 6 weeks after surgery.`,
    });
  });

  it('no work on or over the incision until it has closed (21 days); then the site is worked', () => {
    expect(fire('local/incision-closure', { conditions: [surgery(20)] })).toStrictEqual([
      {
        kind: 'avoid',
        region: 'knee',
        side: 'left',
        until: addCalendarDays(daysBefore(20), 21),
        message: 'Surgical site: no work on or over the incision until it has closed (about 3 weeks).',
      },
    ]);
    expect(fire('local/incision-closure', { conditions: [surgery(21)] })).toBeNull();
  });

  it('scar work waits 21 days for the wound to close', () => {
    const scar = (onsetDaysAgo: number) => ({
      kind: 'avoid',
      technique: 'scar-mobilization',
      until: addCalendarDays(daysBefore(onsetDaysAgo), 21),
      message: 'Scar work waits until the wound has closed (about 3 weeks after surgery).',
    });
    expect(fire('local/scar-wound-closure', { conditions: [surgery(20)] })).toStrictEqual([scar(20)]);
    expect(fire('local/scar-wound-closure', { conditions: [surgery(21)] })).toBeNull();
    expect(fire('local/scar-wound-closure', { conditions: [surgery(30, 'hip'), surgery(2)] })).toStrictEqual([scar(2)]);
  });
});

describe('"no massage now" rules', () => {
  it('DVT: urgent referral, lifted by a physician’s clearance', () => {
    expect(fire('no-massage/dvt', history({ flag: 'dvt' }))).toStrictEqual([
      {
        kind: 'refer',
        urgency: 'urgent',
        message:
          'Deep-vein thrombosis (current or suspected): a clot can dislodge; a suspected clot needs medical assessment the same day, emergency care if breathless or with chest pain.',
        clearedBy: 'physician',
      },
    ]);
    expect(fire('no-massage/dvt', history({ flag: 'fever' }))).toBeNull();
  });

  it('DVT once cleared: light pressure, and the whole affected limb avoided on its side (both legs when no site is given)', () => {
    const cap = { kind: 'capPressure', max: 2, message: 'Treated deep-vein thrombosis: light pressure only.' };
    const leg = ['hip', 'gluteal', 'thigh', 'knee', 'lower-leg', 'ankle-foot'] as const;
    const limb = 'Deep-vein thrombosis: no work anywhere on the affected limb.';
    expect(fire('no-massage/dvt-cleared', history({ flag: 'dvt' }))).toStrictEqual([
      cap,
      ...leg.map((region) => ({ kind: 'avoid', region, message: 'Deep-vein thrombosis, site not given: no work on either leg.' })),
    ]);
    expect(fire('no-massage/dvt-cleared', history({ flag: 'dvt', region: 'lower-leg', side: 'right' }, { flag: 'dvt', region: 'upper-arm', side: 'left' }))).toStrictEqual([
      cap,
      ...leg.map((region) => ({ kind: 'avoid', region, side: 'right', message: limb })),
      ...(['shoulder', 'upper-arm', 'elbow', 'forearm', 'wrist-hand'] as const).map((region) => ({ kind: 'avoid', region, side: 'left', message: limb })),
    ]);
    expect(fire('no-massage/dvt-cleared', history({ flag: 'fever' }))).toBeNull();
  });

  it.each([
    ['fever', 'Fever or acute systemic infection: wait until it has resolved.'],
    ['contagious-illness', 'Contagious illness: wait until it has resolved.'],
  ] as const)('%s: defer until resolved', (flag, message) => {
    expect(fire(`no-massage/${flag}`, history({ flag }))).toStrictEqual([{ kind: 'defer', until: 'resolved', message }]);
    expect(fire(`no-massage/${flag}`, history({ flag: 'dvt' }))).toBeNull();
  });

  it('uncontrolled hypertension: defer for a physician’s clearance; then no percussion, check-ins', () => {
    expect(fire('no-massage/uncontrolled-hypertension', history({ flag: 'uncontrolled-hypertension' }))).toStrictEqual([
      { kind: 'defer', until: 'clearance', message: 'Uncontrolled hypertension: needs physician clearance first.', clearedBy: 'physician' },
      { kind: 'avoid', technique: 'percussion', message: 'Hypertension: avoid vigorous techniques.' },
      {
        kind: 'addPrecaution',
        id: 'blood-pressure-check-ins',
        message: 'Hypertension: check in on how the client feels during the session; avoid vigorous work.',
      },
    ]);
    expect(fire('no-massage/uncontrolled-hypertension', history({ flag: 'hypertension' }))).toBeNull();
  });

  it('pregnancy complication: defer for an obstetrician’s clearance', () => {
    expect(fire('no-massage/pregnancy-complication', history({ flag: 'pregnancy-complication' }))).toStrictEqual([
      { kind: 'defer', until: 'clearance', message: 'Pregnancy complication: needs obstetrician clearance first.', clearedBy: 'obstetrician' },
    ]);
    expect(fire('no-massage/pregnancy-complication', history({ flag: 'pregnancy', weeks: 20 }))).toBeNull();
  });

  it('severe thrombocytopenia: defer for a physician’s clearance; light contact even once cleared', () => {
    expect(fire('no-massage/severe-thrombocytopenia', history({ flag: 'severe-thrombocytopenia' }))).toStrictEqual([
      {
        kind: 'defer',
        until: 'clearance',
        message: 'Severe thrombocytopenia: bruising and bleeding risk; needs physician clearance first.',
        clearedBy: 'physician',
      },
      { kind: 'capPressure', max: 1, message: 'Severe thrombocytopenia: light contact only, even once cleared.' },
    ]);
    expect(fire('no-massage/severe-thrombocytopenia', history({ flag: 'bleeding-disorder' }))).toBeNull();
  });
});
