import type { Catalog } from '../catalog/Catalog.js';
import { defaultCatalog } from '../catalog/defaultCatalog.js';
import type { Recommendation } from '../engine/RecommendationSchema.js';
import { outcomeSummaryBlocks } from './outcomeSummaryBlocks.js';
import { planSummaryBlocks } from './planSummaryBlocks.js';
import { renderMarkdown, renderText } from './summaryBlocks.js';

/** Options of {@link formatPlan}. */
export interface FormatPlanOptions {
  /** `markdown` (headings, lists, tables, links) or `text` (plain text with no markup). */
  format: 'markdown' | 'text';
  /** The catalogue that made the recommendation, for names, codes and sources; default `defaultCatalog`. */
  catalog?: Catalog;
}

/**
 * Writes a recommendation as a summary a therapist can read and check.
 *
 * For a plan: the conditions, plan-of-care lines (modality, location,
 * frequency, duration, purpose), targets, the session calendar by phase
 * with reassessments, what to avoid and why, pressure, positions,
 * clearances, precautions, goals, complementary care, the evidence as it
 * is (weak or against where it is), billing under the 8-minute rule, and
 * the sources. For a referral or a deferral: the action and its urgency or
 * what it waits for, then the reasons, then the sources.
 *
 * `markdown` is CommonMark with pipe tables; `text` has no markup at all
 * (no `#`, `*`, `|`, backticks or link syntax), for e-mail, SMS gateways and
 * EHR free-text fields. Both say the same things.
 *
 * @param recommendation - the result of `recommendPlan` (or `reassessPlan`)
 * @param options - `format`, and the `catalog` that made the recommendation
 * @returns the summary, ending with a newline
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * console.log(formatPlan(result, { format: 'text' }));
 */
export function formatPlan(recommendation: Recommendation, options: FormatPlanOptions): string {
  const catalog = options.catalog ?? defaultCatalog;
  const blocks =
    recommendation.kind === 'plan'
      ? planSummaryBlocks(recommendation.plan, catalog)
      : outcomeSummaryBlocks(recommendation, catalog);
  return options.format === 'markdown' ? renderMarkdown(blocks) : renderText(blocks);
}
