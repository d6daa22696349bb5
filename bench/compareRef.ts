// recommendPlan of the working tree against a git ref, interleaved round by
// round in one process so machine load hits both sides alike:
//   npx tsx bench/compareRef.ts [ref]   (default HEAD)
// Used for the date-fns calendar change (docs/performance.md).
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { asPlanIntake, benchCorpus, withAuthorizationWeeks } from './corpus.js';
import { measure, table } from './measure.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ref = process.argv[2] ?? 'HEAD';
const dir = mkdtempSync(join(tmpdir(), 'massage-plan-ref-'));
execSync(`git archive ${ref} src package.json | tar -x -C ${dir}`, { cwd: root });

type Recommend = (input: unknown) => unknown;
async function load(srcRoot: string, name: string): Promise<Recommend> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [join(srcRoot, 'src/engine/recommendPlan.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile,
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'silent',
  });
  return ((await import(pathToFileURL(outfile).href)) as { recommendPlan: Recommend }).recommendPlan;
}

const before = await load(dir, 'ref');
const after = await load(root, 'tree');
const corpus = benchCorpus();
const auth52 = corpus.map(asPlanIntake).map((intake) => withAuthorizationWeeks(intake, 52));
for (const [a, b] of [corpus, auth52].flatMap((c) => c.map((i) => [before(i), after(i)]))) {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('the two sides disagree on an intake');
}
const pass = (f: Recommend, intakes: readonly unknown[]) => () => {
  for (const intake of intakes) f(intake);
};
const timings = await measure(
  [
    { name: `recommendPlan @ ${ref}`, calls: corpus.length, pass: pass(before, corpus) },
    { name: 'recommendPlan @ working tree', calls: corpus.length, pass: pass(after, corpus) },
    { name: `52-week authorization @ ${ref}`, calls: auth52.length, pass: pass(before, auth52) },
    { name: '52-week authorization @ working tree', calls: auth52.length, pass: pass(after, auth52) },
  ],
  { warmup: 3, rounds: Number(process.env['BENCH_ROUNDS'] ?? 9) },
);
rmSync(dir, { recursive: true, force: true });
console.log(table(['workload', 'calls', 'median ms/pass', 'µs/call'], timings.map((t) => [t.name, String(t.calls), t.medianMs.toFixed(2), t.perCallUs.toFixed(1)])));
const [b0, a0, b52, a52] = timings;
if (b0 && a0 && b52 && a52) {
  console.log(`\nworking tree ÷ ${ref}: corpus ${(a0.medianMs / b0.medianMs).toFixed(3)}×, 52-week ${(a52.medianMs / b52.medianMs).toFixed(3)}×`);
}
