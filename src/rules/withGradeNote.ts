import type { Source } from '../catalog/CatalogSchema.js';
import type { Rule } from './Rule.js';

const NOTES = {
  practice: { pattern: /practice/i, note: 'Practice-level source: a configurable default, not evidence.' },
  specification: {
    pattern: /specification|regulation/i,
    note: 'Source: a specification or regulation, not clinical evidence.',
  },
  unverified: { pattern: /unverified/i, note: 'Unverified source: needs a better one before it is relied on.' },
  client: { pattern: /client/i, note: 'Source: the client’s own intake.' },
} as const;

/**
 * Makes a rule's description state the grade of its source when that is
 * not evidence, so a weak source is never read as evidence, and a
 * specification or regulation (FHIR, FDA guidance, a CMS manual, ICD-10-CM) is
 * never read as clinical evidence. The grade comes from the catalogue's
 * sources, the single place it is recorded.
 *
 * @param rule - the rule
 * @param sources - the catalogue's sources, by id
 * @returns the rule, its description ending with the grade note when needed
 * @example
 * const rule = withGradeNote(
 *   { id: 'x', family: 'precaution', description: 'Avoid percussion.', source: 'WERNER-PATHOLOGY', when: () => true, then: () => [] },
 *   defaultCatalog.sources,
 * );
 * rule.description; // 'Avoid percussion. Practice-level source: a configurable default, not evidence.'
 * const billing = withGradeNote(
 *   { id: 'y', family: 'dose', description: 'Bill timed units.', source: 'CMS-100-04', when: () => true, then: () => [] },
 *   defaultCatalog.sources,
 * );
 * billing.description; // 'Bill timed units. Source: a specification or regulation, not clinical evidence.'
 */
export function withGradeNote(rule: Rule, sources: Readonly<Record<string, Source>>): Rule {
  const grade = sources[rule.source]?.grade;
  if (grade === undefined || grade === 'evidence') return rule;
  const { pattern, note } = NOTES[grade];
  return pattern.test(rule.description) ? rule : { ...rule, description: `${rule.description} ${note}` };
}
