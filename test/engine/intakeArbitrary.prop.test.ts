import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import type { IntakeInput } from '../../src/intake/IntakeSchema.js';
import { safeParseIntake } from '../../src/intake/parseIntake.js';
import { CONDITION_IDS, HISTORY_FLAG_IDS, OUTCOME_MEASURE_IDS, RED_FLAG_IDS } from '../../src/intake/vocabulary.js';
import { intakeArbitrary } from '../support/arbitraries.js';
import { assertProperty, fcConfig } from '../support/fcConfig.js';

// The generator makes valid intakes by construction (no filter, no fc.pre):
// if any of these failed parseIntake, the properties in
// recommendPlan.prop.test.ts would be testing IntakeError, not the engine.

describe('intakeArbitrary', () => {
  it('generates 1,000 intakes that all pass parseIntake, reaching every id and every outcome', () => {
    const seen = new Set<string>();
    const note = (what: string) => seen.add(what);
    assertProperty(
      fc.property(intakeArbitrary(), (input: IntakeInput) => {
        const parsed = safeParseIntake(input);
        if (!parsed.success) throw new Error(`invalid intake: ${JSON.stringify(parsed.error.issues)}`);
        expect(JSON.parse(JSON.stringify(input))).toEqual(input);
        input.conditions.forEach((c) => note(`condition:${c.condition}`));
        input.history?.forEach((h) => note(`history:${h.flag}`));
        input.redFlags?.forEach((r) => note(`red-flag:${r}`));
        input.scores?.forEach((s) => note(`score:${s.measure}`));
        if (input.availability?.authorizedUntil !== undefined) note('authorizedUntil');
        if (input.availability?.startDate !== undefined) note('startDate');
        if ((input.availability?.blackoutDates ?? []).length > 0) note('blackouts');
        if ((input.preferences?.avoidPositions ?? []).length === 3) note('three positions avoided');
        if (input.conditions.some((c) => c.onset === input.assessedOn)) note('onset on assessedOn');
        note(`kind:${recommendPlan(input).kind}`);
      }),
      { numRuns: Math.max(1000, fcConfig.numRuns) },
    );
    const expected = [
      ...CONDITION_IDS.map((id) => `condition:${id}`),
      ...HISTORY_FLAG_IDS.map((id) => `history:${id}`),
      ...RED_FLAG_IDS.map((id) => `red-flag:${id}`),
      ...OUTCOME_MEASURE_IDS.map((id) => `score:${id}`),
      'authorizedUntil',
      'startDate',
      'blackouts',
      'three positions avoided',
      'onset on assessedOn',
      'kind:plan',
      'kind:refer',
      'kind:defer',
    ];
    expect(expected.filter((what) => !seen.has(what))).toEqual([]);
  });
});
