import type { Effect } from './Effect.js';
import { deepTechniques, hasFlag, historyWith, sideOf, targetRegionsOf } from './facts.js';
import { defineRule as rule } from './defineRule.js';
import type { Rule } from './Rule.js';
import type { HistoryEntry } from '../intake/IntakeSchema.js';
import type { Catalog } from '../catalog/Catalog.js';

/** Weeks of gestation before which many therapists defer (first trimester, practice-level). */
export const FIRST_TRIMESTER_WEEKS = 12;
/** Weeks of gestation after which flat supine is avoided (practice-level). */
export const SUPINE_LIMIT_WEEKS = 22;

const avoidDeepOn = (entry: HistoryEntry, catalog: Catalog, message: string): Effect[] => {
  const region = entry.region;
  return region === undefined
    ? []
    : deepTechniques(catalog).map((technique) => ({
        kind: 'avoid' as const,
        region,
        ...sideOf(entry),
        technique,
        message,
      }));
};

const bleedingRisk = (flag: 'anticoagulants' | 'bleeding-disorder', label: string): Rule =>
  rule({
    id: `precaution/${flag}`,
    family: 'precaution',
    description: `${label}: pressure at most 2; no deep tissue, cross-fiber friction or percussion (bruising and bleeding risk).`,
    source: 'S1',
    when: ({ intake }) => hasFlag(intake, flag),
    then: () => [
      { kind: 'capPressure', max: 2, message: `${label}: bruising and bleeding risk.` },
      { kind: 'avoid', technique: 'deep-tissue', message: `${label}: bruising and bleeding risk.` },
      { kind: 'avoid', technique: 'cross-fiber-friction', message: `${label}: bruising and bleeding risk.` },
      { kind: 'avoid', technique: 'percussion', message: `${label}: bruising and bleeding risk.` },
    ],
  });

/** Flags that allow treatment with changes: caps, exclusions, positions, clearances. */
export const precautionRules: readonly Rule[] = [
  bleedingRisk('anticoagulants', 'Anticoagulants'),
  bleedingRisk('bleeding-disorder', 'Bleeding disorder'),
  rule({
    id: 'precaution/corticosteroids',
    family: 'precaution',
    description: 'Long-term corticosteroids: reduced pressure, since connective tissue is weaker.',
    source: 'S1',
    when: ({ intake }) => hasFlag(intake, 'corticosteroids'),
    then: () => [{ kind: 'capPressure', max: 3, message: 'Long-term corticosteroids: connective tissue is weaker.' }],
  }),
  rule({
    id: 'precaution/pain-medication',
    family: 'precaution',
    description: 'Analgesics or muscle relaxants mask pain feedback: lighter pressure and frequent pressure check-ins.',
    source: 'S1',
    when: ({ intake }) => hasFlag(intake, 'pain-medication'),
    then: () => [
      { kind: 'capPressure', max: 3, message: 'Pain medication masks pain feedback.' },
      { kind: 'addPrecaution', id: 'pressure-check-ins', message: 'Pain medication masks feedback: check pressure with the client often.' },
    ],
  }),
  rule({
    id: 'precaution/osteoporosis',
    family: 'precaution',
    description: 'Osteoporosis: gentle work only (pressure at most 2); no deep tissue, percussion or forceful stretching; side-lying or bolstered supine, never prone; careful transfers. Practice-level source.',
    source: 'S11',
    when: ({ intake }) => hasFlag(intake, 'osteoporosis'),
    then: () => [
      { kind: 'capPressure', max: 2, message: 'Osteoporosis: fragile bone.' },
      { kind: 'avoid', technique: 'deep-tissue', message: 'Osteoporosis: fragile bone.' },
      { kind: 'avoid', technique: 'percussion', message: 'Osteoporosis: fragile bone.' },
      { kind: 'avoid', technique: 'assisted-stretching', message: 'Osteoporosis: no forceful stretching or joint work.' },
      { kind: 'avoid', position: 'prone', message: 'Osteoporosis: prone loads the ribs and spine.' },
      { kind: 'allowPositions', positions: ['side-lying', 'supine', 'seated'], message: 'Osteoporosis: side-lying or bolstered supine.' },
      { kind: 'addPrecaution', id: 'osteoporosis-transfers', message: 'Osteoporosis: bolster supine positions and help with transfers on and off the table.' },
    ],
  }),
  rule({
    id: 'precaution/peripheral-neuropathy',
    family: 'precaution',
    description: 'Peripheral neuropathy: no deep pressure on the affected region (sensation is unreliable). Practice-level source.',
    source: 'S3',
    when: ({ intake }) => hasFlag(intake, 'peripheral-neuropathy'),
    then: ({ intake, catalog }) =>
      historyWith(intake, 'peripheral-neuropathy').flatMap((entry) =>
        avoidDeepOn(entry, catalog, 'Peripheral neuropathy: sensation is unreliable here.'),
      ),
  }),
  rule({
    id: 'precaution/diabetes',
    family: 'precaution',
    description: 'Diabetes: check skin and sensation before working; see neuropathy. Practice-level source.',
    source: 'S3',
    when: ({ intake }) => hasFlag(intake, 'diabetes'),
    then: () => [{ kind: 'addPrecaution', id: 'diabetes-skin-check', message: 'Diabetes: check skin integrity and sensation before each session.' }],
  }),
  rule({
    id: 'precaution/hypertension',
    family: 'precaution',
    description: 'Controlled hypertension: avoid vigorous techniques; check in during the session. Practice-level source.',
    source: 'S3',
    when: ({ intake }) => hasFlag(intake, 'hypertension'),
    then: () => [
      { kind: 'avoid', technique: 'percussion', message: 'Hypertension: avoid vigorous techniques.' },
      { kind: 'addPrecaution', id: 'blood-pressure-check-ins', message: 'Hypertension: check in on how the client feels during the session; avoid vigorous work.' },
    ],
  }),
  rule({
    id: 'precaution/pregnancy',
    family: 'precaution',
    description: 'Pregnancy: side-lying (or seated); no prone; no flat supine after about 22 weeks; no abdominal massage; no deep pressure on the legs (clotting risk).',
    source: 'S12',
    when: ({ intake }) => hasFlag(intake, 'pregnancy'),
    then: ({ intake, catalog }) => {
      const weeks = Math.max(...historyWith(intake, 'pregnancy').map((entry) => entry.weeks ?? SUPINE_LIMIT_WEEKS));
      const legs = (['thigh', 'lower-leg'] as const).flatMap((region) =>
        deepTechniques(catalog).map((technique): Effect => ({
          kind: 'avoid',
          region,
          technique,
          message: 'Pregnancy: no deep pressure on the legs (clotting risk).',
        })),
      );
      return [
        { kind: 'avoid', position: 'prone', message: 'Pregnancy: no prone position.' },
        ...(weeks >= SUPINE_LIMIT_WEEKS
          ? [{ kind: 'avoid' as const, position: 'supine' as const, message: 'Pregnancy after about 22 weeks: no flat supine.' }]
          : []),
        {
          kind: 'allowPositions',
          positions: weeks >= SUPINE_LIMIT_WEEKS ? ['side-lying', 'seated'] : ['side-lying', 'seated', 'supine'],
          message: 'Pregnancy: side-lying with bolsters.',
        },
        { kind: 'avoid', region: 'abdomen', message: 'Pregnancy: no abdominal massage.' },
        ...legs,
      ];
    },
  }),
  rule({
    id: 'precaution/pregnancy-first-trimester',
    family: 'precaution',
    description: 'First trimester (under 12 weeks): many therapists defer until an obstetrician clears massage. Practice-level default a vendor can change.',
    source: 'S12',
    when: ({ intake }) => historyWith(intake, 'pregnancy').some((entry) => (entry.weeks ?? 0) < FIRST_TRIMESTER_WEEKS),
    then: () => [
      {
        kind: 'defer',
        until: 'clearance',
        message: 'First trimester: defer until an obstetrician clears massage (practice default).',
        clearedBy: 'obstetrician',
      },
    ],
  }),
  rule({
    id: 'precaution/cancer',
    family: 'precaution',
    description: 'Cancer in active treatment: oncologist clearance before the plan; no pressure over a tumour; pressure at most 2 when the site is not given.',
    source: 'S7',
    when: ({ intake }) => hasFlag(intake, 'cancer'),
    then: ({ intake }) => [
      { kind: 'requireClearance', clearance: 'oncologist', message: 'Cancer in active treatment: oncologist clearance before the first session.' },
      ...historyWith(intake, 'cancer').map((entry): Effect =>
        entry.region === undefined
          ? { kind: 'capPressure', max: 2, message: 'Cancer, site not given: pressure at most 2 everywhere.' }
          : { kind: 'avoid', region: entry.region, ...sideOf(entry), message: 'Cancer: no pressure over the tumour site.' },
      ),
    ],
  }),
  rule({
    id: 'precaution/bone-metastasis',
    family: 'precaution',
    description: 'Bone metastasis: physician sign-off; pressure at most 1 over affected bone (the whole body when the site is not given).',
    source: 'S7',
    when: ({ intake }) => hasFlag(intake, 'bone-metastasis'),
    then: ({ intake }) => [
      { kind: 'requireClearance', clearance: 'physician', message: 'Bone metastasis: physician sign-off before the first session.' },
      ...historyWith(intake, 'bone-metastasis').map((entry): Effect =>
        entry.region === undefined
          ? { kind: 'capPressure', max: 1, message: 'Bone metastasis, site not given: light contact only.' }
          : { kind: 'avoid', region: entry.region, ...sideOf(entry), message: 'Bone metastasis: no pressure over affected bone.' },
      ),
    ],
  }),
  rule({
    id: 'precaution/lymphedema',
    family: 'precaution',
    description: 'Lymphedema: restricted pressure in the area; lymphatic drainage only by a trained lymphedema therapist.',
    source: 'S8',
    when: ({ intake }) => hasFlag(intake, 'lymphedema'),
    then: ({ intake, catalog }) => [
      { kind: 'avoid', technique: 'lymphatic-drainage', message: 'Lymphedema: lymphatic drainage only by a certified lymphedema therapist, outside this plan.' },
      ...historyWith(intake, 'lymphedema').flatMap((entry): Effect[] =>
        entry.region === undefined
          ? [{ kind: 'capPressure', max: 2, message: 'Lymphedema, area not given: pressure at most 2.' }]
          : avoidDeepOn(entry, catalog, 'Lymphedema: restricted pressure in the affected area.'),
      ),
    ],
  }),
  ...(['heart-failure', 'kidney-failure'] as const).map((flag) =>
    rule({
      id: `precaution/${flag}`,
      family: 'precaution',
      description: `${flag === 'heart-failure' ? 'Heart failure' : 'Kidney failure'}: no lymphatic drainage (fluid load); physician clearance. Partly practice-level.`,
      source: 'S9',
      when: ({ intake }) => hasFlag(intake, flag),
      then: () => [
        { kind: 'avoid', technique: 'lymphatic-drainage', message: 'Lymphatic drainage moves fluid the heart and kidneys must handle.' },
        { kind: 'requireClearance', clearance: 'physician', message: 'Heart or kidney failure: physician clearance before the first session.' },
      ],
    }),
  ),
  rule({
    id: 'precaution/oil-allergy',
    family: 'precaution',
    description: 'Oil allergy or a wish to avoid oils: choose a different medium.',
    source: 'S4',
    when: ({ intake }) => hasFlag(intake, 'oil-allergy') || intake.preferences?.avoidOils === true,
    then: () => [{ kind: 'addPrecaution', id: 'oil-free-medium', message: 'Use an oil-free, fragrance-free medium (oil allergy or preference).' }],
  }),
  rule({
    id: 'precaution/endangerment-sites',
    family: 'precaution',
    description: 'Endangerment sites (anterior neck, axilla, cubital fossa, femoral triangle, popliteal fossa, kidney area) always get light or no pressure. Practice-level source.',
    source: 'S1',
    when: ({ intake, catalog }) =>
      intake.conditions.some((entry) => targetRegionsOf(entry, catalog).some((region) => catalog.regions[region].endangermentSites.length > 0)),
    then: ({ intake, catalog }) => {
      const sites = [
        ...new Set(
          intake.conditions.flatMap((entry) => targetRegionsOf(entry, catalog).flatMap((region) => catalog.regions[region].endangermentSites)),
        ),
      ];
      return [{ kind: 'addPrecaution', id: 'endangerment-sites', message: `Light or no pressure over endangerment sites: ${sites.join(', ')}.` }];
    },
  }),
];
