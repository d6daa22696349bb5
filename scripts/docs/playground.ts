// Writes the playground into the docs site, after typedoc (which empties
// docs/site/ first): tsx scripts/docs/playground.ts [outDir]

import { resolve } from 'node:path';
import { buildPlayground } from './buildPlayground.js';

const outDir = resolve(process.argv[2] ?? 'docs/site/playground');
const metafile = await buildPlayground(outDir);
const bytes = Object.values(metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`playground: wrote ${outDir} (${Math.round(bytes / 1024)} KiB with source map)`);
