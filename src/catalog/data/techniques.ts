import type { TechniqueId } from '../../intake/vocabulary.js';
import type { Technique } from '../CatalogSchema.js';

/**
 * The built-in techniques, with pressure range and CPT code.
 *
 * Pressure is the 1–5 scale of the clinical reference (1 light contact …
 * 5 deep).
 *
 * `source` backs the CPT code: S42 where the billing articles name the
 * technique or its stroke family (97124: effleurage, petrissage, tapotement;
 * 97140: myofascial release, trigger-point therapy, lymphatic drainage,
 * soft-tissue mobilization), `MP-DEFAULT` where the mapping is the catalogue's
 * own. Pressure ranges are catalogue defaults (no source gives them).
 */
export const techniques = {
  swedish: {
    id: 'swedish',
    name: 'Swedish massage',
    description: 'Gliding, kneading and rhythmic strokes (effleurage, petrissage) that relax muscle and ease general tension.',
    pressure: { min: 1, max: 3 },
    cpt: '97124',
    heat: false,
    source: 'AMA-CPT',
  },
  'deep-tissue': {
    id: 'deep-tissue',
    name: 'Deep-tissue massage',
    description: 'Slow, firm strokes and sustained pressure on the deeper layers of muscle and fascia, billed as soft-tissue mobilization.',
    pressure: { min: 3, max: 5 },
    cpt: '97140',
    heat: false,
    source: 'AMA-CPT',
  },
  'trigger-point': {
    id: 'trigger-point',
    name: 'Trigger-point therapy',
    description: 'Sustained, focused pressure on hyperirritable spots in a taut muscle band until the local and referred pain eases.',
    pressure: { min: 2, max: 5 },
    cpt: '97140',
    heat: false,
    source: 'AMA-CPT',
  },
  'myofascial-release': {
    id: 'myofascial-release',
    name: 'Myofascial release',
    description: 'Slow, sustained stretch and pressure on the fascia to release restrictions, from very light to moderately firm.',
    pressure: { min: 1, max: 4 },
    cpt: '97140',
    heat: false,
    source: 'AMA-CPT',
  },
  neuromuscular: {
    id: 'neuromuscular',
    name: 'Neuromuscular therapy',
    description: 'Systematic, muscle-by-muscle static pressure on trigger points and tender tissue, guided by palpation.',
    pressure: { min: 2, max: 5 },
    cpt: '97140',
    heat: false,
    source: 'AMA-CPT',
  },
  'cross-fiber-friction': {
    id: 'cross-fiber-friction',
    name: 'Cross-fiber friction',
    description: 'Deep transverse friction across the fibres of a tendon, ligament or muscle lesion to remodel scar tissue.',
    pressure: { min: 3, max: 5 },
    cpt: '97140',
    heat: false,
    source: 'AMA-CPT',
  },
  'lymphatic-drainage': {
    id: 'lymphatic-drainage',
    name: 'Manual lymphatic drainage',
    description: 'Very light, slow, rhythmic skin-stretching strokes that move lymph toward functioning nodes.',
    pressure: { min: 1, max: 1 },
    cpt: '97140',
    heat: false,
    source: 'AMA-CPT',
  },
  'scar-mobilization': {
    id: 'scar-mobilization',
    name: 'Scar mobilization',
    description: 'Gentle, progressively firmer movement of a closed scar and the tissue around it to restore glide.',
    pressure: { min: 1, max: 3 },
    cpt: '97140',
    heat: false,
    source: 'AMA-CPT',
  },
  'assisted-stretching': {
    id: 'assisted-stretching',
    name: 'Assisted stretching',
    description: 'Therapist-guided stretches of a muscle group held within a comfortable range.',
    pressure: { min: 1, max: 3 },
    cpt: '97140',
    heat: false,
    source: 'MP-DEFAULT',
  },
  'positional-release': {
    id: 'positional-release',
    name: 'Positional release',
    description: 'The body part is held passively in a position of ease, with light monitoring contact, until the tender point softens.',
    pressure: { min: 1, max: 2 },
    cpt: '97140',
    heat: false,
    source: 'MP-DEFAULT',
  },
  'passive-range-of-motion': {
    id: 'passive-range-of-motion',
    name: 'Passive range of motion',
    description: 'The therapist moves a relaxed joint gently through its available, pain-free range.',
    pressure: { min: 1, max: 2 },
    cpt: '97140',
    heat: false,
    source: 'MP-DEFAULT',
  },
  percussion: {
    id: 'percussion',
    name: 'Percussion (tapotement)',
    description: 'Rhythmic tapping, cupping or hacking strokes that stimulate the tissue.',
    pressure: { min: 2, max: 4 },
    cpt: '97124',
    heat: false,
    source: 'AMA-CPT',
  },
  'intraoral-tmj': {
    id: 'intraoral-tmj',
    name: 'Intraoral TMJ work',
    description: 'Gloved work inside the mouth on the pterygoids and masseter, only by a trained therapist where the jurisdiction allows it.',
    pressure: { min: 1, max: 3 },
    cpt: '97140',
    heat: false,
    source: 'AMA-CPT',
  },
  'hot-stone': {
    id: 'hot-stone',
    name: 'Hot-stone massage',
    description: 'Swedish strokes given with heated stones that warm and relax the tissue.',
    pressure: { min: 1, max: 3 },
    cpt: '97124',
    heat: true,
    source: 'MP-DEFAULT',
  },
} as const satisfies Readonly<Record<TechniqueId, Technique>>;
