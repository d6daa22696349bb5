// Writes the FHIR definitions behind toFhirCarePlan's codes and extensions
// (CodeSystems and extension StructureDefinitions, default base URL) as
// massage-plan/fhir/<id>.json. Generated at build into the root fhir/
// folder, not committed (.gitignore):  tsx scripts/write-fhir.ts [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fhirDefinitions } from '../src/export/fhirDefinitions.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, process.argv[2] ?? 'fhir');
mkdirSync(outDir, { recursive: true });
for (const definition of fhirDefinitions()) {
  const path = resolve(outDir, `${definition.resourceType === 'CodeSystem' ? 'CodeSystem' : 'StructureDefinition'}-${definition.id ?? ''}.json`);
  writeFileSync(path, `${JSON.stringify(definition, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
