import type { ConditionId } from '../../intake/vocabulary.js';
import type { Condition } from '../CatalogSchema.js';

/**
 * The built-in conditions, with techniques, targets, dose and evidence.
 *
 * From the clinical reference §3 as corrected in its §0. Techniques are in
 * priority order (the first is the primary); the dose is the first phase's.
 *
 * Target `muscles` name only what the reference names for the condition; an
 * empty list means "the region's usual muscles" (see `regions`). `sources`
 * lists every source the entry cites, the one behind its techniques first.
 * A dose resting on a practice-level source or a catalogue default says so in
 * its `summary`. Each `evidence.summary` says how strong the evidence is and
 * how large the effect, from the best review or trial found. Each ICD-10-CM
 * code, and the side- and joint-specific codes `icd10For` picks from, was
 * checked against the tabular list (`CMS-ICD10`, a specification).
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
        'Chronic neck pain: 60-minute sessions twice a week for 4 weeks, the lower end of the effective dose in a dose-finding trial (60 min 2–3×/week); 30-minute sessions were no better than waitlist (S24). Not for recent neck pain (3 months or less): see S34.',
      source: 'S24',
    },
    evidence: {
      verdict: 'supports',
      summary:
        'Chronic neck pain, short term, adequate dose: 60 min 2–3×/week made a meaningful gain 3.4–5 times as likely as waitlist (S24, n=228); gone by 26 weeks, a booster helped at 12 only (S25, S26). A review found no clear pain benefit over no treatment (S37, low-to-moderate evidence). Recent neck pain (≤3 months, grade I–II): OPTIMa advises not to offer relaxation massage; exercise and education instead (S34).',
      sources: ['S24', 'S25', 'S26', 'S37', 'S34'],
    },
    outcomeMeasures: ['pain-nrs', 'ndi'],
    complementary: [
      { care: 'exercise', source: 'S34' },
      { care: 'education', source: 'S34' },
    ],
    sources: ['S24', 'S25', 'S26', 'S37', 'S34', 'CMS-ICD10'],
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
        'Chronic low back pain: ten weekly 60-minute sessions over 10 weeks, the trial dose in which relaxation and structural massage both improved RDQ by 2.5–2.9 points more than usual care at 10 weeks (S23).',
      source: 'S23',
    },
    evidence: {
      verdict: 'supports',
      summary:
        'Chronic low back pain, short term: massage beat usual care by 2.5–2.9 RDQ points at 10 weeks (S23, n=401), a group difference below the 5 points that matter to one person (S39); small by 52 weeks. A review found better function, not less pain, than no treatment (S37, low-to-moderate evidence). ACP 2017 recommends massage for acute or subacute pain (low-quality evidence), not for chronic pain (S33).',
      sources: ['S23', 'S37', 'S39', 'S33'],
    },
    outcomeMeasures: ['pain-nrs', 'rmdq', 'odi'],
    complementary: [
      { care: 'exercise', source: 'S33' },
    ],
    sources: ['S23', 'S37', 'S39', 'S33', 'CMS-ICD10'],
  },
  sciatica: {
    id: 'sciatica',
    name: 'Sciatica',
    icd10: { code: 'M54.30', display: 'Sciatica, unspecified side', source: 'CMS-ICD10' },
    icd10BySide: {
      right: { code: 'M54.31', display: 'Sciatica, right side' },
      left: { code: 'M54.32', display: 'Sciatica, left side' },
    },
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
        'Practice default, no trial: twice a week for a few weeks (3 here), then weekly for 4–6 weeks (S53, practice-level); the 60-minute length is a catalogue practice default (MP-DEFAULT). Give it alongside an exercise programme, never instead of one (NICE-NG59).',
      source: 'S53',
    },
    evidence: {
      verdict: 'weak',
      summary:
        'No trial of massage alone for sciatica was found. NICE allows manual therapy, massage included, only within a treatment package that includes exercise (NICE-NG59, rec. 1.2.7). Practice sources: find the source of the nerve irritation first; nothing over a herniated disc (S55, practice-level).',
      sources: ['NICE-NG59', 'S55'],
    },
    outcomeMeasures: ['pain-nrs', 'odi'],
    complementary: [
      { care: 'exercise', source: 'NICE-NG59' },
      { care: 'medical-assessment', source: 'S55' },
    ],
    sources: ['S55', 'NICE-NG59', 'S53', 'MP-DEFAULT', 'CMS-ICD10'],
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
      summary:
        'Twice a week for 6 weeks (12 sessions), as in the placebo-controlled trial (S28), which found no benefit over placebo on headache frequency; the 45-minute length is a catalogue practice default (MP-DEFAULT).',
      source: 'S28',
    },
    evidence: {
      verdict: 'weak',
      summary:
        'Weak: in a placebo-controlled trial (S28, n=56) headache frequency fell as much with placebo as with trigger-point massage; only perceived relief favoured massage. A 4-client case series is practice-level (S29). OPTIMa favours low-load craniocervical exercise (S36).',
      sources: ['S28', 'S29', 'S36'],
    },
    outcomeMeasures: ['hdi', 'pain-nrs'],
    complementary: [{ care: 'exercise', source: 'S36' }],
    sources: ['S28', 'S29', 'S36', 'MP-DEFAULT', 'CMS-ICD10'],
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
        'No massage-specific trial or protocol for migraine was found; gentle Swedish massage of the neck and shoulders is a practice default, alongside medical management of the migraine.',
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
    icd10BySide: {
      right: { code: 'G56.01', display: 'Carpal tunnel syndrome, right upper limb' },
      left: { code: 'G56.02', display: 'Carpal tunnel syndrome, left upper limb' },
      both: { code: 'G56.03', display: 'Carpal tunnel syndrome, bilateral upper limbs' },
    },
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
      summary:
        'Practice-level dose, not a trial dose: 30-minute massage with trigger-point therapy twice a week for 6 weeks, from an uncontrolled study of 21 people (S30, practice-level).',
      source: 'S30',
    },
    evidence: {
      verdict: 'weak',
      summary:
        'Weak and small: one randomized trial (FIELD-2004, n=16): weekly plus daily self-massage for 4 weeks lowered pain and improved grip and nerve latency; an uncontrolled study (S30, n=21, practice-level) reported better scores. Thenar atrophy marks severe carpal tunnel syndrome: refer (ERICKSON-2019).',
      sources: ['FIELD-2004', 'S30', 'ERICKSON-2019'],
    },
    outcomeMeasures: ['bctq'],
    complementary: [{ care: 'daily-self-massage', source: 'FIELD-2004' }],
    sources: ['S30', 'FIELD-2004', 'ERICKSON-2019', 'CMS-ICD10'],
  },
  'joint-pain': {
    id: 'joint-pain',
    name: 'Joint pain',
    icd10: { code: 'M25.50', display: 'Pain in unspecified joint', source: 'CMS-ICD10' },
    icd10ByRegion: [
      {
        region: 'shoulder',
        unspecified: { code: 'M25.519', display: 'Pain in unspecified shoulder' },
        bySide: {
          right: { code: 'M25.511', display: 'Pain in right shoulder' },
          left: { code: 'M25.512', display: 'Pain in left shoulder' },
        },
      },
      {
        region: 'elbow',
        unspecified: { code: 'M25.529', display: 'Pain in unspecified elbow' },
        bySide: {
          right: { code: 'M25.521', display: 'Pain in right elbow' },
          left: { code: 'M25.522', display: 'Pain in left elbow' },
        },
      },
      {
        region: 'hip',
        unspecified: { code: 'M25.559', display: 'Pain in unspecified hip' },
        bySide: {
          right: { code: 'M25.551', display: 'Pain in right hip' },
          left: { code: 'M25.552', display: 'Pain in left hip' },
        },
      },
      {
        region: 'knee',
        unspecified: { code: 'M25.569', display: 'Pain in unspecified knee' },
        bySide: {
          right: { code: 'M25.561', display: 'Pain in right knee' },
          left: { code: 'M25.562', display: 'Pain in left knee' },
        },
      },
      {
        region: 'ankle-foot',
        unspecified: { code: 'M25.579', display: 'Pain in unspecified ankle and joints of unspecified foot' },
        bySide: {
          right: { code: 'M25.571', display: 'Pain in right ankle and joints of right foot' },
          left: { code: 'M25.572', display: 'Pain in left ankle and joints of left foot' },
        },
      },
    ],
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
        'Knee osteoarthritis, short term: weekly 60-minute massage improved WOMAC by 24 points against 6 with usual care at 8 weeks, gone by 24 (S27, n=125), and beat light touch (PERLMAN-2019, n=222); low-to-moderate evidence (S37). Education and exercise are the core care (OARSI-2019). Other joints are extrapolated from the knee.',
      sources: ['S27', 'PERLMAN-2019', 'S37', 'OARSI-2019'],
    },
    outcomeMeasures: ['pain-nrs', 'psfs'],
    complementary: [
      { care: 'exercise', source: 'OARSI-2019' },
      { care: 'education', source: 'OARSI-2019' },
    ],
    sources: ['S27', 'PERLMAN-2019', 'S37', 'OARSI-2019', 'CMS-ICD10'],
  },
  fibromyalgia: {
    id: 'fibromyalgia',
    name: 'Fibromyalgia',
    icd10: { code: 'M79.7', display: 'Fibromyalgia', source: 'CMS-ICD10' },
    techniques: ['myofascial-release', 'lymphatic-drainage'],
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
        'At least 5 weeks, the duration with an effect in the meta-analysis (LI-2014), at 1–2 sessions a week (S31); weekly is the gentler end. Painless pressure, raised gradually from session to session (S31). The 45-minute length is a catalogue practice default (MP-DEFAULT).',
      source: 'LI-2014',
    },
    evidence: {
      verdict: 'weak',
      summary:
        'Weak: massage for 5 weeks or more lowered pain with a moderate effect (SMD 0.62, 95% CI 0.05–1.20) right after treatment only, in 9 small trials (LI-2014). Myofascial release had large short-term effects on pain (moderate evidence) and Swedish massage did not help (YUAN-2015). EULAR 2017 does not recommend massage; exercise is its one strong recommendation (S32).',
      sources: ['LI-2014', 'YUAN-2015', 'S32'],
    },
    outcomeMeasures: ['pain-nrs'],
    complementary: [{ care: 'exercise', source: 'S32' }],
    sources: ['YUAN-2015', 'LI-2014', 'S31', 'S32', 'MP-DEFAULT', 'CMS-ICD10'],
  },
  'tmj-disorder': {
    id: 'tmj-disorder',
    name: 'Temporomandibular joint disorder',
    icd10: {
      code: 'M26.609',
      display: 'Unspecified temporomandibular joint disorder, unspecified side',
      source: 'CMS-ICD10',
    },
    icd10BySide: {
      right: { code: 'M26.601', display: 'Right temporomandibular joint disorder, unspecified' },
      left: { code: 'M26.602', display: 'Left temporomandibular joint disorder, unspecified' },
      both: { code: 'M26.603', display: 'Bilateral temporomandibular joint disorder, unspecified' },
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
        'No trial was found. Practice sources describe trigger-point and myofascial work on the masseter and temporalis, and gloved intraoral work on the pterygoids only by trained therapists where the jurisdiction allows it (S54, practice-level).',
      sources: ['S54'],
    },
    outcomeMeasures: ['pain-nrs'],
    complementary: [],
    sources: ['S54', 'MP-DEFAULT', 'CMS-ICD10'],
  },
  'postural-imbalance': {
    id: 'postural-imbalance',
    name: 'Postural imbalance',
    icd10: { code: 'R29.3', display: 'Abnormal posture', source: 'CMS-ICD10' },
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
    sources: ['MP-DEFAULT', 'CMS-ICD10'],
  },
  'post-surgical': {
    id: 'post-surgical',
    name: 'Post-surgical recovery',
    icd10: { code: 'Z48.89', display: 'Encounter for other specified surgical aftercare', source: 'CMS-ICD10' },
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
        'No trial was found. Practice sources: lymphatic drainage early with the surgeon’s clearance; scar work only once the wound is closed, deeper from 4–6 weeks; no deep pressure on the site for about 6 weeks (S14, practice-level; the cut-offs are catalogue defaults, MP-DEFAULT).',
      sources: ['S14', 'MP-DEFAULT'],
    },
    outcomeMeasures: ['pain-nrs', 'psfs'],
    complementary: [],
    sources: ['S14', 'MP-DEFAULT', 'CMS-ICD10'],
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
        'No trial of massage was found. No HARM: no massage or heat on the site for 48–72 hours; work around it and have it diagnosed (S13, practice-level). Then PEACE & LOVE (editorial, expert opinion): protect 1–3 days, then load and exercise (DUBOIS-2020).',
      sources: ['S13', 'DUBOIS-2020'],
    },
    outcomeMeasures: ['pain-nrs', 'psfs'],
    complementary: [
      { care: 'medical-assessment', source: 'S13' },
      { care: 'progressive-loading-and-exercise', source: 'DUBOIS-2020' },
    ],
    sources: ['S13', 'DUBOIS-2020', 'MP-DEFAULT'],
  },
} as const satisfies Readonly<Record<ConditionId, Condition>>;
