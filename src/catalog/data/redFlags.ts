import type { RedFlagId } from '../../intake/vocabulary.js';
import type { RedFlag } from '../CatalogSchema.js';

/**
 * The built-in red flags, with what each suggests, urgency and conditions.
 *
 * From the clinical reference §2 and its §0 corrections. Every reported red
 * flag refers, whatever the complaint: red-flag frameworks screen for
 * serious disease in general, not per complaint (Finucane 2020; SNNOOP10).
 * `conditions` lists the complaints in which a flag is typical (shown to the
 * therapist); it never waives a referral. Red-flag lists agree poorly across
 * guidelines (S21), so each flag carries its own sources.
 */
export const redFlags = {
  'saddle-anesthesia': {
    id: 'saddle-anesthesia',
    name: 'Saddle anaesthesia',
    suggests: 'Cauda equina syndrome',
    urgency: 'emergency',
    conditions: ['low-back-pain', 'sciatica'],
    sources: ['S15', 'FINUCANE-2020'],
  },
  'bladder-bowel-dysfunction': {
    id: 'bladder-bowel-dysfunction',
    name: 'New bladder or bowel dysfunction',
    suggests: 'Cauda equina syndrome',
    urgency: 'emergency',
    conditions: ['low-back-pain', 'sciatica'],
    sources: ['S15', 'FINUCANE-2020'],
  },
  'progressive-weakness': {
    id: 'progressive-weakness',
    name: 'Progressive leg weakness (e.g. foot drop)',
    suggests: 'Cauda equina syndrome or severe nerve-root compression',
    urgency: 'emergency',
    conditions: ['low-back-pain', 'sciatica'],
    sources: ['S15', 'FINUCANE-2020'],
  },
  'bilateral-leg-symptoms': {
    id: 'bilateral-leg-symptoms',
    name: 'Symptoms in both legs',
    suggests: 'Cauda equina syndrome or severe nerve compression',
    urgency: 'emergency',
    conditions: ['low-back-pain', 'sciatica'],
    sources: ['S15', 'FINUCANE-2020'],
  },
  'major-trauma': {
    id: 'major-trauma',
    name: 'Major trauma',
    suggests: 'Fracture (needs imaging)',
    urgency: 'urgent',
    conditions: ['low-back-pain', 'sciatica', 'neck-pain', 'sports-injury'],
    sources: ['S15', 'S19'],
  },
  'unexplained-weight-loss': {
    id: 'unexplained-weight-loss',
    name: 'Unexplained weight loss',
    suggests: 'Tumour or infection',
    urgency: 'urgent',
    conditions: ['low-back-pain', 'sciatica', 'neck-pain'],
    sources: ['S15', 'S19'],
  },
  'cancer-history': {
    id: 'cancer-history',
    name: 'History of cancer',
    suggests: 'Tumour (spinal metastasis), especially with age over 50, unexplained weight loss or night pain',
    urgency: 'urgent',
    conditions: ['low-back-pain', 'sciatica', 'neck-pain'],
    sources: ['S15', 'S19'],
  },
  'night-pain': {
    id: 'night-pain',
    name: 'Constant night pain, not eased by rest or a change of position',
    suggests: 'Tumour or infection',
    urgency: 'urgent',
    conditions: ['low-back-pain', 'sciatica', 'neck-pain'],
    sources: ['S15', 'S19'],
  },
  'thunderclap-headache': {
    id: 'thunderclap-headache',
    name: 'Thunderclap headache (peak in under 60 seconds)',
    suggests: 'Subarachnoid haemorrhage or arterial dissection',
    urgency: 'emergency',
    conditions: ['tension-headache', 'migraine'],
    sources: ['S17', 'S18'],
  },
  'headache-pattern-change': {
    id: 'headache-pattern-change',
    name: 'Change in headache pattern, or a new headache after age 50',
    suggests: 'Secondary headache',
    urgency: 'urgent',
    conditions: ['tension-headache', 'migraine'],
    sources: ['S17', 'S18'],
  },
  'neurological-deficit': {
    id: 'neurological-deficit',
    name: 'Neurological deficit with headache',
    suggests: 'Secondary headache',
    urgency: 'urgent',
    conditions: ['tension-headache', 'migraine'],
    sources: ['S17', 'S18'],
  },
  'vertebrobasilar-symptoms': {
    id: 'vertebrobasilar-symptoms',
    name: "Vertebrobasilar symptoms (the 5 D's and 3 N's)",
    suggests:
      'Cervical artery dissection (dizziness, drop attacks, diplopia, dysarthria, dysphagia, nystagmus, nausea, numbness): refer, and no neck work',
    urgency: 'emergency',
    conditions: ['neck-pain', 'tension-headache', 'migraine'],
    sources: ['S19', 'RUSHTON-2023'],
  },
  'myelopathy-signs': {
    id: 'myelopathy-signs',
    name: 'Myelopathy signs (gait disturbance, hand clumsiness, non-dermatomal numbness)',
    suggests: 'Spinal cord compression',
    urgency: 'emergency',
    conditions: ['neck-pain'],
    sources: ['S19'],
  },
  'meningeal-signs': {
    id: 'meningeal-signs',
    name: 'Meningeal signs (neck stiffness, fever, photophobia)',
    suggests: 'Meningitis',
    urgency: 'emergency',
    conditions: ['tension-headache', 'migraine', 'neck-pain'],
    sources: ['S17', 'S19'],
  },
  'thenar-atrophy': {
    id: 'thenar-atrophy',
    name: 'Thenar atrophy or constant numbness',
    suggests: 'Severe median nerve compression (carpal tunnel syndrome)',
    urgency: 'routine',
    conditions: ['carpal-tunnel'],
    sources: ['ERICKSON-2019'],
  },
  'calf-swelling': {
    id: 'calf-swelling',
    name: 'Calf swelling',
    suggests: 'Deep vein thrombosis (assessment the same day; emergency care if breathless or with chest pain)',
    urgency: 'urgent',
    conditions: 'any',
    sources: ['WERNER-PATHOLOGY'],
  },
  'incision-infection': {
    id: 'incision-infection',
    name: 'Signs of incision infection (redness, heat, discharge, fever)',
    suggests: 'Surgical site infection',
    urgency: 'urgent',
    conditions: ['post-surgical'],
    sources: ['WERNER-PATHOLOGY', 'S14'],
  },
} as const satisfies Readonly<Record<RedFlagId, RedFlag>>;
