// Contraindications in their three tiers: "no massage now" defers (and a
// clearance lifts exactly what it clears), local ones avoid an area,
// precautions change pressure, positions and techniques.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recommendPlan } from '../src/index.js';

const load = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`./intakes/${name}.json`, import.meta.url)), 'utf8'));

// 1. Uncontrolled hypertension: defer until a physician clears massage.
const hypertensive = load('uncontrolled-hypertension');
const deferred = recommendPlan(hypertensive);
if (deferred.kind === 'defer') {
  console.log(`1. DEFER until ${deferred.until}: needs ${deferred.clearances.join(', ')} clearance`);
  for (const r of deferred.reasons) console.log(`   - ${r.message} [${r.rule}, ${r.source}]`);
}

// The same client once the physician has cleared massage: a plan, still with
// the hypertension precautions.
const cleared = recommendPlan({ ...hypertensive, clearances: ['physician'] });
if (cleared.kind === 'plan') {
  console.log(`   With physician clearance: a plan of ${cleared.plan.sessions.length} sessions; avoid ${cleared.plan.avoid.map((a) => a.technique ?? a.region).join(', ')}`);
}

// 2. Pregnancy at 26 weeks and anticoagulants: side-lying, light pressure,
// no deep techniques, no abdominal work, no hot stones on the legs.
const pregnant = recommendPlan(load('pregnancy-anticoagulants'));
if (pregnant.kind === 'plan') {
  const { plan } = pregnant;
  console.log(`2. PLAN: positions ${plan.positions.join(', ')}; pressure ${plan.pressure.start}→${plan.pressure.max}`);
  console.log(`   techniques: ${plan.techniques.map((t) => t.technique).join(', ')}`);
  for (const a of plan.avoid) {
    const what = [a.technique, a.position && `${a.position} position`, a.region].filter(Boolean).join(' on ');
    console.log(`   avoid ${what} [${a.because.join(', ')}]`);
  }
}
