// Renders a catalogue as the markdown page "Clinical catalogue" of the docs
// site. Pure: the same catalogue gives the same text. scripts/docs/catalogue.ts
// writes it to docs/generated/ before typedoc runs, so the page can never
// drift from the data the engine uses.

import { describeRule } from '../../src/rules/data/describeRule.js';
import {
  billingUnits,
  RULE_FAMILIES,
  SourceGradeSchema,
  type Catalog,
  type ContraindicationTier,
  type Icd10BySide,
  type Icd10Code,
  type Rule,
  type Source,
  type SourceGrade,
  type Urgency,
} from '../../src/index.js';

/** How each grade is marked on the page, and what the mark means. */
export const GRADE_MARKS: Readonly<Record<SourceGrade, { mark: string; label: string; meaning: string }>> = {
  evidence: { mark: '[E]', label: 'Evidence', meaning: 'trial, review or clinical guideline, cited by DOI, PMID or official page' },
  practice: {
    mark: '[P]',
    label: 'Practice-level',
    meaning: 'textbook excerpt, exam prep, clinic or vendor page: a configurable default, never a claim of evidence',
  },
  specification: {
    mark: '[S]',
    label: 'Specification',
    meaning: 'a standard or regulation (FHIR, FDA guidance, CMS manuals, the ICD-10-CM tabular list): binding or descriptive, not clinical evidence',
  },
  unverified: { mark: '[?]', label: 'Unverified', meaning: 'needs a better source' },
  client: { mark: '[C]', label: 'Client', meaning: "the client's own statement in the intake (a preference), not clinical evidence" },
};

const TIERS: readonly { tier: ContraindicationTier; title: string; outcome: string }[] = [
  { tier: 'no-massage', title: 'No massage now', outcome: 'The engine defers (until resolved or cleared) or refers; no sessions.' },
  { tier: 'local', title: 'Local: avoid the area', outcome: 'The plan avoids the region (targets there are removed) and treats elsewhere.' },
  {
    tier: 'precaution',
    title: 'Precaution: treat with changes',
    outcome: 'Pressure caps, allowed positions, excluded techniques, clearances and precautions.',
  },
];

const URGENCY_ORDER: readonly Urgency[] = ['emergency', 'urgent', 'routine'];

const FAMILY_TITLES: Readonly<Record<(typeof RULE_FAMILIES)[number], string>> = {
  'red-flag': 'Red flags (refer)',
  'no-massage': 'No massage now (defer or refer)',
  local: 'Local contraindications (avoid the area)',
  precaution: 'Precautions (treat with changes)',
  condition: 'Condition selection (techniques, targets, pressure)',
  dose: 'Dose and taper',
  goal: 'Goals and outcome measures',
  care: 'Plan of care (home care, aftercare, consent, checks at each visit, discharge)',
  preference: "Client's preferences",
};

/** Escapes text for a markdown table cell (pipes, newlines) and for typedoc (inline tags). */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/\{@/g, '{\\@');
}

function link(url: string, label: string): string {
  return `[${cell(label)}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}

/** The DOI resolver link for a DOI. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/** The PubMed page for a PubMed id. */
export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}

/** Links to a source's DOI and PubMed record, `—` when it has neither. */
export function identifiers(source: Source): string {
  const links = [
    ...(source.doi === undefined ? [] : [link(doiUrl(source.doi), `doi:${source.doi}`)]),
    ...(source.pmid === undefined ? [] : [link(pubmedUrl(source.pmid), `PMID ${source.pmid}`)]),
  ];
  return links.length === 0 ? '—' : links.join(' · ');
}

function sourceOf(catalog: Catalog, id: string): Source | undefined {
  return catalog.sources[id];
}

/** `S24 [E]`: a source id with its grade mark (or `[missing]` when the catalogue lacks it). */
export function sourceRef(catalog: Catalog, id: string): string {
  const source = sourceOf(catalog, id);
  return `${id} ${source ? GRADE_MARKS[source.grade].mark : '[missing]'}`;
}

function sourceRefs(catalog: Catalog, ids: readonly string[]): string {
  return ids.length === 0 ? '—' : ids.map((id) => sourceRef(catalog, id)).join(', ');
}

/** A bullet list of full citations for the given source ids (each once). */
function citations(catalog: Catalog, ids: readonly string[]): string[] {
  return [...new Set(ids)].map((id) => {
    const source = sourceOf(catalog, id);
    if (!source) return `- **${id}** (not in the catalogue)`;
    const grade = GRADE_MARKS[source.grade];
    const url = source.url ? ` — ${link(source.url, 'link')}` : '';
    const ids = identifiers(source);
    return `- **${id}** ${grade.mark} *${grade.label}*: ${cell(source.citation)}${ids === '—' ? '' : ` — ${ids}`}${url}`;
  });
}

function code(c: Icd10Code): string {
  return `${c.code} ${cell(c.display)}`;
}

function bySide(codes: Icd10BySide): string {
  const both = codes.both ? code(codes.both) : 'both sides coded separately';
  return `right ${code(codes.right)}; left ${code(codes.left)}; both: ${both}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

function perWeek(sessionsPerWeek: number): string {
  return sessionsPerWeek >= 1 ? `${sessionsPerWeek}×/week` : `every ${Math.round(1 / sessionsPerWeek)} weeks`;
}

function conditionsSection(catalog: Catalog): string[] {
  const lines: string[] = ['## Conditions', ''];
  lines.push(
    'For each condition: the techniques in priority order (the first is the primary), the target regions and muscles, the pressure on the 1–5 scale, the first-phase dose, the evidence and its sources. `site` means the region given in the intake, `around-site` its neighbours.',
    '',
  );
  for (const condition of Object.values(catalog.conditions)) {
    lines.push(`### ${cell(condition.name)} (${condition.id})`, '');
    if (condition.icd10) {
      lines.push(`- **ICD-10-CM:** ${condition.icd10.code} ${cell(condition.icd10.display)} (${sourceRef(catalog, condition.icd10.source)})`);
    } else {
      lines.push('- **ICD-10-CM:** none verified in the catalogue');
    }
    if (condition.icd10BySide) lines.push(`- **ICD-10-CM by side:** ${bySide(condition.icd10BySide)}`);
    for (const entry of condition.icd10ByRegion ?? []) {
      const region = catalog.regions[entry.region]?.name ?? entry.region;
      lines.push(`- **ICD-10-CM, ${cell(region)} (\`${entry.region}\`):** ${code(entry.unspecified)}; ${bySide(entry.bySide)}`);
    }
    const techniques = condition.techniques.map((id) => `${cell(catalog.techniques[id]?.name ?? id)} (\`${id}\`)`);
    lines.push(`- **Techniques:** ${techniques.join(', ')}`);
    const targets = condition.targets.map((target) => {
      const region =
        target.region === 'site' || target.region === 'around-site'
          ? `\`${target.region}\``
          : `${cell(catalog.regions[target.region]?.name ?? target.region)} (\`${target.region}\`)`;
      return target.muscles.length > 0 ? `${region}: ${cell(target.muscles.join(', '))}` : region;
    });
    lines.push(`- **Targets:** ${targets.join('; ')}`);
    lines.push(`- **Pressure:** start ${condition.pressure.start}, at most ${condition.pressure.max}`);
    const dose = condition.dose;
    lines.push(
      `- **Dose:** ${dose.minutes} min, ${perWeek(dose.sessionsPerWeek)} for ${dose.weeks} weeks (${sourceRef(catalog, dose.source)}). ${cell(dose.summary)}`,
    );
    lines.push(
      `- **Evidence:** *${condition.evidence.verdict}* (${sourceRefs(catalog, condition.evidence.sources)}). ${cell(condition.evidence.summary)}`,
    );
    const measures = condition.outcomeMeasures.map((id) => `${cell(catalog.outcomeMeasures[id]?.name ?? id)} (\`${id}\`)`);
    lines.push(`- **Outcome measures:** ${measures.length > 0 ? measures.join(', ') : '—'}`);
    const complementary = condition.complementary.map((c) => `${cell(c.care)} (${sourceRef(catalog, c.source)})`);
    lines.push(`- **Complementary care:** ${complementary.length > 0 ? complementary.join(', ') : '—'}`);
    lines.push('', '**Sources**', '');
    lines.push(
      ...citations(catalog, [...condition.sources, condition.dose.source, ...condition.evidence.sources, ...(condition.icd10 ? [condition.icd10.source] : [])]),
    );
    lines.push('');
  }
  return lines;
}

function techniquesSection(catalog: Catalog): string[] {
  return [
    '## Techniques',
    '',
    ...table(
      ['id', 'technique', 'what it is', 'pressure', 'CPT', 'heat', 'source'],
      Object.values(catalog.techniques).map((t) => [
        `\`${t.id}\``,
        cell(t.name),
        cell(t.description),
        `${t.pressure.min}–${t.pressure.max}`,
        t.cpt,
        t.heat ? 'yes' : 'no',
        sourceRef(catalog, t.source),
      ]),
    ),
    '',
  ];
}

function regionsSection(catalog: Catalog): string[] {
  return [
    '## Regions',
    '',
    'Endangerment sites always get light or no pressure.',
    '',
    ...table(
      ['id', 'region', 'muscles', 'adjacent', 'endangerment sites'],
      Object.values(catalog.regions).map((r) => [
        `\`${r.id}\``,
        cell(r.name),
        cell(r.muscles.join(', ')) || '—',
        r.adjacent.map((id) => `\`${id}\``).join(', ') || '—',
        cell(r.endangermentSites.join(', ')) || '—',
      ]),
    ),
    '',
  ];
}

function contraindicationsSection(catalog: Catalog): string[] {
  const lines: string[] = ['## Contraindication tiers', ''];
  lines.push('Health-history flags by tier, with what the plan must do and the sources behind it.', '');
  const flags = Object.values(catalog.historyFlags);
  for (const { tier, title, outcome } of TIERS) {
    lines.push(`### ${title} (${tier})`, '', outcome, '');
    lines.push(
      ...table(
        ['flag', 'name', 'effect', 'sources'],
        flags.filter((f) => f.tier === tier).map((f) => [`\`${f.id}\``, cell(f.name), cell(f.effect), sourceRefs(catalog, f.sources)]),
      ),
      '',
    );
  }
  return lines;
}

function redFlagsSection(catalog: Catalog): string[] {
  const lines: string[] = ['## Red flags', ''];
  lines.push(
    'A red flag relevant to the intake yields a referral instead of a plan. Emergency flags are relevant whatever the condition; the others for the conditions listed. Red-flag lists agree poorly across guidelines, so each flag carries its own sources.',
    '',
  );
  const flags = Object.values(catalog.redFlags);
  lines.push(
    ...table(
      ['red flag', 'name', 'may indicate', 'urgency', 'conditions', 'sources'],
      [...flags]
        .sort((a, b) => URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency))
        .map((f) => [
          `\`${f.id}\``,
          cell(f.name),
          cell(f.suggests),
          `**${f.urgency}**`,
          f.conditions === 'any' ? 'any' : f.conditions.map((c) => `\`${c}\``).join(', '),
          sourceRefs(catalog, f.sources),
        ]),
    ),
    '',
  );
  return lines;
}

function outcomeMeasuresSection(catalog: Catalog): string[] {
  return [
    '## Outcome measures',
    '',
    ...table(
      ['id', 'measure', 'range', 'meaningful change', 'better', 'source'],
      Object.values(catalog.outcomeMeasures).map((m) => [
        `\`${m.id}\``,
        cell(m.name),
        `${m.min}–${m.max}`,
        `${m.meaningfulChange.points} points${m.meaningfulChange.percent === undefined ? '' : ` or ${m.meaningfulChange.percent}%`}`,
        m.better,
        sourceRef(catalog, m.source),
      ]),
    ),
    '',
  ];
}

function rulesSection(catalog: Catalog): string[] {
  const lines: string[] = ['## Rules', ''];
  lines.push(
    `${catalog.rules.length} rules, evaluated family by family in this order. Every rule id appears in the \`because\` lists and the trace of the plans it shaped.`,
    '',
  );
  const families: string[] = [...RULE_FAMILIES];
  for (const rule of catalog.rules) if (!families.includes(rule.family)) families.push(rule.family);
  for (const family of families) {
    const rules = catalog.rules.filter((r: Rule) => r.family === family);
    if (rules.length === 0) continue;
    const title = (FAMILY_TITLES as Record<string, string>)[family] ?? family;
    lines.push(`### ${title}: ${family}, ${rules.length} ${rules.length === 1 ? 'rule' : 'rules'}`, '');
    // A rule written as data also shows its logic in plain words (describeRule).
    lines.push(
      ...table(
        ['rule', 'description', 'source'],
        rules.map((r) => [`\`${r.id}\``, cell(r.data === undefined ? r.description : `${r.description} Logic: ${describeRule(r, catalog)}`), sourceRef(catalog, r.source)]),
      ),
      '',
    );
  }
  return lines;
}

function sourcesSection(catalog: Catalog): string[] {
  const lines: string[] = ['## Sources', ''];
  lines.push(
    'Every source the catalogue cites. A rule resting on a practice-level source is a default a vendor can change, never a claim of evidence.',
    '',
  );
  const all = Object.values(catalog.sources);
  for (const grade of SourceGradeSchema.options) {
    const { mark, label, meaning } = GRADE_MARKS[grade];
    const graded = all.filter((s) => s.grade === grade);
    lines.push(`### ${mark} ${label} (${graded.length})`, '', `*${meaning}*`, '');
    lines.push(
      ...table(
        ['id', 'grade', 'citation', 'DOI / PMID', 'link'],
        graded.map((s) => [`**${s.id}**`, `${mark} ${label}`, cell(s.citation), identifiers(s), s.url ? link(s.url, 'link') : '—']),
      ),
      '',
    );
  }
  return lines;
}

/** Minute ranges with the same unit count under the 8-minute rule, from {@link billingUnits}. */
export function billingRows(from = 8, to = 97): { from: number; to: number; units: number }[] {
  const rows: { from: number; to: number; units: number }[] = [];
  for (let minutes = from; minutes <= to; minutes++) {
    const units = billingUnits(minutes);
    const last = rows.at(-1);
    if (last && last.units === units && last.to === minutes - 1) last.to = minutes;
    else rows.push({ from: minutes, to: minutes, units });
  }
  return rows;
}

function billingSection(catalog: Catalog): string[] {
  const byCode = (code: '97124' | '97140') =>
    Object.values(catalog.techniques)
      .filter((t) => t.cpt === code)
      .map((t) => `\`${t.id}\``)
      .join(', ');
  return [
    '## Billing: the 8-minute rule',
    '',
    'CPT 97124 (massage) and 97140 (manual therapy) are timed 15-minute codes. Units per session, computed by `billingUnits` for 8 to 97 minutes:',
    '',
    ...table(
      ['minutes', 'units'],
      billingRows().map((r) => [`${r.from}–${r.to}`, String(r.units)]),
    ),
    '',
    `- **97124** massage: ${byCode('97124') || '—'}`,
    `- **97140** manual therapy: ${byCode('97140') || '—'}`,
    '',
  ];
}

/**
 * The whole catalogue page as markdown, with a typedoc front matter title
 * and group (the therapists' section of the docs site).
 *
 * @param catalog - the catalogue to document (the docs use `defaultCatalog`)
 * @returns the markdown text
 */
export function renderCatalogue(catalog: Catalog): string {
  const grades = Object.values(GRADE_MARKS)
    .map((g) => `**${g.mark}** ${g.label}: ${g.meaning}`)
    .join('; ');
  return [
    '---',
    'title: Clinical catalogue',
    'group: For therapists',
    '---',
    '',
    '# Clinical catalogue',
    '',
    `Generated from \`defaultCatalog\` (\`${catalog.version}\`) when the documentation is built, so it always matches the data and rules the engine uses.`,
    '',
    `Source grades: ${grades}.`,
    '',
    ...conditionsSection(catalog),
    ...techniquesSection(catalog),
    ...regionsSection(catalog),
    ...contraindicationsSection(catalog),
    ...redFlagsSection(catalog),
    ...outcomeMeasuresSection(catalog),
    ...rulesSection(catalog),
    ...sourcesSection(catalog),
    ...billingSection(catalog),
  ].join('\n');
}
