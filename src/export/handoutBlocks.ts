import type { Catalog } from '../catalog/Catalog.js';
import type { TreatmentPlan } from '../engine/RecommendationSchema.js';
import { entryName } from './catalogNames.js';
import { joinWords } from './joinWords.js';
import { phaseSummary } from './phaseSummary.js';
import type { SummaryBlock } from './summaryBlocks.js';

// Aftercare that tells the client when to get in touch rather than what to expect.
const WHEN_TO_CALL = /\b(call|contact|seek|emergency|urgent)\b/i;

/**
 * The client's handout of a plan, as format-free blocks: the visits in plain
 * words, home care, what to expect after a session, and when to call. It
 * carries no rule ids or codes (the therapist's plan has them); every item
 * is the advice of a plan entry as the rules wrote it.
 *
 * @param plan - the plan
 * @param catalog - the catalogue that names the conditions
 * @returns the blocks, in reading order
 * @example
 * import { renderText } from './summaryBlocks.js';
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * if (result.kind === 'plan') renderText(handoutBlocks(result.plan, defaultCatalog)).split('\n')[0]; // 'YOUR CARE BETWEEN SESSIONS'
 */
export function handoutBlocks(plan: TreatmentPlan, catalog: Catalog): SummaryBlock[] {
  const first = plan.sessions[0];
  const conditions = [...new Set(plan.intake.conditions.map((c) => entryName(catalog.conditions, c.condition).toLowerCase()))];
  const frequency = phaseSummary(plan.phases);
  const calls = plan.aftercare.filter((a) => WHEN_TO_CALL.test(a.advice));
  const expect = plan.aftercare.filter((a) => !WHEN_TO_CALL.test(a.advice));
  return [
    { kind: 'heading', level: 1, text: 'Your care between sessions' },
    {
      kind: 'paragraph',
      text:
        first === undefined
          ? `Massage for ${joinWords(conditions)}: your therapist will agree the dates of your visits with you.`
          : `Massage for ${joinWords(conditions)}: ${plan.sessions.length} visit${plan.sessions.length === 1 ? '' : 's'} of ${plan.sessionMinutes} minutes from ${first.date}${frequency === '' ? '' : ` (${frequency})`}. Your therapist checks your progress along the way and adjusts the plan with you.`,
    },
    { kind: 'heading', level: 2, text: 'At home' },
    plan.homeCare.length === 0
      ? { kind: 'paragraph', text: 'None.' }
      : { kind: 'list', items: plan.homeCare.map((a) => a.advice) },
    { kind: 'heading', level: 2, text: 'After a session' },
    expect.length === 0
      ? { kind: 'paragraph', text: 'Ask your therapist what to expect after your session.' }
      : { kind: 'list', items: expect.map((a) => a.advice) },
    { kind: 'heading', level: 2, text: 'When to call' },
    {
      kind: 'list',
      items: [...calls.map((a) => a.advice), 'Call the clinic with any question about your care, or before your next visit if something has changed in your health.'],
    },
  ];
}
