import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { avoidReasons } from '../../src/export/avoidReasons.js';
import { goalPurpose } from '../../src/export/goalPurpose.js';
import { joinWords } from '../../src/export/joinWords.js';
import { phaseSummary, weeksLabel } from '../../src/export/phaseSummary.js';
import { pressureLabel } from '../../src/export/pressureLabel.js';
import { regionLabel } from '../../src/export/regionLabel.js';
import { stableId } from '../../src/export/stableId.js';
import { techniqueLabel } from '../../src/export/techniqueLabel.js';

describe('wording helpers', () => {
  it('joinWords lists like a sentence, with a serial comma from three items', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['neck'])).toBe('neck');
    expect(joinWords(['neck', 'shoulder'])).toBe('neck and shoulder');
    expect(joinWords(['neck', 'shoulder', 'head and scalp'])).toBe('neck, shoulder, and head and scalp');
  });

  it('techniqueLabel lowercases the first letter except proper adjectives and acronyms', () => {
    expect(techniqueLabel('trigger-point', defaultCatalog)).toBe('trigger-point therapy');
    expect(techniqueLabel('swedish', defaultCatalog)).toBe('Swedish massage');
    expect(techniqueLabel('intraoral-tmj', defaultCatalog)).toBe('intraoral TMJ work');
    expect(techniqueLabel('lymphatic-drainage', defaultCatalog)).toBe('manual lymphatic drainage');
  });

  it('regionLabel drops the gloss and names the side', () => {
    expect(regionLabel('jaw', undefined, defaultCatalog)).toBe('jaw');
    expect(regionLabel('lower-leg', 'left', defaultCatalog)).toBe('left lower leg');
    expect(regionLabel('knee', 'both', defaultCatalog)).toBe('knee (both sides)');
    expect(regionLabel('head', 'right', defaultCatalog)).toBe('right head and scalp');
  });

  it('phaseSummary and weeksLabel say the taper as a plan of care does', () => {
    expect(weeksLabel(1)).toBe('1 week');
    expect(weeksLabel(2.25)).toBe('2.3 weeks');
    expect(
      phaseSummary([
        { phase: 'intensive', sessionsPerWeek: 2, weeks: 4, because: [] },
        { phase: 'transition', sessionsPerWeek: 1, weeks: 4, because: [] },
        { phase: 'maintenance', sessionsPerWeek: 0.25, weeks: 8, because: [] },
      ]),
    ).toBe('2×/week for 4 weeks, then weekly for 4 weeks, then every 4 weeks for 8 weeks');
    expect(phaseSummary([])).toBe('');
  });

  it('goalPurpose and pressureLabel', () => {
    expect(goalPurpose(['pain-relief', 'pain-relief', 'stress-relief'])).toBe('to reduce pain and reduce stress');
    expect([1, 2, 3, 4, 5].map((l) => pressureLabel(l as 1))).toEqual([
      '1 (light contact)',
      '2 (light)',
      '3 (moderate)',
      '4 (firm)',
      '5 (deep)',
    ]);
  });
});

describe('stableId', () => {
  it('is 14 hex digits, the same for the same text, different for near texts', () => {
    expect(stableId('plan')).toMatch(/^[0-9a-f]{14}$/);
    expect(stableId('plan')).toBe(stableId('plan'));
    const ids = new Set(Array.from({ length: 5000 }, (_, i) => stableId(`{"sessions":${i}}`)));
    expect(ids.size).toBe(5000);
    expect(stableId('')).toMatch(/^[0-9a-f]{14}$/);
  });

  it('does not depend on the runtime: known values', () => {
    // Pinned so that a change of the hash (which changes every exported FHIR id) is a deliberate one.
    expect([stableId('a'), stableId('b'), stableId('massage-plan')]).toEqual(['1c2ba782c97901', '1eda5bc254d2bf', '1b57c1a83d3383']);
  });
});

describe('avoidReasons', () => {
  const trace = [
    { rule: 'p/osteo', effect: 'avoid', detail: 'fragile bone', source: 'WERNER-PATHOLOGY' },
    { rule: 'p/osteo', effect: 'capPressure', detail: 'cap', source: 'WERNER-PATHOLOGY' },
    { rule: 'p/osteo', effect: 'avoid', detail: 'prone loads ribs', source: 'WERNER-PATHOLOGY' },
    { rule: 'pref/positions', effect: 'avoid', detail: 'client prefers', source: 'CLIENT' },
  ];
  const avoid = [
    { technique: 'deep-tissue' as const, because: ['p/osteo'], reasons: ['fragile bone'] },
    { position: 'prone' as const, because: ['p/osteo', 'pref/positions'], reasons: ['prone loads ribs', 'client prefers'] },
  ];

  it('matches each exclusion to its own trace entries, in fold order', () => {
    expect(avoidReasons({ avoid, trace })).toEqual([['fragile bone'], ['prone loads ribs', 'client prefers']]);
  });

  it('falls back to every avoid detail of the rules when the trace does not line up', () => {
    // Two exclusions, one avoid entry in the trace: the walk cannot pair them.
    expect(avoidReasons({ avoid, trace: trace.slice(0, 2) })).toEqual([['fragile bone'], ['fragile bone']]);
    expect(avoidReasons({ avoid, trace: [...trace, { rule: 'x/other', effect: 'avoid', detail: 'stray', source: 'WERNER-PATHOLOGY' }] })).toEqual([
      ['fragile bone', 'prone loads ribs'],
      ['fragile bone', 'prone loads ribs', 'client prefers'],
    ]);
  });
});
