import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACUITIES, SEVERITIES } from '../../src/intake/vocabulary.js';
import { proposeTaper, TAPER_DEFAULTS, type TaperInput } from '../../src/schedule/proposeTaper.js';
import { fcConfig } from '../support/fcConfig.js';

const taper = (sessionsPerWeek: number, weeks: number, overrides: Partial<TaperInput> = {}) =>
  proposeTaper({ dose: { sessionsPerWeek, weeks }, acuity: 'chronic', severity: 'moderate', maintenance: true, ...overrides });

describe('proposeTaper', () => {
  it('steps twice-weekly care down to weekly, then every 2 weeks', () => {
    expect(taper(2, 4)).toEqual([
      { phase: 'intensive', sessionsPerWeek: 2, weeks: 4 },
      { phase: 'transition', sessionsPerWeek: 1, weeks: 4 },
      { phase: 'maintenance', sessionsPerWeek: 0.5, weeks: 8 },
    ]);
  });

  it('steps weekly care (chronic low-back pain, 10 weeks, S23) down to every 2 weeks, then every 4', () => {
    expect(taper(1, 10)).toEqual([
      { phase: 'intensive', sessionsPerWeek: 1, weeks: 10 },
      { phase: 'transition', sessionsPerWeek: 0.5, weeks: 4 },
      { phase: 'maintenance', sessionsPerWeek: 0.25, weeks: 8 },
    ]);
  });

  it('gives severe conditions the 6-week transition', () => {
    expect(taper(2, 6, { severity: 'severe' })[1]).toEqual({ phase: 'transition', sessionsPerWeek: 1, weeks: 6 });
  });

  it('leaves maintenance out unless asked', () => {
    expect(taper(2, 4, { maintenance: false }).map((p) => p.phase)).toEqual(['intensive', 'transition']);
  });

  it('caps the evidence dose at 2 a week', () => {
    expect(taper(3, 4)[0]).toEqual({ phase: 'intensive', sessionsPerWeek: 2, weeks: 4 });
  });

  it('keeps sparse doses non-increasing: every 2 weeks → every 4 weeks', () => {
    expect(taper(0.5, 8).map((p) => p.sessionsPerWeek)).toEqual([0.5, 0.25, 0.25]);
    expect(taper(0.25, 8).map((p) => p.sessionsPerWeek)).toEqual([0.25, 0.25, 0.25]);
  });

  it('books nothing for a dose that is not a positive number', () => {
    expect(taper(Number.NaN, 4).map((p) => p.sessionsPerWeek)).toEqual([0, 0, 0]);
    expect(taper(2, -1)[0]?.weeks).toBe(0);
  });

  it('cites only sources of the clinical reference or MP-DEFAULT', () => {
    for (const entry of Object.values(TAPER_DEFAULTS)) {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const source of entry.sources) expect(['S25', 'S27', 'S53', 'MP-DEFAULT']).toContain(source);
    }
  });

  it('never proposes more than 2 a week, and never increases frequency', () => {
    const inputArb = fc.record({
      dose: fc.record({
        sessionsPerWeek: fc.oneof(fc.constantFrom(2, 1.5, 1, 0.5, 0.25, 3, 0), fc.double({ min: -1, max: 10 })),
        weeks: fc.oneof(fc.integer({ min: 0, max: 16 }), fc.double({ min: -1, max: 20 })),
      }),
      acuity: fc.constantFrom(...ACUITIES),
      severity: fc.constantFrom(...SEVERITIES),
      maintenance: fc.boolean(),
    });
    fc.assert(
      fc.property(inputArb, (input) => {
        const phases = proposeTaper(input);
        expect(phases.map((p) => p.phase)).toEqual(
          input.maintenance ? ['intensive', 'transition', 'maintenance'] : ['intensive', 'transition'],
        );
        phases.forEach((phase, i) => {
          expect(phase.sessionsPerWeek).toBeGreaterThanOrEqual(0);
          expect(phase.sessionsPerWeek).toBeLessThanOrEqual(2);
          expect(phase.weeks).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(phase.weeks)).toBe(true);
          const previous = phases[i - 1];
          if (previous !== undefined) expect(phase.sessionsPerWeek).toBeLessThanOrEqual(previous.sessionsPerWeek);
        });
        const dose = input.dose.sessionsPerWeek;
        if (dose > 0) expect(phases[0]?.sessionsPerWeek).toBe(Math.min(dose, 2));
        // A real taper: the transition is less frequent unless already at every 4 weeks or sparser.
        const [intensive, transition] = phases;
        if (intensive !== undefined && transition !== undefined && intensive.sessionsPerWeek > 0.25) {
          expect(transition.sessionsPerWeek).toBeLessThan(intensive.sessionsPerWeek);
        }
      }),
      fcConfig,
    );
  });
});
