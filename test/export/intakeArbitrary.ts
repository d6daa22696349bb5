import fc from 'fast-check';
import { addCalendarDays } from '../../src/calendar/calendarDate.js';
import { CONDITIONS_NEEDING_REGION, FLAGS_NEEDING_REGION, OUTCOME_SCORE_RANGES } from '../../src/intake/IntakeSchema.js';
import {
  ACUITIES,
  CLEARANCE_IDS,
  CONDITION_IDS,
  GOAL_IDS,
  HISTORY_FLAG_IDS,
  OUTCOME_MEASURE_IDS,
  POSITIONS,
  RED_FLAG_IDS,
  REGION_IDS,
  SEVERITIES,
  SIDES,
  WEEKDAYS,
} from '../../src/intake/vocabulary.js';

// Valid intakes by construction (no .filter): every cross-field rule of
// IntakeSchema is satisfied as the value is built, so no run is wasted.

const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq: 2 });

// Drops the keys whose value is undefined: the intake is strict, and
// exactOptionalPropertyTypes callers never write `key: undefined`.
const compact = <T extends Record<string, unknown>>(value: T): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

const dateAfter = (start: string, maxDays: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: maxDays }).map((days) => addCalendarDays(start, days));

const conditionArb = (assessedOn: string) =>
  fc
    .record({
      condition: fc.constantFrom(...CONDITION_IDS),
      severity: fc.constantFrom(...SEVERITIES),
      painScore: optional(fc.integer({ min: 0, max: 10 })),
      onset: optional(fc.integer({ min: 0, max: 2000 }).map((days) => addCalendarDays(assessedOn, -days))),
      acuity: optional(fc.constantFrom(...ACUITIES)),
      region: optional(fc.constantFrom(...REGION_IDS)),
      fallbackRegion: fc.constantFrom(...REGION_IDS),
      side: optional(fc.constantFrom(...SIDES)),
    })
    .map(({ fallbackRegion, ...entry }) =>
      compact({
        ...entry,
        region: CONDITIONS_NEEDING_REGION.includes(entry.condition) ? (entry.region ?? fallbackRegion) : entry.region,
      }),
    );

const historyArb = fc
  .record({
    flag: fc.constantFrom(...HISTORY_FLAG_IDS),
    region: optional(fc.constantFrom(...REGION_IDS)),
    fallbackRegion: fc.constantFrom(...REGION_IDS),
    side: optional(fc.constantFrom(...SIDES)),
    weeks: optional(fc.integer({ min: 0, max: 60 })),
    fallbackWeeks: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ fallbackRegion, fallbackWeeks, ...entry }) =>
    compact({
      ...entry,
      region: FLAGS_NEEDING_REGION.includes(entry.flag) ? (entry.region ?? fallbackRegion) : entry.region,
      weeks: entry.flag === 'pregnancy' ? (entry.weeks ?? fallbackWeeks) : entry.weeks,
    }),
  );

const scoreArb = fc.constantFrom(...OUTCOME_MEASURE_IDS).chain((measure) => {
  const [min, max] = OUTCOME_SCORE_RANGES[measure];
  return fc
    .oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }))
    .map((value) => ({ measure, value: Object.is(value, -0) ? 0 : value }));
});

const preferencesArb = fc.record(
  {
    maxPressure: fc.integer({ min: 1, max: 5 }),
    maxSessionMinutes: fc.integer({ min: 15, max: 240 }),
    hotStones: fc.boolean(),
    avoidOils: fc.boolean(),
    avoidPositions: fc.subarray([...POSITIONS], { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

const availabilityArb = (assessedOn: string) =>
  dateAfter(assessedOn, 60).chain((startDate) =>
    fc.record(
      {
        startDate: fc.constant(startDate),
        weekdays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
        blackoutDates: fc.array(dateAfter(assessedOn, 120), { maxLength: 8 }),
        maxSessions: fc.integer({ min: 1, max: 200 }),
        authorizedUntil: dateAfter(startDate, 200),
      },
      { requiredKeys: [] },
    ),
  );

/** Any valid intake as a caller writes it: ids, ranges and cross-field rules all satisfied. */
export const validIntakeArb: fc.Arbitrary<Record<string, unknown>> = fc
  .integer({ min: 0, max: 73_000 })
  .map((days) => addCalendarDays('1920-01-01', days))
  .chain((assessedOn) =>
    fc
      .record({
        age: optional(fc.integer({ min: 0, max: 120 })),
        conditions: fc.array(conditionArb(assessedOn), { minLength: 1, maxLength: 6 }),
        goals: fc.array(fc.constantFrom(...GOAL_IDS), { minLength: 1, maxLength: 7 }),
        history: optional(fc.array(historyArb, { maxLength: 8 })),
        scores: optional(fc.array(scoreArb, { maxLength: 7 })),
        redFlags: optional(fc.subarray([...RED_FLAG_IDS], { maxLength: 3 })),
        clearances: optional(fc.subarray([...CLEARANCE_IDS])),
        preferences: optional(preferencesArb),
        availability: optional(availabilityArb(assessedOn)),
      })
      .map((rest) => compact({ assessedOn, ...rest })),
  );

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
