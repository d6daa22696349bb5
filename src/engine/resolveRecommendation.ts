import { URGENCIES, type ClearanceId, type Urgency } from '../intake/vocabulary.js';
import type { Effect } from '../rules/Effect.js';
import type { RuleContext } from '../rules/Rule.js';
import { buildPlan } from './buildPlan.js';
import type { FiredEffect } from './evaluateRules.js';
import type { Finding, Recommendation, TraceEntry, TreatmentPlan } from './RecommendationSchema.js';

/** The id under which a deferral for want of any allowed position is traced. */
export const NO_POSITION_RULE = 'preference/no-position-left';
/** The id under which a deferral for want of any technique left is traced. */
export const NO_TECHNIQUE_RULE = 'plan/no-technique-left';

// A deferral the fold itself finds (no position, no technique): until
// resolved, with its finding at the end of the trace.
const deferFor = (trace: readonly TraceEntry[], finding: Finding): Recommendation => ({
  kind: 'defer',
  until: 'resolved',
  clearances: [],
  reasons: [finding],
  trace: [...trace, { rule: finding.rule, effect: 'defer', detail: finding.message, source: finding.source }],
});

const clearanceOf = (effect: Effect): ClearanceId | undefined => ('clearedBy' in effect ? effect.clearedBy : undefined);

/**
 * Resolves fired effects into one recommendation with fixed precedence:
 * a clearance in the intake lifts exactly the effects it clears; then any
 * referral wins (the most urgent), then any deferral, and only then a plan.
 *
 * @param ctx - the validated intake and the catalogue
 * @param fired - every effect with its rule, in evaluation order
 * @param phasesOverride - phases decided elsewhere (a reassessment) instead of the dose rules' taper
 * @returns the recommendation, with the trace of every effect
 */
export function resolveRecommendation(
  ctx: RuleContext,
  fired: readonly FiredEffect[],
  phasesOverride?: readonly TreatmentPlan['phases'][number][],
): Recommendation {
  const obtained = new Set(ctx.intake.clearances ?? []);
  // One pass builds the trace and keeps the effects no clearance lifts; with
  // no clearance obtained (most intakes) nothing is lifted and nothing copied.
  const trace: TraceEntry[] = [];
  const kept: FiredEffect[] = [];
  for (const f of fired) {
    const clearance = obtained.size === 0 ? undefined : clearanceOf(f.effect);
    if (clearance !== undefined && obtained.has(clearance)) {
      trace.push({
        rule: f.rule.id,
        effect: `${f.effect.kind} (lifted)`,
        detail: `${f.effect.message} Lifted: ${clearance} clearance obtained.`,
        source: f.rule.source,
      });
      continue;
    }
    trace.push({ rule: f.rule.id, effect: f.effect.kind, detail: f.effect.message, source: f.rule.source });
    if (obtained.size > 0) kept.push(f);
  }
  const active = obtained.size === 0 ? fired : kept;
  const finding = (f: FiredEffect): Finding => ({ rule: f.rule.id, message: f.effect.message, source: f.rule.source });

  // Plain loops: the effects are many (about 90 per intake) and these run on every one.
  const refers: { f: FiredEffect; urgency: Urgency }[] = [];
  const defers: { f: FiredEffect; effect: Extract<Effect, { kind: 'defer' }> }[] = [];
  for (const f of active) {
    if (f.effect.kind === 'refer') refers.push({ f, urgency: f.effect.urgency });
    else if (f.effect.kind === 'defer') defers.push({ f, effect: f.effect });
  }
  if (refers.length > 0) {
    const urgency = URGENCIES.find((u) => refers.some((r) => r.urgency === u)) ?? 'routine';
    return { kind: 'refer', urgency, reasons: refers.map((r) => finding(r.f)), trace };
  }

  if (defers.length > 0) {
    return {
      kind: 'defer',
      until: defers.some((d) => d.effect.until === 'resolved') ? 'resolved' : 'clearance',
      clearances: [...new Set(defers.flatMap((d) => (d.effect.clearedBy === undefined ? [] : [d.effect.clearedBy])))],
      reasons: defers.map((d) => finding(d.f)),
      trace,
    };
  }

  const plan = buildPlan(ctx, active, trace, phasesOverride);
  if (plan.positions.length === 0) {
    // Safety rules and the client's own wishes leave no table position: no
    // plan can honour both, and preferences are never overridden.
    return deferFor(trace, {
      rule: NO_POSITION_RULE,
      message: 'No table position is both safe for this client and acceptable to them: agree on a position before booking.',
      source: 'CLIENT',
    });
  }
  if (plan.techniques.length === 0) {
    // Every technique is excluded where the complaint is (a DVT limb, a
    // fresh incision and a cap of 1 …): sessions with nothing to do would
    // still be booked and billed. The therapist decides by hand.
    return deferFor(plan.trace, {
      rule: NO_TECHNIQUE_RULE,
      message: 'No technique is left after the exclusions for the areas this client needs: plan by hand with the clinician, or wait until an exclusion ends.',
      source: 'MP-DEFAULT',
    });
  }
  return { kind: 'plan', plan };
}
