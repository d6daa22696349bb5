// The code in the guides runs: every ```ts block of docs/*.md that imports
// from 'massage-plan' is bundled against src/ (esbuild) and executed. A block
// that imports a name the library does not export yet is skipped, and named.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import * as library from '../../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GUIDES = ['getting-started.md', 'concepts-and-safety.md', 'therapists.md', 'vendors.md'];

interface Block {
  guide: string;
  line: number;
  code: string;
  /** Value names imported from 'massage-plan' (type-only imports left out). */
  names: string[];
  /** Modules other than 'massage-plan' that the block imports. */
  otherModules: string[];
}

function blocks(guide: string): Block[] {
  const text = readFileSync(resolve(root, 'docs', guide), 'utf8');
  const found: Block[] = [];
  for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    const code = match[1] ?? '';
    const line = text.slice(0, match.index).split('\n').length;
    const names: string[] = [];
    const otherModules: string[] = [];
    for (const imp of code.matchAll(/^import\s+(type\s+)?([\s\S]*?)\s+from\s+'([^']+)'/gm)) {
      if (imp[3] !== 'massage-plan') {
        otherModules.push(imp[3] ?? '');
        continue;
      }
      if (imp[1]) continue;
      const list = imp[2]?.match(/\{([\s\S]*)\}/)?.[1] ?? '';
      for (const part of list.split(',').map((p) => p.trim()).filter(Boolean)) {
        if (!part.startsWith('type ')) names.push(part.split(/\s+as\s+/)[0] ?? part);
      }
    }
    found.push({ guide, line, code, names, otherModules });
  }
  return found;
}

async function run(block: Block): Promise<void> {
  const bundle = await build({
    stdin: { contents: block.code, loader: 'ts', resolveDir: root, sourcefile: `${block.guide}:${block.line}.ts` },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    alias: { 'massage-plan': resolve(root, 'src/index.ts') },
    logLevel: 'silent',
  });
  const js = bundle.outputFiles[0]?.text ?? '';
  await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
}

const all = GUIDES.flatMap(blocks);

describe('code in the guides', () => {
  it('finds code blocks that use the library in every guide with code', () => {
    expect(all.filter((b) => b.guide === 'getting-started.md').length).toBeGreaterThanOrEqual(3);
    expect(all.filter((b) => b.guide === 'vendors.md').length).toBeGreaterThanOrEqual(2);
    expect(all.every((b) => b.names.length > 0 || b.otherModules.length > 0)).toBe(true);
  });

  for (const block of all) {
    const missing = block.names.filter((name) => !(name in library));
    const runnable = missing.length === 0 && block.otherModules.length === 0;
    const title = `${block.guide}:${block.line} runs${runnable ? '' : ` (skipped: needs ${[...missing, ...block.otherModules].join(', ')})`}`;
    it.skipIf(!runnable)(title, async () => {
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await run(block);
        expect(log).toHaveBeenCalled();
      } finally {
        log.mockRestore();
      }
    });
  }
});

describe('the therapists\' guide speaks without code', () => {
  const text = readFileSync(resolve(root, 'docs/therapists.md'), 'utf8');

  it('has no code spans or code blocks', () => {
    const lines = text.split('\n').flatMap((line, i) => (line.includes('`') ? [`${i + 1}: ${line}`] : []));
    expect(lines).toEqual([]);
  });

  it('names no function or value of the library (it says what they do instead)', () => {
    const named = Object.keys(library).filter((name) => new RegExp(`\\b${name}\\b`).test(text));
    expect(named).toEqual([]);
  });
});
