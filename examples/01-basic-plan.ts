// The main job: read an intake, recommend a plan, print it for a therapist.
// Run: npm run demo                      (the bundled example intake)
//      npm run demo -- my-intake.json    (your own)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatPlan, recommendPlan } from '../src/index.js';

const file = process.argv[2] ?? fileURLToPath(new URL('./intakes/chronic-neck-pain.json', import.meta.url));
const intake: unknown = JSON.parse(readFileSync(file, 'utf8'));

// A plan, a referral or a deferral; each item carries the rules behind it.
const recommendation = recommendPlan(intake);

// The therapist's summary: plan-of-care lines, targets, the dated calendar by
// phase, what to avoid and why, pressure, positions, precautions, goals,
// evidence, billing and sources.
console.log(formatPlan(recommendation, { format: 'text' }));
