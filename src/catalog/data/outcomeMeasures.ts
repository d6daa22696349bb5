import type { OutcomeMeasureId } from '../../intake/vocabulary.js';
import type { OutcomeMeasure } from '../CatalogSchema.js';

/**
 * The built-in outcome measures, with range, direction and meaningful change.
 *
 * From the clinical reference §5. Thresholds the
 * reference cannot source (PSFS, HDI, BCTQ) are catalogue defaults
 * (`MP-DEFAULT`) chosen conservatively: large enough not to overstate progress.
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
    meaningfulChange: { points: 2 },
    better: 'lower',
    source: 'S23',
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
} as const satisfies Readonly<Record<OutcomeMeasureId, OutcomeMeasure>>;
