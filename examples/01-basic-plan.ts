// The main job: read an intake, recommend a plan, print it for a therapist.
// Run: npm run demo            (the bundled example intake)
//      npm run demo -- my-intake.json
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recommendPlan } from '../src/index.js';

const file = process.argv[2] ?? fileURLToPath(new URL('./intakes/chronic-neck-pain.json', import.meta.url));
const intake: unknown = JSON.parse(readFileSync(file, 'utf8'));
const result = recommendPlan(intake);

if (result.kind !== 'plan') {
  console.log(`${result.kind.toUpperCase()}: ${result.reasons.map((r) => r.message).join(' ')}`);
} else {
  const { plan } = result;
  const reason = (ids: string[]) => ids.join(', ');
  console.log(`Treatment plan (ruleset ${plan.rulesetVersion}) for intake of ${plan.intake.assessedOn}\n`);
  console.log('Techniques:');
  for (const t of plan.techniques) console.log(`  - ${t.technique} on ${t.regions.join(', ')}  [${reason(t.because)}]`);
  console.log('Targets:');
  for (const t of plan.targets) console.log(`  - ${t.region}${t.side ? ` (${t.side})` : ''}: ${t.muscles.join(', ')}`);
  console.log('Avoid:');
  for (const a of plan.avoid) {
    const what = [a.technique, a.position && `position ${a.position}`, a.region, a.side].filter(Boolean).join(' ');
    console.log(`  - ${what}${a.until ? ` until ${a.until}` : ''}  [${reason(a.because)}]`);
  }
  console.log(`Pressure: start ${plan.pressure.start}, max ${plan.pressure.max} (1 light … 5 deep)  [${reason(plan.pressure.because)}]`);
  console.log(`Positions: ${plan.positions.join(', ')}`);
  console.log(`Session: ${plan.sessionMinutes} min, CPT ${plan.billing.code} × ${plan.billing.unitsPerSession} units`);
  console.log('Phases:');
  for (const p of plan.phases) console.log(`  - ${p.phase}: ${p.sessionsPerWeek}/week for ${p.weeks} weeks`);
  console.log('Sessions:');
  for (const s of plan.sessions) console.log(`  ${String(s.number).padStart(2)}. ${s.date} ${s.phase}${s.reassessment ? ' (reassess)' : ''}`);
  console.log('Goals:');
  for (const g of plan.goals) console.log(`  - ${g.measure}: ${g.baseline ?? '?'} → ${g.target}`);
  console.log('Precautions:');
  for (const p of plan.precautions) console.log(`  - ${p.message}`);
  console.log(`Complementary care: ${plan.complementary.join(', ') || 'none'}`);
  console.log('Reasons (trace):');
  for (const t of plan.trace) console.log(`  - ${t.rule} → ${t.effect}: ${t.detail} [${t.source}]`);
}
