#!/usr/bin/env node
// The `massage-plan` command. The only module of the package that touches
// Node (files, stdin, process); everything it prints comes from the library.
import { readFile, realpath } from 'node:fs/promises';
import { match } from 'ts-pattern';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import type { Catalog } from './catalog/Catalog.js';
import type { CatalogPatchInput } from './catalog/CatalogPatchSchema.js';
import { defaultCatalog, RULESET_VERSION } from './catalog/defaultCatalog.js';
import { extendCatalog } from './catalog/extendCatalog.js';
import { safeRecommendPlan } from './engine/recommendPlan.js';
import { formatPlan } from './export/formatPlan.js';
import { intakeJsonSchema, planJsonSchema, recommendationJsonSchema } from './export/jsonSchema.js';
import { locateJsonError } from './export/locateJsonError.js';
import { toFhirCarePlan } from './export/toFhirCarePlan.js';
import type { CatalogIds } from './intake/CatalogIds.js';
import { closestIds } from './intake/closestIds.js';
import { IntakeError } from './intake/IntakeError.js';

/** Where the CLI reads and writes; injectable so tests run it in-process. */
export interface CliIo {
  /** Reads all of standard input as text. */
  readStdin: () => Promise<string>;
  /** Reads a file as UTF-8 text; rejects with a Node error (`ENOENT`, `EISDIR`, `EACCES` …) when it cannot. */
  readFile: (path: string) => Promise<string>;
  /** Standard output: the result only. */
  stdout: { write: (text: string) => unknown };
  /** Standard error: messages and problems. */
  stderr: { write: (text: string) => unknown };
}

/**
 * Exit codes of the CLI.
 *
 * @example
 * process.exitCode = EXIT.input; // 2: usage error or invalid input
 */
export const EXIT = {
  /** A recommendation (plan, referral or deferral) or a schema was printed. */
  ok: 0,
  /** An unexpected error: a bug in massage-plan. */
  internal: 1,
  /** Usage error, unreadable file, invalid JSON, invalid intake or invalid catalogue patch. */
  input: 2,
  /** `--format fhir`, but the recommendation is a referral or a deferral: there is no care plan. */
  noCarePlan: 3,
} as const;

const FORMATS = ['json', 'markdown', 'text', 'fhir'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);
const SCHEMAS = { intake: intakeJsonSchema, plan: planJsonSchema, recommendation: recommendationJsonSchema } as const;
const OPTIONS = {
  format: { type: 'string', short: 'f' },
  patient: { type: 'string' },
  catalog: { type: 'string' },
  schema: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const USAGE = `Usage:
  massage-plan <intake.json | -> [--format json|markdown|text|fhir] [--patient <reference>] [--catalog <patch.json>]
  massage-plan --schema intake|plan|recommendation [--catalog <patch.json>]
  massage-plan --help | --version`;

/**
 * The text of `massage-plan --help`: usage, formats, exit codes and examples.
 *
 * @example
 * process.stdout.write(HELP);
 */
export const HELP = `massage-plan: suggest a medical-massage treatment plan from an intake.
Decision support for licensed therapists: every item carries the rule and
source behind it; anything unsafe yields a referral or a deferral instead.

${USAGE}

Arguments:
  intake.json          a JSON file with the intake; "-" reads it from standard input

Options:
  -f, --format <fmt>   output format (default json):
                         json      the recommendation as JSON: a plan, a referral or a deferral
                         markdown  a summary for the therapist, in Markdown
                         text      the same summary as plain text
                         fhir      a FHIR R4 Bundle: a CarePlan (intent proposal) and its Goals
      --patient <ref>  FHIR reference of the patient for --format fhir, e.g. Patient/123
      --catalog <file> a catalogue patch in JSON (massage-plan/schema/catalog-patch.json):
                       conditions, techniques, regions, flags, measures, clearances,
                       sources and data rules added to the built-in catalogue; the
                       intake, every format and --schema then use that catalogue
      --schema <name>  print a JSON Schema (draft 2020-12): intake, plan or recommendation
  -h, --help           show this help
  -v, --version        show the version of massage-plan and of its ruleset

Exit codes:
  0  a recommendation (plan, referral or deferral) or a schema was printed
  1  internal error: a bug in massage-plan (please report it with the input)
  2  usage error, unreadable file, invalid JSON, invalid intake or invalid
     catalogue patch (each problem on its own line, with its path in the
     intake or the patch)
  3  --format fhir, but the recommendation is a referral or a deferral,
     so there is no care plan to export (the reasons are printed)

Examples:
  massage-plan intake.json --format text
  cat intake.json | massage-plan - --format fhir --patient Patient/123 > bundle.json
  massage-plan intake.json --catalog clinic-patch.json --format markdown
  massage-plan --schema intake > intake.schema.json

A minimal intake.json:
  {"assessedOn":"2026-03-02",
   "conditions":[{"condition":"neck-pain","severity":"moderate","painScore":6}],
   "goals":["pain-relief"]}

The result goes to standard output, messages to standard error.
`;

const nodeIo: CliIo = {
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: (path) => readFile(path, 'utf8'),
  stdout: process.stdout,
  stderr: process.stderr,
};

class UsageError extends Error {}

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
};

// parseArgs errors name the option in Node's own words; restate them with a hint.
function usageMessage(error: { code?: string; message: string }): string {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
    const known = Object.keys(OPTIONS).map((name) => `--${name}`);
    const hint = closestIds(option, known, 1)[0];
    return `unknown option ${option}${hint === undefined ? '' : ` (did you mean ${hint}?)`}`;
  }
  const long = /--[\w-]+/.exec(error.message)?.[0];
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && long !== undefined) return `option ${long} needs a value`;
  return error.message.split('\n')[0] ?? 'invalid arguments';
}

/** A file read and parsed as JSON, or the message saying why it could not be. */
type JsonRead = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Reads `source` (a file, or standard input for `-`) and parses it as JSON.
 * `what` names it in messages: `standard input`, `intake.json`,
 * `catalogue patch clinic-patch.json`.
 */
async function readJson(io: CliIo, source: string, what: string): Promise<JsonRead> {
  let raw: string;
  try {
    raw = source === '-' ? await io.readStdin() : await io.readFile(source);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return { ok: false, message: `cannot read ${what}: ${FILE_ERRORS[code] ?? (error as Error).message}` };
  }
  // Editors on Windows save a byte-order mark that JSON does not allow.
  const text = raw.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const where = locateJsonError(text);
    return {
      ok: false,
      message:
        where === undefined
          ? `${what} is not valid JSON`
          : `${what} is not valid JSON: ${where.reason} at line ${where.line}, column ${where.column}`,
    };
  }
}

const problems = (count: number): string => `${count} problem${count === 1 ? '' : 's'}`;

/**
 * Reads a catalogue patch (JSON) and extends the default catalogue with it.
 * Returns the catalogue, or the whole message to print on standard error:
 * each issue of an invalid patch on its own line, prefixed with the file so
 * it is not mistaken for a problem of the intake.
 */
async function loadCatalog(io: CliIo, source: string): Promise<{ ok: true; catalog: Catalog<CatalogIds> } | { ok: false; message: string }> {
  const read = await readJson(io, source, `catalogue patch ${source}`);
  if (!read.ok) return { ok: false, message: `massage-plan: ${read.message}\n` };
  try {
    // extendCatalog validates the patch at run time: a JSON patch is data, its ids are strings.
    return { ok: true, catalog: extendCatalog(defaultCatalog, read.value as CatalogPatchInput) };
  } catch (error) {
    if (!IntakeError.is(error)) throw error;
    const { issues } = error;
    return {
      ok: false,
      message: `massage-plan: ${source} is not a valid catalogue patch (${problems(issues.length)}):\n${issues.map((i) => `  ${source}: ${i.message}\n`).join('')}`,
    };
  }
}

/**
 * Runs the `massage-plan` command: reads an intake, writes the
 * recommendation in the asked format, or prints a JSON Schema, help or the
 * version. Never throws; every outcome is an exit code (see {@link EXIT}).
 *
 * @param argv - the arguments after the program name, e.g. `['intake.json', '--format', 'text']`
 * @param io - where to read and write; default the process's stdin, files, stdout and stderr
 * @returns the exit code
 * @example
 * // As the bin runs it: process.exitCode = await main(process.argv.slice(2));
 * // In-process, with the file read and the output kept:
 * const output: string[] = [];
 * const code = await main(['intake.json', '--format', 'markdown'], {
 *   readStdin: async () => '',
 *   readFile: async () => '{"assessedOn":"2026-03-02","conditions":[{"condition":"neck-pain","severity":"moderate"}],"goals":["pain-relief"]}',
 *   stdout: { write: (text) => output.push(text) },
 *   stderr: { write: (text) => output.push(text) },
 * });
 * code; // 0
 * output.join('').split('\n')[0]; // '# Treatment plan (proposal)'
 */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const fail = (code: number, message: string): number => {
    io.stderr.write(`massage-plan: ${message}\n`);
    return code;
  };
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(usageMessage(error as { code?: string; message: string }));
    }
    const { values, positionals } = parsed;
    if (values.help === true) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (values.version === true) {
      io.stdout.write(`massage-plan ${packageJson.version} (ruleset ${RULESET_VERSION})\n`);
      return EXIT.ok;
    }
    if (values.catalog === '-') throw new UsageError('--catalog needs a file (standard input is for the intake)');
    // The catalogue is read only once the arguments are known to be right.
    const catalogue = async () => (values.catalog === undefined ? { ok: true as const, catalog: defaultCatalog } : loadCatalog(io, values.catalog));
    if (values.schema !== undefined) {
      if (positionals.length > 0 || values.format !== undefined) throw new UsageError('--schema takes no intake and no --format');
      const make = Object.hasOwn(SCHEMAS, values.schema) ? SCHEMAS[values.schema as keyof typeof SCHEMAS] : undefined;
      if (make === undefined) throw new UsageError(`--schema must be one of ${Object.keys(SCHEMAS).join(', ')}`);
      const loaded = await catalogue();
      if (!loaded.ok) {
        io.stderr.write(loaded.message);
        return EXIT.input;
      }
      io.stdout.write(`${JSON.stringify(make({ catalog: loaded.catalog }), null, 2)}\n`);
      return EXIT.ok;
    }
    const format = values.format ?? 'json';
    if (!isFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (values.patient !== undefined && format !== 'fhir') throw new UsageError('--patient only goes with --format fhir');
    const [source, ...extra] = positionals;
    if (source === undefined) throw new UsageError('which intake? Give a file, or - for standard input');
    if (extra.length > 0) throw new UsageError(`one intake at a time (also got ${extra.join(' ')})`);

    // The catalogue first: the intake is validated against its ids.
    const loaded = await catalogue();
    if (!loaded.ok) {
      io.stderr.write(loaded.message);
      return EXIT.input;
    }
    const { catalog } = loaded;
    const name = source === '-' ? 'standard input' : source;
    const read = await readJson(io, source, name);
    if (!read.ok) return fail(EXIT.input, read.message);

    const result = safeRecommendPlan(read.value, { catalog });
    if (!result.success) {
      const { issues } = result.error;
      io.stderr.write(`massage-plan: ${name} is not a valid intake (${problems(issues.length)}):\n${issues.map((i) => `  ${i.message}\n`).join('')}`);
      return EXIT.input;
    }
    const recommendation = result.data;
    return match(format)
      .with('fhir', () => {
        if (recommendation.kind !== 'plan') {
          const what = match(recommendation)
            .with({ kind: 'refer' }, (r) => `refer (${r.urgency})`)
            .with({ kind: 'defer' }, (d) => `defer (until ${d.until})`)
            .with({ kind: 'discharge' }, () => 'discharge (the plan of care is complete)')
            .exhaustive();
          io.stderr.write(
            `massage-plan: no care plan to export: the recommendation is to ${what}. Reasons:\n${recommendation.reasons.map((r) => `  ${r.message}\n`).join('')}`,
          );
          return EXIT.noCarePlan;
        }
        const patient = values.patient === undefined ? {} : { patient: { reference: values.patient } };
        let bundle;
        try {
          bundle = toFhirCarePlan(recommendation.plan, { ...patient, catalog });
        } catch (error) {
          if (!IntakeError.is(error)) throw error;
          throw new UsageError((error.message.split('\n')[0] ?? '').replace(/^Invalid input: options\.patient\.reference/, '--patient'));
        }
        io.stdout.write(`${JSON.stringify(bundle, null, 2)}\n`);
        return EXIT.ok;
      })
      .with('json', () => {
        io.stdout.write(`${JSON.stringify(recommendation, null, 2)}\n`);
        return EXIT.ok;
      })
      .with('markdown', 'text', (summary) => {
        io.stdout.write(formatPlan(recommendation, { format: summary, catalog }));
        return EXIT.ok;
      })
      .exhaustive();
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`massage-plan: ${error.message}\n${USAGE}\nRun massage-plan --help for formats, exit codes and an example.\n`);
      return EXIT.input;
    }
    return fail(
      EXIT.internal,
      `internal error: ${error instanceof Error ? error.message : String(error)}. Please report it with the input that caused it.`,
    );
  }
}

// Run only when this file is the program (node dist/cli.js, the bin link,
// node --import tsx src/cli.ts), not when a test imports main().
async function isProgram(): Promise<boolean> {
  const invoked = process.argv[1];
  if (invoked === undefined) return false;
  try {
    return pathToFileURL(await realpath(invoked)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (await isProgram()) {
  // A closed pipe (massage-plan … | head) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}
