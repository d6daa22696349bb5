// Several conditions merge into one plan: the union of targets and
// techniques, one session length, the most conservative pressure, and
// exclusions from every condition — here a fresh ankle sprain (no work or
// heat on the site for 72 hours) with back and neck pain.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recommendPlan } from '../src/index.js';

const file = fileURLToPath(new URL('./intakes/ankle-sprain-and-back.json', import.meta.url));
const result = recommendPlan(JSON.parse(readFileSync(file, 'utf8')));
if (result.kind !== 'plan') throw new Error(`expected a plan, got ${result.kind}`);
const { plan } = result;

console.log(`targets: ${plan.targets.map((t) => `${t.region}${t.side ? `/${t.side}` : ''}`).join(', ')}`);
console.log(`techniques: ${plan.techniques.map((t) => t.technique).join(', ')}`);
console.log(`session: ${plan.sessionMinutes} min (client maximum 45); pressure ${plan.pressure.start}→${plan.pressure.max}`);
for (const a of plan.avoid) console.log(`avoid ${a.technique ?? ''}${a.region ?? ''}${a.side ? `/${a.side}` : ''}${a.until ? ` until ${a.until}` : ''}`);
console.log(`phases: ${plan.phases.map((p) => `${p.phase} ${p.sessionsPerWeek}/wk × ${p.weeks} wk`).join(' → ')}`);
console.log(`first sessions: ${plan.sessions.slice(0, 4).map((s) => s.date).join(', ')} (Tue/Thu only)`);
