import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import type { Catalog } from '../../src/catalog/Catalog.js';
import { isRelevantRedFlag } from '../../src/rules/redFlagRules.js';
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

  it('a flag reported for a condition it bears on refers, with the catalogue’s urgency and words', () => {
    expect(fire('red-flag/night-pain', { ...neck, redFlags: ['night-pain'] })).toStrictEqual([
      { kind: 'refer', urgency: 'urgent', message: 'Night pain (pain worse lying down): may indicate Tumour or infection.' },
    ]);
    expect(fire('red-flag/night-pain-noted', { ...neck, redFlags: ['night-pain'] })).toBeNull();
  });

  it('a flag reported for a condition it does not bear on is noted for the therapist instead', () => {
    expect(fire('red-flag/night-pain', { ...wrist, redFlags: ['night-pain'] })).toBeNull();
    expect(fire('red-flag/night-pain-noted', { ...wrist, redFlags: ['night-pain'] })).toStrictEqual([
      {
        kind: 'addPrecaution',
        id: 'red-flag-noted-night-pain',
        message:
          'Night pain (pain worse lying down) was reported; it is not a red flag for these conditions, but confirm it has been medically assessed before treating.',
      },
    ]);
  });

  it('emergency flags and flags for any condition always refer', () => {
    expect(fire('red-flag/saddle-anesthesia', { ...wrist, redFlags: ['saddle-anesthesia'] })).toStrictEqual([
      { kind: 'refer', urgency: 'emergency', message: 'Saddle anaesthesia: may indicate Cauda equina syndrome.' },
    ]);
    expect(fire('red-flag/calf-swelling', { ...wrist, redFlags: ['calf-swelling'] })).toStrictEqual([
      { kind: 'refer', urgency: 'urgent', message: 'Calf swelling: may indicate Deep vein thrombosis.' },
    ]);
    expect(fire('red-flag/saddle-anesthesia-noted', { ...wrist, redFlags: ['saddle-anesthesia'] })).toBeNull();
  });

  it('a flag that is not reported does nothing', () => {
    expect(fire('red-flag/night-pain', { ...neck, redFlags: ['calf-swelling'] })).toBeNull();
    expect(fire('red-flag/night-pain-noted', { ...wrist, redFlags: ['calf-swelling'] })).toBeNull();
    expect(fire('red-flag/night-pain', neck)).toBeNull();
  });

  it('isRelevantRedFlag: emergency or "any" always; otherwise one listed condition suffices', () => {
    const two = intakeWith({ conditions: [{ condition: 'carpal-tunnel', severity: 'mild' }, { condition: 'sciatica', severity: 'mild' }] });
    expect(isRelevantRedFlag('night-pain', two, defaultCatalog)).toBe(true);
    expect(isRelevantRedFlag('night-pain', intakeWith(wrist), defaultCatalog)).toBe(false);
    expect(isRelevantRedFlag('thunderclap-headache', intakeWith(wrist), defaultCatalog)).toBe(true);
    expect(isRelevantRedFlag('calf-swelling', intakeWith(wrist), defaultCatalog)).toBe(true);
    // a routine flag a vendor makes relevant to any condition
    const anyThenar: Catalog = {
      ...defaultCatalog,
      redFlags: { ...defaultCatalog.redFlags, 'thenar-atrophy': { ...defaultCatalog.redFlags['thenar-atrophy'], conditions: 'any' } },
    };
    expect(isRelevantRedFlag('thenar-atrophy', intakeWith(neck), defaultCatalog)).toBe(false);
    expect(isRelevantRedFlag('thenar-atrophy', intakeWith(neck), anyThenar)).toBe(true);
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
  it('acute and severe: no maintenance unless asked for, a 6-week transition', () => {
    const acute = { conditions: [{ condition: 'neck-pain' as const, severity: 'severe' as const, acuity: 'acute' as const }] };
    expect(fire('dose/neck-pain', acute)).toStrictEqual([
      minutes,
      {
        kind: 'setPhases',
        phases: [
          { phase: 'intensive', sessionsPerWeek: 2, weeks: 4 },
          { phase: 'transition', sessionsPerWeek: 1, weeks: 6 },
        ],
        message: summary,
      },
    ]);
    const phases = fire('dose/neck-pain', { ...acute, goals: ['pain-relief', 'maintenance'] })?.[1];
    expect(phases).toMatchObject({ phases: [{ phase: 'intensive' }, { phase: 'transition' }, { phase: 'maintenance', sessionsPerWeek: 0.5, weeks: 8 }] });
  });
  it('one dose per entry of the condition; none for an absent condition', () => {
    const two = { conditions: [{ condition: 'neck-pain' as const, severity: 'mild' as const }, { condition: 'neck-pain' as const, severity: 'mild' as const, acuity: 'acute' as const }] };
    expect(fire('dose/neck-pain', two)?.map((e) => e.kind)).toStrictEqual(['setMinutes', 'setPhases', 'setMinutes', 'setPhases']);
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
