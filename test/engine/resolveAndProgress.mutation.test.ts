import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { citedSources } from '../../src/engine/citedSources.js';
import type { FiredEffect } from '../../src/engine/evaluateRules.js';
import { measureProgress } from '../../src/engine/measureProgress.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { NO_POSITION_RULE, resolveRecommendation } from '../../src/engine/resolveRecommendation.js';
import { ReassessmentSchema } from '../../src/intake/ReassessmentSchema.js';
import type { Effect } from '../../src/rules/Effect.js';
import type { Rule } from '../../src/rules/Rule.js';
import { BASE, ctxWith, intakeWith } from '../rules/ruleHarness.js';

const rule = (id: string, source = 'WERNER-PATHOLOGY'): Rule => ({ id, family: 'precaution', description: id, source, when: () => true, then: () => [] });
const fired = (...pairs: [string, Effect][]): FiredEffect[] => pairs.map(([id, effect]) => ({ rule: rule(id), effect }));

describe('resolveRecommendation', () => {
  it('a clearance lifts exactly the effects it clears, and the trace says so', () => {
    const effects = fired(
      ['A', { kind: 'defer', until: 'clearance', message: 'Needs a physician.', clearedBy: 'physician' }],
      ['B', { kind: 'capPressure', max: 2, message: 'Light.', clearedBy: 'oncologist' }],
      ['C', { kind: 'capPressure', max: 3, message: 'Cap.' }],
      ['T', { kind: 'addTarget', region: 'neck', muscles: [], message: 'Target.' }],
      ['S', { kind: 'addTechnique', technique: 'swedish', regions: ['neck'], message: 'Technique.' }],
    );
    const rec = resolveRecommendation(ctxWith({ clearances: ['physician'] }), effects);
    expect(rec.kind).toBe('plan');
    if (rec.kind !== 'plan') return;
    expect(rec.plan.trace.slice(0, 3)).toStrictEqual([
      { rule: 'A', effect: 'defer (lifted)', detail: 'Needs a physician. Lifted: physician clearance obtained.', source: 'WERNER-PATHOLOGY' },
      { rule: 'B', effect: 'capPressure', detail: 'Light.', source: 'WERNER-PATHOLOGY' },
      { rule: 'C', effect: 'capPressure', detail: 'Cap.', source: 'WERNER-PATHOLOGY' },
    ]);
    expect(rec.plan.pressure.because).toStrictEqual(['B', 'C']);
    // without the clearance, the deferral stands
    expect(resolveRecommendation(ctxWith(), effects)).toMatchObject({ kind: 'defer', until: 'clearance', clearances: ['physician'] });
  });

  it('a deferral waits until resolved when any reason is not lifted by a clearance', () => {
    const rec = resolveRecommendation(
      ctxWith(),
      fired(
        ['A', { kind: 'defer', until: 'clearance', message: 'a', clearedBy: 'obstetrician' }],
        ['B', { kind: 'defer', until: 'resolved', message: 'b' }],
        ['C', { kind: 'defer', until: 'clearance', message: 'c', clearedBy: 'obstetrician' }],
      ),
    );
    expect(rec).toStrictEqual({
      kind: 'defer',
      until: 'resolved',
      clearances: ['obstetrician'],
      reasons: [
        { rule: 'A', message: 'a', source: 'WERNER-PATHOLOGY' },
        { rule: 'B', message: 'b', source: 'WERNER-PATHOLOGY' },
        { rule: 'C', message: 'c', source: 'WERNER-PATHOLOGY' },
      ],
      trace: [
        { rule: 'A', effect: 'defer', detail: 'a', source: 'WERNER-PATHOLOGY' },
        { rule: 'B', effect: 'defer', detail: 'b', source: 'WERNER-PATHOLOGY' },
        { rule: 'C', effect: 'defer', detail: 'c', source: 'WERNER-PATHOLOGY' },
      ],
    });
  });

  it('the most urgent referral wins over every deferral', () => {
    const rec = resolveRecommendation(
      ctxWith(),
      fired(
        ['A', { kind: 'refer', urgency: 'routine', message: 'a' }],
        ['B', { kind: 'defer', until: 'resolved', message: 'b' }],
        ['C', { kind: 'refer', urgency: 'urgent', message: 'c' }],
      ),
    );
    expect(rec).toMatchObject({ kind: 'refer', urgency: 'urgent', reasons: [{ rule: 'A' }, { rule: 'C' }] });
  });

  it('defers, citing the client, when no table position is left', () => {
    const input = { ...BASE, history: [{ flag: 'osteoporosis' }], preferences: { avoidPositions: ['side-lying', 'supine', 'seated'] } };
    const rec = recommendPlan(input);
    const message = 'No table position is both safe for this client and acceptable to them: agree on a position before booking.';
    expect(rec).toMatchObject({ kind: 'defer', until: 'resolved', clearances: [], reasons: [{ rule: NO_POSITION_RULE, message, source: 'CLIENT' }] });
    if (rec.kind !== 'defer') return;
    expect(rec.clearances).toStrictEqual([]);
    expect(rec.trace.at(-1)).toStrictEqual({ rule: 'preference/no-position-left', effect: 'defer', detail: message, source: 'CLIENT' });
  });
});

describe('citedSources', () => {
  it('lists each cited source once, in first-cited order, with its grade, and a url, DOI and PMID only when it has them', () => {
    const all = Object.values(defaultCatalog.sources);
    const withAll = all.find((s) => s.url !== undefined && s.doi !== undefined && s.pmid !== undefined);
    const withoutAny = all.find((s) => s.url === undefined && s.doi === undefined && s.pmid === undefined);
    if (withAll === undefined || withoutAny === undefined) throw new Error('the catalogue has sources with and without identifiers');
    const trace = [withoutAny.id, withAll.id, withoutAny.id, 'NOT-A-SOURCE'].map((source) => ({ rule: 'r', effect: 'e', detail: 'd', source }));
    expect(citedSources(defaultCatalog, trace, [{ condition: 'neck-pain', verdict: 'supports', summary: '', sources: [withAll.id] }])).toStrictEqual([
      { id: withoutAny.id, citation: withoutAny.citation, grade: withoutAny.grade },
      { id: withAll.id, citation: withAll.citation, url: withAll.url, doi: withAll.doi, pmid: withAll.pmid, grade: withAll.grade },
    ]);
  });
});

describe('measureProgress', () => {
  const reassess = (value: Record<string, unknown>) => ReassessmentSchema.parse({ assessedOn: '2026-12-29', sessionsCompleted: 4, ...value });
  const twoPains = intakeWith({
    conditions: [
      { condition: 'neck-pain', severity: 'mild', painScore: 3 },
      { condition: 'migraine', severity: 'mild', painScore: 7 },
    ],
    scores: [{ measure: 'psfs', value: 4 }],
  });

  it('the baseline is the worst pain at intake; a change of exactly the meaningful amount counts', () => {
    expect(measureProgress(defaultCatalog, twoPains, reassess({ painScore: 5 }))).toStrictEqual([
      { measure: 'pain-nrs', baseline: 7, current: 5, change: 2, meaningful: 2, verdict: 'better' },
    ]);
    expect(measureProgress(defaultCatalog, twoPains, reassess({ painScore: 9 }))[0]?.verdict).toBe('worse');
    expect(measureProgress(defaultCatalog, twoPains, reassess({ painScore: 6 }))[0]?.verdict).toBe('same');
  });

  it('higher is better on the PSFS; measures without a baseline are left out', () => {
    expect(measureProgress(defaultCatalog, twoPains, reassess({ scores: [{ measure: 'psfs', value: 6 }, { measure: 'ndi', value: 10 }] }))).toStrictEqual([
      { measure: 'psfs', baseline: 4, current: 6, change: 2, meaningful: 2, verdict: 'better' },
    ]);
    expect(measureProgress(defaultCatalog, twoPains, reassess({ scores: [{ measure: 'psfs', value: 2 }] }))[0]).toMatchObject({ change: -2, verdict: 'worse' });
    expect(measureProgress(defaultCatalog, intakeWith(), reassess({ painScore: 2 }))).toStrictEqual([]);
  });
});
