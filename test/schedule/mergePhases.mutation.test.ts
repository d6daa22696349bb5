import { describe, expect, it } from 'vitest';
import { mergePhases } from '../../src/schedule/mergePhases.js';
import { proposeTaper } from '../../src/schedule/proposeTaper.js';

describe('mergePhases: numbers that are not positive finite count as 0', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0])('a frequency of %d', (bad) => {
    expect(mergePhases([[{ phase: 'intensive', sessionsPerWeek: bad, weeks: 3 }]])).toStrictEqual([{ phase: 'intensive', sessionsPerWeek: 0, weeks: 3 }]);
    expect(mergePhases([[{ phase: 'intensive', sessionsPerWeek: bad, weeks: 3 }], [{ phase: 'intensive', sessionsPerWeek: 1, weeks: 1 }]])).toStrictEqual([
      { phase: 'intensive', sessionsPerWeek: 1, weeks: 3 },
    ]);
  });
  it.each([Number.NaN, Number.POSITIVE_INFINITY, -2, 0])('a length of %d weeks', (bad) => {
    expect(mergePhases([[{ phase: 'transition', sessionsPerWeek: 1, weeks: bad }]])).toStrictEqual([{ phase: 'transition', sessionsPerWeek: 1, weeks: 0 }]);
  });
  it('caps the frequency at 2 and keeps later phases no more frequent', () => {
    expect(
      mergePhases([
        [
          { phase: 'intensive', sessionsPerWeek: 3, weeks: 2 },
          { phase: 'transition', sessionsPerWeek: 1.5, weeks: 2 },
          { phase: 'maintenance', sessionsPerWeek: 2, weeks: 2 },
        ],
      ]),
    ).toStrictEqual([
      { phase: 'intensive', sessionsPerWeek: 2, weeks: 2 },
      { phase: 'transition', sessionsPerWeek: 1.5, weeks: 2 },
      { phase: 'maintenance', sessionsPerWeek: 1.5, weeks: 2 },
    ]);
  });
});

describe('proposeTaper: doses that are not positive finite', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1])('books nothing for a frequency of %d', (bad) => {
    expect(proposeTaper({ dose: { sessionsPerWeek: bad, weeks: 4 }, acuity: 'chronic', severity: 'mild', maintenance: false })[0]).toStrictEqual({
      phase: 'intensive',
      sessionsPerWeek: 0,
      weeks: 4,
    });
  });
  it.each([Number.NaN, Number.POSITIVE_INFINITY, -3])('gives 0 weeks for a length of %d', (bad) => {
    expect(proposeTaper({ dose: { sessionsPerWeek: 1, weeks: bad }, acuity: 'chronic', severity: 'mild', maintenance: false })[0]?.weeks).toBe(0);
  });
  it('steps a weekly dose down to every 2 weeks, then every 4 weeks for maintenance', () => {
    expect(proposeTaper({ dose: { sessionsPerWeek: 1, weeks: 6 }, acuity: 'chronic', severity: 'mild', maintenance: true })).toStrictEqual([
      { phase: 'intensive', sessionsPerWeek: 1, weeks: 6 },
      { phase: 'transition', sessionsPerWeek: 0.5, weeks: 4 },
      { phase: 'maintenance', sessionsPerWeek: 0.25, weeks: 8 },
    ]);
  });
});
