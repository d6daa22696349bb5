import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The exports run in browsers and edge runtimes: neither src/export nor
// anything it imports may reach a Node built-in or a Node global.
const ROOT = resolve(import.meta.dirname, '../../src');
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function reachable(entries: readonly string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    const specifiers = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
    seen.set(file, specifiers);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  }
  return seen;
}

describe('src/export is browser-safe', () => {
  const exportsDir = join(ROOT, 'export');
  const files = readdirSync(exportsDir).filter((f) => f.endsWith('.ts')).map((f) => join(exportsDir, f));
  const graph = reachable(files);

  it('imports no Node built-in, directly or through what it imports', () => {
    expect(files.length).toBeGreaterThan(10);
    const offenders = [...graph].flatMap(([file, specifiers]) =>
      specifiers.filter((s) => BUILTINS.has(s)).map((s) => `${file.slice(ROOT.length)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
    // The detector works: the CLI, which may use Node, is caught.
    expect(reachable([join(ROOT, 'cli.ts')]).get(join(ROOT, 'cli.ts'))).toEqual(expect.arrayContaining(['node:util', 'node:fs/promises']));
  });

  it('uses no Node globals (process, Buffer, require, __dirname)', () => {
    const offenders = [...graph.keys()].filter((file) => /\b(process\.|Buffer\b|require\(|__dirname|__filename)/.test(readFileSync(file, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
    expect(offenders.map((f) => f.slice(ROOT.length))).toEqual([]);
  });
});
