import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { buildPlan } from '../../src/engine/buildPlan.js';
import type { FiredEffect } from '../../src/engine/evaluateRules.js';
import type { TraceEntry } from '../../src/engine/RecommendationSchema.js';
import type { IntakeInput } from '../../src/intake/IntakeSchema.js';
import type { Effect } from '../../src/rules/Effect.js';
import type { Rule } from '../../src/rules/Rule.js';
import { ctxWith } from '../rules/ruleHarness.js';

// buildPlan folds effects into one plan. These tests hand it effects from
// stand-in rules (ids A, B, …) so that each fold is checked on its own.

const rule = (id: string): Rule => ({ id, family: 'precaution', description: id, source: 'WERNER-PATHOLOGY', when: () => true, then: () => [] });
const fired = (...pairs: [string, Effect][]): FiredEffect[] => pairs.map(([id, effect]) => ({ rule: rule(id), effect }));
const m = 'm';
const build = (effects: FiredEffect[], overrides: Partial<IntakeInput> = {}, trace: TraceEntry[] = []) =>
  buildPlan(ctxWith(overrides), effects, trace);

const target = (region: 'knee' | 'neck' | 'thigh', side?: 'left' | 'right' | 'both', muscles: string[] = []): Effect => ({
  kind: 'addTarget',
  region,
  ...(side === undefined ? {} : { side }),
  muscles,
  message: m,
});

describe('buildPlan: avoid entries', () => {
  it('merges identical exclusions and lists each rule once', () => {
    const avoid: Effect = { kind: 'avoid', technique: 'percussion', message: m };
    const plan = build(fired(['A', avoid], ['B', avoid], ['A', avoid]));
    expect(plan.avoid).toStrictEqual([{ technique: 'percussion', because: ['A', 'B'], reasons: [m] }]);
  });

  it('keeps exclusions apart that differ in region, side, technique or position, with no empty fields', () => {
    const full = { kind: 'avoid', region: 'knee', side: 'left', technique: 'deep-tissue', position: 'prone', until: '2026-12-20', message: m } as const;
    const plan = build(
      fired(
        ['A', full],
        ['B', { ...full, region: 'thigh' }],
        ['C', { ...full, side: 'right' }],
        ['D', { ...full, technique: 'percussion' }],
        ['E', { ...full, position: 'supine' }],
        ['G', { kind: 'avoid', region: 'knee', message: m }],
      ),
    );
    expect(plan.avoid).toHaveLength(6);
    expect(plan.avoid[0]).toStrictEqual({ region: 'knee', side: 'left', technique: 'deep-tissue', position: 'prone', until: '2026-12-20', because: ['A'], reasons: [m] });
    expect(plan.avoid[5]).toStrictEqual({ region: 'knee', because: ['G'], reasons: [m] });
  });

  it('one row per exclusion: the windows of its rules merge into the widest (open-ended wins)', () => {
    const scar = { kind: 'avoid', technique: 'scar-mobilization', message: 'timed' } as const;
    const timedThenOpen = build(fired(['A', { ...scar, until: '2026-12-20' }], ['B', { ...scar, message: 'open' }], ['C', { ...scar, until: '2026-12-30' }]));
    expect(timedThenOpen.avoid).toStrictEqual([{ technique: 'scar-mobilization', because: ['A', 'B', 'C'], reasons: ['timed', 'open'] }]);
    const later = build(fired(['A', { ...scar, until: '2026-12-20' }], ['B', { ...scar, until: '2026-12-30' }], ['C', { ...scar, until: '2026-12-25' }]));
    expect(later.avoid).toStrictEqual([{ technique: 'scar-mobilization', until: '2026-12-30', because: ['A', 'B', 'C'], reasons: ['timed'] }]);
    const prone = { kind: 'avoid', position: 'prone', message: m } as const;
    const earlier = build(fired(['A', { ...prone, from: '2027-01-10' }], ['B', { ...prone, from: '2027-01-03' }]));
    expect(earlier.avoid).toStrictEqual([{ position: 'prone', from: '2027-01-03', because: ['A', 'B'], reasons: [m] }]);
    const always = build(fired(['A', { ...prone, from: '2027-01-10' }], ['B', prone]));
    expect(always.avoid).toStrictEqual([{ position: 'prone', because: ['A', 'B'], reasons: [m] }]);
  });

  it('tells an exclusion without a side from one on a side', () => {
    const plan = build(fired(['A', { kind: 'avoid', region: 'knee', message: m }], ['B', { kind: 'avoid', region: 'knee', side: 'left', message: m }]));
    expect(plan.avoid.map((a) => a.because)).toStrictEqual([['A'], ['B']]);
  });
});

describe('buildPlan: targets and region exclusions', () => {
  it('merges targets of one region and side, muscles and rules once each', () => {
    const plan = build(fired(['A', target('knee', 'left', ['a', 'b'])], ['B', target('knee', 'left', ['b', 'c'])], ['C', target('knee', 'right', ['a'])], ['D', target('neck')]));
    expect(plan.targets).toStrictEqual([
      { region: 'knee', side: 'left', muscles: ['a', 'b', 'c'], because: ['A', 'B'] },
      { region: 'knee', side: 'right', muscles: ['a'], because: ['C'] },
      { region: 'neck', muscles: [], because: ['D'] },
    ]);
  });

  it('narrows a target on both sides to the side that is not excluded, citing both rules', () => {
    const plan = build(fired(['A', target('knee', 'both', ['x'])], ['B', { kind: 'avoid', region: 'knee', side: 'left', message: m }]));
    expect(plan.targets).toStrictEqual([{ region: 'knee', side: 'right', muscles: ['x'], because: ['A', 'B'] }]);
    const right = build(fired(['A', target('knee', 'both')], ['B', { kind: 'avoid', region: 'knee', side: 'right', message: m }]));
    expect(right.targets).toStrictEqual([{ region: 'knee', side: 'left', muscles: [], because: ['A', 'B'] }]);
  });

  it('removes a target when both sides, or the whole region, are excluded', () => {
    const both = build(
      fired(['A', target('knee', 'both')], ['B', { kind: 'avoid', region: 'knee', side: 'left', message: m }], ['C', { kind: 'avoid', region: 'knee', side: 'right', message: m }]),
    );
    expect(both.targets).toStrictEqual([]);
    expect(build(fired(['A', target('knee', 'both')], ['B', { kind: 'avoid', region: 'knee', message: m }])).targets).toStrictEqual([]);
    expect(build(fired(['A', target('knee', 'both')], ['B', { kind: 'avoid', region: 'knee', side: 'both', message: m }])).targets).toStrictEqual([]);
    expect(build(fired(['A', target('knee')], ['B', { kind: 'avoid', region: 'knee', side: 'left', message: m }])).targets).toStrictEqual([]);
    expect(build(fired(['A', target('knee', 'left')], ['B', { kind: 'avoid', region: 'knee', side: 'left', message: m }])).targets).toStrictEqual([]);
  });

  it('keeps a target on the other side, in another region, or under a technique or position exclusion', () => {
    const kept = build(
      fired(
        ['A', target('knee', 'left')],
        ['B', { kind: 'avoid', region: 'knee', side: 'right', message: m }],
        ['C', { kind: 'avoid', region: 'thigh', message: m }],
        ['D', target('neck')],
        ['E', { kind: 'avoid', region: 'neck', technique: 'deep-tissue', message: m }],
        ['F', { kind: 'avoid', region: 'neck', position: 'prone', message: m }],
      ),
    );
    expect(kept.targets.map((t) => [t.region, t.side])).toStrictEqual([
      ['knee', 'left'],
      ['neck', undefined],
    ]);
  });
});

describe('buildPlan: techniques', () => {
  it('keeps each technique on the targeted regions only, and drops it when none is left', () => {
    const plan = build(
      fired(
        ['T', target('neck')],
        ['A', { kind: 'addTechnique', technique: 'swedish', regions: ['neck', 'knee'], message: m }],
        ['B', { kind: 'addTechnique', technique: 'swedish', regions: ['neck'], message: m }],
        ['C', { kind: 'addTechnique', technique: 'percussion', regions: ['knee'], message: m }],
      ),
    );
    expect(plan.techniques).toStrictEqual([{ technique: 'swedish', regions: ['neck'], because: ['A', 'B'] }]);
  });

  it('an exclusion of a technique everywhere removes it; one on a region removes that region only', () => {
    const plan = build(
      fired(
        ['T', target('neck')],
        ['U', target('knee')],
        ['A', { kind: 'addTechnique', technique: 'swedish', regions: ['neck', 'knee'], message: m }],
        ['B', { kind: 'addTechnique', technique: 'deep-tissue', regions: ['neck', 'knee'], message: m }],
        ['C', { kind: 'avoid', technique: 'swedish', message: m }],
        ['D', { kind: 'avoid', technique: 'deep-tissue', region: 'knee', message: m }],
        ['E', { kind: 'avoid', technique: 'percussion', region: 'neck', message: m }],
      ),
    );
    expect(plan.techniques).toStrictEqual([{ technique: 'deep-tissue', regions: ['neck'], because: ['B'] }]);
  });
});

describe('buildPlan: pressure, positions, minutes', () => {
  const neckSwedish = fired(['T', target('neck')], ['S', { kind: 'addTechnique', technique: 'swedish', regions: ['neck'], message: m }]);

  it('pressure: no deeper than the techniques reach, the usual ranges and every cap', () => {
    // Swedish reaches 3; the usual range allows 4
    const plan = build([...neckSwedish, ...fired(['U', { kind: 'startPressure', start: 2, max: 4, message: m }])]);
    expect(plan.pressure).toStrictEqual({ start: 2, max: 3, because: ['U'] });
    const capped = build([
      ...neckSwedish,
      ...fired(
        ['U', { kind: 'startPressure', start: 3, max: 4, message: m }],
        ['V', { kind: 'startPressure', start: 2, max: 5, message: m }],
        ['C', { kind: 'capPressure', max: 2, message: m }],
        ['U', { kind: 'startPressure', start: 3, max: 4, message: m }],
      ),
    ]);
    expect(capped.pressure).toStrictEqual({ start: 2, max: 2, because: ['U', 'V', 'C'] });
    // deep tissue reaches 5: the usual range decides
    const deep = build(fired(['T', target('neck')], ['D', { kind: 'addTechnique', technique: 'deep-tissue', regions: ['neck'], message: m }], ['U', { kind: 'startPressure', start: 3, max: 4, message: m }]));
    expect(deep.pressure).toStrictEqual({ start: 3, max: 4, because: ['U'] });
  });

  it('pressure: light contact (1) when no technique is left', () => {
    const plan = build(fired(['U', { kind: 'startPressure', start: 2, max: 4, message: m }]));
    expect(plan.pressure).toStrictEqual({ start: 1, max: 1, because: ['U'] });
  });

  it('positions: every position but the excluded ones, within every allowed list', () => {
    expect(build([]).positions).toStrictEqual(['prone', 'supine', 'side-lying', 'seated']);
    const plan = build(
      fired(
        ['A', { kind: 'avoid', position: 'prone', message: m }],
        ['B', { kind: 'allowPositions', positions: ['side-lying', 'seated', 'supine'], message: m }],
        ['C', { kind: 'allowPositions', positions: ['side-lying', 'prone', 'seated'], message: m }],
      ),
    );
    expect(plan.positions).toStrictEqual(['side-lying', 'seated']);
  });

  it('minutes: the longest dose, within the catalogue’s bounds and every cap; billing by the 8-minute rule', () => {
    const longest = build(fired(['A', { kind: 'setMinutes', minutes: 45, message: m }], ['B', { kind: 'setMinutes', minutes: 60, message: m }]));
    expect(longest.sessionMinutes).toBe(60);
    expect(longest.billing.unitsPerSession).toBe(4);
    const capped = build(fired(['A', { kind: 'setMinutes', minutes: 60, message: m }], ['C', { kind: 'capMinutes', max: 50, message: m }], ['D', { kind: 'capMinutes', max: 55, message: m }]));
    expect(capped.sessionMinutes).toBe(50);
    expect(build(fired(['A', { kind: 'setMinutes', minutes: 500, message: m }])).sessionMinutes).toBe(defaultCatalog.sessionMinutes.max);
    expect(build([]).sessionMinutes).toBe(defaultCatalog.sessionMinutes.min);
  });
});

describe('buildPlan: goals, clearances, precautions, complementary care, billing, evidence', () => {
  it('one goal per measure, citing every rule; no baseline field when there is none', () => {
    const plan = build(
      fired(
        ['A', { kind: 'addGoal', measure: 'pain-nrs', baseline: 6, target: 4, message: m }],
        ['B', { kind: 'addGoal', measure: 'pain-nrs', baseline: 6, target: 4, message: m }],
        ['C', { kind: 'addGoal', measure: 'ndi', target: 10, message: m }],
      ),
    );
    // No phase: due 4 weeks from the start (assessedOn 2026-12-01).
    expect(plan.goals).toStrictEqual([
      {
        measure: 'pain-nrs',
        baseline: 6,
        target: 4,
        targetChange: 2,
        by: '2026-12-29',
        description: 'Pain numeric rating scale (NRS, 0–10) from 6 to 4 (or lower).',
        because: ['A', 'B'],
      },
      {
        measure: 'ndi',
        target: 10,
        targetChange: 5,
        by: '2026-12-29',
        description: 'a fall of at least 5 points on the Neck Disability Index (NDI, 0–50) from the baseline recorded at the first visit.',
        because: ['C'],
      },
    ]);
  });

  it('clearances still needed: those required and not already obtained', () => {
    const effects = fired(
      ['A', { kind: 'requireClearance', clearance: 'physician', message: m }],
      ['B', { kind: 'requireClearance', clearance: 'oncologist', message: m }],
      ['C', { kind: 'requireClearance', clearance: 'physician', message: m }],
    );
    expect(build(effects).clearances).toStrictEqual(['physician', 'oncologist']);
    expect(build(effects, { clearances: ['physician'] }).clearances).toStrictEqual(['oncologist']);
  });

  it('one precaution per id, citing every rule; complementary care once each', () => {
    const plan = build(
      fired(
        ['A', { kind: 'addPrecaution', id: 'p', message: 'first words' }],
        ['B', { kind: 'addPrecaution', id: 'p', message: 'other words' }],
        ['C', { kind: 'addComplementary', care: 'exercise', message: m }],
        ['D', { kind: 'addComplementary', care: 'exercise', message: m }],
        ['E', { kind: 'addComplementary', care: 'education', message: m }],
      ),
    );
    expect(plan.precautions.filter((p) => p.id === 'p')).toStrictEqual([{ id: 'p', message: 'first words', because: ['A', 'B'] }]);
    expect(plan.complementary).toStrictEqual(['exercise', 'education']);
  });

  it('referrals and deferrals are not plan content', () => {
    const plan = build(fired(['A', { kind: 'refer', urgency: 'urgent', message: m }], ['B', { kind: 'defer', until: 'resolved', message: m }]));
    expect(plan.avoid).toStrictEqual([]);
    expect(plan.precautions).toStrictEqual([]);
  });

  it('bills under the code most techniques use; 97124 when there is no technique', () => {
    expect(build([]).billing.code).toBe('97124');
    const add = (id: string, technique: 'swedish' | 'deep-tissue' | 'trigger-point' | 'percussion'): [string, Effect] => [id, { kind: 'addTechnique', technique, regions: ['neck'], message: m }];
    expect(build(fired(['T', target('neck')], add('A', 'swedish'), add('B', 'deep-tissue'), add('C', 'trigger-point'))).billing.code).toBe('97140');
    expect(build(fired(['T', target('neck')], add('A', 'swedish'), add('B', 'percussion'), add('C', 'trigger-point'))).billing.code).toBe('97124');
    expect(build(fired(['T', target('neck')], add('A', 'deep-tissue'), add('B', 'swedish'))).billing.code).toBe('97140');
  });

  it('evidence: one note per condition (repeats once), with the catalogue’s sources', () => {
    const plan = build([], { conditions: [{ condition: 'neck-pain', severity: 'mild' }, { condition: 'migraine', severity: 'mild' }, { condition: 'neck-pain', severity: 'severe' }] });
    expect(plan.evidence.map((e) => e.condition)).toStrictEqual(['neck-pain', 'migraine']);
    const { verdict, summary, sources } = defaultCatalog.conditions['neck-pain'].evidence;
    expect(plan.evidence[0]).toStrictEqual({ condition: 'neck-pain', verdict, summary, sources: [...sources] });
    expect(plan.sources.map((s) => s.id)).toEqual(expect.arrayContaining([...sources]));
  });
});

describe('buildPlan: phases and their trace', () => {
  it('the intensive phase cites the dose rules; the step-down phases also cite the taper defaults', () => {
    const plan = build(
      fired(
        ['D1', { kind: 'setPhases', phases: [{ phase: 'intensive', sessionsPerWeek: 2, weeks: 4 }, { phase: 'transition', sessionsPerWeek: 1, weeks: 4 }, { phase: 'maintenance', sessionsPerWeek: 0.5, weeks: 8 }], message: m }],
        ['D2', { kind: 'setPhases', phases: [{ phase: 'intensive', sessionsPerWeek: 1, weeks: 6 }], message: m }],
      ),
      {},
      [{ rule: 'X', effect: 'x', detail: 'x', source: 'WERNER-PATHOLOGY' }],
    );
    expect(plan.phases).toStrictEqual([
      { phase: 'intensive', sessionsPerWeek: 2, weeks: 6, because: ['D1', 'D2'] },
      { phase: 'transition', sessionsPerWeek: 1, weeks: 4, because: ['D1', 'D2', 'dose/taper-transition'] },
      { phase: 'maintenance', sessionsPerWeek: 0.5, everyWeeks: 2, weeks: 8, because: ['D1', 'D2', 'dose/taper-maintenance'] },
    ]);
    const trace = plan.trace.map((t) => `${t.rule}:${t.effect}`);
    expect(trace.slice(0, 3)).toStrictEqual(['X:x', 'dose/taper-transition:setPhases', 'dose/taper-maintenance:setPhases']);
    expect(plan.trace[1]?.detail).toMatch(/^Transition: /);
    expect(plan.trace[2]?.detail).toMatch(/^Maintenance: /);
    expect(plan.trace.slice(3, -2).every((t) => t.effect === 'schedule')).toBe(true);
    expect(plan.trace.slice(-2).map((t) => `${t.rule}:${t.source}`)).toStrictEqual(['billing/per-code:CMS-100-04', 'plan/medical-necessity:CMS-100-02']);
  });

  it('schedule shortfalls become precautions citing the schedule rule', () => {
    const plan = build(fired(['D', { kind: 'setPhases', phases: [{ phase: 'intensive', sessionsPerWeek: 2, weeks: 4 }], message: m }]), { availability: { maxSessions: 2 } });
    expect(plan.sessions).toHaveLength(2);
    expect(plan.precautions.find((p) => p.id === 'schedule-shortfall-max-sessions')?.because).toStrictEqual(['schedule/authorization']);
  });
});
