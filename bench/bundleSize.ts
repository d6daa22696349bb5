// Bundle size of `import { recommendPlan } from 'massage-plan'` for a browser:
// esbuild (minified ESM, browser, dependencies included) then gzip.
// tsx bench/bundleSize.ts  — the budget itself is checked by test/bundle/bundle.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const SRC_INDEX = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'massage-plan-size-'));
const entry = join(dir, 'entry.ts');
writeFileSync(entry, `import { recommendPlan } from ${JSON.stringify(SRC_INDEX)};\nexport { recommendPlan };\n`);

const rows: string[][] = [];
for (const [name, external] of [
  ['recommendPlan, everything bundled', []],
  ['recommendPlan without zod (zod external)', ['zod', 'zod/*']],
] as const) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    external: [...external],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  rows.push([name, String(code.length), String(gzipSync(code).length)]);
  if (external.length === 0) {
    const byPackage = new Map<string, number>();
    for (const [file, info] of Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})) {
      const key = file.includes('node_modules/') ? (file.split('node_modules/')[1]?.split('/').slice(0, 3).join('/') ?? file) : file.replace(/^.*?src\//, 'src/').split('/').slice(0, 2).join('/');
      byPackage.set(key, (byPackage.get(key) ?? 0) + info.bytesInOutput);
    }
    for (const [key, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) rows.push([`  ${key} (minified, before gzip)`, String(bytes), '']);
  }
}
rmSync(dir, { recursive: true, force: true });
const width = Math.max(...rows.map((r) => r[0]?.length ?? 0));
console.log(`${'bundle'.padEnd(width)}  ${'min bytes'.padStart(9)}  ${'gzip bytes'.padStart(10)}`);
for (const [a, b, c] of rows) console.log(`${(a ?? '').padEnd(width)}  ${(b ?? '').padStart(9)}  ${(c ?? '').padStart(10)}`);
