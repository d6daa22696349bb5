// A steady workload to profile: node --cpu-prof --cpu-prof-dir=artifacts/profile --import tsx bench/profile.ts
// Then summarize with: tsx bench/summarizeProfile.ts artifacts/profile/<file>.cpuprofile
import { recommendPlan } from '../src/engine/recommendPlan.js';
import { benchCorpus } from './corpus.js';

const passes = Number(process.env['PROFILE_PASSES'] ?? 20);
const corpus = benchCorpus();
const start = performance.now();
let plans = 0;
for (let pass = 0; pass < passes; pass++) {
  for (const intake of corpus) if (recommendPlan(intake).kind === 'plan') plans++;
}
const ms = performance.now() - start;
console.log(`${passes} passes over ${corpus.length} intakes (${plans} plans): ${((ms * 1000) / (passes * corpus.length)).toFixed(1)} µs/call`);
