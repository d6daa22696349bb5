import type { OutcomeMeasureId } from '../../intake/vocabulary.js';
import type { OutcomeMeasure } from '../CatalogSchema.js';

/**
 * The built-in outcome measures, with range, direction and meaningful change.
 *
 * From the clinical reference §5 as corrected in its §0: pain NRS 2 points or
 * 30% (Farrar 2001, S38); RMDQ 5 points or 30% and ODI 10 points (Ostelo 2008
 * consensus, S39) — the 2-point RDQ figure in Cherkin 2011 was a difference
 * between groups, not a change that matters to one person; NDI 5 points (the
 * threshold of the dosing trial, S24). Thresholds with no verified source
 * (PSFS 2, HDI 29, BCTQ 1) are catalogue defaults (`MP-DEFAULT`), not facts,
 * chosen conservatively: large enough not to overstate progress.
 * The sleep and stress ratings are plain 0–10 client ratings for the
 * sleep-and-energy and stress-relief goals: no published threshold, so their
 * 2-point change is a practice default too. `recovered` gives the recovery
 * cut-offs of Kamper et al. 2010 (S41): pain NRS 0 and RMDQ ≤ 2, from low back
 * pain cohorts; no other measure has a published cut-off here.
 */
export const outcomeMeasures = {
  'pain-nrs': {
    id: 'pain-nrs',
    name: 'Pain numeric rating scale (NRS, 0–10)',
    min: 0,
    max: 10,
    meaningfulChange: { points: 2, percent: 30 },
    better: 'lower',
    source: 'S38',
    recovered: { score: 0, source: 'S41' },
  },
  ndi: {
    id: 'ndi',
    name: 'Neck Disability Index (NDI, 0–50)',
    min: 0,
    max: 50,
    meaningfulChange: { points: 5 },
    better: 'lower',
    source: 'S24',
  },
  odi: {
    id: 'odi',
    name: 'Oswestry Disability Index (ODI, 0–100)',
    min: 0,
    max: 100,
    meaningfulChange: { points: 10 },
    better: 'lower',
    source: 'S39',
  },
  rmdq: {
    id: 'rmdq',
    name: 'Roland-Morris Disability Questionnaire (RMDQ, 0–24)',
    min: 0,
    max: 24,
    meaningfulChange: { points: 5, percent: 30 },
    better: 'lower',
    source: 'S39',
    recovered: { score: 2, source: 'S41' },
  },
  psfs: {
    id: 'psfs',
    name: 'Patient-Specific Functional Scale (PSFS, 0–10)',
    min: 0,
    max: 10,
    meaningfulChange: { points: 2 },
    better: 'higher',
    source: 'MP-DEFAULT',
  },
  hdi: {
    id: 'hdi',
    name: 'Henry Ford Headache Disability Inventory (HDI, 0–100)',
    min: 0,
    max: 100,
    meaningfulChange: { points: 29 },
    better: 'lower',
    source: 'MP-DEFAULT',
  },
  bctq: {
    id: 'bctq',
    name: 'Boston Carpal Tunnel Questionnaire, symptom severity scale (BCTQ, 1–5)',
    min: 1,
    max: 5,
    meaningfulChange: { points: 1 },
    better: 'lower',
    source: 'MP-DEFAULT',
  },
  'sleep-nrs': {
    id: 'sleep-nrs',
    name: 'Sleep quality rating (client-rated, 0–10, 10 best)',
    min: 0,
    max: 10,
    meaningfulChange: { points: 2 },
    better: 'higher',
    source: 'MP-DEFAULT',
  },
  'stress-nrs': {
    id: 'stress-nrs',
    name: 'Stress rating (client-rated, 0–10, 10 worst)',
    min: 0,
    max: 10,
    meaningfulChange: { points: 2 },
    better: 'lower',
    source: 'MP-DEFAULT',
  },
} as const satisfies Readonly<Record<OutcomeMeasureId, OutcomeMeasure>>;
