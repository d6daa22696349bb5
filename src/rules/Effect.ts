import type { CalendarDate } from '../calendar/calendarDate.js';
import type { CatalogIds, DefaultIds } from '../intake/CatalogIds.js';
import type { Position, Side, Urgency } from '../intake/vocabulary.js';

/** A pressure level on the 1–5 scale (1 light contact … 5 deep). */
export type PressureLevel = 1 | 2 | 3 | 4 | 5;

/** One phase of the taper, as a rule proposes it. */
export interface PhaseProposal {
  phase: 'intensive' | 'transition' | 'maintenance';
  sessionsPerWeek: number;
  weeks: number;
}

/**
 * What a rule can ask for. Effects are data: the engine folds them into one
 * recommendation with fixed precedence (refer > defer > plan; exclusions
 * remove; caps take the minimum).
 *
 * `clearedBy` on a safety effect means: a clearance of that kind in
 * `intake.clearances` lifts this effect, and nothing else.
 *
 * `I` are the catalogue's ids: the built-in ones by default; a vendor's
 * function rule yields `Effect<IdsOf<typeof catalog>>` (or `Effect<CatalogIds>`,
 * ids as strings, checked when the rule runs).
 */
export type Effect<I extends CatalogIds = DefaultIds> =
  | { kind: 'refer'; urgency: Urgency; message: string; clearedBy?: I['clearance'] }
  | { kind: 'defer'; until: 'resolved' | 'clearance'; message: string; clearedBy?: I['clearance'] }
  | { kind: 'requireClearance'; clearance: I['clearance']; message: string }
  | {
      kind: 'avoid';
      region?: I['region'];
      side?: Side;
      technique?: I['technique'];
      position?: Position;
      /** The exclusion starts on this date (a pregnancy week); before it, it does not apply. */
      from?: CalendarDate;
      until?: CalendarDate;
      message: string;
      clearedBy?: I['clearance'];
    }
  | { kind: 'capPressure'; max: PressureLevel; message: string; clearedBy?: I['clearance'] }
  | { kind: 'startPressure'; start: PressureLevel; max: PressureLevel; message: string }
  | { kind: 'allowPositions'; positions: Position[]; message: string }
  | { kind: 'addTechnique'; technique: I['technique']; regions: I['region'][]; message: string }
  | {
      kind: 'addTarget';
      region: I['region'];
      side?: Side;
      muscles: string[];
      /** The endangerment site these muscles lie in (e.g. `anterior neck`): a target of its own. */
      site?: string;
      /** The most pressure allowed on this target. */
      maxPressure?: PressureLevel;
      message: string;
    }
  | { kind: 'setMinutes'; minutes: number; message: string }
  | { kind: 'capMinutes'; max: number; message: string }
  | { kind: 'setPhases'; phases: PhaseProposal[]; message: string }
  | {
      kind: 'addGoal';
      measure: I['outcomeMeasure'];
      /** The score at intake; absent when the baseline is recorded at the first visit. */
      baseline?: number;
      /** With a baseline, the score a meaningful change reaches; without one, the long-term target (the recovery cut-off, or the scale's best score). */
      target: number;
      /** The improvement, in points in the better direction, that counts as meaningful (default: the measure's meaningful change). */
      targetChange?: number;
      /** What the goal serves, in a few words (a condition, a ticked goal, an activity); the plan's goal description lists them. */
      purpose?: string;
      message: string;
    }
  | { kind: 'addPrecaution'; id: string; message: string }
  /** Care alongside massage; `heat` marks care that applies heat, dropped wherever heat is excluded. */
  | { kind: 'addComplementary'; care: string; message: string; heat?: boolean }
  /**
   * Self-care between sessions (exercise, heat, ergonomics, self-massage); `message` is the advice.
   * The plan drops it when `heat` is set and heat is excluded anywhere, or when one of its
   * `regions` is avoided.
   */
  | { kind: 'addHomeCare'; id: string; message: string; heat?: boolean; regions?: I['region'][] }
  /**
   * What to expect after a session and when to call; `message` is the advice. With `techniques`,
   * only when one of them is in the plan; with `minPressure`, only when the plan's pressure can reach it.
   */
  | { kind: 'addAftercare'; id: string; message: string; techniques?: I['technique'][]; minPressure?: PressureLevel }
  /** A consent to obtain before the first session; `message` says what and why. With `techniques`, only when one of them is in the plan. */
  | { kind: 'addConsent'; id: string; message: string; techniques?: I['technique'][] }
  /** A question the therapist asks before every session; `message` is the question. With `techniques`, only when one of them is in the plan. */
  | { kind: 'addSessionCheck'; id: string; message: string; techniques?: I['technique'][] }
  /** A criterion for ending the plan (goals met, recovery cut-offs, a plateau); `message` states it. */
  | { kind: 'addDischargeCriterion'; id: string; message: string }
  /** No sessions on or after `date` (the due date of a pregnancy) unless `clearedBy` is recorded. */
  | { kind: 'endBy'; date: CalendarDate; message: string; clearedBy?: I['clearance'] }
  /** Caps pressure on one region (and side) only, e.g. over an endangerment site. */
  | { kind: 'capRegionPressure'; region: I['region']; side?: Side; /** Only the target of this endangerment site. */ site?: string; max: PressureLevel; message: string };

/** The kinds of {@link Effect}. */
export type EffectKind = Effect['kind'];
