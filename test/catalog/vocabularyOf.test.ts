import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { vocabularyOf } from '../../src/catalog/vocabularyOf.js';
import { DEFAULT_VOCABULARY } from '../../src/intake/IntakeSchema.js';

// The intake layer states the built-in vocabulary by hand (it comes before the
// catalogue in the data flow); the catalogue's data must say the same, or the
// built-in IntakeSchema and a catalogue's own schema would disagree.
describe('vocabularyOf', () => {
  it('derives from the built-in catalogue exactly the vocabulary the built-in IntakeSchema uses', () => {
    const derived = vocabularyOf(defaultCatalog);
    const sorted = (ids: readonly string[]) => [...ids].sort();
    for (const key of ['conditions', 'techniques', 'regions', 'historyFlags', 'redFlags', 'clearances', 'outcomeMeasures', 'conditionsNeedingRegion', 'flagsNeedingRegion', 'flagsNeedingWeeks'] as const) {
      expect(sorted(derived[key]), key).toEqual(sorted(DEFAULT_VOCABULARY[key]));
    }
    expect(derived.scoreRanges).toEqual(DEFAULT_VOCABULARY.scoreRanges);
  });
});
