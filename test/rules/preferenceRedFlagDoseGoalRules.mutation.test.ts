import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import type { Catalog } from '../../src/catalog/Catalog.js';
import { ctxWith, fire, intakeWith } from './ruleHarness.js';

describe('preference rules', () => {
  it('the client’s maximum pressure is a cap', () => {
    expect(fire('preference/max-pressure', { preferences: { maxPressure: 3 } })).toStrictEqual([
      { kind: 'capPressure', max: 3, message: 'The client’s preferred maximum pressure.' },
    ]);
    expect(fire('preference/max-pressure', { preferences: { maxPressure: 1 } })).toStrictEqual([
      { kind: 'capPressure', max: 1, message: 'The client’s preferred maximum pressure.' },
    ]);
    expect(fire('preference/max-pressure', { preferences: {} })).toBeNull();
    expect(fire('preference/max-pressure')).toBeNull();
  });

  it('the client’s maximum session length is a cap, with a note for each dose it shortens', () => {
    expect(
      fire('preference/max-session-minutes', {
        conditions: [
          { condition: 'neck-pain', severity: 'mild' }, // 60-minute dose
          { condition: 'migraine', severity: 'mild' }, // 45-minute dose
        ],
        preferences: { maxSessionMinutes: 50 },
      }),
    ).toStrictEqual([
      { kind: 'capMinutes', max: 50, message: 'The client prefers sessions of at most 50 minutes.' },
      {
        kind: 'addPrecaution',
        id: 'shortened-dose-neck-pain',
        message: 'Neck pain: sessions are shorter (50 min) than the studied dose (60 min, S24); expect less benefit.',
      },
    ]);
    // exactly the dose, or longer: nothing is shortened
    expect(fire('preference/max-session-minutes', { preferences: { maxSessionMinutes: 60 } })).toStrictEqual([
      { kind: 'capMinutes', max: 60, message: 'The client prefers sessions of at most 60 minutes.' },
    ]);
    expect(fire('preference/max-session-minutes', { preferences: { maxSessionMinutes: 90 } })).toStrictEqual([
      { kind: 'capMinutes', max: 90, message: 'The client prefers sessions of at most 90 minutes.' },
    ]);
    expect(fire('preference/max-session-minutes', { preferences: { hotStones: true } })).toBeNull();
  });

  it('positions the client wants to avoid are excluded, one by one', () => {
    expect(fire('preference/avoid-positions', { preferences: { avoidPositions: ['prone', 'seated'] } })).toStrictEqual([
      { kind: 'avoid', position: 'prone', message: 'The client prefers not to lie prone.' },
      { kind: 'avoid', position: 'seated', message: 'The client prefers not to lie seated.' },
    ]);
    expect(fire('preference/avoid-positions', { preferences: { avoidPositions: [] } })).toBeNull();
    expect(fire('preference/avoid-positions', { preferences: {} })).toBeNull();
  });

  it('hot stones only when asked for, over every region the conditions target (each once)', () => {
    expect(
      fire('preference/hot-stones', {
        conditions: [
          { condition: 'neck-pain', severity: 'mild' }, // neck, shoulder, upper-back
          { condition: 'migraine', severity: 'mild' }, // neck, shoulder, head
        ],
        preferences: { hotStones: true },
      }),
    ).toStrictEqual([{ kind: 'addTechnique', technique: 'hot-stone', regions: ['neck', 'shoulder', 'upper-back', 'head'], message: 'The client asked for hot stones.' }]);
    expect(fire('preference/hot-stones', { preferences: { hotStones: false } })).toBeNull();
    expect(fire('preference/hot-stones')).toBeNull();
  });
});

describe('red-flag rules', () => {
  const neck = { conditions: [{ condition: 'neck-pain' as const, severity: 'moderate' as const }] };
  const wrist = { conditions: [{ condition: 'carpal-tunnel' as const, severity: 'moderate' as const }] };

  it('a reported flag refers whatever the complaint, with its urgency, lifted by a physician', () => {
    const expected = [
      {
        kind: 'refer',
        urgency: 'urgent',
        message: 'Constant night pain, not eased by rest or a change of position: may indicate Tumour or infection.',
        clearedBy: 'physician',
      },
    ];
    expect(fire('red-flag/night-pain', { ...neck, redFlags: ['night-pain'] })).toStrictEqual(expected);
    // carpal tunnel is not a complaint night pain is typical of: it refers all the same
    expect(fire('red-flag/night-pain', { ...wrist, redFlags: ['night-pain'] })).toStrictEqual(expected);
  });

  it('an emergency flag is never lifted', () => {
    expect(fire('red-flag/saddle-anesthesia', { ...wrist, redFlags: ['saddle-anesthesia'] })).toStrictEqual([
      {
        kind: 'refer',
        urgency: 'emergency',
        message: 'Saddle anaesthesia: may indicate Cauda equina syndrome.',
      },
    ]);
    const cleared = fire('red-flag/saddle-anesthesia', { ...wrist, redFlags: ['saddle-anesthesia'], clearances: ['physician'] });
    expect(cleared).toHaveLength(1);
    expect(cleared?.[0]).not.toHaveProperty('clearedBy');
  });

  it('a routine flag refers too; an evaluated flag stays in view at every visit', () => {
    expect(fire('red-flag/thenar-atrophy', { ...neck, redFlags: ['thenar-atrophy'] })?.[0]).toMatchObject({ urgency: 'routine', clearedBy: 'physician' });
    const evaluated = fire('red-flag/cancer-history', { ...neck, redFlags: ['cancer-history'], clearances: ['physician'] });
    expect(evaluated?.[1]).toMatchObject({ kind: 'addPrecaution', id: 'red-flag-evaluated-cancer-history' });
    expect(fire('red-flag/cancer-history', { ...neck, redFlags: ['cancer-history'] })).toHaveLength(1);
  });

  it('a flag that is not reported does nothing', () => {
    expect(fire('red-flag/night-pain', { ...neck, redFlags: ['calf-swelling'] })).toBeNull();
    expect(fire('red-flag/night-pain', neck)).toBeNull();
  });

  it('bilateral sciatica implies bilateral leg symptoms: urgent cauda equina screen, said as implied', () => {
    const both = { conditions: [{ condition: 'sciatica' as const, severity: 'moderate' as const, side: 'both' as const }] };
    const effects = fire('red-flag/implied-bilateral-sciatica', both);
    expect(effects?.[0]).toMatchObject({ kind: 'refer', urgency: 'urgent', clearedBy: 'physician' });
    expect(effects?.[0]?.message).toMatch(/both sides.*implied.*cauda equina/i);
    expect(fire('red-flag/implied-bilateral-sciatica', { conditions: [{ condition: 'sciatica', severity: 'moderate', side: 'left' }] })).toBeNull();
    // reported outright, the flag's own (emergency) rule handles it
    expect(fire('red-flag/implied-bilateral-sciatica', { ...both, redFlags: ['bilateral-leg-symptoms'] })).toBeNull();
  });

  it('a headache that began under 3 months ago at 50 or over is a new headache after 50', () => {
    const headache = (age: number, onset: string) => ({
      age,
      conditions: [{ condition: 'tension-headache' as const, severity: 'moderate' as const, onset }],
    });
    const at50 = fire('red-flag/implied-new-headache-after-50', headache(50, '2026-09-03')); // 89 days before 2026-12-01
    expect(at50?.[0]).toMatchObject({ kind: 'refer', urgency: 'urgent' });
    expect(at50?.[0]?.message).toMatch(/age 50.*tension-headache that began 89 days ago/);
    expect(fire('red-flag/implied-new-headache-after-50', headache(49, '2026-09-03'))).toBeNull();
    expect(fire('red-flag/implied-new-headache-after-50', headache(50, '2026-09-02'))).toBeNull(); // 90 days: not new
    expect(fire('red-flag/implied-new-headache-after-50', { age: 70, conditions: [{ condition: 'migraine', severity: 'mild', acuity: 'subacute' }] })).not.toBeNull();
    expect(fire('red-flag/implied-new-headache-after-50', { age: 70, conditions: [{ condition: 'migraine', severity: 'mild' }] })).toBeNull(); // chronic
    expect(fire('red-flag/implied-new-headache-after-50', { conditions: [{ condition: 'migraine', severity: 'mild', acuity: 'acute' }] })).toBeNull(); // age unknown
  });

  it('back pain at 65+ with osteoporosis or corticosteroids implies a fracture screen', () => {
    const back = { conditions: [{ condition: 'low-back-pain' as const, severity: 'moderate' as const }] };
    const osteo = fire('red-flag/implied-fracture-risk', { ...back, age: 65, history: [{ flag: 'osteoporosis' }] });
    // long-standing back pain: the screen at the next opportunity; recent back pain: urgently
    expect(osteo?.[0]).toMatchObject({ kind: 'refer', urgency: 'routine', clearedBy: 'physician' });
    expect(
      fire('red-flag/implied-fracture-risk', { conditions: [{ condition: 'low-back-pain', severity: 'moderate', acuity: 'acute' }], age: 65, history: [{ flag: 'osteoporosis' }] })?.[0],
    ).toMatchObject({ urgency: 'urgent' });
    expect(osteo?.[0]?.message).toMatch(/age 65 with osteoporosis.*fracture/);
    expect(fire('red-flag/implied-fracture-risk', { ...back, age: 70, history: [{ flag: 'corticosteroids' }] })?.[0]?.message).toMatch(/corticosteroids/);
    expect(fire('red-flag/implied-fracture-risk', { ...back, age: 64, history: [{ flag: 'osteoporosis' }] })).toBeNull();
    expect(fire('red-flag/implied-fracture-risk', { ...back, age: 80 })).toBeNull();
    expect(fire('red-flag/implied-fracture-risk', { ...neck, age: 80, history: [{ flag: 'osteoporosis' }] })).toBeNull();
  });
});

describe('dose rules', () => {
  const minutes = { kind: 'setMinutes', minutes: 60, message: 'Neck pain: 60-minute sessions.' };
  const summary = `Neck pain: ${defaultCatalog.conditions['neck-pain'].dose.summary}`;
  it('chronic neck pain: the evidence dose, a weekly transition, maintenance every 2 weeks', () => {
    expect(fire('dose/neck-pain')).toStrictEqual([
      minutes,
      {
        kind: 'setPhases',
        phases: [
          { phase: 'intensive', sessionsPerWeek: 2, weeks: 4 },
          { phase: 'transition', sessionsPerWeek: 1, weeks: 4 },
          { phase: 'maintenance', sessionsPerWeek: 0.5, weeks: 8 },
        ],
        message: summary,
      },
    ]);
  });
  it('acute or subacute: the chronic-pain dose is not applied; a 2-week course at its frequency, then reassess', () => {
    const acute = { conditions: [{ condition: 'neck-pain' as const, severity: 'severe' as const, acuity: 'acute' as const }] };
    expect(fire('dose/neck-pain', acute)).toStrictEqual([minutes]);
    expect(fire('dose/acute-course', acute)).toStrictEqual([
      {
        kind: 'setPhases',
        phases: [{ phase: 'intensive', sessionsPerWeek: 2, weeks: 2 }],
        message: 'Neck pain: a 2-week course, then reassess (acute: the chronic-pain dose is not applied).',
      },
    ]);
    const lbp = fire('dose/acute-course', { conditions: [{ condition: 'low-back-pain', severity: 'mild', acuity: 'subacute' }] });
    expect(lbp).toMatchObject([{ phases: [{ phase: 'intensive', sessionsPerWeek: 1, weeks: 2 }] }]);
    expect(fire('dose/acute-course', { conditions: [{ condition: 'neck-pain', severity: 'mild' }] })).toBeNull(); // chronic
    // a practice-level dose (not a chronic-pain trial) is kept for recent post-surgical care
    expect(fire('dose/acute-course', { conditions: [{ condition: 'post-surgical', severity: 'mild', region: 'knee', acuity: 'subacute' }] })).toBeNull();
    // under 18 the adult dose is never applied
    expect(fire('dose/acute-course', { age: 12, conditions: [{ condition: 'neck-pain', severity: 'mild' }] })).toMatchObject([
      { phases: [{ phase: 'intensive', sessionsPerWeek: 2, weeks: 2 }], message: expect.stringContaining('under 18') },
    ]);
    expect(fire('dose/neck-pain', { age: 12, conditions: [{ condition: 'neck-pain', severity: 'mild' }] })?.map((e) => e.kind)).toStrictEqual(['setMinutes']);
  });
  it('one dose per entry of the condition; none for an absent condition', () => {
    const two = { conditions: [{ condition: 'neck-pain' as const, severity: 'mild' as const }, { condition: 'neck-pain' as const, severity: 'mild' as const, acuity: 'acute' as const }] };
    expect(fire('dose/neck-pain', two)?.map((e) => e.kind)).toStrictEqual(['setMinutes', 'setPhases', 'setMinutes']);
    expect(fire('dose/acute-course', two)?.map((e) => e.kind)).toStrictEqual(['setPhases']);
    expect(fire('dose/migraine')).toBeNull();
  });
});

describe('goal rules', () => {
  const painName = defaultCatalog.outcomeMeasures['pain-nrs'].name;
  it('a goal for the worst pain score: a meaningful improvement', () => {
    expect(
      fire('goal/meaningful-change', {
        conditions: [
          { condition: 'neck-pain', severity: 'mild', painScore: 3 },
          { condition: 'migraine', severity: 'mild', painScore: 7 },
        ],
      }),
    ).toStrictEqual([{ kind: 'addGoal', measure: 'pain-nrs', baseline: 7, target: 5, targetChange: 2, message: `${painName}: from 7 to 5 would be a meaningful improvement.` }]);
  });
  it('listed scores get goals too, and a listed pain score replaces the condition’s', () => {
    expect(
      fire('goal/meaningful-change', {
        conditions: [{ condition: 'neck-pain', severity: 'mild', painScore: 8 }],
        scores: [
          { measure: 'ndi', value: 18 },
          { measure: 'pain-nrs', value: 5 },
        ],
      }),
    ).toStrictEqual([
      { kind: 'addGoal', measure: 'pain-nrs', baseline: 5, target: 3, targetChange: 2, message: `${painName}: from 5 to 3 would be a meaningful improvement.` },
      {
        kind: 'addGoal',
        measure: 'ndi',
        baseline: 18,
        target: 13,
        targetChange: 5,
        message: 'Neck Disability Index (NDI, 0–50): from 18 to 13 would be a meaningful improvement.',
      },
    ]);
  });
  it('no goal where no improvement is possible (already at the best score)', () => {
    expect(fire('goal/meaningful-change', { conditions: [{ condition: 'neck-pain', severity: 'mild', painScore: 0 }] })).toStrictEqual([]);
    expect(fire('goal/meaningful-change', { scores: [{ measure: 'psfs', value: 10 }] })).toStrictEqual([]);
  });
  it('no goal rule without a baseline', () => {
    expect(fire('goal/meaningful-change')).toBeNull();
  });

  const recordText = (ids: readonly (keyof Catalog['outcomeMeasures'])[]) =>
    `Record baselines at the first session: ${ids
      .map((m) => `${defaultCatalog.outcomeMeasures[m].name} (meaningful change: ${defaultCatalog.outcomeMeasures[m].meaningfulChange.points} points)`)
      .join('; ')}.`;
  it('a reminder to record each missing baseline the conditions call for, once each', () => {
    expect(fire('goal/record-baselines')).toStrictEqual([{ kind: 'addPrecaution', id: 'record-baselines', message: recordText(['pain-nrs', 'ndi']) }]);
    expect(recordText(['ndi'])).toBe('Record baselines at the first session: Neck Disability Index (NDI, 0–50) (meaningful change: 5 points).');
    expect(
      fire('goal/record-baselines', {
        conditions: [
          { condition: 'neck-pain', severity: 'mild', painScore: 4 },
          { condition: 'low-back-pain', severity: 'mild' },
        ],
      }),
    ).toStrictEqual([{ kind: 'addPrecaution', id: 'record-baselines', message: recordText(['ndi', 'rmdq', 'odi']) }]);
  });
  it('no reminder when every baseline is known', () => {
    expect(
      fire('goal/record-baselines', { conditions: [{ condition: 'neck-pain', severity: 'mild', painScore: 4 }], scores: [{ measure: 'ndi', value: 10 }] }),
    ).toBeNull();
    expect(fire('goal/record-baselines', { conditions: [{ condition: 'migraine', severity: 'mild' }], scores: [{ measure: 'hdi', value: 40 }] })).toBeNull();
  });
  it('the context helper builds the same intake the rules see', () => {
    expect(ctxWith().intake).toStrictEqual(intakeWith());
  });
});
