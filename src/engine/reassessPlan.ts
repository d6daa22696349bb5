import { daysBetween } from '../calendar/calendarDate.js';
import { defaultCatalog } from '../catalog/defaultCatalog.js';
import { IntakeError } from '../intake/IntakeError.js';
import { IntakeSchema, type Intake } from '../intake/IntakeSchema.js';
import { safeParseWith } from '../intake/parseWith.js';
import { ReassessmentSchema, type Reassessment } from '../intake/ReassessmentSchema.js';
import { reassessmentRules, type ReassessmentRule } from '../rules/reassessmentRules.js';
import type { PhaseProposal } from '../rules/Effect.js';
import { TAPER_DEFAULTS } from '../schedule/proposeTaper.js';
import { citedSources } from './citedSources.js';
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
 * Re-plans from progress: steps down to a less frequent phase after a
 * meaningful improvement, holds the phase (and asks to re-evaluate after 6
 * sessions) when nothing changed, and refers after 10 sessions without
 * change, when the client is meaningfully worse, or on a new red flag; a new
 * "no massage now" flag defers. Sessions restart from the reassessment date
 * within what is left of the authorization.
 *
 * @param plan - the current plan (its `intake` is the baseline)
 * @param reassessment - the progress: date, sessions completed, pain and scores, new flags
 * @param options - `catalog` to use a vendor's catalogue
 * @returns the new recommendation, with the reassessment rules in its trace
 * @throws {@link IntakeError} when the reassessment (or the plan's intake) is invalid
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
export function reassessPlan(plan: TreatmentPlan, reassessment: unknown, options: RecommendOptions = {}): Recommendation {
  const catalog = options.catalog ?? defaultCatalog;
  const r = parseOrThrow(safeParseWith(ReassessmentSchema, reassessment), []);
  const base = parseOrThrow(safeParseWith(IntakeSchema, (plan as Partial<TreatmentPlan> | undefined)?.intake), ['plan', 'intake']);
  if (r.assessedOn < base.assessedOn) {
    throw new IntakeError([
      { path: ['assessedOn'], code: 'custom', message: `assessedOn must not be before the plan's intake (${base.assessedOn})` },
    ]);
  }

  const { intake, remaining, expired } = reassessedIntake(base, r);
  const fresh = recommendFromIntake(intake, catalog);
  // A red flag or a new no-massage flag refers with its own urgency.
  if (fresh.kind === 'refer') return fresh;

  const progress = measureProgress(catalog, base, r);
  const facts = {
    measured: progress.length > 0,
    improved: progress.some((p) => p.verdict === 'better') && !progress.some((p) => p.verdict === 'worse'),
    worse: progress.some((p) => p.verdict === 'worse'),
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
  if (decided.decision.kind === 'refer') {
    return {
      kind: 'refer',
      urgency: 'routine',
      reasons: [{ rule: decided.id, message: decided.decision.message, source: decided.source }],
      trace: [...keptTrace, ...progressTrace, decisionTrace],
    };
  }

  if (fresh.kind !== 'plan') return fresh;
  const phases = nextPhases(plan, currentPhaseIndex(plan, r.sessionsCompleted), decided.decision.kind === 'step-down', decided.id);
  const outOfSessions = (remaining !== undefined && remaining <= 0) || expired;
  // The next phases placed on the calendar by the same fold as a new plan,
  // so session positions (a pregnancy advancing) and end dates hold here too.
  const replanned = outOfSessions ? fresh : recommendFromIntake(intake, catalog, phases);
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
  return {
    kind: 'plan',
    plan: {
      ...fresh.plan,
      phases,
      sessions: outOfSessions ? [] : replanned.plan.sessions,
      positions: replanned.plan.positions,
      precautions,
      trace,
      sources: citedSources(catalog, trace, fresh.plan.evidence),
    },
  };
}
