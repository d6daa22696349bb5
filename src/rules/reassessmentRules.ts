/** What the progress since the plan began shows, as the reassessment rules see it. */
export interface ProgressFacts {
  /** At least one outcome was measured both at baseline and now. */
  measured: boolean;
  /** Some measure improved by at least its meaningful change. */
  improved: boolean;
  /** Some measure got worse by at least its meaningful change. */
  worse: boolean;
  /**
   * The measures show recovery: pain NRS measured now at its recovery cut-off
   * (0, Kamper 2010), every measure measured now that has a cut-off at it, and
   * every goal with a baseline measured now and at its target.
   */
  recovered: boolean;
  /** Every goal of the plan measured now and at its target. */
  goalsMet: boolean;
  sessionsCompleted: number;
}

/** What a reassessment decides about the plan. */
export type ReassessmentDecision =
  | { kind: 'step-down' }
  | { kind: 'hold'; precaution?: { id: string; message: string } }
  | { kind: 'refer'; message: string }
  | { kind: 'discharge'; message: string };

/** A reassessment rule: like an intake rule, but over progress facts. The first that applies decides. */
export interface ReassessmentRule {
  id: string;
  description: string;
  source: string;
  /** Whether the rule applies to this progress. */
  when: (facts: ProgressFacts) => boolean;
  decision: ReassessmentDecision;
}

/** Sessions without meaningful change after which the plan is re-evaluated (payers expect results in 6–10 visits). */
export const RE_EVALUATE_AFTER = 6;
/** Sessions without meaningful change after which the client is referred. */
export const REFER_AFTER = 10;

/**
 * The step-down rules, in the order they are tried (the first that applies
 * decides): worse → refer; recovered or every goal met → discharge;
 * improved → step down; no change after 10
 * sessions → refer; after 6 → hold and re-evaluate; nothing measured →
 * hold and measure; otherwise hold.
 */
export const reassessmentRules: readonly ReassessmentRule[] = /* @__PURE__ */ (() => [
  {
    id: 'reassess/worse',
    description: 'Worse by a meaningful change on any measure: refer for medical review. Practice-level source.',
    source: 'S53',
    when: (f) => f.worse,
    decision: { kind: 'refer', message: 'Symptoms are meaningfully worse since the plan began: refer for medical review.' },
  },
  {
    id: 'reassess/recovered',
    description:
      'The measures show recovery: pain NRS 0 (the cut-off at which people with back pain rate themselves recovered, Kamper 2010), every measure with a recovery cut-off at it (RMDQ 2 or less) and every tracked measure at its target: discharge.',
    source: 'S41',
    when: (f) => f.recovered,
    decision: {
      kind: 'discharge',
      message: 'Recovered: pain is at the recovery cut-off and every tracked measure is at its target. Discharge, with the home care to keep up; the client can return if symptoms come back.',
    },
  },
  {
    id: 'reassess/goals-met',
    description: 'Every goal of the plan of care met at the reassessment: discharge (plan of care with measurable goals, Medicare Benefit Policy Manual ch. 15 §220, a regulation rather than clinical evidence).',
    source: 'CMS-100-02',
    when: (f) => f.goalsMet,
    decision: {
      kind: 'discharge',
      message: 'Every goal of the plan is met. Discharge, with the home care to keep up; the client can return if symptoms come back.',
    },
  },
  {
    id: 'reassess/improved',
    description: 'Meaningful improvement (e.g. pain NRS 2 points or 30%): step down to the next, less frequent phase. Practice-level source.',
    source: 'S53',
    when: (f) => f.improved,
    decision: { kind: 'step-down' },
  },
  {
    id: 'reassess/no-change-refer',
    description: `No meaningful change after ${REFER_AFTER} sessions: refer (routine) rather than continue. Practice-level source.`,
    source: 'S53',
    when: (f) => f.measured && f.sessionsCompleted >= REFER_AFTER,
    decision: {
      kind: 'refer',
      message: `No meaningful change after ${REFER_AFTER} or more sessions: refer for review of the diagnosis and plan.`,
    },
  },
  {
    id: 'reassess/no-change-re-evaluate',
    description: `No meaningful change after ${RE_EVALUATE_AFTER} sessions: keep the phase and re-evaluate the approach. Practice-level source.`,
    source: 'S53',
    when: (f) => f.measured && f.sessionsCompleted >= RE_EVALUATE_AFTER,
    decision: {
      kind: 'hold',
      precaution: {
        id: 're-evaluate',
        message: `No meaningful change after ${RE_EVALUATE_AFTER} or more sessions: re-evaluate the approach; refer if there is still none by session ${REFER_AFTER}.`,
      },
    },
  },
  {
    id: 'reassess/not-measured',
    description: 'No outcome measured against a baseline: keep the phase and measure progress at the next visit (Medicare plan-of-care rules, a regulation rather than clinical evidence).',
    source: 'CMS-100-02',
    when: (f) => !f.measured,
    decision: {
      kind: 'hold',
      precaution: { id: 'measure-progress', message: 'No outcome was measured against its baseline: record pain and the condition measures at the next visit.' },
    },
  },
  {
    id: 'reassess/continue',
    description: 'Not yet a meaningful change, and fewer sessions than a payer expects results in: keep the current phase. Practice-level source.',
    source: 'S53',
    when: () => true,
    decision: { kind: 'hold' },
  },
])();
