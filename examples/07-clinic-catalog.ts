// A clinic's own catalogue as plain JSON (examples/catalogs/clinic-patch.json):
// plantar fasciitis, dry cupping, the sole of the foot, a foot-function
// measure, two history flags and five house rules written as data. The engine
// treats the new entries like the built-in ones, from their data alone.
// Run: npx tsx examples/07-clinic-catalog.ts
import { readFileSync } from 'node:fs';
import {
  defaultCatalog,
  describeRule,
  extendCatalog,
  recommendPlan,
  type CatalogPatchInput,
} from '../src/index.js';

// Read the patch the way a clinic's server would: a JSON file, parsed, then
// validated by extendCatalog (an invalid patch throws an IntakeError naming the path).
// A patch read from JSON has no literal types: the catalogue's ids are strings,
// checked at run time like an intake's.
const patch = JSON.parse(readFileSync(new URL('./catalogs/clinic-patch.json', import.meta.url), 'utf8')) as CatalogPatchInput;
const catalog = extendCatalog(defaultCatalog, patch);

// The intakes are plain data too (as a request body would be): validated against the catalogue's ids.
function show(title: string, intake: unknown): void {
  console.log(`\n── ${title}`);
  const result = recommendPlan(intake, { catalog });
  if (result.kind !== 'plan') {
    console.log(`${result.kind}: ${result.reasons.map((r) => r.message).join('; ')}`);
    return;
  }
  const { plan } = result;
  console.log(`ruleset: ${plan.rulesetVersion}`);
  for (const t of plan.techniques) {
    // A patch read from JSON types its ids as strings: look entries up as maybe absent.
    const technique = catalog.techniques[t.technique];
    console.log(`technique: ${technique?.name ?? t.technique} [CPT ${technique?.cpt ?? '?'}] on ${t.regions.join(', ')}`);
  }
  for (const t of plan.targets) {
    const cap = t.maxPressure === undefined ? '' : ` (pressure ≤ ${t.maxPressure})`;
    console.log(`target: ${t.region}${t.side ? `/${t.side}` : ''}: ${t.muscles.join(', ')}${cap}`);
  }
  for (const a of plan.avoid) {
    const what = [a.technique && `no ${a.technique}`, a.position && `not ${a.position}`].filter(Boolean).join(', ') || 'all work';
    console.log(`avoid: ${what}${a.region ? ` on ${a.region}${a.side ? `/${a.side}` : ''}` : ''} (${a.because.join(', ')})`);
  }
  console.log(`pressure: start ${plan.pressure.start}, max ${plan.pressure.max}`);
  console.log(`heat in plan: ${plan.techniques.some((t) => catalog.techniques[t.technique]?.heat === true) ? 'yes' : 'no'}`);
  for (const line of plan.billing.lines) console.log(`billing: ${line.code} ${line.minutes} min, ${line.units} unit(s)`);
  for (const g of plan.goals) {
    console.log(`goal: ${g.measure} ${g.baseline ?? 'baseline at the first visit'} → ${g.target}`);
  }
  for (const c of plan.sessionChecks) console.log(`check each visit: ${c.question} (${c.because.join(', ')})`);
  if (plan.clearances.length > 0) console.log(`clearances before the first session: ${plan.clearances.join(', ')}`);
}

show('Plantar fasciitis, right foot', {
  assessedOn: '2026-12-01',
  conditions: [{ condition: 'plantar-fasciitis', severity: 'moderate', painScore: 6, side: 'right', onset: '2026-07-01' }],
  goals: ['pain-relief'],
  history: [{ flag: 'recent-tattoo', region: 'lower-leg', side: 'left' }],
});

show('The same client with diabetes', {
  assessedOn: '2026-12-01',
  conditions: [{ condition: 'plantar-fasciitis', severity: 'moderate', painScore: 6, side: 'right', onset: '2026-07-01' }],
  goals: ['pain-relief'],
  history: [{ flag: 'diabetes' }],
});

// What each house rule does, in plain words, from its data alone.
console.log('\n── House rules');
for (const rule of catalog.rules.filter((r) => r.id.startsWith('clinic/'))) {
  console.log(`${rule.id}: ${describeRule(rule, catalog)}`);
}
