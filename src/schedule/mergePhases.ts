import type { PhaseProposal } from '../rules/Effect.js';
import { TAPER_DEFAULTS } from './proposeTaper.js';

const PHASE_ORDER: readonly PhaseProposal['phase'][] = ['intensive', 'transition', 'maintenance'];

function frequency(sessionsPerWeek: number): number {
  if (!Number.isFinite(sessionsPerWeek) || sessionsPerWeek <= 0) return 0;
  return Math.min(sessionsPerWeek, TAPER_DEFAULTS.maxSessionsPerWeek.value);
}

function weeks(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Merges the tapers of several conditions into one schedule, because a
 * client comes to one set of appointments whatever the number of problems.
 *
 * The rule, per phase kind (intensive, transition, maintenance) present in
 * any proposal:
 * 1. `sessionsPerWeek` is the largest proposed, capped at 2 — the most
 *    intensive evidence-based frequency wins, never more than 2 a week;
 * 2. `weeks` is the largest proposed — the longest needed duration wins;
 * 3. down the phases, in the order intensive → transition → maintenance,
 *    a phase is lowered to the frequency of the phase before it when it is
 *    higher, so frequency never increases. Lowering the later phase (rather
 *    than raising the earlier one) keeps every frequency within what some
 *    condition's evidence asked for.
 *
 * Phase kinds no proposal has are left out. Frequencies that are not
 * positive finite numbers count as 0; so do such week counts.
 *
 * @param proposals - one list of phases per condition (from `proposeTaper` or a rule's `setPhases`)
 * @returns one list of phases, intensive first, sessionsPerWeek ≤ 2 and non-increasing
 * @example
 * mergePhases([
 *   [{ phase: 'intensive', sessionsPerWeek: 1, weeks: 10 }],
 *   [{ phase: 'intensive', sessionsPerWeek: 2, weeks: 4 }, { phase: 'transition', sessionsPerWeek: 1, weeks: 4 }],
 * ]);
 * // [ { phase: 'intensive', sessionsPerWeek: 2, weeks: 10 },
 * //   { phase: 'transition', sessionsPerWeek: 1, weeks: 4 } ]
 */
export function mergePhases(proposals: readonly (readonly PhaseProposal[])[]): PhaseProposal[] {
  const merged: PhaseProposal[] = [];
  for (const kind of PHASE_ORDER) {
    let found = false;
    let sessionsPerWeek = 0;
    let longest = 0;
    for (const proposal of proposals) {
      for (const phase of proposal) {
        if (phase.phase !== kind) continue;
        found = true;
        sessionsPerWeek = Math.max(sessionsPerWeek, frequency(phase.sessionsPerWeek));
        longest = Math.max(longest, weeks(phase.weeks));
      }
    }
    if (!found) continue;
    const previous = merged[merged.length - 1];
    if (previous !== undefined) sessionsPerWeek = Math.min(sessionsPerWeek, previous.sessionsPerWeek);
    merged.push({ phase: kind, sessionsPerWeek, weeks: longest });
  }
  return merged;
}
