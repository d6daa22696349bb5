import type { ConditionId } from '../../intake/vocabulary.js';
import type { Condition } from '../CatalogSchema.js';

/**
 * The built-in conditions, with techniques, targets, dose and evidence.
 *
 * From the clinical reference §3. Techniques are in priority order (the first
 * is the primary); the dose is the first phase's.
 *
 * Target `muscles` name only what the reference names for the condition; an
 * empty list means "the region's usual muscles" (see `regions`). `sources`
 * lists every source the entry cites, the one behind its techniques first.
 * A dose resting on a practice-level source or a catalogue default says so in
 * its `summary`.
 */
export const conditions = {
  'neck-pain': {
    id: 'neck-pain',
    name: 'Neck pain',
    icd10: { code: 'M54.2', display: 'Cervicalgia', source: 'CMS-ICD10' },
    techniques: ['swedish', 'myofascial-release', 'trigger-point', 'assisted-stretching'],
    targets: [
      { region: 'neck', muscles: ['upper trapezius', 'levator scapulae', 'suboccipitals'] },
      { region: 'shoulder', muscles: ['upper trapezius'] },
      { region: 'upper-back', muscles: [] },
    ],
    pressure: { start: 2, max: 4 },
    dose: {
      sessionsPerWeek: 2,
      weeks: 4,
      minutes: 60,
      summary:
        'Chronic neck pain: 60-minute sessions twice a week for 4 weeks, the lower end of the effective dose in a dose-finding trial (60 min 2–3×/week); 30-minute sessions were no better than waitlist (S24).',
      source: 'S24',
    },
    evidence: {
      verdict: 'supports',
      summary:
        'Chronic neck pain: randomized trials support massage at an adequate dose, and dose matters more than technique (S24, S26); a 6-week weekly 60-minute booster helped at 12 weeks but not at 26 (S25). Recent neck pain (3 months or less): the OPTIMa guideline advises against relaxation massage or positional release alone and favours multimodal care with exercise and education (S34).',
      sources: ['S24', 'S26', 'S25', 'S34'],
    },
    outcomeMeasures: ['pain-nrs', 'ndi'],
    complementary: [
      { care: 'exercise', source: 'S34' },
      { care: 'education', source: 'S34' },
    ],
    sources: ['S24', 'S26', 'S25', 'S34', 'CMS-ICD10'],
  },
  'low-back-pain': {
    id: 'low-back-pain',
    name: 'Low back pain',
    icd10: { code: 'M54.50', display: 'Low back pain, unspecified', source: 'CMS-ICD10' },
    techniques: ['swedish', 'myofascial-release', 'trigger-point', 'neuromuscular'],
    targets: [
      { region: 'lower-back', muscles: [] },
      { region: 'gluteal', muscles: [] },
      { region: 'hip', muscles: [] },
    ],
    pressure: { start: 2, max: 4 },
    dose: {
      sessionsPerWeek: 1,
      weeks: 10,
      minutes: 60,
      summary:
        'Chronic low back pain: ten weekly 60-minute sessions over 10 weeks; relaxation and structural massage both improved RDQ by 2–3 points more than usual care at 10 weeks (S23).',
      source: 'S23',
    },
    evidence: {
      verdict: 'supports',
      summary:
        'Chronic low back pain: in a randomized trial relaxation (Swedish) and structural massage did equally well and beat usual care at 10 weeks (S23). Acute or subacute low back pain: the ACP 2017 guideline recommends massage, with superficial heat, acupuncture or spinal manipulation (S33).',
      sources: ['S23', 'S33'],
    },
    outcomeMeasures: ['pain-nrs', 'rmdq', 'odi'],
    complementary: [
      { care: 'exercise', source: 'S33' },
      { care: 'superficial-heat', source: 'S33' },
    ],
    sources: ['S23', 'S33', 'CMS-ICD10'],
  },
  sciatica: {
    id: 'sciatica',
    name: 'Sciatica',
    icd10: { code: 'M54.30', display: 'Sciatica, unspecified side', source: 'CMS-ICD10' },
    techniques: ['trigger-point', 'myofascial-release', 'swedish', 'assisted-stretching'],
    targets: [
      { region: 'gluteal', muscles: ['piriformis', 'gluteus maximus', 'gluteus medius', 'gluteus minimus'] },
      { region: 'hip', muscles: ['piriformis'] },
      { region: 'lower-back', muscles: ['quadratus lumborum'] },
    ],
    pressure: { start: 2, max: 3 },
    dose: {
      sessionsPerWeek: 2,
      weeks: 3,
      minutes: 60,
      summary:
        'Practice default, no trial: twice a week for a few weeks (3 here), then weekly for 4–6 weeks (S53, practice-level); the 60-minute length is a catalogue practice default (MP-DEFAULT).',
      source: 'S53',
    },
    evidence: {
      verdict: 'none',
      summary:
        'No trial of massage for sciatica in the reference. Practice sources advise finding the source of the nerve irritation first, then trigger-point, myofascial release, gliding strokes and stretching, with nothing over a herniated disc region (S55, practice-level).',
      sources: ['S55', 'S53'],
    },
    outcomeMeasures: ['pain-nrs', 'odi'],
    complementary: [{ care: 'medical-assessment', source: 'S55' }],
    sources: ['S55', 'S53', 'MP-DEFAULT', 'CMS-ICD10'],
  },
  'tension-headache': {
    id: 'tension-headache',
    name: 'Tension-type headache',
    icd10: { code: 'G44.209', display: 'Tension-type headache, unspecified, not intractable', source: 'CMS-ICD10' },
    techniques: ['trigger-point', 'neuromuscular', 'myofascial-release'],
    targets: [
      { region: 'neck', muscles: ['upper trapezius', 'suboccipitals', 'sternocleidomastoid', 'scalenes'] },
      { region: 'head', muscles: ['temporalis'] },
      { region: 'shoulder', muscles: ['upper trapezius'] },
    ],
    pressure: { start: 2, max: 4 },
    dose: {
      sessionsPerWeek: 2,
      weeks: 6,
      minutes: 45,
      summary: 'Trial dose: 45-minute trigger-point-focused head and neck massage twice a week for 6 weeks (S28).',
      source: 'S28',
    },
    evidence: {
      verdict: 'weak',
      summary:
        'A randomized trial of trigger-point-focused head and neck massage (S28) and a case series (S29) report fewer or milder headaches; in the trial headache frequency fell with placebo too, so the evidence is weak.',
      sources: ['S28', 'S29'],
    },
    outcomeMeasures: ['hdi', 'pain-nrs'],
    complementary: [],
    sources: ['S28', 'S29', 'CMS-ICD10'],
  },
  migraine: {
    id: 'migraine',
    name: 'Migraine',
    icd10: {
      code: 'G43.909',
      display: 'Migraine, unspecified, not intractable, without status migrainosus',
      source: 'CMS-ICD10',
    },
    techniques: ['swedish'],
    targets: [
      { region: 'neck', muscles: [] },
      { region: 'shoulder', muscles: [] },
      { region: 'head', muscles: [] },
    ],
    pressure: { start: 1, max: 2 },
    dose: {
      sessionsPerWeek: 1,
      weeks: 6,
      minutes: 45,
      summary:
        'Catalogue practice default with no published evidence (MP-DEFAULT): gentle weekly 45-minute sessions for 6 weeks; no massage-specific protocol for migraine was found.',
      source: 'MP-DEFAULT',
    },
    evidence: {
      verdict: 'none',
      summary:
        'No massage-specific protocol for migraine was found; gentle Swedish massage of the neck and shoulders is a practice default, alongside medical management of the migraine.',
      sources: [],
    },
    outcomeMeasures: ['hdi'],
    complementary: [{ care: 'physician-or-neurologist-management', source: 'MP-DEFAULT' }],
    sources: ['MP-DEFAULT', 'CMS-ICD10'],
  },
  'carpal-tunnel': {
    id: 'carpal-tunnel',
    name: 'Carpal tunnel syndrome',
    icd10: { code: 'G56.00', display: 'Carpal tunnel syndrome, unspecified upper limb', source: 'CMS-ICD10' },
    techniques: ['swedish', 'trigger-point'],
    targets: [
      { region: 'forearm', muscles: ['wrist flexors', 'wrist extensors', 'pronator teres'] },
      { region: 'wrist-hand', muscles: ['thenar muscles', 'transverse carpal ligament area'] },
    ],
    pressure: { start: 2, max: 3 },
    dose: {
      sessionsPerWeek: 2,
      weeks: 6,
      minutes: 30,
      summary: 'Trial dose: 30-minute massage with trigger-point therapy twice a week for 6 weeks (S30).',
      source: 'S30',
    },
    evidence: {
      verdict: 'weak',
      summary:
        'Small trials report less pain and better function after massage with trigger-point therapy, and after daily self-massage between weekly sessions (S30); the studies are small, and the practice source (S56) is unverified.',
      sources: ['S30', 'S56'],
    },
    outcomeMeasures: ['bctq'],
    complementary: [{ care: 'daily-self-massage', source: 'S30' }],
    sources: ['S30', 'S56', 'CMS-ICD10'],
  },
  'joint-pain': {
    id: 'joint-pain',
    name: 'Joint pain',
    icd10: { code: 'M25.50', display: 'Pain in unspecified joint', source: 'CMS-ICD10' },
    techniques: ['swedish'],
    targets: [
      { region: 'site', muscles: [] },
      { region: 'around-site', muscles: [] },
    ],
    pressure: { start: 2, max: 3 },
    dose: {
      sessionsPerWeek: 1,
      weeks: 8,
      minutes: 60,
      summary:
        'Knee osteoarthritis trial dose: 60-minute Swedish massage once a week for 8 weeks; 60 minutes beat 30 and more than weekly added nothing (S27). Other joints are extrapolated from the knee.',
      source: 'S27',
    },
    evidence: {
      verdict: 'supports',
      summary:
        'Randomized trials in knee osteoarthritis support weekly 60-minute Swedish massage (S27); evidence for other joints is extrapolated from them.',
      sources: ['S27'],
    },
    outcomeMeasures: ['pain-nrs', 'psfs'],
    complementary: [],
    sources: ['S27', 'CMS-ICD10'],
  },
  fibromyalgia: {
    id: 'fibromyalgia',
    name: 'Fibromyalgia',
    icd10: { code: 'M79.7', display: 'Fibromyalgia', source: 'CMS-ICD10' },
    techniques: ['myofascial-release', 'swedish'],
    targets: [
      { region: 'neck', muscles: [] },
      { region: 'shoulder', muscles: [] },
      { region: 'upper-back', muscles: [] },
      { region: 'lower-back', muscles: [] },
      { region: 'gluteal', muscles: [] },
      { region: 'upper-arm', muscles: [] },
      { region: 'forearm', muscles: [] },
      { region: 'thigh', muscles: [] },
      { region: 'lower-leg', muscles: [] },
    ],
    pressure: { start: 1, max: 3 },
    dose: {
      sessionsPerWeek: 1,
      weeks: 5,
      minutes: 45,
      summary:
        'At least 5 weeks at 1–2 sessions a week (S31); weekly is the gentler end. Painless pressure, raised gradually from session to session. The 45-minute length is a catalogue practice default (MP-DEFAULT).',
      source: 'S31',
    },
    evidence: {
      verdict: 'weak',
      summary:
        'Meta-analyses find short-term benefit from massage given for 5 weeks or more, with several styles helping (S31), but the EULAR 2016 recommendations advise against massage for fibromyalgia; exercise is the one strong recommendation (S32). Shown as weak evidence.',
      sources: ['S31', 'S32'],
    },
    outcomeMeasures: ['pain-nrs'],
    complementary: [{ care: 'exercise', source: 'S32' }],
    sources: ['S31', 'S32', 'MP-DEFAULT', 'CMS-ICD10'],
  },
  'tmj-disorder': {
    id: 'tmj-disorder',
    name: 'Temporomandibular joint disorder',
    icd10: {
      code: 'M26.609',
      display: 'Unspecified temporomandibular joint disorder, unspecified side',
      source: 'CMS-ICD10',
    },
    techniques: ['trigger-point', 'myofascial-release'],
    targets: [
      { region: 'jaw', muscles: ['masseter'] },
      { region: 'head', muscles: ['temporalis'] },
      { region: 'neck', muscles: [] },
    ],
    pressure: { start: 2, max: 3 },
    dose: {
      sessionsPerWeek: 1,
      weeks: 6,
      minutes: 45,
      summary:
        'Catalogue practice default with no published evidence (MP-DEFAULT): weekly 45-minute sessions for 6 weeks; no dose for TMJ disorder was found.',
      source: 'MP-DEFAULT',
    },
    evidence: {
      verdict: 'none',
      summary:
        'No trial in the reference. Practice sources describe trigger-point and myofascial work on the masseter and temporalis, and gloved intraoral work on the pterygoids only by trained therapists where the jurisdiction allows it (S54, practice-level).',
      sources: ['S54'],
    },
    outcomeMeasures: ['pain-nrs'],
    complementary: [],
    sources: ['S54', 'MP-DEFAULT', 'CMS-ICD10'],
  },
  'postural-imbalance': {
    id: 'postural-imbalance',
    name: 'Postural imbalance',
    techniques: ['myofascial-release', 'swedish', 'assisted-stretching'],
    targets: [
      { region: 'neck', muscles: [] },
      { region: 'shoulder', muscles: [] },
      { region: 'upper-back', muscles: [] },
      { region: 'chest', muscles: [] },
      { region: 'lower-back', muscles: [] },
      { region: 'hip', muscles: [] },
    ],
    pressure: { start: 2, max: 3 },
    dose: {
      sessionsPerWeek: 1,
      weeks: 6,
      minutes: 60,
      summary:
        'Catalogue practice default with no published evidence (MP-DEFAULT): weekly 60-minute sessions for 6 weeks.',
      source: 'MP-DEFAULT',
    },
    evidence: {
      verdict: 'none',
      summary: 'No source was found for massage in postural imbalance; techniques, targets and dose are catalogue defaults.',
      sources: [],
    },
    outcomeMeasures: ['psfs'],
    complementary: [
      { care: 'exercise', source: 'MP-DEFAULT' },
      { care: 'physical-therapy', source: 'MP-DEFAULT' },
    ],
    sources: ['MP-DEFAULT'],
  },
  'post-surgical': {
    id: 'post-surgical',
    name: 'Post-surgical recovery',
    techniques: ['lymphatic-drainage', 'scar-mobilization', 'swedish'],
    targets: [
      { region: 'around-site', muscles: [] },
      { region: 'site', muscles: [] },
    ],
    pressure: { start: 1, max: 2 },
    dose: {
      sessionsPerWeek: 1,
      weeks: 6,
      minutes: 45,
      summary:
        'Catalogue practice default with no published evidence (MP-DEFAULT): weekly 45-minute sessions for the 6 weeks in which the site gets no deep pressure.',
      source: 'MP-DEFAULT',
    },
    evidence: {
      verdict: 'none',
      summary:
        'No trial in the reference. Practice sources: lymphatic drainage early with surgeon clearance; scar mobilization once the wound is closed (about 2–3 weeks), deeper work from 4–6 weeks or later; no deep pressure on the site for about 6 weeks; work around the incision, proximal areas first (S14, S2, S6, practice-level).',
      sources: ['S14', 'S2', 'S6'],
    },
    outcomeMeasures: ['pain-nrs', 'psfs'],
    complementary: [],
    sources: ['S14', 'S2', 'S6', 'MP-DEFAULT'],
  },
  'sports-injury': {
    id: 'sports-injury',
    name: 'Sports injury',
    techniques: ['swedish'],
    targets: [
      { region: 'around-site', muscles: [] },
      { region: 'site', muscles: [] },
    ],
    pressure: { start: 2, max: 4 },
    dose: {
      sessionsPerWeek: 2,
      weeks: 3,
      minutes: 45,
      summary:
        'Catalogue practice default with no published evidence (MP-DEFAULT): 45-minute sessions twice a week for 3 weeks, surrounding areas first.',
      source: 'MP-DEFAULT',
    },
    evidence: {
      verdict: 'none',
      summary:
        'No trial in the reference. Practice advice (No HARM): no massage and no heat on the injured site for the first 48–72 hours, work surrounding areas, and refer for diagnosis; cross-fiber friction on the site in the subacute phase (S13, practice-level).',
      sources: ['S13'],
    },
    outcomeMeasures: ['pain-nrs', 'psfs'],
    complementary: [{ care: 'medical-assessment', source: 'S13' }],
    sources: ['S13', 'MP-DEFAULT'],
  },
} as const satisfies Readonly<Record<ConditionId, Condition>>;
