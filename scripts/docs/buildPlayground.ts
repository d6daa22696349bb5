// Builds the playground page: playground/index.html and playground/main.ts
// bundled for the browser (esbuild, with the library from src/) into a folder.

import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the playground's sources are. */
export const PLAYGROUND_DIR = resolve(root, 'playground');

/**
 * Bundles the playground into `outDir` (`index.html`, `main.js`, `main.js.map`).
 *
 * @param outDir - the folder to write, e.g. `docs/site/playground`
 * @returns esbuild's metafile (inputs and outputs of the bundle)
 */
export async function buildPlayground(outDir: string): Promise<Metafile> {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [resolve(PLAYGROUND_DIR, 'main.ts')],
    outfile: resolve(outDir, 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    sourcemap: true,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  copyFileSync(resolve(PLAYGROUND_DIR, 'index.html'), resolve(outDir, 'index.html'));
  return result.metafile;
}
