import type { RegionId } from '../../intake/vocabulary.js';
import type { Region } from '../CatalogSchema.js';

/**
 * The built-in body regions, with muscles, neighbours and endangerment sites.
 *
 * Adjacency is symmetric: if A lists B, B lists A. Endangerment sites always
 * get light or no pressure (clinical reference §1, S1, practice-level).
 */
export const regions = {
  head: {
    id: 'head',
    name: 'Head and scalp',
    muscles: ['temporalis', 'frontalis', 'occipitalis'],
    adjacent: ['jaw', 'neck'],
    endangermentSites: [],
  },
  jaw: {
    id: 'jaw',
    name: 'Jaw (temporomandibular region)',
    muscles: ['masseter', 'temporalis', 'medial pterygoid (intraoral)', 'lateral pterygoid (intraoral)'],
    adjacent: ['head', 'neck'],
    endangermentSites: [],
  },
  neck: {
    id: 'neck',
    name: 'Neck',
    muscles: ['upper trapezius', 'levator scapulae', 'suboccipitals', 'sternocleidomastoid', 'scalenes', 'splenius capitis'],
    adjacent: ['head', 'jaw', 'shoulder', 'upper-back', 'chest'],
    endangermentSites: ['anterior neck'],
  },
  shoulder: {
    id: 'shoulder',
    name: 'Shoulder',
    muscles: ['deltoid', 'supraspinatus', 'infraspinatus', 'teres minor', 'subscapularis', 'teres major'],
    adjacent: ['neck', 'upper-back', 'chest', 'upper-arm'],
    endangermentSites: ['axilla'],
  },
  'upper-back': {
    id: 'upper-back',
    name: 'Upper back',
    muscles: ['middle trapezius', 'lower trapezius', 'rhomboids', 'thoracic erector spinae', 'latissimus dorsi'],
    adjacent: ['neck', 'shoulder', 'lower-back'],
    endangermentSites: [],
  },
  'lower-back': {
    id: 'lower-back',
    name: 'Lower back',
    muscles: ['erector spinae', 'quadratus lumborum', 'multifidus'],
    adjacent: ['upper-back', 'gluteal', 'hip'],
    endangermentSites: ['kidney area'],
  },
  chest: {
    id: 'chest',
    name: 'Chest',
    muscles: ['pectoralis major', 'pectoralis minor', 'serratus anterior', 'intercostals'],
    adjacent: ['neck', 'shoulder', 'abdomen'],
    endangermentSites: ['axilla'],
  },
  abdomen: {
    id: 'abdomen',
    name: 'Abdomen',
    muscles: ['rectus abdominis', 'external obliques', 'internal obliques', 'transversus abdominis'],
    adjacent: ['chest', 'hip'],
    endangermentSites: [],
  },
  'upper-arm': {
    id: 'upper-arm',
    name: 'Upper arm',
    muscles: ['biceps brachii', 'triceps brachii', 'brachialis', 'coracobrachialis'],
    adjacent: ['shoulder', 'elbow'],
    endangermentSites: [],
  },
  elbow: {
    id: 'elbow',
    name: 'Elbow',
    muscles: ['common extensor origin (lateral epicondyle)', 'common flexor origin (medial epicondyle)', 'brachioradialis', 'anconeus'],
    adjacent: ['upper-arm', 'forearm'],
    endangermentSites: ['cubital fossa'],
  },
  forearm: {
    id: 'forearm',
    name: 'Forearm',
    muscles: ['wrist flexors', 'wrist extensors', 'finger flexors', 'finger extensors', 'pronator teres', 'supinator'],
    adjacent: ['elbow', 'wrist-hand'],
    endangermentSites: [],
  },
  'wrist-hand': {
    id: 'wrist-hand',
    name: 'Wrist and hand',
    muscles: ['thenar muscles', 'hypothenar muscles', 'transverse carpal ligament area', 'interossei', 'lumbricals'],
    adjacent: ['forearm'],
    endangermentSites: [],
  },
  hip: {
    id: 'hip',
    name: 'Hip',
    muscles: ['iliopsoas', 'tensor fasciae latae', 'hip adductors', 'deep lateral rotators'],
    adjacent: ['lower-back', 'abdomen', 'gluteal', 'thigh'],
    endangermentSites: ['femoral triangle'],
  },
  gluteal: {
    id: 'gluteal',
    name: 'Gluteal region',
    muscles: ['gluteus maximus', 'gluteus medius', 'gluteus minimus', 'piriformis'],
    adjacent: ['lower-back', 'hip', 'thigh'],
    endangermentSites: [],
  },
  thigh: {
    id: 'thigh',
    name: 'Thigh',
    muscles: ['quadriceps', 'hamstrings', 'adductors', 'sartorius', 'iliotibial band'],
    adjacent: ['hip', 'gluteal', 'knee'],
    endangermentSites: ['femoral triangle'],
  },
  knee: {
    id: 'knee',
    name: 'Knee',
    muscles: ['popliteus', 'quadriceps and patellar tendons', 'distal hamstring tendons', 'pes anserinus'],
    adjacent: ['thigh', 'lower-leg'],
    endangermentSites: ['popliteal fossa'],
  },
  'lower-leg': {
    id: 'lower-leg',
    name: 'Lower leg',
    muscles: ['gastrocnemius', 'soleus', 'tibialis anterior', 'fibularis (peroneus) longus and brevis', 'tibialis posterior'],
    adjacent: ['knee', 'ankle-foot'],
    endangermentSites: [],
  },
  'ankle-foot': {
    id: 'ankle-foot',
    name: 'Ankle and foot',
    muscles: ['Achilles tendon', 'plantar fascia', 'intrinsic foot muscles', 'extensor digitorum brevis'],
    adjacent: ['lower-leg'],
    endangermentSites: [],
  },
} as const satisfies Readonly<Record<RegionId, Region>>;
