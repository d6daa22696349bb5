// The generated "Clinical catalogue" page of the docs site cannot drift from
// the data: it must mention every condition, flag, red flag, rule and source
// of the catalogue it is generated from.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { billingRows, cell, identifiers, renderCatalogue, sourceRef } from '../../scripts/docs/renderCatalogue.js';
import { billingUnits, defaultCatalog, describeRule, extendCatalog, RULE_FAMILIES, type Catalog } from '../../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const page = renderCatalogue(defaultCatalog);

/** The text of the section under the heading that starts with `heading`, up to the next heading of the same level or higher. */
function section(text: string, heading: string): string {
  const level = heading.match(/^#+/)?.[0].length ?? 0;
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && (line.match(/^#+/)?.[0].length ?? 99) <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('the clinical catalogue page', () => {
  it('has typedoc front matter: a title, in the therapists\' group of the sidebar', () => {
    expect(page.startsWith('---\ntitle: Clinical catalogue\ngroup: For therapists\n---\n')).toBe(true);
    expect(page).toContain(`\`${defaultCatalog.version}\``);
  });

  it('describes every condition: techniques, targets, dose, evidence with citations, ICD-10 code', () => {
    const conditions = section(page, '## Conditions');
    for (const condition of Object.values(defaultCatalog.conditions)) {
      const entry = section(conditions, `### ${condition.name} (${condition.id})`);
      for (const technique of condition.techniques) expect(entry).toContain(`(\`${technique}\`)`);
      for (const target of condition.targets) {
        expect(entry).toContain(`\`${target.region}\``);
        for (const muscle of target.muscles) expect(entry).toContain(muscle);
      }
      expect(entry).toContain(`${condition.dose.minutes} min`);
      expect(entry).toContain(`for ${condition.dose.weeks} weeks (${sourceRef(defaultCatalog, condition.dose.source)})`);
      expect(entry).toContain(`*${condition.evidence.verdict}*`);
      expect(entry).toContain(cell(condition.evidence.summary));
      for (const id of [...condition.sources, ...condition.evidence.sources]) {
        const source = defaultCatalog.sources[id];
        expect(source, `${condition.id} cites ${id}`).toBeDefined();
        expect(entry).toContain(`**${id}**`);
        expect(entry).toContain(cell(source?.citation ?? ''));
      }
      if (condition.icd10) expect(entry).toContain(`${condition.icd10.code} ${condition.icd10.display}`);
      else expect(entry).toContain('none verified');
    }
    expect(section(conditions, '### Neck pain')).toContain('Sherman KJ');
    expect(section(conditions, '### Low back pain')).toContain('Cherkin DC');
    expect(section(conditions, '### Neck pain')).toContain('M54.2 Cervicalgia');
  });

  it('shows the side- and joint-specific ICD-10-CM codes a condition carries', () => {
    const conditions = section(page, '## Conditions');
    const sciatica = section(conditions, '### Sciatica (sciatica)');
    expect(sciatica).toContain('**ICD-10-CM by side:** right M54.31 Sciatica, right side; left M54.32 Sciatica, left side; both: both sides coded separately');
    const carpal = section(conditions, '### Carpal tunnel syndrome (carpal-tunnel)');
    expect(carpal).toContain('both: G56.03 Carpal tunnel syndrome, bilateral upper limbs');
    const joint = section(conditions, '### Joint pain (joint-pain)');
    for (const entry of defaultCatalog.conditions['joint-pain'].icd10ByRegion ?? []) {
      expect(joint).toContain(`(\`${entry.region}\`):** ${entry.unspecified.code} `);
      expect(joint).toContain(`right ${entry.bySide.right.code} `);
      expect(joint).toContain(`left ${entry.bySide.left.code} `);
    }
  });

  it('links every DOI and PMID to its resolver, in the condition citations and the sources table', () => {
    const sources = section(page, '## Sources');
    const withIds = Object.values(defaultCatalog.sources).filter((s) => s.doi !== undefined || s.pmid !== undefined);
    expect(withIds.length).toBeGreaterThan(20);
    for (const source of withIds) {
      const row = sources.split('\n').find((line) => line.startsWith(`| **${source.id}** |`)) ?? '';
      if (source.doi) expect(row, source.id).toContain(`[doi:${source.doi}](https://doi.org/${source.doi.replace(/\(/g, '%28').replace(/\)/g, '%29')})`);
      if (source.pmid) expect(row, source.id).toContain(`[PMID ${source.pmid}](https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/)`);
    }
    expect(section(section(page, '## Conditions'), '### Low back pain')).toContain('[PMID 21727288](https://pubmed.ncbi.nlm.nih.gov/21727288/)');
    expect(identifiers({ id: 'X', citation: 'No identifiers', grade: 'practice' })).toBe('—');
  });

  it('lists every history flag under its contraindication tier, with its effect and sources', () => {
    const tiers = section(page, '## Contraindication tiers');
    for (const flag of Object.values(defaultCatalog.historyFlags)) {
      const tier = section(tiers, { 'no-massage': '### No massage now', local: '### Local', precaution: '### Precaution' }[flag.tier]);
      expect(tier).toContain(`| \`${flag.id}\` | ${cell(flag.name)} | ${cell(flag.effect)} | ${flag.sources.map((s) => sourceRef(defaultCatalog, s)).join(', ')} |`);
    }
    expect(section(tiers, '### No massage now')).toContain('`dvt`');
    expect(section(tiers, '### No massage now')).not.toContain('`anticoagulants`');
    expect(section(tiers, '### Precaution')).toContain('`anticoagulants`');
  });

  it('lists every red flag with its urgency, conditions and sources', () => {
    const redFlags = section(page, '## Red flags');
    for (const flag of Object.values(defaultCatalog.redFlags)) {
      const conditions = flag.conditions === 'any' ? 'any' : flag.conditions.map((c) => `\`${c}\``).join(', ');
      expect(redFlags).toContain(
        `| \`${flag.id}\` | ${cell(flag.name)} | ${cell(flag.suggests)} | **${flag.urgency}** | ${conditions} | ${flag.sources.map((s) => sourceRef(defaultCatalog, s)).join(', ')} |`,
      );
    }
  });

  it('lists every rule under its family, with its description (and its logic when written as data) and source', () => {
    const rules = section(page, '## Rules');
    expect(rules).toContain(`${defaultCatalog.rules.length} rules`);
    for (const family of RULE_FAMILIES) {
      const familyRules = defaultCatalog.rules.filter((r) => r.family === family);
      if (familyRules.length === 0) continue;
      const heading = rules.split('\n').find((l) => l.startsWith('### ') && l.endsWith(`: ${family}, ${familyRules.length} ${familyRules.length === 1 ? 'rule' : 'rules'}`));
      expect(heading, family).toBeDefined();
      const block = section(rules, heading ?? '');
      for (const rule of familyRules) {
        const described = rule.data === undefined ? rule.description : `${rule.description} Logic: ${describeRule(rule, defaultCatalog)}`;
        expect(block).toContain(`| \`${rule.id}\` | ${cell(described)} | ${sourceRef(defaultCatalog, rule.source)} |`);
      }
    }
  });

  it('shows a data rule’s logic in plain words', () => {
    expect(section(page, '## Rules')).toContain('Logic: When the client has fever or acute systemic infection: defer massage until resolved.');
  });

  it('lists every source with its grade, evidence and practice-level apart', () => {
    const sources = section(page, '## Sources');
    for (const source of Object.values(defaultCatalog.sources)) {
      const mark = { evidence: '[E] Evidence', practice: '[P] Practice-level', specification: '[S] Specification', unverified: '[?] Unverified', client: '[C] Client' }[source.grade];
      const graded = section(sources, `### ${mark}`);
      expect(graded).toContain(`| **${source.id}** | ${mark} | ${cell(source.citation)} |`);
    }
    expect(section(sources, '### [E] Evidence')).toContain('**S24**');
    expect(section(sources, '### [P] Practice-level')).toContain('**WERNER-PATHOLOGY**');
    expect(section(sources, '### [P] Practice-level')).not.toContain('**S24**');
    expect(section(sources, '### [S] Specification')).toContain('**CMS-100-04**');
    expect(section(sources, '### [E] Evidence')).not.toContain('**CMS-ICD10**');
  });

  it('has the 8-minute rule billing table from billingUnits, 8 to 97 minutes', () => {
    const rows = billingRows();
    expect(rows[0]).toEqual({ from: 8, to: 22, units: 1 });
    expect(rows.at(-1)).toEqual({ from: 83, to: 97, units: 6 });
    for (const row of rows) {
      for (let m = row.from; m <= row.to; m++) expect(billingUnits(m)).toBe(row.units);
      expect(section(page, '## Billing')).toContain(`| ${row.from}–${row.to} | ${row.units} |`);
    }
    expect(rows.reduce((n, r) => n + r.to - r.from + 1, 0)).toBe(90);
  });

  it('follows the catalogue it is given (a vendor extension shows up)', () => {
    const extended: Catalog = extendCatalog(defaultCatalog, {
      version: 'test-clinic@1',
      sources: [{ id: 'CLINIC-DOC-1', citation: 'Test clinic handbook, section 1', grade: 'practice' }],
      rules: [
        {
          id: 'clinic/documented-rule',
          family: 'precaution',
          description: 'A clinic rule | with a pipe.',
          source: 'CLINIC-DOC-1',
          when: () => false,
          then: () => [],
        },
      ],
    });
    const text = renderCatalogue(extended);
    expect(text).toContain('`test-clinic@1`');
    expect(text).toContain('| `clinic/documented-rule` | A clinic rule \\| with a pipe. Practice-level source: a configurable default, not evidence. | CLINIC-DOC-1 [P] |');
    expect(section(text, '## Sources')).toContain('**CLINIC-DOC-1**');
    expect(page).not.toContain('clinic/documented-rule');
  });

  it('is what scripts/docs/catalogue.ts writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'massage-plan-catalogue-'));
    try {
      const out = join(dir, 'catalogue.md');
      execFileSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/docs/catalogue.ts'), out], { cwd: root, stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(page);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
