// Where the time of recommendPlan goes, stage by stage, on the plan corpus:
// tsx bench/stages.ts  (medians of interleaved rounds; see docs/performance.md)
import { defaultCatalog } from '../src/catalog/defaultCatalog.js';
import { compiledOf, type CompiledCatalog } from '../src/catalog/sealCatalog.js';
import { evaluateRules } from '../src/engine/evaluateRules.js';
import { recommendPlan } from '../src/engine/recommendPlan.js';
import { resolveRecommendation } from '../src/engine/resolveRecommendation.js';
import { IntakeSchema, type Intake } from '../src/intake/IntakeSchema.js';
import { safeParseIntake } from '../src/intake/parseIntake.js';
import { asPlanIntake, benchCorpus } from './corpus.js';
import { measure, table } from './measure.js';

const corpus = benchCorpus().map(asPlanIntake);
const intakes: Intake[] = corpus.map((input) => IntakeSchema.parse(input));
const compiled = compiledOf(defaultCatalog) as CompiledCatalog;
const contexts = intakes.map((intake) => ({ intake, catalog: defaultCatalog }));
const fired = contexts.map((ctx) => evaluateRules(compiled, ctx));

const loop = <T>(name: string, items: readonly T[], f: (item: T, i: number) => unknown) => ({
  name,
  calls: items.length,
  pass: () => items.forEach(f),
});
const timings = await measure(
  [
    loop('IntakeSchema.safeParse', corpus, (x) => IntakeSchema.safeParse(x)),
    loop('safeParseIntake', corpus, (x) => safeParseIntake(x)),
    loop('evaluateRules', contexts, (ctx) => evaluateRules(compiled, ctx)),
    loop('resolveRecommendation (buildPlan, schedule)', contexts, (ctx, i) => resolveRecommendation(ctx, fired[i] ?? [])),
    loop('recommendPlan', corpus, (x) => recommendPlan(x)),
  ],
  { warmup: Number(process.env['BENCH_WARMUP'] ?? 3), rounds: Number(process.env['BENCH_ROUNDS'] ?? 9) },
);
console.log(table(['stage', 'µs/call'], timings.map((t) => [t.name, t.perCallUs.toFixed(1)])));
