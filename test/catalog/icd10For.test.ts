import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/catalog/CatalogSchema.js';
import { icd10For } from '../../src/catalog/icd10For.js';
import { conditions } from '../../src/catalog/data/index.js';
import { CONDITION_IDS, REGION_IDS, SIDES } from '../../src/intake/vocabulary.js';

const codes = (condition: Condition, entry: Parameters<typeof icd10For>[1]) => icd10For(condition, entry).map((c) => c.code);

describe('icd10For', () => {
  it('codes a one-sided condition by its side', () => {
    expect(codes(conditions.sciatica, { side: 'right' })).toEqual(['M54.31']);
    expect(codes(conditions.sciatica, { side: 'left' })).toEqual(['M54.32']);
    expect(codes(conditions['carpal-tunnel'], { side: 'left' })).toEqual(['G56.02']);
    expect(codes(conditions['tmj-disorder'], { side: 'right' })).toEqual(['M26.601']);
  });

  it('uses the bilateral code where the code set has one, and codes both sides where it has none', () => {
    expect(codes(conditions['carpal-tunnel'], { side: 'both' })).toEqual(['G56.03']);
    expect(codes(conditions['tmj-disorder'], { side: 'both' })).toEqual(['M26.603']);
    expect(codes(conditions.sciatica, { side: 'both' })).toEqual(['M54.31', 'M54.32']);
    expect(codes(conditions['joint-pain'], { region: 'hip', side: 'both' })).toEqual(['M25.551', 'M25.552']);
  });

  it('codes joint pain by joint and side, the joint alone when no side is given', () => {
    expect(codes(conditions['joint-pain'], { region: 'knee', side: 'left' })).toEqual(['M25.562']);
    expect(codes(conditions['joint-pain'], { region: 'shoulder', side: 'right' })).toEqual(['M25.511']);
    expect(codes(conditions['joint-pain'], { region: 'ankle-foot' })).toEqual(['M25.579']);
    expect(icd10For(conditions['joint-pain'], { region: 'elbow', side: 'right' })).toEqual([
      { code: 'M25.521', display: 'Pain in right elbow', source: 'CMS-ICD10' },
    ]);
  });

  it('falls back to the unspecified code when the entry says nothing more specific', () => {
    expect(codes(conditions.sciatica, {})).toEqual(['M54.30']);
    expect(codes(conditions['joint-pain'], { side: 'left' })).toEqual(['M25.50']);
    expect(codes(conditions['joint-pain'], { region: 'wrist-hand', side: 'left' }), 'no joint code for the wrist-hand region').toEqual(['M25.50']);
    expect(codes(conditions['low-back-pain'], { side: 'left' }), 'a condition without side codes ignores the side').toEqual(['M54.50']);
  });

  it('gives no code for a condition without a verified one', () => {
    expect(icd10For(conditions['sports-injury'], { region: 'knee', side: 'left' })).toEqual([]);
  });

  it('for every condition, region and side: codes come from the catalogue entry, with its source, one per side at most', () => {
    for (const id of CONDITION_IDS) {
      const condition: Condition = conditions[id];
      const known = new Set(
        [
          condition.icd10,
          condition.icd10BySide?.right,
          condition.icd10BySide?.left,
          condition.icd10BySide?.both,
          ...(condition.icd10ByRegion ?? []).flatMap((r) => [r.unspecified, r.bySide.right, r.bySide.left, r.bySide.both]),
        ]
          .filter((c) => c !== undefined)
          .map((c) => c.code),
      );
      for (const region of [undefined, ...REGION_IDS]) {
        for (const side of [undefined, ...SIDES]) {
          const result = icd10For(condition, { region, side });
          expect(result.length, `${id} ${region ?? '-'} ${side ?? '-'}`).toBe(condition.icd10 === undefined ? 0 : side === 'both' ? result.length : 1);
          expect(result.length).toBeLessThanOrEqual(2);
          for (const c of result) {
            expect(known.has(c.code), `${id}: ${c.code}`).toBe(true);
            expect(c.source).toBe(condition.icd10?.source);
          }
          if (side === 'left' || side === 'right') {
            for (const c of result) expect(c.display, `${id} ${side}`).not.toMatch(side === 'left' ? /\bright\b/i : /\bleft\b/i);
          }
        }
      }
    }
  });
});
