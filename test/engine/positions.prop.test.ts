import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { POSITIONS } from '../../src/intake/vocabulary.js';
import { historyEntryArbitrary, intakeArbitrary } from '../support/arbitraries.js';
import { assertProperty } from '../support/fcConfig.js';

// A plan must leave the therapist at least one table position. The schema
// caps avoidPositions at 3, but precautions (osteoporosis, pregnancy) can
// exclude the last one; then the engine defers (preferences are never
// overridden) and says why.

describe('positions', () => {
  it('defers when safety and preference leave no position', () => {
    const rec = recommendPlan({
      assessedOn: '2020-01-01',
      conditions: [{ condition: 'low-back-pain', severity: 'mild' }],
      goals: ['maintenance'],
      history: [{ flag: 'osteoporosis' }],
      preferences: { avoidPositions: ['supine', 'side-lying', 'seated'] },
    });
    expect(rec).toMatchObject({ kind: 'defer', until: 'resolved', reasons: [{ rule: 'preference/no-position-left', source: 'CLIENT' }] });
  });

  it('every plan leaves at least one allowed position (three positions avoided, plus a flag that limits positions)', () => {
    assertProperty(
      fc.property(
        intakeArbitrary(),
        fc.subarray([...POSITIONS], { minLength: 3, maxLength: 3 }),
        historyEntryArbitrary(['osteoporosis', 'pregnancy']),
        (intake, avoidPositions, entry) => {
          const input = {
            ...intake,
            history: [...(intake.history ?? []), entry],
            preferences: { ...intake.preferences, avoidPositions },
          };
          const rec = recommendPlan(input);
          if (rec.kind === 'plan') expect(rec.plan.positions.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
