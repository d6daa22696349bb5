import type { Acuity, Severity } from '../intake/vocabulary.js';
import type { PhaseProposal } from '../rules/Effect.js';

/** One number of the taper, with the sources behind it and how firm it is. */
export interface TaperDefault {
  /** The number used by {@link proposeTaper} (sessions per week, or weeks). */
  readonly value: number;
  /** Ids from the clinical reference, or `MP-DEFAULT` for a practice-level choice of this library. */
  readonly sources: readonly string[];
  /** What the number rests on, in words a therapist can check. */
  readonly basis: string;
}

/**
 * The numbers of the taper and where each comes from, so documentation can
 * show them next to their sources.
 *
 * No trial tests a taper (clinical reference §4): only the intensive dose
 * rests on trials; the step-down numbers are proxies (S25, S27) or practice
 * (S53), which is why most entries also cite `MP-DEFAULT`.
 *
 * @example
 * TAPER_DEFAULTS.transitionWeeks.value; // 4
 * TAPER_DEFAULTS.transitionWeeks.sources; // ['S53', 'MP-DEFAULT']
 */
export const TAPER_DEFAULTS = {
  maxSessionsPerWeek: {
    value: 2,
    sources: ['S53', 'MP-DEFAULT'],
    basis: 'Practice is 1–2 sessions a week at first; the schedule never books more than 2 in any 7 days.',
  },
  transitionSessionsPerWeek: {
    value: 1,
    sources: ['S25', 'S53'],
    basis: 'Weekly once improving: 6 weekly booster sessions after an intensive block (S25); "then weekly" (S53).',
  },
  transitionWeeks: {
    value: 4,
    sources: ['S53', 'MP-DEFAULT'],
    basis: 'Lower end of "then weekly for 4–6 weeks" (S53), a practice-level default.',
  },
  severeTransitionWeeks: {
    value: 6,
    sources: ['S25', 'S53', 'MP-DEFAULT'],
    basis:
      'Severe conditions taper over the upper end of the 4–6 weeks of S53, the length of the 6-week booster of S25; a practice-level default.',
  },
  maintenanceSessionsPerWeek: {
    value: 0.5,
    sources: ['S27'],
    basis: 'Every-other-week maintenance after weekly sessions (S27).',
  },
  maintenanceWeeks: {
    value: 8,
    sources: ['MP-DEFAULT'],
    basis: 'Eight weeks of maintenance before the next reassessment decides whether to continue; a practice-level default.',
  },
  leastSessionsPerWeek: {
    value: 0.25,
    sources: ['MP-DEFAULT'],
    basis: 'The sparsest step of the taper is every 4 weeks (maintenance every 2–4 weeks); a practice-level default.',
  },
} as const satisfies Record<string, TaperDefault>;

/** Sessions per week of a phase: 2 = twice a week, 1 = weekly, 0.5 = every 2 weeks, 0.25 = every 4 weeks. */
type Frequency = number;

/** What {@link proposeTaper} needs to know about one condition. */
export interface TaperInput {
  /** The evidence dose of the condition (clinical reference §3): sessions a week and for how many weeks. */
  dose: { sessionsPerWeek: number; weeks: number };
  /** Acute, subacute or chronic; recorded for the contract, it does not change the numbers (see {@link proposeTaper}). */
  acuity: Acuity;
  /** Severe conditions get the longer transition. */
  severity: Severity;
  /** Whether to add a maintenance phase: the caller passes `true` when the goals include `maintenance` or the condition is chronic. */
  maintenance: boolean;
}

// A frequency that is not a positive finite number books nothing; above the
// cap it is cut to the cap, because no source supports more than 2 a week.
function clampFrequency(sessionsPerWeek: number): Frequency {
  if (!Number.isFinite(sessionsPerWeek) || sessionsPerWeek <= 0) return 0;
  return Math.min(sessionsPerWeek, TAPER_DEFAULTS.maxSessionsPerWeek.value);
}

function clampWeeks(weeks: number): number {
  return Number.isFinite(weeks) && weeks > 0 ? weeks : 0;
}

// The next step down the ladder 2 → 1 → 0.5 → 0.25. A frequency already at
// or below the last step stays where it is: the taper may hold but never
// rises, and it never goes below "every 4 weeks" on its own.
function stepDown(sessionsPerWeek: Frequency): Frequency {
  const ladder = [
    TAPER_DEFAULTS.transitionSessionsPerWeek.value,
    TAPER_DEFAULTS.maintenanceSessionsPerWeek.value,
    TAPER_DEFAULTS.leastSessionsPerWeek.value,
  ];
  for (const step of ladder) if (sessionsPerWeek > step) return step;
  return sessionsPerWeek;
}

/**
 * Proposes the taper for one condition: an intensive phase at the evidence
 * dose, a transition phase one step less often, and (when asked) a
 * maintenance phase every 2 weeks.
 *
 * - intensive: the evidence dose, with `sessionsPerWeek` capped at 2;
 * - transition: weekly (every 2 weeks when the intensive phase is already
 *   weekly; every 4 weeks when it is every 2 weeks) for 4 weeks, 6 when the
 *   condition is severe ({@link TAPER_DEFAULTS});
 * - maintenance, only when `input.maintenance`: every 2 weeks for 8 weeks,
 *   or one step below the transition when that is already every 2 weeks
 *   (every 4 weeks, the sparse end of "every 2–4 weeks").
 *
 * Frequency never increases from one phase to the next. `acuity` does not
 * change the numbers: no source ties the taper length to acuity, and the
 * chronic case is expressed by the caller through `maintenance`.
 *
 * @param input - the evidence dose, acuity, severity and whether maintenance is wanted
 * @returns the phases, intensive first; a dose that is not a positive number gives a phase of 0
 * @example
 * proposeTaper({ dose: { sessionsPerWeek: 2, weeks: 4 }, acuity: 'chronic', severity: 'moderate', maintenance: true });
 * // [ { phase: 'intensive', sessionsPerWeek: 2, weeks: 4 },
 * //   { phase: 'transition', sessionsPerWeek: 1, weeks: 4 },
 * //   { phase: 'maintenance', sessionsPerWeek: 0.5, weeks: 8 } ]
 */
export function proposeTaper(input: TaperInput): PhaseProposal[] {
  const intensive = clampFrequency(input.dose.sessionsPerWeek);
  const transition = stepDown(intensive);
  const phases: PhaseProposal[] = [
    { phase: 'intensive', sessionsPerWeek: intensive, weeks: clampWeeks(input.dose.weeks) },
    {
      phase: 'transition',
      sessionsPerWeek: transition,
      weeks:
        input.severity === 'severe'
          ? TAPER_DEFAULTS.severeTransitionWeeks.value
          : TAPER_DEFAULTS.transitionWeeks.value,
    },
  ];
  if (input.maintenance) {
    phases.push({
      phase: 'maintenance',
      // Maintenance is a real step down: when the transition is already every
      // 2 weeks (a weekly evidence dose), maintenance is every 4 weeks.
      sessionsPerWeek:
        transition > TAPER_DEFAULTS.maintenanceSessionsPerWeek.value
          ? TAPER_DEFAULTS.maintenanceSessionsPerWeek.value
          : stepDown(transition),
      weeks: TAPER_DEFAULTS.maintenanceWeeks.value,
    });
  }
  return phases;
}
