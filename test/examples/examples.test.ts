import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
const run = async (file: string): Promise<string> =>
  (await promisify(execFile)(process.execPath, ['--import', 'tsx', `${dir}${file}`], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } })).stdout;

// What each example must show; a new example without an entry here fails the first test.
const expectations: Record<string, RegExp[]> = {
  '01-basic-plan.ts': [/^TREATMENT PLAN \(PROPOSAL\)/, /PLAN OF CARE\n\n• 60 min /, /TARGETS\n\n• Neck: upper trapezius/, /1 +2026-12-02 +Wed +60/, /AVOID\n\n• Massage on the left lower leg: .*\(rule local\/varicose-veins\)/, /PRESSURE\n\nStart at 2 \(light\)/, /SOURCES\n\n• [A-Z0-9-]+: /],
  '02-red-flags.ts': [/^REFER \(EMERGENCY\)/, /rule red-flag\/saddle-anesthesia; source S15/],
  '03-contraindications.ts': [/1\. DEFER until clearance: needs physician clearance/, /With physician clearance: a plan/, /2\. PLAN: positions side-lying, seated; pressure 2→2/],
  '04-multiple-conditions.ts': [/avoid ankle-foot\/right until 2026-12-03/, /session: 45 min/],
  '05-taper-and-reassess.ts': [/Reassessment on 2027-01-12: reassess\/improved/, /If pain had risen to 9 instead: refer \(routine\)/],
  '06-vendor-catalog.ts': [/ruleset: riverside-clinic@2026\.11/, /avoid: hot-stone \(clinic\/no-hot-stones\)/, /pressure: start \d, max 2 because .*clinic\/over-75-gentle-start/],
  '07-clinic-catalog.ts': [
    /ruleset: harbourside-foot-clinic@2026\.12/,
    // The new technique, with its CPT code, on the new region.
    /technique: Dry cupping \[CPT 97140\] on .*sole/,
    /billing: 97140 /,
    /target: sole\/right: plantar fascia/,
    /goal: faam-adl baseline at the first visit/,
    // The local flag avoids its region and side.
    /avoid: all work on lower-leg\/left \(local\/[^)]*\)/,
    // The diabetic client: no heat, no cupping and pressure 2 at most on the feet, a foot check at every visit.
    /── The same client with diabetes[\s\S]*avoid: no hot-stone[\s\S]*avoid: no cupping on sole \(clinic\/diabetic-feet\)[\s\S]*heat in plan: no/,
    /── The same client with diabetes[\s\S]*target: sole\/right: [^\n]*\(pressure ≤ [12]\)/,
    /check each visit: Look at both feet[^\n]*\(clinic\/diabetic-foot-check\)/,
    // Each house rule in plain words.
    /── House rules\nclinic\/no-cupping-when-bleeding-risk: .+\nclinic\/no-cupping-on-numb-skin: .+/,
  ],
};

describe.concurrent('examples', () => {
  const files = readdirSync(dir).filter((f) => /^\d\d-.*\.ts$/.test(f)).sort();

  it('every numbered example is listed here', () => {
    expect(files).toEqual(Object.keys(expectations).sort());
  });

  it.each(files)('%s runs and prints what it promises', async (file) => {
    const output = await run(file);
    for (const pattern of expectations[file] ?? []) expect(output).toMatch(pattern);
  });
});
