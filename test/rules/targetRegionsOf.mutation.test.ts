import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { IntakeSchema } from '../../src/intake/IntakeSchema.js';
import { CONDITION_IDS, REGION_IDS, SIDES } from '../../src/intake/vocabulary.js';
import { targetRegionsOf, targetsOf } from '../../src/rules/facts.js';

const entry = (condition: (typeof CONDITION_IDS)[number], region?: (typeof REGION_IDS)[number], side?: (typeof SIDES)[number]) =>
  IntakeSchema.parse({
    assessedOn: '2026-12-01',
    conditions: [
      {
        condition,
        severity: 'moderate',
        ...(region === undefined ? {} : { region }),
        ...(side === undefined ? {} : { side }),
      },
    ],
    goals: ['pain-relief'],
  }).conditions[0]!;

describe('targetRegionsOf', () => {
  it('names the catalogue’s fixed regions for a condition that lists them', () => {
    // tension-headache names fixed regions: they come back whatever the entry's region
    const regions = targetRegionsOf(entry('tension-headache'), defaultCatalog);
    expect(regions.length).toBeGreaterThan(0);
    expect(regions).toEqual(defaultCatalog.conditions['tension-headache'].targets.map((t) => t.region));
  });

  it('names the same regions, in the same order, as targetsOf for every condition and region (each once)', () => {
    for (const condition of CONDITION_IDS) {
      for (const region of [undefined, ...REGION_IDS]) {
        if (region === undefined && ['sports-injury', 'joint-pain', 'post-surgical'].includes(condition)) continue;
        const e = entry(condition, region, 'left');
        // targetsOf may give a region twice (its endangerment-site muscles are a target of their own)
        expect([...new Set(targetRegionsOf(e, defaultCatalog))], `${condition} @ ${region}`).toEqual([
          ...new Set(targetsOf(e, defaultCatalog).map((t) => t.region)),
        ]);
      }
    }
  });

  it('resolves "site" to the entry region and "around-site" to its neighbours', () => {
    const knee = entry('sports-injury', 'knee');
    const regions = targetRegionsOf(knee, defaultCatalog);
    expect(regions).toContain('knee');
    expect(regions).toHaveLength(1 + defaultCatalog.regions.knee.adjacent.length);
    for (const adjacent of defaultCatalog.regions.knee.adjacent) expect(regions).toContain(adjacent);
  });
});
