// A clinic extends the catalogue: it never offers hot stones, and it adds its
// own rule (a house policy with its own source) that every client over 75
// starts at light pressure.
import { defaultCatalog, extendCatalog, recommendPlan, type Rule } from '../src/index.js';

const gentleForOlderClients: Rule = {
  id: 'clinic/over-75-gentle-start',
  family: 'precaution',
  description: 'House policy: clients over 75 start at pressure 2 at most. Practice-level (clinic policy).',
  source: 'CLINIC-POLICY-7',
  when: ({ intake }) => (intake.age ?? 0) > 75,
  then: () => [{ kind: 'capPressure', max: 2, message: 'Clinic policy: gentle start for clients over 75.' }],
};

const noHotStones: Rule = {
  id: 'clinic/no-hot-stones',
  family: 'precaution',
  description: 'This clinic does not offer hot-stone massage.',
  source: 'CLINIC-POLICY-7',
  when: () => true,
  then: () => [{ kind: 'avoid', technique: 'hot-stone', message: 'Hot stones are not offered at this clinic.' }],
};

const catalog = extendCatalog(defaultCatalog, {
  version: 'riverside-clinic@2026.11',
  sources: [{ id: 'CLINIC-POLICY-7', citation: 'Riverside Clinic policy manual, §7 (2026)', grade: 'practice' }],
  rules: [gentleForOlderClients, noHotStones],
  removeRules: ['preference/hot-stones'],
});

const result = recommendPlan(
  {
    assessedOn: '2026-12-01',
    age: 81,
    conditions: [{ condition: 'low-back-pain', severity: 'moderate', painScore: 5 }],
    goals: ['pain-relief'],
    preferences: { hotStones: true },
  },
  { catalog },
);

if (result.kind === 'plan') {
  const { plan } = result;
  console.log(`ruleset: ${plan.rulesetVersion}`);
  console.log(`techniques: ${plan.techniques.map((t) => t.technique).join(', ')}`);
  console.log(`pressure: start ${plan.pressure.start}, max ${plan.pressure.max} because ${plan.pressure.because.join(', ')}`);
  console.log(`avoid: ${plan.avoid.map((a) => `${a.technique ?? a.region} (${a.because.join(', ')})`).join('; ')}`);
  console.log(`sources: ${plan.sources.map((s) => s.id).join(', ')}`);
}
