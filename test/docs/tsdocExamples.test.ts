// The @example blocks of the TSDoc in src/ run. Every block is bundled
// against src/ (esbuild, all blocks in one build) with every export of the
// library and of its own module in scope, and executed. A documented value,
// `expression; // literal` (or the literal in the comment lines right after
// the statement), is checked with deep equality; prose comments stay comments.

import assert from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Message, type Plugin } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = resolve(root, 'src');
const indexFile = resolve(srcDir, 'index.ts');
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

// ---------------------------------------------------------------------------
// Finding the examples

interface Example {
  /** Position in `examples`: the key of its entry point. */
  id: number;
  /** Absolute path of the file the example is in. */
  file: string;
  /** 1-based line in `file` of the example's first line of code. */
  line: number;
  /** The export the TSDoc comment documents. */
  exportName: string;
  /** The code, with the comment's ` * ` prefixes stripped. */
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
    })
    .sort();
}

const DECLARATION =
  /^export\s+(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/;

function examplesIn(file: string, firstId: number): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const start = comment.index;
    const firstLine = text.slice(0, start).split('\n').length;
    // Strip `/**`, `*/` and the leading ` * ` of every line, keeping the code's own indentation.
    const lines = comment[0]
      .replace(/^\/\*\*/, '')
      .replace(/\*\/$/, '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, '').replace(/\s+$/, ''));
    const following = text.slice(start + comment[0].length).split('\n').find((l) => l.trim() !== '') ?? '';
    const exportName = DECLARATION.exec(following.trim())?.[1] ?? `comment at line ${firstLine}`;
    const blocks = lines.flatMap((l, i) => (/^\s*@example\b/.test(l) ? [i] : []));
    for (const [n, at] of blocks.entries()) {
      let end = lines.findIndex((l, i) => i > at && /^\s*@[a-zA-Z]+/.test(l));
      if (end === -1) end = lines.length;
      let body = lines.slice(at + 1, end);
      let offset = at + 1;
      // A fenced block (```ts … ```) keeps only what is inside the fence.
      const open = body.findIndex((l) => /^\s*```/.test(l));
      if (open !== -1) {
        const close = body.findIndex((l, i) => i > open && /^\s*```/.test(l));
        body = body.slice(open + 1, close === -1 ? undefined : close);
        offset += open + 1;
      }
      while (body.length > 0 && body[0]?.trim() === '') {
        body = body.slice(1);
        offset += 1;
      }
      while (body.length > 0 && body[body.length - 1]?.trim() === '') body = body.slice(0, -1);
      found.push({
        id: firstId + found.length,
        file,
        line: firstLine + offset,
        exportName: blocks.length > 1 ? `${exportName} (example ${n + 1})` : exportName,
        code: body.join('\n'),
      });
    }
  }
  return found;
}

function findExamples(): Example[] {
  const all: Example[] = [];
  for (const file of sourceFiles(srcDir)) all.push(...examplesIn(file, all.length));
  return all;
}

// ---------------------------------------------------------------------------
// Documented values: `expression; // literal` becomes a deep-equality check

/** True when `node` is a plain literal: number, string, boolean, null, undefined, or an array/object of those. */
function isLiteral(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isLiteral(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(node)) return ['undefined', 'NaN', 'Infinity'].includes(node.text);
  if (ts.isPrefixUnaryExpression(node)) {
    return (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken) && isLiteral(node.operand);
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((e) => !ts.isSpreadElement(e) && !ts.isOmittedExpression(e) && isLiteral(e));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (p) =>
        ts.isPropertyAssignment(p) &&
        (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)) &&
        isLiteral(p.initializer),
    );
  }
  return false;
}

/** The comment as a JS literal's source, or undefined when it is prose (or any other expression). */
function literalOf(comment: string): string | undefined {
  const source = comment.trim();
  if (source === '') return undefined;
  try {
    new Function(`return (${source}\n);`);
  } catch {
    return undefined;
  }
  const file = ts.createSourceFile('literal.ts', `(${source}\n);`, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const statement = file.statements[0];
  if (file.statements.length !== 1 || statement === undefined || !ts.isExpressionStatement(statement)) return undefined;
  return isLiteral(statement.expression) ? source : undefined;
}

interface Transformed {
  /** Import declarations of the example, hoisted to the top of the module. */
  imports: string[];
  /** Names those imports bind (left out of the names brought into scope). */
  imported: string[];
  /** The example without its imports, documented values rewritten into checks. */
  body: string;
  /** The checks: the line (in the example) of each documented value and its literal. */
  checks: { line: number; literal: string }[];
}

const CHECK = '__doc.check';

/** The example, with its imports split out and each documented value turned into `__doc.check(id, actual, expected)`. */
function transform(code: string): Transformed {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = code.split('\n');
  const edits: { start: number; end: number; text: string }[] = [];
  const imports: string[] = [];
  const imported: string[] = [];
  const checks: Transformed['checks'] = [];

  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    imports.push(statement.getText(file));
    edits.push({ start: statement.getStart(file), end: statement.end, text: '' });
    const clause = statement.importClause;
    if (clause?.name) imported.push(clause.name.text);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) imported.push(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) imported.push(...bindings.elements.map((e) => e.name.text));
  }

  // The literal documented for a statement ending on line `last`: in a `//` comment
  // after it on that line, then possibly continued on the comment lines below;
  // or, with nothing after it on its line, in the comment lines right below.
  const documented = (last: number, endColumn: number): string | undefined => {
    const rest = (lines[last] ?? '').slice(endColumn);
    const trailing = /^\s*\/\/ ?(.*)$/.exec(rest);
    if (trailing === null && rest.trim() !== '') return undefined;
    const parts = trailing === null ? [] : [trailing[1] ?? ''];
    if (parts.length > 0) {
      const literal = literalOf(parts.join('\n'));
      if (literal !== undefined) return literal;
    }
    for (let i = last + 1; i < lines.length; i++) {
      const below = /^\s*\/\/ ?(.*)$/.exec(lines[i] ?? '');
      if (below === null) break;
      parts.push(below[1] ?? '');
      const literal = literalOf(parts.join('\n'));
      if (literal !== undefined) return literal;
    }
    return undefined;
  };

  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const end = file.getLineAndCharacterOfPosition(node.end);
      const literal = documented(end.line, end.character);
      if (literal !== undefined) {
        let expression = node.expression;
        // `console.log(x); // value` documents x.
        if (
          ts.isCallExpression(expression) &&
          expression.arguments.length === 1 &&
          expression.expression.getText(file) === 'console.log'
        ) {
          expression = expression.arguments[0] as ts.Expression;
        }
        const id = checks.length;
        checks.push({ line: end.line + 1, literal });
        edits.push({
          start: node.getStart(file),
          end: node.end,
          text: `${CHECK}(${id}, (${expression.getText(file)}), (${literal}\n));`,
        });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  let body = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  return { imports, imported, body, checks };
}

// ---------------------------------------------------------------------------
// Building and running

const examples = findExamples();
const library = (await import(indexFile)) as Record<string, unknown>;
const moduleNames = new Map<string, string[]>();
for (const file of new Set(examples.map((e) => e.file))) {
  moduleNames.set(file, Object.keys((await import(file)) as Record<string, unknown>));
}
const transformed = examples.map((e) => transform(e.code));

/** The lines of the module before the example's code. */
function moduleHead(example: Example, t: Transformed): string[] {
  const names = [...new Set([...Object.keys(library), ...(moduleNames.get(example.file) ?? [])])].filter(
    (name) => IDENTIFIER.test(name) && name !== 'default' && !t.imported.includes(name),
  );
  return [
    `import * as __lib from ${JSON.stringify(indexFile)};`,
    `import * as __mod from ${JSON.stringify(example.file)};`,
    ...t.imports,
    'export default async function (__doc) {',
    '  const { console, process } = __doc;',
    `  const { ${names.join(', ')} } = { ...__lib, ...__mod };`,
    '  {',
  ];
}

function moduleSource(example: Example, t: Transformed): string {
  return [...moduleHead(example, t), t.body, '  }', '}', ''].join('\n');
}

const NAMESPACE = 'tsdoc-example';

function examplesPlugin(): Plugin {
  return {
    name: NAMESPACE,
    setup(b) {
      b.onResolve({ filter: /^massage-plan$/ }, () => ({ path: indexFile }));
      b.onResolve({ filter: new RegExp(`^${NAMESPACE}:`) }, (args) => ({ path: args.path.slice(NAMESPACE.length + 1), namespace: NAMESPACE }));
      b.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const example = examples[Number(args.path)] as Example;
        return { contents: moduleSource(example, transformed[example.id] as Transformed), loader: 'ts', resolveDir: dirname(example.file) };
      });
    },
  };
}

/** An esbuild message, with its place in the example's module turned into the line of the source file. */
const format = (m: Message): string => {
  const location = m.location;
  if (location === null) return m.text;
  const example = location.file.startsWith(`${NAMESPACE}:`) ? examples[Number(location.file.slice(NAMESPACE.length + 1))] : undefined;
  if (example === undefined) return `${m.text} (${location.file}:${location.line}:${location.column})`;
  const head = moduleHead(example, transformed[example.id] as Transformed).join('\n').split('\n').length;
  const line = location.line - head;
  const where = line >= 1 ? `${relative(root, example.file)}:${example.line + line - 1}` : 'the code around the example';
  return `${m.text} (${where}: ${location.lineText.trim()})`;
};

/** Where the example's bundle is, or why it did not compile. */
const built = new Map<number, { url: string } | { error: string }>();
let outdir = '';

beforeAll(async () => {
  // Under node_modules, so vitest leaves the bundles to Node instead of transforming them again.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  outdir = mkdtempSync(join(root, 'node_modules/.cache/tsdoc-examples-'));
  let pending = examples.map((e) => e.id);
  // One build for all examples; an example that does not compile is named and left out of the next try.
  while (pending.length > 0) {
    try {
      const result = await build({
        entryPoints: Object.fromEntries(pending.map((id) => [`example-${id}`, `${NAMESPACE}:${id}`])),
        bundle: true,
        platform: 'node',
        format: 'esm',
        splitting: true,
        write: false,
        outdir,
        logLevel: 'silent',
        plugins: [examplesPlugin()],
      });
      for (const output of result.outputFiles) writeFileSync(output.path, output.contents);
      for (const id of pending) built.set(id, { url: pathToFileURL(join(outdir, `example-${id}.js`)).href });
      pending = [];
    } catch (error) {
      const messages = (error as { errors?: Message[] }).errors ?? [];
      const failed = new Set<number>();
      for (const m of messages) {
        const file = m.location?.file ?? '';
        const ids = file.startsWith(`${NAMESPACE}:`) ? [Number(file.slice(NAMESPACE.length + 1))] : pending;
        for (const id of ids) {
          failed.add(id);
          const before = built.get(id);
          const text = before && 'error' in before ? `${before.error}\n${format(m)}` : format(m);
          built.set(id, { error: text });
        }
      }
      if (failed.size === 0) for (const id of pending) built.set(id, { error: String(error) });
      pending = failed.size === 0 ? [] : pending.filter((id) => !failed.has(id));
    }
  }
});

afterAll(() => {
  if (outdir !== '') rmSync(outdir, { recursive: true, force: true });
});

const importBundle = (url: string) => import(/* @vite-ignore */ url) as Promise<{ default: (doc: unknown) => Promise<void> }>;

/** What an example sees as `console` and `process`: output is kept, `process.exitCode` is its own. */
function sandbox() {
  const output: string[] = [];
  const stream = { write: (text: unknown) => (output.push(String(text)), true) };
  let exitCode: number | string | undefined;
  const log = (...args: unknown[]) => void output.push(args.map(String).join(' '));
  const console = { log, info: log, warn: log, error: log, debug: log };
  const process = new Proxy(globalThis.process, {
    get(target, key) {
      if (key === 'stdout' || key === 'stderr') return stream;
      if (key === 'exitCode') return exitCode;
      if (key === 'exit') {
        return (code?: number) => {
          throw new Error(`the example called process.exit(${code ?? ''})`);
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
    set(target, key, value) {
      if (key === 'exitCode') {
        exitCode = value as number | string | undefined;
        return true;
      }
      return Reflect.set(target, key, value, target);
    },
  });
  return { console, process };
}

describe('TSDoc @example blocks run', () => {
  it('finds the examples of src/', () => {
    expect(examples.length).toBeGreaterThanOrEqual(50);
    expect(transformed.filter((t) => t.checks.length > 0).length).toBeGreaterThanOrEqual(30);
  });

  it('rewrites documented values into checks, and leaves prose alone', () => {
    expect(literalOf("'weekly for 4 weeks'")).toBe("'weekly for 4 weeks'");
    expect(literalOf("[{ a: 1, 'b': [true, null] }]")).toBeDefined();
    expect(literalOf('-1.5')).toBe('-1.5');
    expect(literalOf('1.5 (30% of 5 is under 2 points)')).toBeUndefined();
    expect(literalOf('e.g. a plan')).toBeUndefined();
    expect(literalOf('plan')).toBeUndefined();
    expect(literalOf('next.kind === 1')).toBeUndefined();
    expect(literalOf('1), (2')).toBeUndefined();
    const t = transform("const x = f();\nif (x) console.log(x.a); // 60\nf(\n  1,\n); // [1,\n//  2]\ng(); // e.g. 3\nh();\n// 'h'");
    expect(t.checks.map((c) => c.line)).toEqual([2, 5, 8]);
    expect(t.body).toContain(`if (x) ${CHECK}(0, (x.a), (60\n));`);
    expect(t.body).toContain('g(); // e.g. 3');
  });

  for (const example of examples) {
    const where = relative(root, example.file);
    it(`${where} › ${example.exportName}`, async () => {
      const bundle = built.get(example.id);
      if (bundle === undefined || 'error' in bundle) {
        throw new Error(`the @example at ${where}:${example.line} does not compile:\n${bundle?.error ?? 'not built'}`);
      }
      const { checks } = transformed[example.id] as Transformed;
      const ran = new Set<number>();
      const check = (id: number, actual: unknown, expected: unknown): void => {
        ran.add(id);
        const line = example.line + (checks[id]?.line ?? 1) - 1;
        assert.deepStrictEqual(actual, expected, `${where}:${line}: the example documents ${checks[id]?.literal}`);
      };
      const { console, process } = sandbox();
      const run = (await importBundle(bundle.url)).default;
      await run({ check, console, process });
      const skipped = checks.flatMap((c, id) => (ran.has(id) ? [] : [`line ${example.line + c.line - 1}: ${c.literal}`]));
      expect(skipped, `documented values at ${where} that the example never reached`).toEqual([]);
    });
  }
});
