import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PhaseProposal } from '../../src/rules/Effect.js';
import { mergePhases } from '../../src/schedule/mergePhases.js';
import { proposeTaper } from '../../src/schedule/proposeTaper.js';
import { fcConfig } from '../support/fcConfig.js';
import { taperPhasesArb, wildPhasesArb } from '../support/scheduleArbitraries.js';

const ORDER = ['intensive', 'transition', 'maintenance'];
const fewerRuns = { ...fcConfig, numRuns: Math.max(1, Math.round(fcConfig.numRuns / 2)) };

function expectWellFormed(merged: readonly PhaseProposal[], proposals: readonly (readonly PhaseProposal[])[]): void {
  const present = ORDER.filter((kind) => proposals.some((proposal) => proposal.some((p) => p.phase === kind)));
  expect(merged.map((phase) => phase.phase)).toEqual(present);
  merged.forEach((phase, i) => {
    expect(phase.sessionsPerWeek).toBeGreaterThanOrEqual(0);
    expect(phase.sessionsPerWeek).toBeLessThanOrEqual(2);
    expect(phase.weeks).toBeGreaterThanOrEqual(0);
    const previous = merged[i - 1];
    if (previous !== undefined) expect(phase.sessionsPerWeek).toBeLessThanOrEqual(previous.sessionsPerWeek);
    // The longest needed duration wins.
    const weeks = proposals.flatMap((proposal) =>
      proposal.filter((p) => p.phase === phase.phase && Number.isFinite(p.weeks) && p.weeks > 0).map((p) => p.weeks),
    );
    expect(phase.weeks).toBe(Math.max(0, ...weeks));
  });
}

describe('mergePhases', () => {
  it('documents its rule with an example', () => {
    expect(
      mergePhases([
        [{ phase: 'intensive', sessionsPerWeek: 1, weeks: 10 }],
        [
          { phase: 'intensive', sessionsPerWeek: 2, weeks: 4 },
          { phase: 'transition', sessionsPerWeek: 1, weeks: 4 },
        ],
      ]),
    ).toEqual([
      { phase: 'intensive', sessionsPerWeek: 2, weeks: 10 },
      { phase: 'transition', sessionsPerWeek: 1, weeks: 4 },
    ]);
  });

  it('lowers a later phase to the one before it rather than raising the earlier one', () => {
    expect(
      mergePhases([
        [
          { phase: 'intensive', sessionsPerWeek: 0.5, weeks: 4 },
          { phase: 'transition', sessionsPerWeek: 1, weeks: 4 },
        ],
      ]),
    ).toEqual([
      { phase: 'intensive', sessionsPerWeek: 0.5, weeks: 4 },
      { phase: 'transition', sessionsPerWeek: 0.5, weeks: 4 },
    ]);
  });

  it('returns no phases for no proposals', () => {
    expect(mergePhases([])).toEqual([]);
    expect(mergePhases([[], []])).toEqual([]);
  });

  it('keeps sessionsPerWeek ≤ 2 and non-increasing, with the longest weeks, for any proposals', () => {
    const proposalsArb = fc.array(fc.oneof(taperPhasesArb, wildPhasesArb), { maxLength: 6 });
    fc.assert(
      fc.property(proposalsArb, (proposals) => {
        const merged = mergePhases(proposals);
        expectWellFormed(merged, proposals);
        // Already merged: merging again changes nothing.
        expect(mergePhases([merged])).toEqual(merged);
      }),
      fcConfig,
    );
  });

  it('takes the most intensive first-phase frequency, capped at 2, from taper-shaped proposals', () => {
    fc.assert(
      fc.property(fc.array(taperPhasesArb, { minLength: 1, maxLength: 6 }), (proposals) => {
        const merged = mergePhases(proposals);
        const first = merged[0];
        expect(first).toBeDefined();
        const sameKind = proposals.flatMap((proposal) => proposal.filter((p) => p.phase === first?.phase));
        expect(first?.sessionsPerWeek).toBe(Math.min(2, Math.max(...sameKind.map((p) => p.sessionsPerWeek))));
      }),
      fewerRuns,
    );
  });

  it('does not depend on the order of the conditions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(taperPhasesArb, wildPhasesArb), { maxLength: 6 }).chain((proposals) =>
          fc.tuple(fc.constant(proposals), fc.shuffledSubarray(proposals, { minLength: proposals.length })),
        ),
        ([proposals, shuffled]) => {
          expect(mergePhases(shuffled)).toEqual(mergePhases(proposals));
        },
      ),
      fewerRuns,
    );
  });

  it('merges proposeTaper tapers in any grouping to the same result', () => {
    // Holds for real tapers (each non-increasing, with intensive and transition);
    // not for arbitrary fragments, where lowering a later phase loses information.
    const realTaper = fc
      .record({
        sessionsPerWeek: fc.constantFrom(2, 1.5, 1, 0.5, 0.25),
        weeks: fc.integer({ min: 1, max: 16 }),
        maintenance: fc.boolean(),
        severity: fc.constantFrom('mild', 'moderate', 'severe' as const),
      })
      .map(({ sessionsPerWeek, weeks, maintenance, severity }) =>
        proposeTaper({ dose: { sessionsPerWeek, weeks }, acuity: 'chronic', severity, maintenance }),
      );
    fc.assert(
      fc.property(realTaper, realTaper, realTaper, (a, b, c) => {
        expect(mergePhases([mergePhases([a, b]), c])).toEqual(mergePhases([a, b, c]));
      }),
      fewerRuns,
    );
  });

  it('leaves a single proposeTaper taper unchanged', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2, 1.5, 1, 0.5, 0.25),
        fc.integer({ min: 1, max: 16 }),
        fc.boolean(),
        fc.constantFrom('mild', 'moderate', 'severe' as const),
        (sessionsPerWeek, weeks, maintenance, severity) => {
          const phases = proposeTaper({ dose: { sessionsPerWeek, weeks }, acuity: 'chronic', severity, maintenance });
          expect(mergePhases([phases])).toEqual(phases);
        },
      ),
      fewerRuns,
    );
  });
});
