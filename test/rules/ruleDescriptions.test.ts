import { describe, expect, it } from 'vitest';
import { defaultCatalog, reassessmentRules } from '../../src/index.js';

// The clinical reference's rule: a rule resting on a practice-level source
// says so in its description; a weak source is never presented as evidence.
const WORDING = { practice: /practice/i, specification: /specification|regulation/i, unverified: /unverified/i, client: /client/i } as const;

describe('rule descriptions', () => {
  const rules = [...defaultCatalog.rules, ...reassessmentRules];

  it.each(rules.map((r) => [r.id, r] as const))('%s cites a known source and states its grade when it is not evidence', (_id, rule) => {
    const source = defaultCatalog.sources[rule.source];
    expect(source, rule.source).toBeDefined();
    if (source === undefined || source.grade === 'evidence') return;
    expect(rule.description).toMatch(WORDING[source.grade]);
  });

  it('has unique rule ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
