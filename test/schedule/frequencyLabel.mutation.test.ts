import { describe, expect, it } from 'vitest';
import { frequencyLabel } from '../../src/schedule/frequencyLabel.js';
import { minGapDays } from '../../src/schedule/minGapDays.js';

describe('frequencyLabel', () => {
  it.each([
    [2, '2×/week'],
    [1.5, '1.5×/week'],
    [1, 'weekly'],
    [0.5, 'every 2 weeks'],
    [0.25, 'every 4 weeks'],
    [1 / 3, 'every 3 weeks'],
    [0.4, '0.4×/week'], // every 2.5 weeks is not a whole number of weeks
    [0, '0×/week'],
    [-1, '-1×/week'],
  ])('%d sessions a week: %s', (sessionsPerWeek, label) => {
    expect(frequencyLabel(sessionsPerWeek)).toBe(label);
  });
});

describe('minGapDays', () => {
  it.each([
    [2, 2],
    [1.5, 2],
    [1.01, 2],
    [1, 5],
    [0.9, 6],
    [0.5, 10],
    [0.25, 20],
    [0, 2],
    [-1, 2],
    [Number.NaN, 2],
    [Number.POSITIVE_INFINITY, 2],
  ])('%d sessions a week: at least %d days apart', (sessionsPerWeek, days) => {
    expect(minGapDays(sessionsPerWeek)).toBe(days);
  });
});
