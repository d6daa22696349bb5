import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import type { OutcomeMeasureId } from '../../src/intake/vocabulary.js';
import { goalTarget, meaningfulChange } from '../../src/rules/goalTarget.js';

const measure = (id: OutcomeMeasureId) => defaultCatalog.outcomeMeasures[id];

describe('meaningfulChange', () => {
  it('is the smaller of the points and the percentage of the baseline ("2 points or 30%")', () => {
    expect(meaningfulChange(measure('pain-nrs'), 5)).toBeCloseTo(1.5, 10); // 30% of 5
    expect(meaningfulChange(measure('pain-nrs'), 8)).toBe(2); // 30% of 8 is 2.4
    expect(meaningfulChange(measure('pain-nrs'), 10)).toBe(2);
  });
  it('is the points when the percentage is nothing (baseline 0)', () => {
    expect(meaningfulChange(measure('pain-nrs'), 0)).toBe(2);
  });
  it('uses the size of a negative baseline for the percentage', () => {
    expect(meaningfulChange(measure('pain-nrs'), -5)).toBeCloseTo(1.5, 10);
  });
  it('is the points alone for a measure without a percentage', () => {
    expect(meaningfulChange(measure('ndi'), 40)).toBe(5);
    expect(meaningfulChange(measure('psfs'), 9)).toBe(2);
  });
});

describe('goalTarget', () => {
  it.each([
    // lower is better, whole steps (range ≥ 10): rounded down toward better
    ['pain-nrs', 7, 5], // 7 − 2 = 5 exactly: stays 5
    ['pain-nrs', 10, 8],
    ['pain-nrs', 5, 3], // 5 − 1.5 = 3.5 → 3
    ['pain-nrs', 4, 2], // 4 − 1.2 = 2.8 → 2
    ['pain-nrs', 1, 0], // 1 − 0.3 = 0.7 → 0
    ['pain-nrs', 0, 0], // below the range: 0
    ['ndi', 18, 13],
    ['ndi', 3, 0],
    ['odi', 40, 30],
    ['hdi', 20, 0],
    // higher is better: rounded up toward better, kept in range
    ['psfs', 3, 5], // exactly 5: stays 5
    ['psfs', 3.5, 6], // 5.5 → 6
    ['psfs', 9, 10], // 11 → 10
    // narrow scale (range < 10): steps of 0.1
    ['bctq', 3.45, 2.4], // 2.45 → 2.4
    ['bctq', 3.3, 2.3], // 2.3 despite 2.3 / 0.1 = 22.999…
    ['bctq', 1.5, 1], // 0.5 → the minimum, 1
  ] as const)('%s from %d: %d', (id, baseline, target) => {
    expect(goalTarget(measure(id), baseline)).toBe(target);
  });

  it('keeps the target within the measure’s range', () => {
    expect(goalTarget(measure('pain-nrs'), 0)).toBe(0);
    expect(goalTarget(measure('psfs'), 10)).toBe(10);
  });
});
