import {
  addCalendarDays,
  calendarFrom,
  daysBetween,
  isCalendarDate,
  weekdayOf,
  type CalendarDate,
} from '../calendar/calendarDate.js';
import type { Session, TraceEntry } from '../engine/RecommendationSchema.js';
import { WEEKDAYS, type Weekday } from '../intake/vocabulary.js';
import type { PhaseProposal } from '../rules/Effect.js';
import { frequencyLabel } from './frequencyLabel.js';
import { minGapDays } from './minGapDays.js';

/** What {@link scheduleSessions} needs: the phases and the client's availability. */
export interface ScheduleInput {
  /** The taper, in order (usually from `mergePhases`). */
  phases: readonly PhaseProposal[];
  /** No session before this date; the first session is on the first allowed day on or after it. */
  startDate: CalendarDate;
  /** Allowed weekdays; default Monday–Friday. An empty list allows no day. */
  weekdays?: readonly Weekday[];
  /** Dates with no session. Strings that are not calendar dates are ignored. */
  blackoutDates?: readonly CalendarDate[];
  /** Authorization cap on the number of sessions. */
  maxSessions?: number;
  /** Last day the authorization covers. */
  authorizedUntil?: CalendarDate;
  /** Length of every session in minutes. */
  minutes: number;
}

/** Something the schedule could not do, for the plan's precautions. `rule` is the `rule` of a trace entry. */
export interface ScheduleNote {
  id: string;
  message: string;
  rule: string;
}

/** The dated sessions, what could not be scheduled, and the rules that shaped them. */
export interface ScheduleResult {
  sessions: Session[];
  notes: ScheduleNote[];
  trace: TraceEntry[];
}

/** Default allowed weekdays: Monday to Friday. */
const DEFAULT_WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
/** The plan of care covers at most 90 days from the first session (CMS-100-02): days 0..89. */
const CERTIFICATION_DAYS = 90;
/** A progress report at least every 10 treatment days (CMS-100-02). */
const REASSESS_EVERY = 10;
/**
 * The first reassessment falls on or before this session: about 70% recovery
 * is expected by visits 3–4, and the plan is re-evaluated if not (S53,
 * practice-level).
 *
 * @example
 * FIRST_REASSESSMENT_BY; // 4
 */
export const FIRST_REASSESSMENT_BY = 4;
/** Never more than this many sessions in any window of {@link WINDOW_DAYS} days. */
const MAX_PER_WINDOW = 2;
const WINDOW_DAYS = 7;
/** Where the first allowed day is looked for: one year from the start date. */
const FIRST_DAY_SEARCH_DAYS = 366;
/** How far past a truncated window we look to tell "the limit cut it" from "the calendar had no day". */
const ATTRIBUTION_LOOKAHEAD_DAYS = 14;
/** Frequencies above this are scheduled as this: no source supports more. */
const MAX_SESSIONS_PER_WEEK = 2;
/** Weeks beyond this (about 100 years) only inflate counts of unscheduled sessions; they are cut here so counts stay finite. */
const MAX_WEEKS = 5200;

const RULE = {
  start: 'schedule/start',
  weekdays: 'schedule/weekdays',
  blackouts: 'schedule/blackouts',
  spacing: 'schedule/spacing',
  phases: 'schedule/phases',
  authorization: 'schedule/authorization',
  certification: 'schedule/certification-period',
  reassessment: 'schedule/reassessment',
} as const;

/** Why a planned session was not scheduled; each maps to one note. */
type Reason = 'weekdays' | 'blackouts' | 'spacing' | 'max-sessions' | 'authorized-until' | 'certification';
const REASONS: readonly Reason[] = ['weekdays', 'blackouts', 'spacing', 'max-sessions', 'authorized-until', 'certification'];

/** A phase ready to schedule: clamped numbers, target count, and its span in days from the first session. */
interface PhasePlan {
  phase: PhaseProposal['phase'];
  sessionsPerWeek: number;
  weeks: number;
  target: number;
  /** First day of the phase's span, as an offset from the start date. */
  from: number;
  /** Days in the span. */
  length: number;
}

/**
 * Turns the taper into dated sessions that a clinic can book.
 *
 * Each phase with at least one planned session occupies its own span of
 * `round(weeks × 7)` days, right after the previous phase's span; the first
 * span starts on the first session. A phase plans `round(sessionsPerWeek ×
 * weeks)` sessions; session k of a phase aims at day `k × 7 / sessionsPerWeek`
 * of its span and may go anywhere in its week (its 7-day block of the span;
 * for phases less often than weekly, anywhere until the next session's
 * block). Within that window it takes the allowed day nearest its aim that
 * keeps every constraint, ties going to the earlier day. Sessions that find
 * no day are counted, not forced.
 *
 * Constraints that hold for every input:
 * - the first session is on the first allowed day on or after `startDate`;
 * - only on allowed weekdays, never on a blackout date, dates strictly increasing;
 * - never more than 2 sessions in any 7 consecutive days;
 * - at least {@link minGapDays} days after the previous session (2 days for
 *   twice-weekly care; 5 for weekly; 10 for every 2 weeks; 20 for every 4 weeks);
 * - at most `maxSessions`; none after `authorizedUntil`;
 * - none later than 89 days after the first session: the plan of care is
 *   certified for at most 90 days (CMS-100-02); what lies beyond gets a
 *   `recertification-due` note with the count;
 * - a reassessment at least every 10 sessions (the 10th since the last one at
 *   the latest; CMS-100-02), on the last session of each phase, and on the last
 *   session scheduled (the last before the authorization or certification runs out);
 * - the first reassessment on or before session 4 (about 70% recovery is
 *   expected by visits 3–4; S53, practice-level).
 *
 * Sessions the calendar cannot hold are reported in notes with ids
 * `schedule-shortfall-weekdays`, `-blackouts`, `-spacing`, `-max-sessions`,
 * `-authorized-until`, and `recertification-due`, each with counts per phase.
 * Frequencies above 2 a week are scheduled as 2; phases with no planned
 * session take no span.
 *
 * Pure: no clock, no randomness; the walk runs on integer day offsets from
 * the start date, and dates are made from them with date-fns on UTC dates,
 * so the output is identical in every time zone. Work is bounded: at most 366 days are
 * searched for the first session, and no day after the certification period is
 * examined.
 *
 * @param input - phases, start date, availability, authorization and session length
 * @returns sessions numbered from 1, notes for what could not be scheduled, and trace entries for every rule used
 * @throws RangeError when `startDate` or `authorizedUntil` is not a calendar date (the intake schema rules this out)
 * @example
 * scheduleSessions({
 *   phases: [{ phase: 'intensive', sessionsPerWeek: 2, weeks: 2 }],
 *   startDate: '2026-12-01',
 *   weekdays: ['tue', 'thu'],
 *   minutes: 60,
 * }).sessions.map((s) => s.date);
 * // ['2026-12-01', '2026-12-03', '2026-12-08', '2026-12-10']
 */
export function scheduleSessions(input: ScheduleInput): ScheduleResult {
  const start = input.startDate;
  const weekdays = input.weekdays ?? DEFAULT_WEEKDAYS;
  const allowed = new Set<Weekday>(weekdays);
  const startWeekday = WEEKDAYS.indexOf(weekdayOf(start));
  // Offsets from the start date are plain integers, so the scheduling loop
  // never touches a Date; date strings are made only for the output.
  const blackout = new Set<number>();
  for (const date of input.blackoutDates ?? []) {
    if (isCalendarDate(date)) blackout.add(daysBetween(date, start));
  }
  const authEnd = input.authorizedUntil === undefined ? Infinity : daysBetween(input.authorizedUntil, start);
  const cap = sessionCap(input.maxSessions);

  const onAllowedWeekday = (day: number): boolean => {
    const weekday = WEEKDAYS[(((startWeekday + day) % 7) + 7) % 7];
    return weekday !== undefined && allowed.has(weekday);
  };
  const isOpen = (day: number): boolean => onAllowedWeekday(day) && !blackout.has(day);
  // The start date is read once; session dates are date-fns additions to it.
  const dateOf = calendarFrom(start);

  const plans = planPhases(input.phases);
  const totalTarget = plans.reduce((sum, plan) => sum + plan.target, 0);
  const missed = new Map<Reason, number[]>(REASONS.map((reason) => [reason, plans.map(() => 0)]));
  const miss = (reason: Reason, planIndex: number, count: number): void => {
    const counts = missed.get(reason);
    if (counts !== undefined) counts[planIndex] = (counts[planIndex] ?? 0) + count;
  };

  // First allowed day: the first open day within a year, and within the authorization.
  let first: number | undefined;
  let firstBlockedBy: Reason | undefined;
  if (totalTarget > 0) {
    for (let day = 0; day < FIRST_DAY_SEARCH_DAYS; day++) {
      if (!isOpen(day)) continue;
      if (day > authEnd) firstBlockedBy = 'authorized-until';
      else first = day;
      break;
    }
    if (first === undefined && firstBlockedBy === undefined) {
      firstBlockedBy = [...Array(WINDOW_DAYS).keys()].some(onAllowedWeekday) ? 'blackouts' : 'weekdays';
    }
    if (first !== undefined && cap === 0) firstBlockedBy = 'max-sessions';
  }

  const days: number[] = [];
  const planOf: number[] = [];
  if (first !== undefined && firstBlockedBy === undefined) {
    const certEnd = first + CERTIFICATION_DAYS - 1;
    const limitEnd = Math.min(certEnd, authEnd);
    let from = first;
    for (const plan of plans) {
      plan.from = from;
      from += plan.length;
    }
    outer: for (let p = 0; p < plans.length; p++) {
      const plan = plans[p] as PhasePlan;
      const gap = minGapDays(plan.sessionsPerWeek);
      for (let k = 0; k < plan.target; k++) {
        // Where session k would fall if the calendar were fully open: evenly
        // spaced, e.g. days 0, 3.5, 7, 10.5 … for twice a week.
        const aim = (k * 7) / plan.sessionsPerWeek;
        const blockStart = 7 * Math.floor(Math.floor(aim) / 7);
        const windowStart = plan.from + blockStart;
        if (windowStart > certEnd) {
          // Everything from here on lies beyond the certification period.
          miss('certification', p, plan.target - k);
          for (let q = p + 1; q < plans.length; q++) miss('certification', q, (plans[q] as PhasePlan).target);
          break outer;
        }
        const nextAim = k + 1 < plan.target ? Math.floor(((k + 1) * 7) / plan.sessionsPerWeek) : plan.length;
        // The window runs to the end of this block, or to just before the next
        // session's block when that is further (phases sparser than weekly).
        const blockEnd = Math.max(blockStart + 6, 7 * Math.floor(nextAim / 7) - 1);
        const windowEnd = plan.from + Math.min(plan.length - 1, blockEnd);
        if (windowStart > authEnd) {
          miss('authorized-until', p, 1);
          continue;
        }
        if (days.length >= cap) {
          miss('max-sessions', p, 1);
          continue;
        }
        let lower = windowStart;
        const previous = days[days.length - 1];
        if (previous !== undefined) lower = Math.max(lower, previous + gap);
        // The session two back at least 7 days earlier is exactly "never more
        // than 2 sessions in any 7 consecutive days".
        const beforePrevious = days[days.length - MAX_PER_WINDOW];
        if (beforePrevious !== undefined) lower = Math.max(lower, beforePrevious + WINDOW_DAYS);
        const upper = Math.min(windowEnd, limitEnd);
        const chosen = nearestOpenDay(lower, upper, plan.from + aim, isOpen);
        if (chosen !== undefined) {
          days.push(chosen);
          planOf.push(p);
          continue;
        }
        miss(classifyMiss(lower, upper, windowEnd, authEnd, certEnd, isOpen, onAllowedWeekday), p, 1);
      }
    }
  } else if (firstBlockedBy !== undefined) {
    plans.forEach((plan, p) => miss(firstBlockedBy, p, plan.target));
  }

  const sessions = markReassessments(days, planOf, plans, input.minutes, dateOf);
  const context: NoteContext = {
    input,
    weekdays,
    plans,
    totalTarget,
    scheduled: sessions.length,
    cap,
    firstDate: first === undefined ? undefined : dateOf(first),
    noFirstDay: firstBlockedBy !== undefined && firstBlockedBy !== 'max-sessions',
    dateOf,
  };
  const notes = REASONS.flatMap((reason) => {
    const counts = missed.get(reason) ?? [];
    const note = counts.some((count) => count > 0) ? noteFor(reason, counts, context) : undefined;
    return note === undefined ? [] : [note];
  });
  return { sessions, notes, trace: traceFor(context, sessions, first) };
}

function sessionCap(maxSessions: number | undefined): number {
  if (maxSessions === undefined) return Infinity;
  if (Number.isNaN(maxSessions) || maxSessions <= 0) return 0;
  return Math.floor(maxSessions);
}

// Clamp the numbers so that nothing the caller passes can break a
// constraint or make the loop unbounded; phases with no session drop out
// so they do not leave an empty gap in the calendar.
function planPhases(phases: readonly PhaseProposal[]): PhasePlan[] {
  const plans: PhasePlan[] = [];
  for (const phase of phases) {
    const sessionsPerWeek =
      Number.isFinite(phase.sessionsPerWeek) && phase.sessionsPerWeek > 0
        ? Math.min(phase.sessionsPerWeek, MAX_SESSIONS_PER_WEEK)
        : 0;
    const weeks = Number.isFinite(phase.weeks) && phase.weeks > 0 ? Math.min(phase.weeks, MAX_WEEKS) : 0;
    const target = Math.round(sessionsPerWeek * weeks);
    if (target <= 0) continue;
    plans.push({ phase: phase.phase, sessionsPerWeek, weeks, target, from: 0, length: Math.round(weeks * 7) });
  }
  return plans;
}

// The open day in [lower, upper] nearest to the aim; ties to the earlier day.
function nearestOpenDay(
  lower: number,
  upper: number,
  aim: number,
  isOpen: (day: number) => boolean,
): number | undefined {
  if (lower > upper) return undefined;
  const pivot = Math.min(Math.max(Math.ceil(aim), lower), upper + 1);
  let after: number | undefined;
  for (let day = pivot; day <= upper; day++) {
    if (isOpen(day)) {
      after = day;
      break;
    }
  }
  let before: number | undefined;
  for (let day = pivot - 1; day >= lower; day--) {
    if (isOpen(day)) {
      before = day;
      break;
    }
  }
  if (before === undefined) return after;
  if (after === undefined) return before;
  return aim - before <= after - aim ? before : after;
}

// Names the constraint that left a session without a day, checking the
// hard limits first because they are the ones a clinic can act on
// (a new authorization, a recertification).
function classifyMiss(
  lower: number,
  upper: number,
  windowEnd: number,
  authEnd: number,
  certEnd: number,
  isOpen: (day: number) => boolean,
  onAllowedWeekday: (day: number) => boolean,
): Reason {
  if (lower > windowEnd) return 'spacing';
  if (lower > authEnd) return 'authorized-until';
  if (lower > certEnd) return 'certification';
  if (upper < windowEnd) {
    const lookEnd = Math.min(windowEnd, upper + ATTRIBUTION_LOOKAHEAD_DAYS);
    for (let day = upper + 1; day <= lookEnd; day++) {
      if (isOpen(day)) return authEnd <= certEnd && upper === authEnd ? 'authorized-until' : 'certification';
    }
  }
  for (let day = lower; day <= upper; day++) if (onAllowedWeekday(day)) return 'blackouts';
  return 'weekdays';
}

function markReassessments(
  days: readonly number[],
  planOf: readonly number[],
  plans: readonly PhasePlan[],
  minutes: number,
  dateOf: (day: number) => CalendarDate,
): Session[] {
  const sessions: Session[] = [];
  let sinceLast = 0;
  let reassessed = false;
  // The first reassessment: by session 4, or on the last session when there are fewer.
  const firstBy = Math.min(FIRST_REASSESSMENT_BY, days.length) - 1;
  days.forEach((day, i) => {
    const p = planOf[i] as number;
    sinceLast += 1;
    const lastOfPhase = i === days.length - 1 || planOf[i + 1] !== p;
    // The last session of all is also the last before the authorization or
    // certification runs out, so it is always a reassessment.
    const reassessment = sinceLast >= REASSESS_EVERY || lastOfPhase || (!reassessed && i === firstBy);
    if (reassessment) {
      sinceLast = 0;
      reassessed = true;
    }
    sessions.push({ number: i + 1, date: dateOf(day), phase: (plans[p] as PhasePlan).phase, minutes, reassessment });
  });
  return sessions;
}

interface NoteContext {
  input: ScheduleInput;
  weekdays: readonly Weekday[];
  plans: readonly PhasePlan[];
  totalTarget: number;
  scheduled: number;
  cap: number;
  firstDate: CalendarDate | undefined;
  noFirstDay: boolean;
  dateOf: (day: number) => CalendarDate;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function breakdown(counts: readonly number[], plans: readonly PhasePlan[]): string {
  return counts
    .flatMap((count, p) => (count > 0 ? [`${(plans[p] as PhasePlan).phase} ${count}`] : []))
    .join(', ');
}

function weekdayList(weekdays: readonly Weekday[]): string {
  return weekdays.length === 0 ? 'none' : WEEKDAYS.filter((day) => weekdays.includes(day)).join(', ');
}

function noteFor(reason: Reason, counts: readonly number[], ctx: NoteContext): ScheduleNote | undefined {
  const count = counts.reduce((sum, n) => sum + n, 0);
  const lead = `${plural(count, 'planned session')} (${breakdown(counts, ctx.plans)}) of ${ctx.totalTarget} could not be scheduled`;
  const start = ctx.input.startDate;
  switch (reason) {
    case 'weekdays':
      return {
        id: 'schedule-shortfall-weekdays',
        rule: RULE.weekdays,
        message: ctx.noFirstDay
          ? `No session could be scheduled: no allowed weekday (${weekdayList(ctx.weekdays)}) falls on or after ${start}; ${lead}.`
          : `${lead}: the allowed weekdays (${weekdayList(ctx.weekdays)}) leave no day in the phase's week that keeps the minimum spacing between sessions. Add weekdays or accept the lower frequency.`,
      };
    case 'blackouts':
      return {
        id: 'schedule-shortfall-blackouts',
        rule: RULE.blackouts,
        message: ctx.noFirstDay
          ? `No session could be scheduled: every allowed weekday in the ${FIRST_DAY_SEARCH_DAYS} days from ${start} is a blackout date; ${lead}.`
          : `${lead}: every allowed day that keeps the minimum spacing in the phase's week was a blackout date.`,
      };
    case 'spacing':
      return {
        id: 'schedule-shortfall-spacing',
        rule: RULE.spacing,
        message: `${lead}: earlier sessions, moved by the calendar, left no day in the phase's week that keeps the spacing (never more than 2 sessions in any 7 days, at least 2 days apart, 5 for weekly care).`,
      };
    case 'max-sessions':
      return {
        id: 'schedule-shortfall-max-sessions',
        rule: RULE.authorization,
        message: `${lead}: the authorization allows at most ${plural(ctx.cap, 'session')}. Request more sessions if progress warrants it.`,
      };
    case 'authorized-until':
      return {
        id: 'schedule-shortfall-authorized-until',
        rule: RULE.authorization,
        message: ctx.noFirstDay
          ? `No session could be scheduled: the authorization ends ${ctx.input.authorizedUntil ?? ''}, before the first allowed day on or after ${start}; ${lead}.`
          : `${lead}: the authorization ends ${ctx.input.authorizedUntil ?? ''}. Request an extension if progress warrants it.`,
      };
    case 'certification': {
      if (ctx.firstDate === undefined) return undefined;
      const certEnd = addCalendarDays(ctx.firstDate, CERTIFICATION_DAYS - 1);
      return {
        id: 'recertification-due',
        rule: RULE.certification,
        message: `A recertification is due by ${certEnd}: the plan of care covers at most ${CERTIFICATION_DAYS} days from the first session (${ctx.firstDate} to ${certEnd}), and ${plural(count, 'planned session')} (${breakdown(counts, ctx.plans)}) lying beyond it ${count === 1 ? 'was' : 'were'} not scheduled.`,
      };
    }
  }
}

function traceFor(ctx: NoteContext, sessions: readonly Session[], first: number | undefined): TraceEntry[] {
  const { input } = ctx;
  const trace: TraceEntry[] = [];
  const add = (rule: string, detail: string, source: string): void => {
    trace.push({ rule, effect: 'schedule', detail, source });
  };
  add(
    RULE.start,
    first === undefined
      ? `No allowed day was found on or after ${input.startDate} within ${FIRST_DAY_SEARCH_DAYS} days and the authorization.`
      : `First session on the first allowed day on or after ${input.startDate}: ${ctx.dateOf(first)}.`,
    'MP-DEFAULT',
  );
  add(
    RULE.weekdays,
    `Sessions only on ${weekdayList(ctx.weekdays)}${input.weekdays === undefined ? ' (default Monday–Friday)' : ''}.`,
    'MP-DEFAULT',
  );
  const blackouts = input.blackoutDates ?? [];
  if (blackouts.length > 0) {
    add(RULE.blackouts, `No session on ${plural(blackouts.length, 'blackout date')}.`, 'MP-DEFAULT');
  }
  add(
    RULE.spacing,
    'Never more than 2 sessions in any 7 days; at least 2 days between sessions, 5 in weekly care, 10 every 2 weeks, 20 every 4 weeks; frequencies above 2 a week are booked as 2.',
    'MP-DEFAULT',
  );
  const spans = ctx.plans.map((plan) => {
    const span =
      first === undefined ? '' : ` (${ctx.dateOf(plan.from)} to ${ctx.dateOf(plan.from + plan.length - 1)})`;
    return `${plan.phase} ${frequencyLabel(plan.sessionsPerWeek)} for ${plural(plan.weeks, 'week')}: ${plural(plan.target, 'session')}${span}`;
  });
  add(
    RULE.phases,
    spans.length === 0
      ? 'No phase plans a session.'
      : `Each phase plans round(sessions a week × weeks) sessions in its own span: ${spans.join('; ')}. ${ctx.scheduled} of ${ctx.totalTarget} scheduled.`,
    'MP-DEFAULT',
  );
  if (input.maxSessions !== undefined || input.authorizedUntil !== undefined) {
    const limits = [
      ...(input.maxSessions === undefined ? [] : [`at most ${plural(ctx.cap, 'session')}`]),
      ...(input.authorizedUntil === undefined ? [] : [`none after ${input.authorizedUntil}`]),
    ];
    add(RULE.authorization, `Within the authorization: ${limits.join(', ')}.`, 'MP-DEFAULT');
  }
  if (ctx.firstDate !== undefined) {
    add(
      RULE.certification,
      `The plan of care covers at most ${CERTIFICATION_DAYS} days: ${ctx.firstDate} to ${addCalendarDays(ctx.firstDate, CERTIFICATION_DAYS - 1)}.`,
      'CMS-100-02',
    );
  }
  if (sessions.length > 0) {
    const numbers = sessions.filter((session) => session.reassessment).map((session) => session.number);
    add(
      RULE.reassessment,
      `Reassessment (progress report) by session ${FIRST_REASSESSMENT_BY} at the latest (about 70% recovery is expected by visits 3–4, a practice-level figure), then at least every ${REASSESS_EVERY} sessions, at the end of each phase and on the last session scheduled: sessions ${numbers.join(', ')}.`,
      'CMS-100-02',
    );
  }
  return trace;
}
