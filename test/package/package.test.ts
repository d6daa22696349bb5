// Packaging checks: build, pack, install the tarball into a scratch project
// outside the repository, and use it the ways users do — ESM import, CJS
// require, TypeScript (moduleResolution node16 and bundler) and an esbuild
// browser bundle that must not contain any Node built-in.

import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendPlan } from '../../src/index.js';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
const rootPackage = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { exports?: Record<string, unknown>; bin?: unknown };
const hasSchemaExports = Object.keys(rootPackage.exports ?? {}).some((key) => key.startsWith('./schema'));
const hasBin = rootPackage.bin !== undefined;

/** DESIGN §2 names (values), with what `typeof` must say. */
const DESIGN_EXPORTS: Record<string, 'function' | 'object'> = {
  IntakeSchema: 'object',
  parseIntake: 'function',
  safeParseIntake: 'function',
  recommendPlan: 'function',
  safeRecommendPlan: 'function',
  reassessPlan: 'function',
  defaultCatalog: 'object',
  extendCatalog: 'function',
  IntakeError: 'function',
  intakeJsonSchema: 'function',
  planJsonSchema: 'function',
  toFhirCarePlan: 'function',
  formatPlan: 'function',
};

const INTAKE = {
  assessedOn: '2026-12-01',
  conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6, onset: '2026-03-10' }],
  goals: ['pain-relief'],
  availability: { weekdays: ['tue', 'thu'], maxSessions: 12 },
};

/** What the ESM and CJS probes print: every export's typeof, a plan, and how invalid input fails. */
interface Probe {
  types: Record<string, string>;
  recommendation: unknown;
  thrownIsIntakeError: boolean;
  thrownIssues: unknown;
  safeSuccess: boolean;
}

const probeBody = `
const types = Object.fromEntries(Object.keys(mod).sort().map((k) => [k, typeof mod[k]]));
const recommendation = mod.recommendPlan(${JSON.stringify(INTAKE)});
let thrownIsIntakeError = false;
let thrownIssues = null;
try { mod.parseIntake({ assessedOn: '2026-02-30', conditions: [], goals: [] }); } catch (error) {
  thrownIsIntakeError = error instanceof mod.IntakeError && error instanceof Error;
  thrownIssues = error.issues;
}
const safeSuccess = mod.safeParseIntake({}).success;
process.stdout.write(JSON.stringify({ types, recommendation, thrownIsIntakeError, thrownIssues, safeSuccess }));
`;

const CHECK_TS = `
import { recommendPlan, safeParseIntake, parseIntake, IntakeError, defaultCatalog, IntakeSchema, safeRecommendPlan } from 'massage-plan';
import type { IntakeInput, Recommendation, TreatmentPlan, ConditionId } from 'massage-plan';

const input: IntakeInput = {
  assessedOn: '2026-12-01',
  conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
  goals: ['pain-relief'],
};
const result: Recommendation = recommendPlan(input);
if (result.kind === 'plan') {
  const plan: TreatmentPlan = result.plan;
  const minutes: number = plan.sessionMinutes;
  const firstDate: string | undefined = plan.sessions[0]?.date;
  void minutes;
  void firstDate;
} else if (result.kind === 'refer') {
  const urgency: 'emergency' | 'urgent' | 'routine' = result.urgency;
  void urgency;
}
const parsed = safeParseIntake(input);
if (!parsed.success) {
  const error: IntakeError = parsed.error;
  const path: (string | number)[] | undefined = error.issues[0]?.path;
  void path;
}
const safe = safeRecommendPlan(input);
const ok: boolean = safe.success;
const condition: ConditionId = defaultCatalog.conditions['neck-pain'].id;
const schemaResult = IntakeSchema.safeParse(input);
void parseIntake;
void ok;
void condition;
void schemaResult;

// The types are real, not any:
// @ts-expect-error an unknown condition id is a type error
const wrong: IntakeInput = { assessedOn: '2026-12-01', conditions: [{ condition: 'back-ache', severity: 'mild' }], goals: ['pain-relief'] };
void wrong;
// @ts-expect-error a recommendation is not a string
const notAString: string = recommendPlan(input);
void notAString;
`;

/** Deliberate mistakes in intakes written in code: each line marked `// error:` must fail tsc with that text, and no other line may. */
const MISTAKES_TS = `
import { recommendPlan, safeRecommendPlan, parseIntake, safeParseIntake, type IntakeInput } from 'massage-plan';
import intakeFromFile from './intake.json';

recommendPlan({ assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pian', severity: 'moderate' }], goals: ['pain-relief'] }); // error: Type '"neck-pian"' is not assignable to type
recommendPlan({ assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pain', severity: 'moderat' }], goals: ['pain-relief'] }); // error: Did you mean '"moderate"'?
recommendPlan({ assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pain', severity: 'moderate' }], goals: ['pain-relief'], availabilty: { weekdays: ['tue'] } }); // error: 'availabilty' does not exist in type
recommendPlan({ assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pain', severity: 'moderate' }], goals: ['pain-relief'], availability: { weekdays: ['tues'] } }); // error: Type '"tues"' is not assignable to type
const misspelled = { assessedOn: '2026-03-02', conditions: [{ condition: 'sciatika', severity: 'mild' }], goals: ['pain-relief'] } as const;
recommendPlan(misspelled); // error: Type '"sciatika"' is not assignable to type

// Right: literals, as-const intakes with readonly arrays, and untyped values.
recommendPlan({ assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pain', severity: 'moderate' }], goals: ['pain-relief'], availability: { weekdays: ['tue', 'thu'] } });
const constant = { assessedOn: '2026-03-02', conditions: [{ condition: 'neck-pain', severity: 'moderate' }], goals: ['pain-relief'] } as const;
const typed: IntakeInput = constant;
recommendPlan(constant);
recommendPlan(typed);
const body: unknown = JSON.parse('{}');
recommendPlan(body);
recommendPlan(JSON.parse('{}'));
recommendPlan(intakeFromFile);
const record: Record<string, unknown> = {};
recommendPlan(record);
safeRecommendPlan({ assessedOn: 'not checked by the compiler', condtions: 1 });
parseIntake({ anything: true });
safeParseIntake(42);
`;

function tsconfig(moduleKind: string, resolution: string, include: string[]): string {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      module: moduleKind,
      moduleResolution: resolution,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      types: [],
    },
    include,
  });
}

describe('the packed package', () => {
  let scratch: string;
  let consumer: string;
  let tarball: string;
  let packedFiles: string[];
  let esm: Probe;
  let cjs: Probe;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'massage-plan-pack-'));
    consumer = join(scratch, 'consumer');
    mkdirSync(consumer);

    execFileSync(npm, ['run', 'build'], { cwd: root, stdio: 'pipe' });
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--json', '--pack-destination', scratch], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }).toString(),
    ) as { filename: string; files: { path: string }[] }[];
    tarball = join(scratch, packed[0]?.filename ?? '');
    packedFiles = (packed[0]?.files ?? []).map((f) => f.path);

    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync(npm, ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], {
      cwd: consumer,
      stdio: 'pipe',
    });

    writeFileSync(join(consumer, 'probe.mjs'), `import * as mod from 'massage-plan';\n${probeBody}`);
    writeFileSync(join(consumer, 'probe.cjs'), `const mod = require('massage-plan');\n${probeBody}`);
    const [esmOut, cjsOut] = await Promise.all([
      run(process.execPath, ['probe.mjs'], { cwd: consumer }),
      run(process.execPath, ['probe.cjs'], { cwd: consumer }),
    ]);
    esm = JSON.parse(esmOut.stdout) as Probe;
    cjs = JSON.parse(cjsOut.stdout) as Probe;
  }, 180_000);

  // Two installed trees (the consumer and the app with its own zod) take a while to delete on a busy machine.
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }, 60_000);

  it('packs the built files and nothing from the sources or tests', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
      expect(packedFiles).toContain(file);
    }
    // Source maps would point at src/, which is not shipped.
    expect(packedFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(packedFiles.filter((f) => /^(src|test|scripts|docs|playground|examples|bench)\//.test(f))).toEqual([]);
  });

  it('ships the MIT licence', () => {
    const text = readFileSync(join(consumer, 'node_modules/massage-plan/LICENSE'), 'utf8');
    expect(text).toMatch(/^MIT License/);
    expect(text).toContain('Copyright (c) 2026 massage-plan contributors');
  });

  it('ships every file its package.json points to', () => {
    const installed = join(consumer, 'node_modules/massage-plan');
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    const targets: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(pkg.exports);
    for (const key of ['main', 'module', 'types', 'bin']) collect(pkg[key]);
    expect(targets.length).toBeGreaterThan(4);
    for (const target of targets.filter((t) => !t.includes('*'))) {
      expect(existsSync(join(installed, target)), target).toBe(true);
    }
  });

  it('has type declarations that import only packages it depends on (not dev dependencies, not Node built-ins)', () => {
    const installed = join(consumer, 'node_modules/massage-plan');
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    const declarations = packedFiles.filter((f) => /\.d\.c?ts$/.test(f));
    expect(declarations).toEqual(expect.arrayContaining(['dist/index.d.ts', 'dist/index.d.cts']));
    const packages = new Set<string>();
    for (const file of declarations) {
      const text = readFileSync(join(installed, file), 'utf8');
      const specifiers = [
        ...[...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? ''),
        ...[...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? ''),
        ...[...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? ''),
      ];
      for (const specifier of specifiers) {
        if (specifier.startsWith('.')) continue;
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier));
      }
    }
    expect(packages.has('zod')).toBe(true);
    // A module's types may come from its DefinitelyTyped package (`fhir/r4` from `@types/fhir`).
    const typesPackage = (name: string) => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
    expect([...packages].filter((name) => !allowed.has(name) && !allowed.has(typesPackage(name)))).toEqual([]);
  });

  it('exports every DESIGN §2 name from ESM, with the right kinds', () => {
    for (const [name, kind] of Object.entries(DESIGN_EXPORTS)) expect(esm.types[name], name).toBe(kind);
  });

  it('exports the same names, of the same kinds, from CJS', () => {
    expect(Object.keys(cjs.types).length).toBeGreaterThan(Object.keys(DESIGN_EXPORTS).length);
    expect(cjs.types).toEqual(esm.types);
  });

  it('makes the same plan from ESM, CJS and the sources', () => {
    const expected = JSON.parse(JSON.stringify(recommendPlan(INTAKE))) as { kind: string; plan: { sessions: unknown[] } };
    expect(expected.kind).toBe('plan');
    expect(expected.plan.sessions.length).toBeGreaterThan(0);
    expect(esm.recommendation).toEqual(expected);
    expect(cjs.recommendation).toEqual(expected);
  });

  it('throws its own IntakeError for invalid input, from ESM and CJS', () => {
    for (const probe of [esm, cjs]) {
      expect(probe.thrownIsIntakeError).toBe(true);
      expect(probe.thrownIssues).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: ['assessedOn'], message: expect.stringContaining('2026-02-30') })]),
      );
      expect(probe.safeSuccess).toBe(false);
    }
  });

  it('recognizes an IntakeError thrown by the other build with IntakeError.is, where instanceof fails', async () => {
    writeFileSync(
      join(consumer, 'dual.mjs'),
      `
      import { createRequire } from 'node:module';
      import * as esm from 'massage-plan';
      const cjs = createRequire(import.meta.url)('massage-plan');
      const caught = (lib) => { try { lib.parseIntake({}); } catch (error) { return error; } };
      const fromCjs = caught(cjs);
      const fromEsm = caught(esm);
      process.stdout.write(JSON.stringify({
        twoClasses: esm.IntakeError !== cjs.IntakeError,
        esmInstanceofCjsError: fromCjs instanceof esm.IntakeError,
        esmIsCjsError: esm.IntakeError.is(fromCjs),
        cjsIsEsmError: cjs.IntakeError.is(fromEsm),
        isPlainError: esm.IntakeError.is(new Error('x')) || cjs.IntakeError.is(new Error('x')),
      }));
      `,
    );
    const { stdout } = await run(process.execPath, ['dual.mjs'], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual({
      twoClasses: true,
      esmInstanceofCjsError: false,
      esmIsCjsError: true,
      cjsIsEsmError: true,
      isPlainError: false,
    });
  });

  it('type-checks for TypeScript users with moduleResolution node16 (ESM and CJS) and bundler', async () => {
    writeFileSync(join(consumer, 'check.mts'), CHECK_TS);
    writeFileSync(join(consumer, 'check.cts'), CHECK_TS);
    writeFileSync(join(consumer, 'check.ts'), CHECK_TS);
    writeFileSync(join(consumer, 'tsconfig.node16.json'), tsconfig('node16', 'node16', ['check.mts', 'check.cts']));
    writeFileSync(join(consumer, 'tsconfig.bundler.json'), tsconfig('esnext', 'bundler', ['check.ts']));
    const check = (project: string) =>
      run(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { cwd: consumer }).then(
        () => '',
        (error: { stdout?: string }) => error.stdout ?? String(error),
      );
    const [node16, bundler] = await Promise.all([check('tsconfig.node16.json'), check('tsconfig.bundler.json')]);
    expect(node16).toBe('');
    expect(bundler).toBe('');
  }, 60_000);

  it('checks intakes written in code: misspelled ids and keys fail tsc with the expected messages, untyped values pass', async () => {
    writeFileSync(join(consumer, 'intake.json'), JSON.stringify(INTAKE));
    writeFileSync(join(consumer, 'mistakes.ts'), MISTAKES_TS);
    writeFileSync(join(consumer, 'tsconfig.mistakes.json'), tsconfig('esnext', 'bundler', ['mistakes.ts']));
    const output = await run(process.execPath, [tsc, '-p', 'tsconfig.mistakes.json', '--pretty', 'false'], { cwd: consumer }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    const lines = MISTAKES_TS.split('\n');
    const expected = lines.flatMap((line, i) => {
      const m = / \/\/ error: (.*)$/.exec(line);
      return m ? [{ line: i + 1, text: m[1] ?? '' }] : [];
    });
    expect(expected).toHaveLength(5);
    // tsc prints "file(line,col): error TSxxxx: …" and then the details, indented.
    const errors = output.split(/\n(?=mistakes\.ts\()/).map((block) => ({
      line: Number(/^mistakes\.ts\((\d+),/.exec(block)?.[1] ?? 0),
      block,
    }));
    expect(errors.map((e) => e.line)).toEqual(expected.map((e) => e.line));
    for (const want of expected) {
      const got = errors.find((e) => e.line === want.line)?.block ?? '';
      expect(got, `line ${want.line}`).toContain(want.text);
    }
  }, 60_000);

  it('resolves every entry point in every attw profile, node10 included', async () => {
    const attw = resolve(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const { stdout } = await run(process.execPath, [attw, tarball, '--format', 'json'], { cwd: scratch, maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const report = JSON.parse(stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, { resolutions: Record<string, unknown> }> } };
    expect(report.analysis.problems).toEqual([]);
    const profiles = Object.values(report.analysis.entrypoints).flatMap((e) => Object.keys(e.resolutions));
    expect(new Set(profiles)).toEqual(new Set(['node10', 'node16-cjs', 'node16-esm', 'bundler']));
    expect(Object.keys(report.analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './schema/intake.json', './schema/catalog-patch.json']));
  }, 120_000);

  it('shares one zod with an app that depends on zod itself (the peer range floor, 4.6.6): one copy in its bundle, and IntakeSchema composes', async () => {
    const app = join(scratch, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync(npm, ['install', 'zod@4.6.6', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], { cwd: app, stdio: 'pipe' });
    const entry = `
      import * as z from 'zod';
      import { IntakeSchema, recommendPlan } from 'massage-plan';
      export const Visit = z.object({ clinic: z.string(), intake: IntakeSchema });
      export const visit = Visit.safeParse({ clinic: 'north', intake: ${JSON.stringify(INTAKE)} });
      export const kind = recommendPlan(${JSON.stringify(INTAKE)}).kind;
    `;
    writeFileSync(join(app, 'app.ts'), entry);
    writeFileSync(join(app, 'tsconfig.json'), tsconfig('esnext', 'bundler', ['app.ts']));
    const typeErrors = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: app }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(typeErrors).toBe('');
    const sizes: Record<string, number> = {};
    for (const [name, dir] of [['app with its own zod', app], ['app without zod of its own', consumer]] as const) {
      const bundle = await build({
        stdin: { contents: name === 'app with its own zod' ? entry : `import { recommendPlan } from 'massage-plan';\nexport const kind = recommendPlan(${JSON.stringify(INTAKE)}).kind;\n`, resolveDir: dir, loader: 'ts' },
        bundle: true,
        minify: true,
        write: false,
        platform: 'browser',
        format: 'esm',
        metafile: true,
        logLevel: 'silent',
      });
      const zodRoots = new Set(
        Object.keys(bundle.metafile.inputs).flatMap((input) => {
          const m = /^(.*node_modules\/zod)\//.exec(input);
          return m ? [m[1]] : [];
        }),
      );
      expect([...zodRoots], name).toHaveLength(1);
      sizes[name] = gzipSync(bundle.outputFiles[0]?.contents ?? new Uint8Array()).length;
      if (name === 'app with its own zod') {
        expect([...zodRoots][0]).toMatch(/(^|\/)app\/node_modules\/zod$/);
        const mod = (await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0]?.text ?? '').toString('base64')}`)) as {
          visit: { success: boolean };
          kind: string;
        };
        expect(mod.visit.success).toBe(true);
        expect(mod.kind).toBe('plan');
      }
    }
    expect(JSON.parse(readFileSync(join(app, 'node_modules/zod/package.json'), 'utf8')).version).toBe('4.6.6');
    expect(existsSync(join(app, 'node_modules/massage-plan/node_modules/zod'))).toBe(false);
    console.log(`bundle sizes (minified, gzip): ${JSON.stringify(sizes)}`);
  }, 180_000);

  it.skipIf(!hasSchemaExports)('ships the JSON Schemas as massage-plan/schema/intake.json, plan.json, recommendation.json and catalog-patch.json', async () => {
    const script = `
      import { createRequire } from 'node:module';
      import { catalogPatchJsonSchema } from 'massage-plan';
      const require = createRequire(import.meta.url);
      const intake = require('massage-plan/schema/intake.json');
      const plan = require('massage-plan/schema/plan.json');
      const recommendation = require('massage-plan/schema/recommendation.json');
      const patch = require('massage-plan/schema/catalog-patch.json');
      process.stdout.write(JSON.stringify({
        intake: intake.$schema,
        plan: plan.$schema,
        recommendation: recommendation.$id,
        required: intake.required,
        patch: patch.$id,
        patchMatches: JSON.stringify(patch) === JSON.stringify(catalogPatchJsonSchema()),
      }));
    `;
    writeFileSync(join(consumer, 'schemas.mjs'), script);
    const { stdout } = await run(process.execPath, ['schemas.mjs'], { cwd: consumer });
    const found = JSON.parse(stdout) as { intake: string; plan: string; recommendation: string; required: string[]; patch: string; patchMatches: boolean };
    expect(found.intake).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(found.plan).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(found.recommendation).toBe('https://massage-plan.dev/schema/recommendation.json');
    expect(found.required).toEqual(expect.arrayContaining(['assessedOn', 'conditions', 'goals']));
    expect(found.patch).toBe('https://massage-plan.dev/schema/catalog-patch.json');
    expect(found.patchMatches).toBe(true);
  });

  it('ships the FHIR CodeSystems and extension StructureDefinitions as massage-plan/fhir/*.json, matching the bundles', async () => {
    const script = `
      import { createRequire } from 'node:module';
      import { toFhirCarePlan, recommendPlan } from 'massage-plan';
      const require = createRequire(import.meta.url);
      const technique = require('massage-plan/fhir/CodeSystem-technique.json');
      const bodySite = require('massage-plan/fhir/StructureDefinition-body-site.json');
      const result = recommendPlan(${JSON.stringify(INTAKE)});
      const text = JSON.stringify(toFhirCarePlan(result.plan));
      process.stdout.write(JSON.stringify({ technique: technique.url, codes: technique.concept.length, bodySite: bodySite.url, used: text.includes(technique.url) && text.includes(bodySite.url) }));
    `;
    writeFileSync(join(consumer, 'fhir.mjs'), script);
    const { stdout } = await run(process.execPath, ['fhir.mjs'], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual({
      technique: 'https://massage-plan.dev/fhir/CodeSystem/technique',
      codes: 14,
      bodySite: 'https://massage-plan.dev/fhir/StructureDefinition/body-site',
      used: true,
    });
  });

  it.skipIf(!hasBin)('installs the massage-plan command, which runs', async () => {
    writeFileSync(join(consumer, 'intake.json'), JSON.stringify(INTAKE));
    const bin = join(consumer, 'node_modules/.bin/massage-plan');
    const help = await run(bin, ['--help'], { cwd: consumer });
    expect(help.stdout).toContain('massage-plan');
    const { stdout } = await run(bin, ['intake.json', '--format', 'json'], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(recommendPlan(INTAKE))));
    // --catalog: the example clinic's JSON patch adds plantar fasciitis and dry cupping.
    writeFileSync(join(consumer, 'clinic-patch.json'), readFileSync(resolve(root, 'examples/catalogs/clinic-patch.json')));
    const plantar = { assessedOn: '2026-12-01', conditions: [{ condition: 'plantar-fasciitis', severity: 'moderate', painScore: 6, side: 'right' }], goals: ['pain-relief'] };
    writeFileSync(join(consumer, 'plantar.json'), JSON.stringify(plantar));
    const clinic = await run(bin, ['plantar.json', '--catalog', 'clinic-patch.json', '--format', 'text'], { cwd: consumer });
    expect(clinic.stdout).toContain('Dry cupping (CPT 97140)');
  });

  it('bundles for the browser with esbuild, with no Node built-in, and the bundle works', async () => {
    const entry = join(consumer, 'browser-entry.mjs');
    writeFileSync(entry, `import * as lib from 'massage-plan';\nexport const all = lib;\nexport const result = lib.recommendPlan(${JSON.stringify(INTAKE)});\n`);
    const bundle = await build({
      entryPoints: [entry],
      absWorkingDir: consumer,
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.some((i) => i.includes('node_modules/massage-plan/dist/index.js'))).toBe(true);
    expect(inputs.some((i) => i.includes('node_modules/zod/'))).toBe(true);
    expect(inputs.filter((i) => builtins.has(i) || i.startsWith('node:'))).toEqual([]);
    const imports = Object.values(bundle.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.filter((path) => builtins.has(path) || path.startsWith('node:'))).toEqual([]);
    const js = bundle.outputFiles[0]?.text ?? '';
    expect(js).not.toMatch(/\brequire\(\s*["'](node:)?(fs|path|os|crypto|child_process|util|url|module|process)["']\s*\)/);

    const mod = (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as { result: { kind: string } };
    expect(mod.result).toEqual(JSON.parse(JSON.stringify(recommendPlan(INTAKE))));
  });
});
