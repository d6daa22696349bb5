import { describe, expect, it } from 'vitest';
import { billingUnits } from '../../src/engine/billingUnits.js';
import { sidesOverlap } from '../../src/engine/sidesOverlap.js';

describe('billingUnits (8-minute rule, 15-minute units)', () => {
  it.each([
    [0, 0],
    [7, 0],
    [8, 1],
    [22, 1],
    [23, 2],
    [37, 2],
    [38, 3],
    [52, 3],
    [53, 4],
    [60, 4],
    [67, 4],
    [68, 5],
    [90, 6],
    [120, 8],
  ])('%i minutes bill %i units', (minutes, units) => {
    expect(billingUnits(minutes)).toBe(units);
  });
});

describe('sidesOverlap', () => {
  it.each([
    [undefined, undefined, true],
    [undefined, 'left', true],
    ['right', undefined, true],
    ['both', 'left', true],
    ['right', 'both', true],
    ['left', 'left', true],
    ['right', 'right', true],
    ['left', 'right', false],
    ['right', 'left', false],
  ] as const)('%s against %s: %s', (a, b, expected) => {
    expect(sidesOverlap(a, b)).toBe(expected);
  });
});
