import { daysBetween } from '../calendar/calendarDate.js';
import { match } from 'ts-pattern';
import type { Catalog } from '../catalog/Catalog.js';
import { compiledCatalogOption } from '../catalog/catalogOption.js';
import type { CatalogIds, DefaultIds } from '../intake/CatalogIds.js';
import { IntakeError, type IntakeIssue } from '../intake/IntakeError.js';
import type { Intake } from '../intake/IntakeSchema.js';
import { safeParseWith } from '../intake/parseWith.js';
import type { Reassessment } from '../intake/ReassessmentSchema.js';
import type { OutcomeMeasureId } from '../intake/vocabulary.js';
import { reassessmentRules, type ReassessmentRule } from '../rules/reassessmentRules.js';
import type { PhaseProposal } from '../rules/Effect.js';
import { TAPER_DEFAULTS } from '../schedule/proposeTaper.js';
import { goalsDueBy } from './buildPlan.js';
import { citedSources } from './citedSources.js';
import { medicalNecessity } from './medicalNecessity.js';
import { measureProgress } from './measureProgress.js';
import type { RecommendOptions } from './recommendPlan.js';
import { recommendFromIntake } from './recommendPlan.js';
import type { Phase, Recommendation, TraceEntry, TreatmentPlan } from './RecommendationSchema.js';

const isScheduleRule = (id: string): boolean => id.startsWith('schedule/');

function parseOrThrow<T>(result: { success: true; data: T } | { success: false; error: IntakeError }, prefix: (string | number)[]): T {
  if (result.success) return result.data;
  if (prefix.length === 0) throw result.error;
  const at = prefix.join('.');
  throw new IntakeError(
    result.error.issues.map((issue) => ({
      ...issue,
      path: [...prefix, ...issue.path],
      message: issue.path.length === 0 ? issue.message.replace(/^input/, at) : `${at}.${issue.message}`,
    })),
  );
}

// The intake as of the reassessment: new flags and red flags join the old
// ones, the calendar restarts at the reassessment, and the authorization is
// what is left after the sessions already given.
function reassessedIntake(base: Intake, r: Reassessment): { intake: Intake; remaining: number | undefined; expired: boolean } {
  const availability = base.availability ?? {};
  const start = availability.startDate !== undefined && availability.startDate > r.assessedOn ? availability.startDate : r.assessedOn;
  const remaining = availability.maxSessions === undefined ? undefined : availability.maxSessions - r.sessionsCompleted;
  const expired = availability.authorizedUntil !== undefined && availability.authorizedUntil < start;
  const { maxSessions: _max, authorizedUntil: _until, ...rest } = availability;
  const redFlags = [...new Set([...(base.redFlags ?? []), ...(r.redFlags ?? [])])];
  // A pregnancy advances: its weeks are counted again at the reassessment.
  const elapsedWeeks = Math.floor(daysBetween(r.assessedOn, base.assessedOn) / 7);
  const advanced = (base.history ?? []).map((entry) =>
    entry.flag === 'pregnancy' && entry.weeks !== undefined ? { ...entry, weeks: Math.min(60, entry.weeks + elapsedWeeks) } : entry,
  );
  const history = [...advanced, ...(r.history ?? [])];
  const intake: Intake = {
    ...base,
    assessedOn: r.assessedOn,
    ...(history.length > 0 ? { history } : {}),
    ...(redFlags.length > 0 ? { redFlags } : {}),
    availability: {
      ...rest,
      startDate: start,
      ...(remaining !== undefined && remaining > 0 ? { maxSessions: remaining } : {}),
      ...(availability.authorizedUntil !== undefined && !expired ? { authorizedUntil: availability.authorizedUntil } : {}),
    },
  };
  return { intake, remaining, expired };
}

// The measures a plan tracks: its goals' measures, the baselines its intake
// recorded, and pain (always asked, as `painScore`).
function trackedMeasures(plan: TreatmentPlan, base: Intake): Set<OutcomeMeasureId> {
  const goals = Array.isArray(plan.goals) ? plan.goals : [];
  return new Set<OutcomeMeasureId>(['pain-nrs', ...goals.map((g) => g.measure), ...(base.scores ?? []).map((s) => s.measure)]);
}

// A reassessment that does not fit the plan: scores on measures the plan does
// not track, or more sessions completed than the plan scheduled.
function planMismatches(plan: TreatmentPlan, base: Intake, r: Reassessment): IntakeIssue[] {
  const tracked = trackedMeasures(plan, base);
  const issues: IntakeIssue[] = [];
  (r.scores ?? []).forEach((score, i) => {
    if (tracked.has(score.measure)) return;
    issues.push({
      path: ['scores', i, 'measure'],
      code: 'untracked_measure',
      message: `scores[${i}].measure "${score.measure}" is not a measure this plan tracks; it tracks ${[...tracked].join(', ')}`,
    });
  });
  const planned = Array.isArray(plan.sessions) ? plan.sessions.length : 0;
  if (r.sessionsCompleted > planned) {
    issues.push({
      path: ['sessionsCompleted'],
      code: 'too_big',
      message: `sessionsCompleted must be at most ${planned}, the number of sessions the plan scheduled (got ${r.sessionsCompleted})`,
    });
  }
  return issues;
}

// Whether a score is at or beyond a target, in the measure's better direction.
const reaches = (catalog: Catalog, measure: OutcomeMeasureId, score: number, target: number): boolean =>
  catalog.outcomeMeasures[measure].better === 'lower' ? score <= target + 1e-9 : score >= target - 1e-9;

// Discharge facts: the scores now against the plan's goals and the recovery cut-offs.
function dischargeFacts(catalog: Catalog, plan: TreatmentPlan, r: Reassessment): { recovered: boolean; goalsMet: boolean } {
  const now = new Map<OutcomeMeasureId, number>();
  if (r.painScore !== undefined) now.set('pain-nrs', r.painScore);
  for (const score of r.scores ?? []) now.set(score.measure, score.value);
  const goals = Array.isArray(plan.goals) ? plan.goals : [];
  const met = (goal: TreatmentPlan['goals'][number]): boolean => {
    const score = now.get(goal.measure);
    return score !== undefined && reaches(catalog, goal.measure, score, goal.target);
  };
  const goalsMet = goals.length > 0 && goals.every(met);
  const pain = now.get('pain-nrs');
  const painCutoff = catalog.outcomeMeasures['pain-nrs'].recovered;
  const atCutoffs = [...now].every(([id, score]) => {
    const cutoff = catalog.outcomeMeasures[id].recovered;
    return cutoff === undefined || reaches(catalog, id, score, cutoff.score);
  });
  const recovered =
    pain !== undefined &&
    painCutoff !== undefined &&
    reaches(catalog, 'pain-nrs', pain, painCutoff.score) &&
    atCutoffs &&
    goals.filter((goal) => goal.baseline !== undefined).every(met);
  return { recovered, goalsMet };
}

// The phase the client is in: the phase of the last session given.
function currentPhaseIndex(plan: TreatmentPlan, sessionsCompleted: number): number {
  if (plan.phases.length === 0) return 0;
  const last = plan.sessions[Math.min(sessionsCompleted, plan.sessions.length) - 1];
  const index = last === undefined ? 0 : plan.phases.findIndex((p) => p.phase === last.phase);
  return index < 0 ? plan.phases.length - 1 : index;
}

function nextPhases(plan: TreatmentPlan, current: number, stepDown: boolean, because: string): Phase[] {
  const phases = plan.phases.map((p): PhaseProposal => ({ phase: p.phase, sessionsPerWeek: p.sessionsPerWeek, weeks: p.weeks }));
  let next = phases.slice(stepDown ? current + 1 : current);
  if (next.length === 0) {
    // Past the last phase: maintenance, sparser than where the client is now.
    const now = phases[current]?.sessionsPerWeek ?? TAPER_DEFAULTS.maintenanceSessionsPerWeek.value;
    const sessionsPerWeek = Math.max(
      TAPER_DEFAULTS.leastSessionsPerWeek.value,
      Math.min(TAPER_DEFAULTS.maintenanceSessionsPerWeek.value, stepDown ? now / 2 : now),
    );
    next = [{ phase: 'maintenance', sessionsPerWeek, weeks: TAPER_DEFAULTS.maintenanceWeeks.value }];
  }
  return next.map((p) => ({ ...p, because: [because] }));
}

/**
 * Re-plans from progress: discharges when the measures show recovery (pain
 * at the recovery cut-off and every tracked measure at its target) or every
 * goal is met; steps down to a less frequent phase after a meaningful
 * improvement, holds the phase (and asks to re-evaluate after 6 sessions)
 * when nothing changed, and refers after 10 sessions without change, when
 * the client is meaningfully worse, or on a new red flag; a new "no massage
 * now" flag defers. Sessions restart from the reassessment date within what
 * is left of the authorization.
 *
 * @param plan - the current plan (its `intake` is the baseline)
 * @param reassessment - the progress: date, sessions completed, pain and scores, new flags
 * @param options - `catalog` to use a vendor's catalogue
 * @returns the new recommendation, with the reassessment rules in its trace
 * @throws {@link IntakeError} when the reassessment (or the plan's intake) is invalid, lists a
 *   score on a measure the plan does not track (`scores[i].measure`), or completes more sessions
 *   than the plan scheduled (`sessionsCompleted`)
 * @example
 * const first = recommendPlan({
 *   assessedOn: '2026-12-01',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 7 }],
 *   goals: ['pain-relief'],
 * });
 * if (first.kind === 'plan') {
 *   const next = reassessPlan(first.plan, { assessedOn: '2026-12-29', sessionsCompleted: 8, painScore: 4 });
 *   // a plan again, stepped down from twice a week to weekly:
 *   next.kind === 'plan' && next.plan.phases[0]?.sessionsPerWeek; // 1
 * }
 */
export function reassessPlan<I extends CatalogIds = DefaultIds>(
  plan: TreatmentPlan<I>,
  reassessment: unknown,
  options?: RecommendOptions<I>,
): Recommendation<I> {
  return reassess(plan as unknown as TreatmentPlan, reassessment, options as RecommendOptions | undefined) as unknown as Recommendation<I>;
}

function reassess(plan: TreatmentPlan, reassessment: unknown, options: RecommendOptions | undefined): Recommendation {
  const option = compiledCatalogOption(options);
  if (!option.success) throw option.error;
  const compiled = option.data;
  const catalog = compiled.catalog as unknown as Catalog;
  const r = parseOrThrow(safeParseWith(compiled.schemas.ReassessmentSchema, reassessment), []) as unknown as Reassessment;
  const base = parseOrThrow(
    safeParseWith(compiled.schemas.IntakeSchema, (plan as Partial<TreatmentPlan> | undefined)?.intake),
    ['plan', 'intake'],
  ) as unknown as Intake;
  if (r.assessedOn < base.assessedOn) {
    throw new IntakeError([
      { path: ['assessedOn'], code: 'custom', message: `assessedOn must not be before the plan's intake (${base.assessedOn})` },
    ]);
  }

  const mismatches = planMismatches(plan, base, r);
  if (mismatches.length > 0) throw new IntakeError(mismatches);

  const { intake, remaining, expired } = reassessedIntake(base, r);
  const fresh = recommendFromIntake(intake, catalog);
  // A red flag or a new no-massage flag refers with its own urgency.
  if (fresh.kind === 'refer') return fresh;

  const progress = measureProgress(catalog, base, r);
  const facts = {
    measured: progress.length > 0,
    improved: progress.some((p) => p.verdict === 'better') && !progress.some((p) => p.verdict === 'worse'),
    worse: progress.some((p) => p.verdict === 'worse'),
    ...dischargeFacts(catalog, plan, r),
    sessionsCompleted: r.sessionsCompleted,
  };
  const decided = reassessmentRules.find((rule) => rule.when(facts)) as ReassessmentRule;
  const progressTrace: TraceEntry[] = progress.map((p) => ({
    rule: 'reassess/meaningful-change',
    effect: `progress ${p.verdict}`,
    detail: `${catalog.outcomeMeasures[p.measure].name}: ${p.baseline} → ${p.current} (meaningful change ${Math.round(p.meaningful * 10) / 10}).`,
    source: catalog.outcomeMeasures[p.measure].source,
  }));
  const decisionTrace: TraceEntry = { rule: decided.id, effect: decided.decision.kind, detail: decided.description, source: decided.source };
  const keptTrace = (fresh.kind === 'plan' ? fresh.plan.trace : fresh.trace).filter((t) => !isScheduleRule(t.rule));

  // Worse symptoms refer even when the intake as of today defers (a
  // pregnancy at term): a referral takes precedence over a deferral.
  const ended = match(decided.decision)
    .with({ kind: 'refer' }, (d): Recommendation => ({
      kind: 'refer',
      urgency: 'routine',
      reasons: [{ rule: decided.id, message: d.message, source: decided.source }],
      trace: [...keptTrace, ...progressTrace, decisionTrace],
    }))
    .with({ kind: 'discharge' }, (d): Recommendation => ({
      kind: 'discharge',
      reasons: [{ rule: decided.id, message: d.message, source: decided.source }],
      trace: [...keptTrace, ...progressTrace, decisionTrace],
    }))
    .with({ kind: 'step-down' }, { kind: 'hold' }, () => undefined)
    .exhaustive();
  if (ended !== undefined) return ended;

  if (fresh.kind !== 'plan') return fresh;
  const phases = nextPhases(plan, currentPhaseIndex(plan, r.sessionsCompleted), decided.decision.kind === 'step-down', decided.id);
  const outOfSessions = (remaining !== undefined && remaining <= 0) || expired;
  // The next phases placed on the calendar by the same fold as a new plan,
  // so session positions (a pregnancy advancing) and end dates hold here too.
  const replanned = recommendFromIntake(intake, catalog, phases);
  if (replanned.kind !== 'plan') return replanned;
  const authorizationRule = 'reassess/authorization-used';
  const precautions: TreatmentPlan['precautions'] = [
    ...replanned.plan.precautions.filter((p) => !outOfSessions || !p.because.every(isScheduleRule)),
    ...(decided.decision.kind === 'hold' && decided.decision.precaution
      ? [{ ...decided.decision.precaution, because: [decided.id] }]
      : []),
    ...(outOfSessions
      ? [{ id: 'authorization-used', message: 'The authorization is used up or has expired: request a new authorization before booking more sessions.', because: [authorizationRule] }]
      : []),
  ];
  const trace = [
    ...keptTrace,
    ...progressTrace,
    decisionTrace,
    ...(outOfSessions
      ? [{ rule: authorizationRule, effect: 'no sessions', detail: 'No sessions left in the authorization.', source: 'CMS-100-02' }]
      : replanned.plan.trace.filter((t) => isScheduleRule(t.rule))),
  ];
  // Goals fall due, and the payer's paragraph reads, by the new calendar.
  const by = goalsDueBy(outOfSessions ? [] : replanned.plan.sessions, phases, intake.availability?.startDate ?? intake.assessedOn);
  const goals = replanned.plan.goals.map((goal) => ({ ...goal, by }));
  const sessions = outOfSessions ? [] : replanned.plan.sessions;
  return {
    kind: 'plan',
    plan: {
      ...replanned.plan,
      goals,
      medicalNecessity: medicalNecessity({ ...replanned.plan, goals, phases: replanned.plan.phases, sessions }, catalog),
      sessions,
      precautions,
      trace,
      sources: citedSources(catalog, trace, replanned.plan.evidence),
    },
  };
}
