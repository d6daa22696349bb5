// Writes the JSON Schemas as files for the package's exports map
// (`massage-plan/schema/intake.json`, `massage-plan/schema/plan.json`,
// `massage-plan/schema/recommendation.json`,
// `massage-plan/schema/catalog-patch.json`) into the root `schema/` folder,
// where a resolver without exports maps (node10) finds them too. Generated at
// build, not committed (.gitignore). Run after tsup, whose `clean`
// empties dist/:  tsx scripts/write-schemas.ts [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogPatchJsonSchema, intakeJsonSchema, planJsonSchema, recommendationJsonSchema } from '../src/export/jsonSchema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, process.argv[2] ?? 'schema');
mkdirSync(outDir, { recursive: true });

const files = {
  'intake.json': intakeJsonSchema(),
  'plan.json': planJsonSchema(),
  'recommendation.json': recommendationJsonSchema(),
  'catalog-patch.json': catalogPatchJsonSchema(),
};
for (const [name, schema] of Object.entries(files)) {
  const path = resolve(outDir, name);
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
