// Writes the clinical catalogue page of the docs site from defaultCatalog.
// Run by `npm run docs` before typedoc: tsx scripts/docs/catalogue.ts [out.md]

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCatalog } from '../../src/index.js';
import { renderCatalogue } from './renderCatalogue.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(process.argv[2] ?? resolve(root, 'docs/generated/catalogue.md'));

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, renderCatalogue(defaultCatalog));
console.log(`catalogue: wrote ${out}`);
