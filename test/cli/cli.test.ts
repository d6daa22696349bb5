import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { extendCatalog } from '../../src/catalog/extendCatalog.js';
import type { CatalogPatchInput } from '../../src/catalog/CatalogPatchSchema.js';
import { EXIT, HELP, main, type CliIo } from '../../src/cli.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { formatPlan } from '../../src/export/formatPlan.js';
import { intakeJsonSchema, planJsonSchema, recommendationJsonSchema } from '../../src/export/jsonSchema.js';
import { toFhirCarePlan } from '../../src/export/toFhirCarePlan.js';
import { safeParseIntake } from '../../src/intake/parseIntake.js';
import { REALISTIC_INTAKES } from '../export/intakeArbitrary.js';

const INTAKE = REALISTIC_INTAKES['neck pain and tension headache, with exclusions and maintenance'];
const REFER = REALISTIC_INTAKES['sciatica with red flag (refer)'];
const DEFER = REALISTIC_INTAKES['carpal tunnel, fever (defer)'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  read: string[];
}

/** Runs main() in-process on fake files and stdin, capturing what it writes. */
async function run(argv: string[], files: Record<string, string | { code: string }> = {}, stdin?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const read: string[] = [];
  const io: CliIo = {
    readStdin: () => {
      read.push('-');
      return stdin === undefined ? Promise.reject(new Error('stdin was not expected')) : Promise.resolve(stdin);
    },
    readFile: (path) => {
      read.push(path);
      const file = files[path];
      if (file === undefined) return Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }));
      if (typeof file !== 'string') return Promise.reject(Object.assign(new Error(file.code), { code: file.code }));
      return Promise.resolve(file);
    },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, read };
}

const files = { 'intake.json': JSON.stringify(INTAKE), 'refer.json': JSON.stringify(REFER), 'defer.json': JSON.stringify(DEFER) };

// The example clinic's catalogue patch, as a clinic would pass it with --catalog.
const CLINIC_PATCH_PATH = 'examples/catalogs/clinic-patch.json';
const CLINIC_PATCH_TEXT = readFileSync(CLINIC_PATCH_PATH, 'utf8');
const clinicPatch = (): CatalogPatchInput & { conditions: { techniques: string[] }[] } => JSON.parse(CLINIC_PATCH_TEXT) as never;
const CLINIC = extendCatalog(defaultCatalog, clinicPatch());
const PLANTAR = {
  assessedOn: '2026-12-01',
  conditions: [{ condition: 'plantar-fasciitis', severity: 'moderate', painScore: 6, side: 'right', onset: '2026-07-01' }],
  goals: ['pain-relief'],
};
const clinicFiles = { 'clinic-patch.json': CLINIC_PATCH_TEXT, 'plantar.json': JSON.stringify(PLANTAR), ...files };
const STACK = /\n\s+at\s|Error:/;

describe('massage-plan: results', () => {
  it('prints the recommendation as JSON by default', async () => {
    const result = await run(['intake.json'], files);
    expect(result).toMatchObject({ code: EXIT.ok, stderr: '', read: ['intake.json'] });
    expect(JSON.parse(result.stdout)).toEqual(recommendPlan(INTAKE));
    expect(result.stdout.endsWith('}\n')).toBe(true);
  });

  it.each(['markdown', 'text'] as const)('--format %s prints the therapist summary', async (format) => {
    const result = await run(['intake.json', '--format', format], files);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(formatPlan(recommendPlan(INTAKE), { format }));
  });

  it('-f is short for --format, and options may come first', async () => {
    const result = await run(['-f', 'text', 'intake.json'], files);
    expect(result.stdout).toBe(formatPlan(recommendPlan(INTAKE), { format: 'text' }));
  });

  it('--format fhir prints the FHIR Bundle, with the --patient reference as subject', async () => {
    const plain = await run(['intake.json', '--format', 'fhir'], files);
    const recommendation = recommendPlan(INTAKE);
    if (recommendation.kind !== 'plan') throw new Error('expected a plan');
    expect(plain.code).toBe(EXIT.ok);
    expect(JSON.parse(plain.stdout)).toEqual(toFhirCarePlan(recommendation.plan));
    const withPatient = await run(['intake.json', '--format', 'fhir', '--patient', 'Patient/123'], files);
    const bundle = JSON.parse(withPatient.stdout) as { entry: { resource: { subject?: unknown } }[] };
    expect(bundle.entry[0]?.resource.subject).toEqual({ reference: 'Patient/123' });
  });

  it('reads the intake from standard input for -', async () => {
    const result = await run(['-', '--format', 'text'], {}, JSON.stringify(INTAKE));
    expect(result.code).toBe(EXIT.ok);
    expect(result.read).toEqual(['-']);
    expect(result.stdout).toBe(formatPlan(recommendPlan(INTAKE), { format: 'text' }));
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const result = await run(['bom.json'], { 'bom.json': `\uFEFF${JSON.stringify(INTAKE)}` });
    expect(result.code).toBe(EXIT.ok);
  });

  it('a referral or deferral is a result too: exit 0 in json and text', async () => {
    const refer = await run(['refer.json'], files);
    expect(refer.code).toBe(EXIT.ok);
    expect(JSON.parse(refer.stdout)).toMatchObject({ kind: 'refer', urgency: 'emergency' });
    const defer = await run(['defer.json', '--format', 'text'], files);
    expect(defer.code).toBe(EXIT.ok);
    expect(defer.stdout.startsWith('DEFER: NO MASSAGE UNTIL RESOLVED\n')).toBe(true);
  });

  it('--format fhir on a referral or deferral exits 3 and says why', async () => {
    const refer = await run(['refer.json', '--format', 'fhir'], files);
    expect(refer).toMatchObject({ code: EXIT.noCarePlan, stdout: '' });
    expect(refer.stderr).toBe(
      'massage-plan: no care plan to export: the recommendation is to refer (emergency). Reasons:\n  Saddle anaesthesia: may indicate Cauda equina syndrome.\n',
    );
    const defer = await run(['defer.json', '--format', 'fhir'], files);
    expect(defer.code).toBe(EXIT.noCarePlan);
    expect(defer.stderr).toContain('the recommendation is to defer (until resolved)');
  });

  it.each([
    ['intake', intakeJsonSchema],
    ['plan', planJsonSchema],
    ['recommendation', recommendationJsonSchema],
  ] as const)('--schema %s prints that JSON Schema', async (name, make) => {
    const result = await run(['--schema', name]);
    expect(result).toMatchObject({ code: EXIT.ok, stderr: '', read: [] });
    expect(JSON.parse(result.stdout)).toEqual(make());
  });
});

describe('massage-plan: help and version', () => {
  it('--help explains usage, every format, the exit codes and an example', async () => {
    const result = await run(['--help']);
    expect(result).toMatchObject({ code: EXIT.ok, stderr: '', stdout: HELP });
    for (const word of ['--format', 'json', 'markdown', 'text', 'fhir', '--schema', '--patient', '--catalog <file>', 'catalogue patch', 'standard input', 'Exit codes:', 'Examples:']) {
      expect(HELP).toContain(word);
    }
    for (const code of Object.values(EXIT)) expect(HELP).toMatch(new RegExp(`^  ${code}  `, 'm'));
    // The example intake in the help is a valid intake.
    const example = /A minimal intake\.json:\n([\s\S]+?)\n\n/.exec(HELP)?.[1] ?? '';
    expect(safeParseIntake(JSON.parse(example)).success).toBe(true);
    expect((await run(['-h'])).stdout).toBe(HELP);
  });

  it('--version names the package version and the ruleset', async () => {
    const result = await run(['--version']);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/^massage-plan \d+\.\d+\.\d+(-[\w.]+)? \(ruleset massage-plan-rules@\d+\.\d+\.\d+\)\n$/);
  });
});

describe('massage-plan: bad input, exit 2, no stack trace', () => {
  it('invalid JSON: one line with the line and column', async () => {
    const result = await run(['bad.json'], { 'bad.json': '{\n  "assessedOn": "2026-03-02",\n  "goals": ["pain-relief",]\n}' });
    expect(result).toMatchObject({ code: EXIT.input, stdout: '' });
    expect(result.stderr).toBe("massage-plan: bad.json is not valid JSON: unexpected ']' at line 3, column 27\n");
  });

  it('invalid JSON from standard input, and an empty input', async () => {
    expect((await run(['-'], {}, '')).stderr).toBe('massage-plan: standard input is not valid JSON: unexpected end of input at line 1, column 1\n');
    expect((await run(['-'], {}, '{"a": 1} {"b": 2}')).stderr).toBe(
      "massage-plan: standard input is not valid JSON: unexpected '{' after the JSON value at line 1, column 10\n",
    );
  });

  it('invalid intake: each problem on its own line, with its path', async () => {
    const bad = {
      assessedOn: '2026-02-30',
      conditions: [{ condition: 'neckpain', severity: 'moderate', painScore: 11 }],
      goals: ['pain-relief'],
      notes: 'x',
    };
    const result = await run(['bad.json'], { 'bad.json': JSON.stringify(bad) });
    expect(result).toMatchObject({ code: EXIT.input, stdout: '' });
    const parsed = safeParseIntake(bad);
    if (parsed.success) throw new Error('expected invalid');
    expect(result.stderr.split('\n')).toEqual([
      'massage-plan: bad.json is not a valid intake (4 problems):',
      ...parsed.error.issues.map((issue) => `  ${issue.message}`),
      '',
    ]);
    expect(result.stderr).toContain('  conditions[0].painScore must be between 0 and 10\n');
    expect(result.stderr).toContain('  assessedOn is not a real calendar date (2026-02-30 does not exist)\n');
    expect(result.stderr).not.toMatch(STACK);
  });

  it('a JSON value that is not an object is an invalid intake', async () => {
    const result = await run(['-'], {}, '[1, 2]');
    expect(result.code).toBe(EXIT.input);
    expect(result.stderr).toMatch(/^massage-plan: standard input is not a valid intake \(1 problem\):\n {2}\S.*\n$/);
  });

  it.each([
    ['ENOENT', 'no such file'],
    ['EISDIR', 'it is a directory, not a file'],
    ['EACCES', 'permission denied'],
  ])('a file that cannot be read (%s) says so', async (code, words) => {
    const result = await run(['some.json'], { 'some.json': { code } });
    expect(result).toMatchObject({ code: EXIT.input, stdout: '', stderr: `massage-plan: cannot read some.json: ${words}\n` });
  });

  const usage = (stderr: string) => {
    expect(stderr).toContain('\nUsage:\n  massage-plan <intake.json | -> [--format json|markdown|text|fhir]');
    expect(stderr).toContain('Run massage-plan --help');
    expect(stderr).not.toMatch(STACK);
  };

  it.each([
    [['intake.json', '--fromat', 'text'], 'unknown option --fromat (did you mean --format?)'],
    [['intake.json', '--verbose'], 'unknown option --verbose'],
    [['intake.json', '-x'], 'unknown option -x'],
    [['intake.json', '--format', 'pdf'], '--format must be one of json, markdown, text, fhir'],
    [['intake.json', '--format'], 'option --format needs a value'],
    [[], 'which intake? Give a file, or - for standard input'],
    [['a.json', 'b.json'], 'one intake at a time (also got b.json)'],
    [['--schema', 'patient'], '--schema must be one of intake, plan, recommendation'],
    [['--schema', 'intake', 'intake.json'], '--schema takes no intake and no --format'],
    [['intake.json', '--patient', 'Patient/1'], '--patient only goes with --format fhir'],
    [['intake.json', '--format', 'fhir', '--patient', 'Patient 1'], '--patient must be a FHIR reference without spaces, e.g. "Patient/123"'],
  ])('%j → usage: %s', async (argv, message) => {
    const result = await run(argv, files);
    expect(result.code).toBe(EXIT.input);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(`massage-plan: ${message}`);
    usage(result.stderr);
  });

  it('an unexpected failure exits 1 with one line and no stack trace', async () => {
    const io: CliIo = {
      readStdin: () => Promise.resolve(''),
      readFile: () => Promise.resolve(JSON.stringify(INTAKE)),
      stdout: {
        write: () => {
          throw new Error('disk full');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
    };
    let stderr = '';
    expect(await main(['intake.json'], io)).toBe(EXIT.internal);
    expect(stderr).toBe('massage-plan: internal error: disk full. Please report it with the input that caused it.\n');
  });
});

describe('massage-plan --catalog <patch.json>', () => {
  const planned = recommendPlan(PLANTAR, { catalog: CLINIC });

  it('plans with the extended catalogue: plantar fasciitis gets dry cupping', async () => {
    expect(planned.kind).toBe('plan');
    if (planned.kind !== 'plan') return;
    expect(planned.plan.techniques.map((t) => t.technique)).toContain('cupping');
    const result = await run(['plantar.json', '--catalog', 'clinic-patch.json'], clinicFiles);
    expect(result).toMatchObject({ code: EXIT.ok, stderr: '' });
    // The catalogue is read first: the intake is validated against its ids.
    expect(result.read).toEqual(['clinic-patch.json', 'plantar.json']);
    expect(JSON.parse(result.stdout)).toEqual(planned);
  });

  it.each(['markdown', 'text'] as const)('--format %s names the patch\'s entries (formatPlan with the catalogue)', async (format) => {
    const result = await run(['plantar.json', '--catalog', 'clinic-patch.json', '--format', format], clinicFiles);
    expect(result).toMatchObject({ code: EXIT.ok, stderr: '' });
    expect(result.stdout).toBe(formatPlan(planned, { format, catalog: CLINIC }));
    expect(result.stdout).toContain('Dry cupping (CPT 97140)');
    expect(result.stdout).toContain('harbourside-foot-clinic@2026.12');
  });

  it('--format fhir exports with the catalogue (toFhirCarePlan with the catalogue)', async () => {
    if (planned.kind !== 'plan') throw new Error('expected a plan');
    const result = await run(['plantar.json', '--catalog', 'clinic-patch.json', '--format', 'fhir', '--patient', 'Patient/7'], clinicFiles);
    expect(result).toMatchObject({ code: EXIT.ok, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual(toFhirCarePlan(planned.plan, { patient: { reference: 'Patient/7' }, catalog: CLINIC }));
    expect(result.stdout).toContain('Dry cupping');
  });

  it('without --catalog the same intake is invalid: the condition is the patch\'s', async () => {
    const result = await run(['plantar.json'], clinicFiles);
    expect(result.code).toBe(EXIT.input);
    expect(result.stderr).toMatch(/^massage-plan: plantar\.json is not a valid intake \(1 problem\):\n {2}conditions\[0\]\.condition "plantar-fasciitis" is not a valid value/);
  });

  it('a built-in intake plans the same with the patch as without (the default catalogue stays in it)', async () => {
    const result = await run(['intake.json', '--catalog', 'clinic-patch.json', '--format', 'text'], clinicFiles);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toBe(formatPlan(recommendPlan(INTAKE, { catalog: CLINIC }), { format: 'text', catalog: CLINIC }));
  });

  it('--schema intake --catalog lists the patch\'s ids', async () => {
    const result = await run(['--schema', 'intake', '--catalog', 'clinic-patch.json'], clinicFiles);
    expect(result).toMatchObject({ code: EXIT.ok, stderr: '', read: ['clinic-patch.json'] });
    expect(JSON.parse(result.stdout)).toEqual(intakeJsonSchema({ catalog: CLINIC }));
    expect(result.stdout).toContain('"plantar-fasciitis"');
  });

  it('an invalid patch: exit 2, each issue prefixed with the patch file and its path in the patch', async () => {
    const patch = clinicPatch();
    const techniques = patch.conditions[0]?.techniques ?? [];
    techniques[techniques.indexOf('cupping')] = 'cuping';
    const result = await run(['plantar.json', '--catalog', 'bad-patch.json'], { ...clinicFiles, 'bad-patch.json': JSON.stringify(patch) });
    expect(result).toMatchObject({ code: EXIT.input, stdout: '', read: ['bad-patch.json'] });
    expect(result.stderr).toBe(
      'massage-plan: bad-patch.json is not a valid catalogue patch (1 problem):\n' +
        '  bad-patch.json: conditions[0].techniques[3] "cuping" is not a technique in the catalogue or the patch; did you mean "cupping"?\n',
    );
    expect(result.stderr).not.toMatch(STACK);
  });

  it('an invalid patch with several problems lists each, with its path', async () => {
    const result = await run(['plantar.json', '--catalog', 'p.json'], {
      ...clinicFiles,
      'p.json': JSON.stringify({ techniques: 'cupping', rules: [{ id: 'clinic/x', when: { bogus: true } }] }),
    });
    expect(result.code).toBe(EXIT.input);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^massage-plan: p\.json is not a valid catalogue patch \(\d+ problems\):$/);
    expect(lines.slice(1).every((line) => line.startsWith('  p.json: '))).toBe(true);
    expect(lines.some((line) => line.startsWith('  p.json: techniques '))).toBe(true);
    expect(lines.some((line) => line.startsWith('  p.json: rules[0]'))).toBe(true);
  });

  it('a JSON value that is not an object is an invalid patch', async () => {
    const result = await run(['plantar.json', '--catalog', 'list.json'], { ...clinicFiles, 'list.json': '[]' });
    expect(result).toMatchObject({
      code: EXIT.input,
      stderr: 'massage-plan: list.json is not a valid catalogue patch (1 problem):\n  list.json: the patch must be an object, e.g. { conditions: [...], rules: [...] }\n',
    });
  });

  it('invalid JSON in the patch: one line with the line and column', async () => {
    const result = await run(['plantar.json', '--catalog', 'broken.json'], { ...clinicFiles, 'broken.json': '{\n  "version": "x",\n  "techniques": [,]\n}' });
    expect(result).toMatchObject({
      code: EXIT.input,
      stdout: '',
      stderr: "massage-plan: catalogue patch broken.json is not valid JSON: unexpected ',' at line 3, column 18\n",
    });
  });

  it.each([
    ['ENOENT', 'no such file'],
    ['EISDIR', 'it is a directory, not a file'],
    ['EACCES', 'permission denied'],
  ])('a patch that cannot be read (%s): exit 2, and the intake is not read', async (code, words) => {
    const result = await run(['plantar.json', '--catalog', 'clinic.json'], { ...clinicFiles, 'clinic.json': { code } });
    expect(result).toMatchObject({ code: EXIT.input, stdout: '', read: ['clinic.json'], stderr: `massage-plan: cannot read catalogue patch clinic.json: ${words}\n` });
  });

  it('--schema with a patch that cannot be read exits 2 too', async () => {
    const result = await run(['--schema', 'plan', '--catalog', 'missing.json']);
    expect(result).toMatchObject({ code: EXIT.input, stdout: '', stderr: 'massage-plan: cannot read catalogue patch missing.json: no such file\n' });
  });

  it('usage: --catalog needs a value, and a file rather than standard input', async () => {
    const noValue = await run(['plantar.json', '--catalog'], clinicFiles);
    expect(noValue.code).toBe(EXIT.input);
    expect(noValue.stderr.split('\n')[0]).toBe('massage-plan: option --catalog needs a value');
    const stdin = await run(['-', '--catalog', '-'], {}, JSON.stringify(PLANTAR));
    expect(stdin).toMatchObject({ code: EXIT.input, read: [] });
    expect(stdin.stderr.split('\n')[0]).toBe('massage-plan: --catalog needs a file (standard input is for the intake)');
    const misspelled = await run(['plantar.json', '--catalogue', 'clinic-patch.json'], clinicFiles);
    expect(misspelled.stderr.split('\n')[0]).toBe('massage-plan: unknown option --catalogue (did you mean --catalog?)');
  });
});

describe('massage-plan as a real process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'massage-plan-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const intakePath = join(dir, 'intake.json');
  writeFileSync(intakePath, JSON.stringify(INTAKE));
  // Asynchronous, so the processes run side by side (it.concurrent).
  const spawnCli = (args: string[], input?: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
        env: { ...process.env, TZ: 'Pacific/Kiritimati' },
        timeout: 30_000,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (status) => done({ status, stdout, stderr }));
      child.stdin.end(input ?? '');
    });

  it.concurrent('runs on a file and writes the text summary to stdout, exit 0', async () => {
    const child = await spawnCli([intakePath, '--format', 'text']);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout).toBe(formatPlan(recommendPlan(INTAKE), { format: 'text' }));
  });

  it.concurrent('reads an invalid intake from stdin: issues on stderr, exit 2, no stack trace', async () => {
    const bad = { assessedOn: '2026-03-02', conditions: [], goals: ['pain-relief'] };
    const child = await spawnCli(['-', '--format', 'fhir'], JSON.stringify(bad));
    expect(child.status).toBe(2);
    expect(child.stdout).toBe('');
    const parsed = safeParseIntake(bad);
    expect(parsed.success).toBe(false);
    const message = parsed.success ? '' : (parsed.error.issues[0]?.message ?? '');
    expect(message).toMatch(/^conditions /);
    expect(child.stderr).toBe(`massage-plan: standard input is not a valid intake (1 problem):\n  ${message}\n`);
  });

  it.concurrent('--catalog reads the example clinic patch from disk: the text summary has cupping', async () => {
    const plantarPath = join(dir, 'plantar.json');
    writeFileSync(plantarPath, JSON.stringify(PLANTAR));
    const [child, missing] = await Promise.all([
      spawnCli([plantarPath, '--catalog', CLINIC_PATCH_PATH, '--format', 'text']),
      spawnCli([plantarPath, '--catalog', join(dir, 'no-patch.json')]),
    ]);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout).toContain('Dry cupping (CPT 97140)');
    expect(missing).toEqual({ status: 2, stdout: '', stderr: `massage-plan: cannot read catalogue patch ${join(dir, 'no-patch.json')}: no such file\n` });
  });

  it('real files: a missing one and a directory are named as such (in-process, real fs)', async () => {
    let stderr = '';
    const io: CliIo = {
      readStdin: () => Promise.resolve(''),
      readFile: (path) => readFile(path, 'utf8'),
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text) },
    };
    expect(await main([join(dir, 'missing.json')], io)).toBe(EXIT.input);
    expect(await main([dir], io)).toBe(EXIT.input);
    expect(stderr).toBe(
      `massage-plan: cannot read ${join(dir, 'missing.json')}: no such file\nmassage-plan: cannot read ${dir}: it is a directory, not a file\n`,
    );
  });
});
