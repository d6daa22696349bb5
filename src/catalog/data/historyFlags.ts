import type { HistoryFlagId } from '../../intake/vocabulary.js';
import type { HistoryFlag } from '../CatalogSchema.js';

/**
 * The built-in health-history flags, with tier and what the plan must do.
 *
 * From the clinical reference §1. Nearly every source here is
 * practice-level (exam prep, clinic pages, textbook excerpts); cut-offs such as
 * 6 weeks after a fracture or platelets below 50,000 are configurable practice
 * defaults, not facts.
 */
export const historyFlags = {
  // ── no massage now ──────────────────────────────────────────────────────
  dvt: {
    id: 'dvt',
    name: 'Deep vein thrombosis or pulmonary embolism (current or suspected)',
    tier: 'no-massage',
    effect:
      'No massage: refer urgently for medical assessment, because massage could dislodge the clot. Once a physician has cleared massage: light pressure only, and never the affected limb (the whole leg or arm on that side; both legs when the site is not given).',
    sources: ['WERNER-PATHOLOGY'],
    scope: 'limb',
    clearedBy: 'physician',
  },
  fever: {
    id: 'fever',
    name: 'Fever or acute systemic infection',
    tier: 'no-massage',
    effect: 'No massage: defer until a fever above 38 °C or an acute systemic infection has resolved.',
    sources: ['WERNER-PATHOLOGY'],
  },
  'contagious-illness': {
    id: 'contagious-illness',
    name: 'Contagious illness',
    tier: 'no-massage',
    effect: 'No massage: defer until the contagious illness has resolved.',
    sources: ['WERNER-PATHOLOGY'],
  },
  'uncontrolled-hypertension': {
    id: 'uncontrolled-hypertension',
    name: 'Uncontrolled hypertension',
    tier: 'no-massage',
    effect: 'No massage: defer until a physician clears the client.',
    sources: ['WERNER-PATHOLOGY'],
    clearedBy: 'physician',
  },
  'pregnancy-complication': {
    id: 'pregnancy-complication',
    name: 'Pregnancy complication',
    tier: 'no-massage',
    effect:
      'No massage: defer until an obstetrician clears the client after a complication such as pre-eclampsia, placenta previa, bleeding or preterm contractions (practice-level sources).',
    sources: ['MUELLER-2021', 'WERNER-PATHOLOGY'],
    clearedBy: 'obstetrician',
  },
  'severe-thrombocytopenia': {
    id: 'severe-thrombocytopenia',
    name: 'Severe thrombocytopenia (platelets below 50,000, a practice default)',
    tier: 'no-massage',
    effect: 'No massage until a physician clears the client; once cleared, light pressure only.',
    sources: ['WERNER-PATHOLOGY'],
    clearedBy: 'physician',
  },

  // ── local: avoid the area, treat elsewhere ──────────────────────────────
  'varicose-veins': {
    id: 'varicose-veins',
    name: 'Varicose veins',
    tier: 'local',
    effect: 'Avoid the affected region.',
    sources: ['WERNER-PATHOLOGY'],
  },
  'open-wound': {
    id: 'open-wound',
    name: 'Open wound or recent burn',
    tier: 'local',
    effect: 'Avoid the affected region until the wound or burn has healed.',
    sources: ['WERNER-PATHOLOGY'],
  },
  'skin-infection': {
    id: 'skin-infection',
    name: 'Skin infection',
    tier: 'local',
    effect: 'Avoid the affected region until the infection has resolved.',
    sources: ['WERNER-PATHOLOGY'],
  },
  'recent-fracture': {
    id: 'recent-fracture',
    name: 'Recent fracture',
    tier: 'local',
    effect: 'Avoid the fracture region for about 6 weeks (a practice default) or until a physician clears it.',
    sources: ['WERNER-PATHOLOGY'],
  },
  'inflammatory-flare': {
    id: 'inflammatory-flare',
    name: 'Inflammatory flare (e.g. rheumatoid arthritis)',
    tier: 'local',
    effect: 'Avoid the affected joints during the flare.',
    sources: ['WERNER-PATHOLOGY'],
  },
  'radiation-field': {
    id: 'radiation-field',
    name: 'Radiation therapy field',
    tier: 'local',
    effect: 'No deep pressure on the radiation field: light contact at most.',
    sources: ['WALTON-MEDICAL'],
  },
  'implanted-device': {
    id: 'implanted-device',
    name: 'Implanted device (port, pacemaker, pump)',
    tier: 'local',
    effect: 'Avoid the device site (ports are usually in the chest).',
    sources: ['WALTON-MEDICAL', 'WERNER-PATHOLOGY'],
  },
  cellulitis: {
    id: 'cellulitis',
    name: 'Cellulitis',
    tier: 'local',
    effect:
      'No massage of the affected limb (the whole arm or leg on that side) until after 2–3 days of antibiotics with improvement; no lymphatic drainage.',
    sources: ['S9'],
    scope: 'limb',
  },
  aneurysm: {
    id: 'aneurysm',
    name: 'Aneurysm',
    tier: 'local',
    effect: 'Avoid the area of the aneurysm.',
    sources: ['WERNER-PATHOLOGY'],
  },

  // ── precaution: treat with changes ──────────────────────────────────────
  anticoagulants: {
    id: 'anticoagulants',
    name: 'Anticoagulant medication',
    tier: 'precaution',
    effect: 'Pressure 2 at most; no deep-tissue, cross-fiber friction or percussion (bruising and bleeding risk).',
    sources: ['WERNER-PATHOLOGY'],
  },
  'bleeding-disorder': {
    id: 'bleeding-disorder',
    name: 'Bleeding disorder',
    tier: 'precaution',
    effect: 'Pressure 2 at most; no deep-tissue, cross-fiber friction or percussion (bruising and bleeding risk).',
    sources: ['WERNER-PATHOLOGY'],
  },
  corticosteroids: {
    id: 'corticosteroids',
    name: 'Long-term corticosteroids',
    tier: 'precaution',
    effect: 'Reduce pressure, because long-term corticosteroids weaken connective tissue.',
    sources: ['WERNER-PATHOLOGY'],
  },
  'pain-medication': {
    id: 'pain-medication',
    name: 'Pain medication (analgesics, muscle relaxants)',
    tier: 'precaution',
    effect: 'Use lighter pressure and check pressure often, because the medication masks pain feedback.',
    sources: ['WERNER-PATHOLOGY'],
  },
  osteoporosis: {
    id: 'osteoporosis',
    name: 'Osteoporosis',
    tier: 'precaution',
    effect:
      'Gentle work only: no deep-tissue, percussion, forceful stretching or joint work near the spine, ribs, hips or wrists; side-lying or bolstered positions; careful transfers.',
    sources: ['WERNER-PATHOLOGY'],
  },
  'peripheral-neuropathy': {
    id: 'peripheral-neuropathy',
    name: 'Peripheral neuropathy',
    tier: 'precaution',
    requiresRegion: true,
    effect: 'Light pressure only (2 at most) on the neuropathic region, where the client cannot report pain reliably; no heat anywhere (numb skin burns unnoticed).',
    sources: ['WERNER-PATHOLOGY'],
    maxPressure: 2,
    avoidHeat: true,
  },
  pregnancy: {
    id: 'pregnancy',
    name: 'Pregnancy',
    tier: 'precaution',
    requiresWeeks: true,
    effect:
      'Positions follow the week of each session: side-lying or seated throughout; no prone past the first trimester; no flat supine from about 22 weeks (semi-reclined or left tilt instead). No abdominal massage; light pressure on the legs and inner thighs, adductors and psoas protected (clotting risk); no heat. An uncomplicated first trimester is a precaution, not a reason to defer. No sessions past the due date (40 weeks) without the obstetrician.',
    sources: ['MUELLER-2021'],
    avoidHeat: true,
  },
  cancer: {
    id: 'cancer',
    name: 'Cancer in active treatment',
    tier: 'precaution',
    effect:
      'Oncologist clearance before the plan; no pressure over a tumour; overall pressure 2 at most when the tumour site is unknown.',
    sources: ['WALTON-MEDICAL', 'WERNER-PATHOLOGY'],
  },
  'bone-metastasis': {
    id: 'bone-metastasis',
    name: 'Bone metastasis',
    tier: 'precaution',
    effect: 'Pressure 1 at most over the affected bone; physician sign-off before the plan.',
    sources: ['WALTON-MEDICAL'],
  },
  lymphedema: {
    id: 'lymphedema',
    name: 'Lymphedema',
    tier: 'precaution',
    effect:
      'Light pressure (2 at most) and no deep technique over the whole body quadrant on that side (an arm with the chest and upper back, or a leg with the hip, lower back and abdomen); no heat; lymphatic drainage only by a therapist trained in it.',
    sources: ['WALTON-MEDICAL'],
    scope: 'quadrant',
    maxPressure: 2,
    avoidHeat: true,
  },
  'heart-failure': {
    id: 'heart-failure',
    name: 'Heart failure',
    tier: 'precaution',
    effect: 'No lymphatic drainage (it adds to the fluid load); physician clearance before the plan.',
    sources: ['S9', 'S10'],
  },
  'kidney-failure': {
    id: 'kidney-failure',
    name: 'Kidney failure',
    tier: 'precaution',
    effect: 'No lymphatic drainage (it adds to the fluid load); physician clearance before the plan.',
    sources: ['S9', 'S10'],
  },
  diabetes: {
    id: 'diabetes',
    name: 'Diabetes',
    tier: 'precaution',
    effect: 'Check skin and sensation before treating; no heat (sensation may be reduced without the client knowing); where sensation is reduced, follow the peripheral-neuropathy precaution.',
    sources: ['WERNER-PATHOLOGY'],
    avoidHeat: true,
  },
  hypertension: {
    id: 'hypertension',
    name: 'Hypertension (controlled)',
    tier: 'precaution',
    effect: 'Avoid vigorous techniques and check in with the client during the session.',
    sources: ['WERNER-PATHOLOGY'],
  },
  'oil-allergy': {
    id: 'oil-allergy',
    name: 'Allergy to massage oils',
    tier: 'precaution',
    effect: 'Choose a different massage medium.',
    sources: ['WERNER-PATHOLOGY'],
  },  frailty: {
    id: 'frailty',
    name: 'Frailty (older age, low reserve, falls)',
    tier: 'precaution',
    effect:
      'Gentler pressure (3 at most); limit time prone (about 10 minutes, with bolsters) and prefer side-lying or semi-reclined; help with transfers. Also applied from age 80 (a practice default, no trial).',
    sources: ['MP-DEFAULT'],
    maxPressure: 3,
  },

} as const satisfies Readonly<Record<HistoryFlagId, HistoryFlag>>;
