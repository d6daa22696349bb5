import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type * as z from 'zod';
import {
  type Condition,
  ConditionSchema,
  DOI_PATTERN,
  PMID_PATTERN,
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

/** Sources other engineers' rules cite by these exact ids. */
const REQUIRED_NEW_SOURCES = [
  'FINUCANE-2020',
  'ACOG-804',
  'WERNER-PATHOLOGY',
  'WALTON-MEDICAL',
  'DUBOIS-2020',
  'NICE-NG59',
  'OARSI-2019',
  'YUAN-2015',
  'LI-2014',
  'CMS-100-04',
  'CMS-100-02',
  'ISL-2016',
  'RUSHTON-2023',
  'ERICKSON-2019',
  'MUELLER-2021',
] as const;

/** Every source id of the built-in catalogue (S1..S57 less those the clinical review retired). */
// The old ids the clinical review retired (AI pages, pirated copies, aggregators) are gone for good.
const RETIRED = new Set(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S11', 'S12', 'S16', 'S20', 'S22', 'S35', 'S42', 'S43', 'S44', 'S45', 'S49', 'S56', 'S57']);
const SOURCE_IDS = [
  ...range(1, 57)
    .map((n) => `S${n}`)
    .filter((id) => !RETIRED.has(id)),
  'MP-DEFAULT',
  'CMS-ICD10',
  ...REQUIRED_NEW_SOURCES,
  'FIELD-2004',
  'PERLMAN-2019',
  'AMA-CPT',
];

/**
 * Hosts that must never be cited: AI-generated answer pages, pirated or
 * re-hosted copies of papers and books, and aggregator, content-farm or news
 * pages standing in for a primary publication.
 */
const BANNED_HOSTS: readonly RegExp[] = [
  /(^|\.)droracle\.ai$/,
  /(^|\.)agentbeck\.bot$/,
  /(^|\.)unanswered\.io$/,
  /\.vercel\.app$/,
  /(^|\.)mentormd\.pro$/,
  /(^|\.)scribd\.com$/,
  /(^|\.)docslib\.org$/,
  /(^|\.)readkong\.com$/,
  /(^|\.)pubhtml5\.com$/,
  /(^|\.)abcdocz\.com$/,
  /(^|\.)pdfcoffee\.com$/,
  /(^|\.)docksci\.com$/,
  /(^|\.)fdocuments\.(net|us|in)$/,
  /(^|\.)vdocuments\.(net|mx|site|us)$/,
  /(^|\.)studylib\.net$/,
  /(^|\.)docplayer\.net$/,
  /(^|\.)medluna\.com$/,
  /(^|\.)metajournal\.com$/,
  /(^|\.)healthrising\.org$/,
  /(^|\.)clinicalpainadvisor\.com$/,
  /(^|\.)findhealthclinics\.com$/,
  /(^|\.)222health\.com$/,
  /(^|\.)experts123\.com$/,
  /(^|\.)casetext\.com$/,
  /(^|\.)guidelinecentral\.com$/,
  /(^|\.)biologyinsights\.com$/,
  /(^|\.)gzipwtf\.com$/,
  /(^|\.)physio-pedia\.com$/,
];

/** Whether a url is on a banned host. */
function isBanned(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return BANNED_HOSTS.some((pattern) => pattern.test(host));
}

/** Official guideline, regulator, index and publisher hosts that identify a publication when it has no DOI or PMID. */
const OFFICIAL_HOSTS: readonly RegExp[] = [
  /(^|\.)nice\.org\.uk$/,
  /(^|\.)ncbi\.nlm\.nih\.gov$/,
  /(^|\.)ccgi-research\.com$/,
  /(^|\.)annfammed\.org$/,
  /(^|\.)journals\.viamedica\.pl$/,
];

/** Evidence sources whose DOI and PMID could not be verified yet: each says so in its citation. */
const UNIDENTIFIED_EVIDENCE = ['S39'];

/** Ids marked `// REMOVE AFTER REMAP` in sources.ts: old ids the maintainers replace across the tree and delete. */
const SOURCES_TEXT = readFileSync(new URL('../../src/catalog/data/sources.ts', import.meta.url), 'utf8');
const AWAITING_REMAP: readonly string[] = [...SOURCES_TEXT.matchAll(/\/\/ REMOVE AFTER REMAP\s*\n\s*'?([A-Z0-9-]+)'?:/g)].map((m) => m[1] ?? '');

const tables: readonly {
  name: string;
  record: Readonly<Record<string, Entry>>;
  schema: z.ZodType;
  ids: readonly string[];
}[] = [
  { name: 'sources', record: sources, schema: SourceSchema, ids: SOURCE_IDS },
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
    const all = Object.values(sources) as readonly { id: string; citation: string; url?: string; doi?: string; pmid?: string; grade: string }[];

    it('has every source other engineers cite by id', () => {
      for (const id of REQUIRED_NEW_SOURCES) expect(sourceIds.has(id), id).toBe(true);
    });

    it('grades the sources as the corrected clinical reference marks them', () => {
      const evidence = ['FINUCANE-2020', 'ACOG-804', 'DUBOIS-2020', 'NICE-NG59', 'OARSI-2019', 'YUAN-2015', 'LI-2014', 'ISL-2016'];
      for (const id of [...evidence, 'RUSHTON-2023', 'ERICKSON-2019', 'MUELLER-2021', 'FIELD-2004', 'S18', 'S23', 'S24', 'S25', 'S26']) {
        expect(gradeOf(id), id).toBe('evidence');
      }
      for (const id of ['S27', 'S28', 'S31', 'S32', 'S33', 'S34', 'S37', 'S38', 'S39', 'S41']) expect(gradeOf(id), id).toBe('evidence');
      // Standard texts, clinic pages and uncontrolled studies are practice-level (Elliott & Burkett: n=21, no control group).
      for (const id of ['WERNER-PATHOLOGY', 'WALTON-MEDICAL', 'S29', 'S30', 'S13', 'S14', 'S53', 'S54', 'S55', 'MP-DEFAULT']) {
        expect(gradeOf(id), id).toBe('practice');
      }
      // Specifications and regulations are graded apart from clinical evidence.
      for (const id of ['CMS-100-04', 'CMS-100-02', 'CMS-ICD10', 'AMA-CPT', 'S46', 'S47', 'S48', 'S50']) {
        expect(gradeOf(id), id).toBe('specification');
      }
    });

    it('never links to an AI-generated page, a pirated copy or an aggregator', () => {
      expect(isBanned('https://fr.scribd.com/document/264664379/PAIN')).toBe(true);
      expect(isBanned('https://healthdb-six.vercel.app/study/27836071')).toBe(true);
      expect(isBanned('https://pubmed.ncbi.nlm.nih.gov/11690728/')).toBe(false);
      const banned = all.filter((s) => s.url !== undefined && isBanned(s.url)).map((s) => `${s.id}: ${s.url}`);
      expect(banned).toEqual([]);
    });

    it('writes DOIs and PMIDs in their shapes, and links them consistently', () => {
      for (const s of all) {
        if (s.doi !== undefined) expect(s.doi, s.id).toMatch(DOI_PATTERN);
        if (s.pmid !== undefined) expect(s.pmid, s.id).toMatch(PMID_PATTERN);
        if (s.url?.startsWith('https://doi.org/')) expect(s.url, s.id).toBe(`https://doi.org/${s.doi ?? ''}`);
        const pubmed = /^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/(\d+)\/$/.exec(s.url ?? '');
        if (pubmed) expect(s.pmid, s.id).toBe(pubmed[1]);
      }
      expect(SourceSchema.safeParse({ id: 'X', citation: 'x', grade: 'evidence', doi: 'doi:10.1000/x' }).success).toBe(false);
      expect(SourceSchema.safeParse({ id: 'X', citation: 'x', grade: 'evidence', pmid: 'PMID 123' }).success).toBe(false);
    });

    it('cites every evidence-grade source by DOI, PMID, or an official guideline or publisher page', () => {
      const official = (url: string | undefined) => url !== undefined && OFFICIAL_HOSTS.some((p) => p.test(new URL(url).hostname));
      const unidentified = all
        .filter((s) => s.grade === 'evidence' && !AWAITING_REMAP.includes(s.id))
        .filter((s) => s.doi === undefined && s.pmid === undefined && !official(s.url))
        .map((s) => s.id);
      expect(unidentified).toEqual(UNIDENTIFIED_EVIDENCE);
      for (const id of UNIDENTIFIED_EVIDENCE) expect(sources[id as keyof typeof sources].citation, id).toMatch(/not yet verified/);
    });

    it('the publications the review verified carry their identifiers', () => {
      const ids = (id: keyof typeof sources) => ({ doi: (sources[id] as { doi?: string }).doi, pmid: (sources[id] as { pmid?: string }).pmid });
      expect(ids('FINUCANE-2020')).toEqual({ doi: '10.2519/jospt.2020.9971', pmid: '32438853' });
      expect(ids('S18').doi).toBe('10.1212/WNL.0000000000006697');
      expect(ids('S34').doi).toBe('10.1007/s00586-016-4467-7');
      expect(ids('S38')).toEqual({ doi: '10.1016/S0304-3959(01)00349-9', pmid: '11690728' });
      expect(ids('S30')).toEqual({ doi: '10.1016/j.jbmt.2012.12.003', pmid: '23768278' });
      expect(ids('YUAN-2015').doi).toBe('10.1016/j.math.2014.09.003');
      expect(ids('LI-2014').pmid).toBe('24586677');
      expect(ids('MUELLER-2021').doi).toBe('10.3390/jcm10163485');
    });

    it('old ids awaiting the remap are marked, name their replacement, and are not cited by conditions or outcome measures', () => {
      expect(AWAITING_REMAP.length, 'every marker sits right above an entry').toBe(SOURCES_TEXT.match(/^\s*\/\/ REMOVE AFTER REMAP$/gm)?.length ?? 0);
      for (const id of AWAITING_REMAP) {
        expect(sourceIds.has(id), id).toBe(true);
        const replacement = /Replaced by ([A-Z0-9-]+)/.exec(sources[id as keyof typeof sources].citation)?.[1];
        expect(replacement, `${id} names its replacement`).toBeDefined();
        expect(sourceIds.has(replacement ?? ''), `${id} -> ${replacement ?? ''}`).toBe(true);
        expect(AWAITING_REMAP, `${id} -> ${replacement ?? ''}`).not.toContain(replacement);
      }
      const mine = citations().filter((c) => c.where.startsWith('conditions.') || c.where.startsWith('outcomeMeasures.'));
      expect(mine.filter((c) => AWAITING_REMAP.includes(c.id))).toEqual([]);
    });

    it('no condition rests its evidence on a specification', () => {
      for (const c of Object.values(conditions)) {
        for (const id of c.evidence.sources) expect(gradeOf(id), `${c.id}: ${id}`).not.toBe('specification');
      }
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

    it('thenar atrophy is a routine referral (severe carpal tunnel syndrome, ERICKSON-2019 after the remap)', () => {
      expect(redFlags['thenar-atrophy'].urgency).toBe('routine');
      expect(redFlags['thenar-atrophy'].sources.length).toBeGreaterThan(0);
    });
  });

  describe('outcome measures', () => {
    it('ranges are ordered and the meaningful change fits within the range', () => {
      for (const m of Object.values(outcomeMeasures)) {
        expect(m.min, m.id).toBeLessThan(m.max);
        expect(m.meaningfulChange.points, m.id).toBeLessThanOrEqual(m.max - m.min);
      }
    });

    it('RMDQ: a meaningful change is 5 points or 30% (Ostelo 2008), not the 2-point between-group difference', () => {
      expect(outcomeMeasures.rmdq.meaningfulChange).toEqual({ points: 5, percent: 30 });
      expect(outcomeMeasures.rmdq.source).toBe('S39');
      expect(gradeOf('S39')).toBe('evidence');
    });

    it('pain NRS: 2 points or 30% (Farrar 2001)', () => {
      expect(outcomeMeasures['pain-nrs'].meaningfulChange).toEqual({ points: 2, percent: 30 });
      expect(outcomeMeasures['pain-nrs'].source).toBe('S38');
      expect(sources.S38.citation).toMatch(/Farrar/);
    });

    it('unverified thresholds stay marked catalogue defaults (HDI 29, PSFS, BCTQ), never evidence', () => {
      for (const id of ['hdi', 'psfs', 'bctq'] as const) expect(outcomeMeasures[id].source, id).toBe('MP-DEFAULT');
      expect(outcomeMeasures.hdi.meaningfulChange.points).toBe(29);
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
        for (const id of namedSources(c.dose.summary)) {
          const grade = gradeOf(id);
          if (grade === 'practice' || grade === 'unverified') {
            expect(c.dose.summary.toLowerCase(), `${c.id} cites ${id}`).toContain(grade);
          }
        }
      }
    });

    it('each ICD-10 code has the ICD-10-CM shape, rests on the CMS tabular list, and its side codes are distinct', () => {
      const shape = /^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/;
      for (const c of Object.values(conditions) as readonly Condition[]) {
        if (c.icd10) {
          expect(c.icd10.code, c.id).toMatch(shape);
          expect(c.icd10.source, c.id).toBe('CMS-ICD10');
        }
        const sided = [c.icd10BySide, ...(c.icd10ByRegion ?? []).map((r) => r.bySide)].filter((x) => x !== undefined);
        for (const side of sided) {
          const codes = [side.right.code, side.left.code, ...(side.both ? [side.both.code] : [])];
          for (const code of codes) expect(code, c.id).toMatch(shape);
          expect(new Set(codes).size, c.id).toBe(codes.length);
          expect(side.right.display, c.id).toMatch(/right/i);
          expect(side.left.display, c.id).toMatch(/left/i);
        }
        if (c.icd10BySide || c.icd10ByRegion) expect(c.icd10, `${c.id} needs an unspecified code too`).toBeDefined();
      }
    });

    it('has the ICD-10-CM codes of the clinical reference, verified against the tabular list', () => {
      const code = (id: keyof typeof conditions) => (conditions[id] as Condition).icd10?.code;
      expect(code('low-back-pain')).toBe('M54.50');
      expect(code('neck-pain')).toBe('M54.2');
      expect(code('tension-headache')).toBe('G44.209');
      expect(code('migraine')).toBe('G43.909');
      expect(code('sciatica')).toBe('M54.30');
      expect(code('carpal-tunnel')).toBe('G56.00');
      expect(code('joint-pain')).toBe('M25.50');
      expect(code('fibromyalgia')).toBe('M79.7');
      expect(code('tmj-disorder')).toBe('M26.609');
      expect(code('postural-imbalance')).toBe('R29.3');
      expect(code('post-surgical')).toBe('Z48.89');
      expect(code('sports-injury'), 'an injury code depends on the injury: none by default').toBeUndefined();
      expect(conditions.sciatica.icd10BySide).toMatchObject({ right: { code: 'M54.31' }, left: { code: 'M54.32' } });
      expect(conditions['carpal-tunnel'].icd10BySide).toMatchObject({ right: { code: 'G56.01' }, left: { code: 'G56.02' }, both: { code: 'G56.03' } });
      expect(conditions['tmj-disorder'].icd10BySide).toMatchObject({ right: { code: 'M26.601' }, left: { code: 'M26.602' }, both: { code: 'M26.603' } });
      const joints = Object.fromEntries(conditions['joint-pain'].icd10ByRegion.map((r) => [r.region, r.bySide.right.code]));
      expect(joints).toEqual({ shoulder: 'M25.511', elbow: 'M25.521', hip: 'M25.551', knee: 'M25.561', 'ankle-foot': 'M25.571' });
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
        for (const id of namedSources(`${c.dose.summary} ${c.evidence.summary}`)) expect(listed, `${c.id} names ${id}`).toContain(id);
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
      expect(conditions['tension-headache'].evidence.verdict).toBe('weak');
      expect(conditions['carpal-tunnel'].evidence.verdict).toBe('weak');
      expect(conditions.migraine.evidence.verdict).toBe('none');
      expect(conditions['postural-imbalance'].evidence.verdict).toBe('none');
      expect(conditions['neck-pain'].evidence.verdict).toBe('supports');
    });

    it('every summary of evidence says how strong it is, and a supporting one how large and how lasting the effect', () => {
      for (const c of Object.values(conditions)) {
        const { verdict, summary, sources: cited } = c.evidence;
        if (verdict === 'none') expect(summary, c.id).toMatch(/no (trial|source|massage-specific)/i);
        else expect(cited.length, c.id).toBeGreaterThan(0);
        if (verdict === 'weak') expect(summary, c.id).toMatch(/weak|no trial|small/i);
        if (verdict === 'supports') {
          expect(summary, c.id).toMatch(/short term/i);
          expect(summary, c.id).toMatch(/\d/);
          expect(cited, `${c.id} cites the review of effect sizes`).toContain('S37');
        }
      }
    });

    it('fibromyalgia: no Swedish massage (Yuan 2015), myofascial release first, EULAR 2017 advice and exercise', () => {
      const fibro = conditions.fibromyalgia;
      expect(fibro.techniques).not.toContain('swedish');
      expect(fibro.techniques[0]).toBe('myofascial-release');
      expect(fibro.sources[0]).toBe('YUAN-2015');
      expect(fibro.evidence.sources).toEqual(expect.arrayContaining(['LI-2014', 'YUAN-2015', 'S32']));
      expect(fibro.evidence.summary).toMatch(/EULAR 2017/);
      expect(fibro.evidence.summary).toMatch(/Swedish massage did not help/);
      expect(fibro.complementary).toContainEqual({ care: 'exercise', source: 'S32' });
    });

    it('tension-type headache: no better than placebo on headache frequency (Moraska 2015), so weak', () => {
      expect(conditions['tension-headache'].evidence.sources[0]).toBe('S28');
      expect(conditions['tension-headache'].evidence.summary).toMatch(/placebo/);
    });

    it('carpal tunnel: the dose is practice-level from an uncontrolled study and says so', () => {
      const dose = conditions['carpal-tunnel'].dose;
      expect(gradeOf(dose.source)).toBe('practice');
      expect(dose.summary).toMatch(/practice-level/i);
      expect(dose.summary).toMatch(/uncontrolled/);
      expect(sources.S30.citation).toMatch(/Elliott/);
    });

    it('exercise comes with sciatica (NICE NG59) and joint pain (OARSI 2019); recent neck pain follows OPTIMa', () => {
      expect(conditions.sciatica.complementary).toContainEqual({ care: 'exercise', source: 'NICE-NG59' });
      expect(conditions['joint-pain'].complementary).toContainEqual({ care: 'exercise', source: 'OARSI-2019' });
      expect(conditions['neck-pain'].evidence.sources).toContain('S34');
      expect(conditions['neck-pain'].evidence.summary).toMatch(/OPTIMa advises not to offer relaxation massage/);
    });
  });
});

/** The catalogue source ids a text names (as whole words). */
function namedSources(text: string): string[] {
  return [...sourceIds].filter((id) => new RegExp(`(^|[^A-Za-z0-9-])${id}(?![A-Za-z0-9-])`).test(text));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
