// A vendor patch written in TypeScript, as a clinic-software vendor would:
// a new condition, technique, region, flags of every tier, a red flag, an
// outcome measure, a clearance and sources. Its facts are test data (the
// example's clinic-patch.json carries the verified clinical content).
import { defaultCatalog, type CatalogPatchInput } from '../../src/index.js';

export const clinicSources = [
  { id: 'CLINIC-POLICY', citation: 'Test clinic policy manual (2026)', grade: 'practice' as const },
];

export const clinicPatch = {
  version: 'test-clinic@1',
  sources: clinicSources,
  clearances: [{ id: 'podiatrist', name: 'Podiatrist', description: 'A podiatrist has assessed the foot.' }],
  techniques: [
    {
      id: 'cupping',
      name: 'Cupping',
      description: 'Suction cups lift skin and fascia.',
      pressure: { min: 2, max: 4 },
      cpt: '97140',
      heat: false,
      source: 'CLINIC-POLICY',
    },
  ],
  regions: [
    {
      id: 'sole',
      name: 'Sole of the foot',
      muscles: ['plantar fascia', 'flexor digitorum brevis', 'abductor hallucis'],
      adjacent: ['ankle-foot'],
      endangermentSites: [],
      limb: 'leg',
      within: 'ankle-foot',
    },
  ],
  outcomeMeasures: [
    {
      id: 'foot-nrs',
      name: 'Foot pain on first steps (0–10)',
      min: 0,
      max: 10,
      meaningfulChange: { points: 2 },
      better: 'lower',
      source: 'CLINIC-POLICY',
    },
  ],
  conditions: [
    {
      id: 'plantar-fasciitis',
      name: 'Plantar fasciitis',
      techniques: ['myofascial-release', 'cupping', 'assisted-stretching'],
      targets: [
        { region: 'sole', muscles: [] },
        { region: 'lower-leg', muscles: ['gastrocnemius', 'soleus'] },
      ],
      pressure: { start: 2, max: 4 },
      dose: { sessionsPerWeek: 1, weeks: 6, minutes: 45, summary: 'Weekly for 6 weeks (clinic default).', source: 'CLINIC-POLICY' },
      evidence: { verdict: 'weak', summary: 'Small trials only (test data).', sources: ['CLINIC-POLICY'] },
      outcomeMeasures: ['foot-nrs'],
      complementary: [{ care: 'calf stretching', source: 'CLINIC-POLICY' }],
      sources: ['CLINIC-POLICY'],
    },
  ],
  historyFlags: [
    {
      id: 'recent-tattoo',
      name: 'Recent tattoo',
      tier: 'local',
      effect: 'No work on the tattoo until it has healed.',
      sources: ['CLINIC-POLICY'],
    },
    {
      id: 'skin-graft',
      name: 'Skin graft',
      tier: 'precaution',
      effect: 'No cupping and light pressure over the graft.',
      sources: ['CLINIC-POLICY'],
      maxPressure: 2,
      avoidTechniques: ['cupping'],
      requiresRegion: true,
    },
    {
      id: 'foot-ulcer',
      name: 'Foot ulcer',
      tier: 'no-massage',
      effect: 'Needs a podiatrist first.',
      sources: ['CLINIC-POLICY'],
      clearedBy: 'podiatrist',
    },
  ],
  redFlags: [
    {
      id: 'heel-pain-at-night',
      name: 'Heel pain at night',
      suggests: 'a stress fracture or a tumour',
      urgency: 'routine',
      conditions: ['plantar-fasciitis'],
      sources: ['CLINIC-POLICY'],
    },
  ],
  rules: [
    {
      id: 'clinic/diabetic-feet',
      family: 'precaution',
      description: 'House policy: light pressure on diabetic feet.',
      source: 'CLINIC-POLICY',
      when: { all: [{ history: 'diabetes' }, { condition: ['plantar-fasciitis'] }] },
      then: [{ kind: 'capPressure', max: 2, message: 'Light pressure on diabetic feet.' }],
    },
  ],
} as const satisfies CatalogPatchInput;

/** A plantar-fasciitis intake, overridable field by field. */
export const footIntake = (overrides: Record<string, unknown> = {}) => ({
  assessedOn: '2026-12-01',
  conditions: [{ condition: 'plantar-fasciitis', severity: 'moderate', painScore: 6 }],
  goals: ['pain-relief'],
  ...overrides,
});

export { defaultCatalog };
