// Red flags turn a plan into a referral: here, signs of cauda equina in a
// client with low back pain. The referral says how urgent, why, and on what source.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultCatalog, recommendPlan } from '../src/index.js';

const file = fileURLToPath(new URL('./intakes/cauda-equina.json', import.meta.url));
const result = recommendPlan(JSON.parse(readFileSync(file, 'utf8')));

if (result.kind === 'refer') {
  console.log(`REFER (${result.urgency.toUpperCase()}) — do not treat; send for medical assessment.`);
  for (const reason of result.reasons) {
    const source = defaultCatalog.sources[reason.source];
    console.log(`- ${reason.message}\n  rule ${reason.rule}; source ${reason.source}: ${source?.citation ?? ''}`);
  }
} else {
  throw new Error(`expected a referral, got ${result.kind}`);
}
