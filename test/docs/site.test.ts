// The docs site as typedoc builds it from typedoc.json (the site of
// `npm run docs`, without the playground), into a scratch folder: no
// warnings; search finds clinical words in the guides and the generated
// catalogue; the sidebar starts with the therapists' section and the guides,
// and lists the API by purpose; one title on the home page; zod-inferred
// types shown as their objects.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { Application, TSConfigReader, TypeDocReader } from 'typedoc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupsFromSections } from '../../scripts/docs/typedoc-plugin.mjs';
import { renderCatalogue } from '../../scripts/docs/renderCatalogue.js';
import { defaultCatalog } from '../../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface NavNode {
  text: string;
  path?: string;
  kind?: number;
  children?: NavNode[];
}
interface SearchRow {
  name: string;
  url: string;
  kind: number;
}
interface LunrIndex {
  search(query: string): { ref: string; score: number }[];
}

/** The data a typedoc asset script assigns (`window.x = "<base64 deflate>"`). */
function assetData<T>(site: string, file: string): T {
  const js = readFileSync(join(site, 'assets', file), 'utf8');
  const encoded = js.match(/"([^"]*)"/)?.[1] ?? '';
  return JSON.parse(inflateSync(Buffer.from(encoded, 'base64')).toString('utf8')) as T;
}

/** The names of the rows the site's search box lists first for `text`, as its script queries lunr. */
function searchNames(site: string, text: string, top = 8): string[] {
  // the lunr that typedoc's index was built with and its search script bundles
  const lunr = createRequire(createRequire(import.meta.url).resolve('typedoc')).resolve('lunr');
  const { Index } = createRequire(import.meta.url)(lunr) as { Index: { load(data: unknown): LunrIndex } };
  const data = assetData<{ rows: SearchRow[]; index: unknown }>(site, 'search.js');
  const query = text
    .split(' ')
    .filter(Boolean)
    .map((word) => `*${word}*`)
    .join(' ');
  return Index.load(data.index)
    .search(query)
    .slice(0, top)
    .map((hit) => data.rows[Number(hit.ref)]?.name ?? '');
}

describe('the docs site', () => {
  let site: string;
  let problems = { errors: -1, warnings: -1 };

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'massage-plan-docs-'));
    // as `npm run docs` does first: the catalogue page is a project document
    const catalogue = resolve(root, 'docs/generated/catalogue.md');
    mkdirSync(dirname(catalogue), { recursive: true });
    writeFileSync(catalogue, renderCatalogue(defaultCatalog));
    const app = await Application.bootstrapWithPlugins({ options: resolve(root, 'typedoc.json'), out: site, logLevel: 'Warn' }, [
      new TypeDocReader(),
      new TSConfigReader(),
    ]);
    const project = await app.convert();
    if (!project) throw new Error('typedoc could not convert the project');
    app.validate(project);
    await app.generateDocs(project, site);
    problems = { errors: app.logger.errorCount, warnings: app.logger.warningCount };
  }, 120_000);

  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('builds with no warnings (typedoc.json treats them as errors)', () => {
    expect(problems).toEqual({ errors: 0, warnings: 0 });
  });

  it('search finds the clinical words in the therapists\' guide and the catalogue', () => {
    for (const words of ['anticoagulant', 'pregnancy', 'low back pain']) {
      const names = searchNames(site, words, 5);
      expect(names, words).toContain('Clinical catalogue');
      expect(names, words).toContain('Reading a plan');
    }
    // and a developer still finds the API by name
    expect(searchNames(site, 'recommendPlan', 3)).toContain('recommendPlan');
  });

  it('the sidebar: the therapists\' section, then the guides, then the API by purpose', () => {
    const nav = assetData<NavNode[]>(site, 'navigation.js');
    const titles = nav.map((node) => node.text);
    expect(titles.slice(0, 3)).toEqual(['For therapists', 'Guides', 'Development']);
    expect(nav[0]?.children?.map((c) => c.text)).toEqual(['Reading a plan', 'Clinical catalogue']);
    expect(titles).toEqual(expect.arrayContaining(['Intake', 'Engine', 'Catalogue', 'Export']));
    // every entry is a group: no flat list of names by kind
    for (const node of nav) expect(node.path, node.text).toBeUndefined();
    expect(titles.filter((t) => /^(Functions|Variables|Type Aliases|Interfaces|Classes)$/.test(t))).toEqual([]);
    // every public name is in a purpose group
    const grouped = new Set(nav.slice(3).flatMap((group) => group.children?.map((c) => c.text) ?? []));
    const exported = [...groupsFromSections(readFileSync(resolve(root, 'src/index.ts'), 'utf8')).keys()];
    expect(exported.filter((name) => !grouped.has(name))).toEqual([]);
    // the section at the top of every page, the playground included
    const page = readFileSync(join(site, 'functions/recommendPlan.html'), 'utf8');
    const section = page.match(/<nav[^>]*id="therapists-section"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(section).toContain('href="../documents/Reading_a_plan.html"');
    expect(section).toContain('href="../documents/Clinical_catalogue.html"');
    expect(section).toContain('href="../playground/index.html"');
    expect(page.indexOf('id="therapists-section"')).toBeLessThan(page.indexOf('id="tsd-nav-container"'));
  });

  it('the home page shows the README\'s title once', () => {
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    expect(home.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it('zod-inferred types are shown as their objects, not z.output<…>', () => {
    for (const name of ['Intake', 'IntakeInput', 'Reassessment', 'ReassessmentInput', 'CatalogPatch', 'CatalogPatchInput']) {
      const page = readFileSync(join(site, 'types', `${name}.html`), 'utf8');
      const signature = page.match(/<div class="tsd-signature">([\s\S]*?)<\/div>/)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
      expect(signature, name).not.toMatch(/z\.(output|input|infer)|TypeOf&lt;/);
      expect(signature, name).toMatch(new RegExp(`^${name}:\\s*\\{`));
    }
    const intake = readFileSync(join(site, 'types/Intake.html'), 'utf8');
    expect(intake).toContain('assessedOn');
  });
});
