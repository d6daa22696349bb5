import type fc from 'fast-check';
import { intakeArbitrary } from '../support/arbitraries.js';

/** Any valid intake as a caller writes it (the shared generator, valid by construction). */
export const validIntakeArb: fc.Arbitrary<Record<string, unknown>> = intakeArbitrary() as fc.Arbitrary<Record<string, unknown>>;

/** Realistic intakes a clinic would send, each a different shape of plan. */
export const REALISTIC_INTAKES: Readonly<Record<string, Record<string, unknown>>> = {
  'chronic neck pain': {
    assessedOn: '2026-03-02',
    conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
    goals: ['pain-relief'],
  },
  'neck pain and tension headache, with exclusions and maintenance': {
    assessedOn: '2026-03-02',
    age: 47,
    conditions: [
      { condition: 'neck-pain', severity: 'moderate', painScore: 6 },
      { condition: 'tension-headache', severity: 'mild' },
    ],
    goals: ['pain-relief', 'maintenance'],
    history: [{ flag: 'varicose-veins', region: 'lower-leg', side: 'left' }, { flag: 'anticoagulants' }],
    scores: [{ measure: 'ndi', value: 18 }],
  },
  'sports injury of the right knee, 6 weeks old': {
    assessedOn: '2026-05-11',
    age: 29,
    conditions: [
      { condition: 'sports-injury', severity: 'moderate', painScore: 5, onset: '2026-03-30', region: 'knee', side: 'right' },
    ],
    goals: ['rehabilitation', 'range-of-motion'],
    preferences: { maxSessionMinutes: 45, hotStones: false },
    availability: { weekdays: ['tue', 'thu'], blackoutDates: ['2026-05-26'], maxSessions: 10 },
  },
  'low back pain in pregnancy, 24 weeks': {
    assessedOn: '2026-09-14',
    age: 33,
    conditions: [{ condition: 'low-back-pain', severity: 'moderate', painScore: 5, acuity: 'subacute' }],
    goals: ['pain-relief', 'sleep-and-energy'],
    history: [{ flag: 'pregnancy', weeks: 24 }],
    clearances: ['obstetrician'],
  },
  'fibromyalgia with osteoporosis': {
    assessedOn: '2026-01-19',
    age: 62,
    conditions: [{ condition: 'fibromyalgia', severity: 'severe', painScore: 7 }],
    goals: ['pain-relief', 'sleep-and-energy', 'maintenance'],
    history: [{ flag: 'osteoporosis' }, { flag: 'pain-medication' }],
    preferences: { maxPressure: 2, avoidPositions: ['prone'] },
  },
  'acute ankle sprain, 1 day old': {
    assessedOn: '2026-06-01',
    age: 24,
    conditions: [
      { condition: 'sports-injury', severity: 'moderate', painScore: 6, onset: '2026-05-31', region: 'ankle-foot', side: 'left' },
    ],
    goals: ['faster-healing', 'pain-relief'],
  },
  'knee surgery 10 days ago, in cancer treatment': {
    assessedOn: '2026-04-13',
    age: 58,
    conditions: [{ condition: 'post-surgical', severity: 'moderate', onset: '2026-04-03', region: 'knee', side: 'right' }],
    goals: ['rehabilitation', 'range-of-motion'],
    history: [{ flag: 'cancer' }],
    scores: [{ measure: 'psfs', value: 3 }],
  },
  'sciatica with red flag (refer)': {
    assessedOn: '2026-02-02',
    conditions: [{ condition: 'sciatica', severity: 'severe', painScore: 8, side: 'left' }],
    goals: ['pain-relief'],
    redFlags: ['saddle-anesthesia'],
  },
  'carpal tunnel, fever (defer)': {
    assessedOn: '2026-02-02',
    conditions: [{ condition: 'carpal-tunnel', severity: 'mild', region: 'wrist-hand', side: 'right' }],
    goals: ['pain-relief'],
    history: [{ flag: 'fever' }],
  },
};
