import { describe, it, expect } from 'vitest';
import type * as z from 'zod';
import {
  ConditionSchema,
  HistoryFlagSchema,
  OutcomeMeasureSchema,
  RedFlagSchema,
  RegionSchema,
  SourceSchema,
  TechniqueSchema,
} from '../../src/catalog/CatalogSchema.js';
import {
  conditions,
  historyFlags,
  outcomeMeasures,
  redFlags,
  regions,
  sources,
  techniques,
} from '../../src/catalog/data/index.js';
import {
  CONDITION_IDS,
  HISTORY_FLAG_IDS,
  OUTCOME_MEASURE_IDS,
  RED_FLAG_IDS,
  REGION_IDS,
  TECHNIQUE_IDS,
} from '../../src/intake/vocabulary.js';

type Entry = { readonly id: string };

const tables: readonly {
  name: string;
  record: Readonly<Record<string, Entry>>;
  schema: z.ZodType;
  ids: readonly string[];
}[] = [
  { name: 'sources', record: sources, schema: SourceSchema, ids: [...range(1, 57).map((n) => `S${n}`), 'MP-DEFAULT', 'CMS-ICD10', 'NICE-NG59', 'OARSI-2019', 'CMS-100-04', 'CMS-100-02', 'FINUCANE-2020', 'DUBOIS-2020', 'WERNER-PATHOLOGY'] },
  { name: 'techniques', record: techniques, schema: TechniqueSchema, ids: TECHNIQUE_IDS },
  { name: 'regions', record: regions, schema: RegionSchema, ids: REGION_IDS },
  { name: 'conditions', record: conditions, schema: ConditionSchema, ids: CONDITION_IDS },
  { name: 'historyFlags', record: historyFlags, schema: HistoryFlagSchema, ids: HISTORY_FLAG_IDS },
  { name: 'redFlags', record: redFlags, schema: RedFlagSchema, ids: RED_FLAG_IDS },
  { name: 'outcomeMeasures', record: outcomeMeasures, schema: OutcomeMeasureSchema, ids: OUTCOME_MEASURE_IDS },
];

const sourceIds = new Set(Object.keys(sources));
const gradeOf = (id: string): string | undefined => (sourceIds.has(id) ? sources[id as keyof typeof sources].grade : undefined);

/** Every source id cited anywhere in the data, with where it is cited. */
function citations(): { where: string; id: string }[] {
  const out: { where: string; id: string }[] = [];
  const add = (where: string, id: string) => out.push({ where, id });
  for (const t of Object.values(techniques)) add(`techniques.${t.id}.source`, t.source);
  for (const f of Object.values(historyFlags)) for (const s of f.sources) add(`historyFlags.${f.id}.sources`, s);
  for (const f of Object.values(redFlags)) for (const s of f.sources) add(`redFlags.${f.id}.sources`, s);
  for (const m of Object.values(outcomeMeasures)) add(`outcomeMeasures.${m.id}.source`, m.source);
  for (const c of Object.values(conditions)) {
    for (const s of conditionCitations(c)) add(`conditions.${c.id}`, s);
    for (const s of c.sources) add(`conditions.${c.id}.sources`, s);
  }
  return out;
}

/** The source ids a condition cites in its structured fields (not its `sources` list). */
function conditionCitations(c: (typeof conditions)[keyof typeof conditions]): string[] {
  const ids: string[] = [c.dose.source, ...c.evidence.sources, ...c.complementary.map((x) => x.source)];
  if ('icd10' in c) ids.push(c.icd10.source);
  return ids;
}

describe('catalogue data', () => {
  describe.each(tables)('$name', ({ record, schema, ids }) => {
    it('every entry parses with its zod schema', () => {
      for (const [key, entry] of Object.entries(record)) {
        const result = schema.safeParse(entry);
        expect(result.success, `${key}: ${result.success ? '' : JSON.stringify(result.error.issues)}`).toBe(true);
      }
    });

    it('record keys equal the entry ids', () => {
      for (const [key, entry] of Object.entries(record)) expect(entry.id).toBe(key);
    });

    it('has every id of its vocabulary and no other', () => {
      expect(Object.keys(record).sort()).toEqual([...ids].sort());
    });
  });

  describe('sources', () => {
    it('grades the sources the clinical reference marks', () => {
      const practice = [1, 2, 3, 4, 5, 9, 10, 11, 13, 14, 16, 20, 22, 45, 51, 52, 53, 54, 55];
      const evidence = [15, 17, 18, 19, 21, ...range(23, 34), ...range(36, 41), 44, 46, 47, 50];
      for (const n of practice) expect(gradeOf(`S${n}`), `S${n}`).toBe('practice');
      for (const n of evidence) expect(gradeOf(`S${n}`), `S${n}`).toBe('evidence');
      expect(gradeOf('S56')).toBe('unverified');
      expect(gradeOf('MP-DEFAULT')).toBe('practice');
      expect(gradeOf('CMS-ICD10')).toBe('evidence');
    });

    it('every source id cited anywhere in the data exists', () => {
      const missing = citations().filter((c) => !sourceIds.has(c.id));
      expect(missing).toEqual([]);
    });
  });

  describe('techniques', () => {
    it('only hot-stone applies heat', () => {
      const heated = Object.values(techniques).filter((t) => t.heat).map((t) => t.id);
      expect(heated).toEqual(['hot-stone']);
    });

    it('pressure ranges are ordered', () => {
      for (const t of Object.values(techniques)) expect(t.pressure.min, t.id).toBeLessThanOrEqual(t.pressure.max);
    });

    it('lymphatic drainage is light contact only', () => {
      expect(techniques['lymphatic-drainage'].pressure).toEqual({ min: 1, max: 1 });
    });
  });

  describe('regions', () => {
    it('adjacency is symmetric, irreflexive and without duplicates', () => {
      for (const region of Object.values(regions)) {
        const adjacent: readonly string[] = region.adjacent;
        expect(new Set(adjacent).size, region.id).toBe(adjacent.length);
        expect(adjacent, region.id).not.toContain(region.id);
        for (const other of region.adjacent) {
          const back: readonly string[] = regions[other].adjacent;
          expect(back, `${other} should list ${region.id}`).toContain(region.id);
        }
      }
    });

    it('places the endangerment sites of the clinical reference', () => {
      const sites = (id: keyof typeof regions): readonly string[] => regions[id].endangermentSites;
      expect(sites('neck')).toContain('anterior neck');
      expect(sites('shoulder')).toContain('axilla');
      expect(sites('chest')).toContain('axilla');
      expect(sites('elbow')).toContain('cubital fossa');
      expect(sites('thigh')).toContain('femoral triangle');
      expect(sites('hip')).toContain('femoral triangle');
      expect(sites('knee')).toContain('popliteal fossa');
      expect(sites('lower-back')).toContain('kidney area');
    });
  });

  describe('history flags', () => {
    it('tiers follow the DESIGN vocabulary groups', () => {
      const tierOf = (i: number) => (i < 6 ? 'no-massage' : i < 15 ? 'local' : 'precaution');
      HISTORY_FLAG_IDS.forEach((id, i) => expect(historyFlags[id].tier, id).toBe(tierOf(i)));
    });
  });

  describe('red flags', () => {
    it('cauda equina signs are emergencies for low back pain and sciatica', () => {
      for (const id of ['saddle-anesthesia', 'bladder-bowel-dysfunction', 'progressive-weakness', 'bilateral-leg-symptoms'] as const) {
        expect(redFlags[id].urgency, id).toBe('emergency');
        expect(redFlags[id].conditions, id).toEqual(['low-back-pain', 'sciatica']);
      }
    });

    it('thenar atrophy rests on the unverified source S56', () => {
      expect(redFlags['thenar-atrophy'].sources).toEqual(['S56']);
      expect(redFlags['thenar-atrophy'].urgency).toBe('routine');
    });
  });

  describe('outcome measures', () => {
    it('ranges are ordered and the meaningful change fits within the range', () => {
      for (const m of Object.values(outcomeMeasures)) {
        expect(m.min, m.id).toBeLessThan(m.max);
        expect(m.meaningfulChange.points, m.id).toBeLessThanOrEqual(m.max - m.min);
      }
    });

    it('only the PSFS and the sleep rating count higher as better', () => {
      const higher = Object.values(outcomeMeasures).filter((m) => m.better === 'higher').map((m) => m.id);
      expect(higher).toEqual(['psfs', 'sleep-nrs']);
    });

    it('grades the sleep and stress ratings as practice defaults, and takes recovery cut-offs from Kamper 2010 only', () => {
      expect(gradeOf(outcomeMeasures['sleep-nrs'].source)).toBe('practice');
      expect(gradeOf(outcomeMeasures['stress-nrs'].source)).toBe('practice');
      const cutoffs = Object.values(outcomeMeasures).flatMap((m) => ('recovered' in m ? [[m.id, m.recovered.score, m.recovered.source]] : []));
      expect(cutoffs).toEqual([
        ['pain-nrs', 0, 'S41'],
        ['rmdq', 2, 'S41'],
      ]);
    });
  });

  describe('conditions', () => {
    it('a dose citing a practice or unverified source says so in its summary', () => {
      for (const c of Object.values(conditions)) {
        const grade = gradeOf(c.dose.source);
        if (grade === 'practice' || grade === 'unverified') {
          expect(c.dose.summary.toLowerCase(), c.id).toContain(grade);
        }
      }
    });

    it('a dose summary that mentions a practice or unverified source id names its grade', () => {
      for (const c of Object.values(conditions)) {
        for (const id of c.dose.summary.match(/\b(S\d+|MP-DEFAULT)\b/g) ?? []) {
          const grade = gradeOf(id);
          if (grade === 'practice' || grade === 'unverified') {
            expect(c.dose.summary.toLowerCase(), `${c.id} cites ${id}`).toContain(grade);
          }
        }
      }
    });

    it('each ICD-10 code has the ICD-10-CM shape', () => {
      for (const c of Object.values(conditions)) {
        if ('icd10' in c) expect(c.icd10.code, c.id).toMatch(/^[A-Z]\d{2}(\.\d{1,4})?$/);
      }
    });

    it('lists in `sources` every source it cites, first the one behind its techniques', () => {
      for (const c of Object.values(conditions)) {
        const listed: readonly string[] = c.sources;
        for (const id of conditionCitations(c)) expect(listed, `${c.id} cites ${id}`).toContain(id);
        expect(new Set(listed).size, c.id).toBe(listed.length);
        expect(listed[0], c.id).not.toBe('CMS-ICD10');
      }
    });

    it('every source id named in a summary is listed in `sources`', () => {
      for (const c of Object.values(conditions)) {
        const listed: readonly string[] = c.sources;
        const named = `${c.dose.summary} ${c.evidence.summary}`.match(/\b(S\d+|MP-DEFAULT)\b/g) ?? [];
        for (const id of named) expect(listed, `${c.id} names ${id}`).toContain(id);
      }
    });

    it('pressure start ≤ max, and every default technique can be given within the max', () => {
      for (const c of Object.values(conditions)) {
        expect(c.pressure.start, c.id).toBeLessThanOrEqual(c.pressure.max);
        for (const t of c.techniques) expect(techniques[t].pressure.min, `${c.id}: ${t}`).toBeLessThanOrEqual(c.pressure.max);
      }
    });

    it('site-based conditions target the site and its surroundings', () => {
      for (const id of ['sports-injury', 'joint-pain', 'post-surgical'] as const) {
        const targetRegions: readonly string[] = conditions[id].targets.map((t) => t.region);
        expect([...targetRegions].sort(), id).toEqual(['around-site', 'site']);
      }
    });

    it('the evidence verdicts the clinical reference states', () => {
      expect(conditions.fibromyalgia.evidence.verdict).toBe('weak');
      expect(conditions.fibromyalgia.evidence.summary).toMatch(/EULAR 2016/);
      expect(conditions.migraine.evidence.verdict).toBe('none');
      expect(conditions['postural-imbalance'].evidence.verdict).toBe('none');
      expect(conditions['neck-pain'].evidence.verdict).toBe('supports');
    });
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
