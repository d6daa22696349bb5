import type { Catalog } from '../catalog/Catalog.js';
import { defaultCatalog } from '../catalog/defaultCatalog.js';
import type { Locale } from 'date-fns';
import * as z from 'zod';
import { RecommendationSchema, type Recommendation } from '../engine/RecommendationSchema.js';
import { safeParseWith } from '../intake/parseWith.js';
import { nestedIntakeError } from './nestedIntakeError.js';
import { outcomeSummaryBlocks } from './outcomeSummaryBlocks.js';
import { planSummaryBlocks } from './planSummaryBlocks.js';
import { renderMarkdown, renderText } from './summaryBlocks.js';

const OptionsSchema = z.strictObject({
  format: z.enum(['markdown', 'text']),
  catalog: z.custom<Catalog>((value) => typeof value === 'object' && value !== null, { error: 'must be a catalogue' }).optional(),
  locale: z
    .custom<Locale>((value) => typeof value === 'object' && value !== null && 'localize' in value && 'formatLong' in value, {
      error: 'must be a date-fns locale',
    })
    .optional(),
});

/** Options of {@link formatPlan}. */
export interface FormatPlanOptions {
  /** `markdown` (headings, lists, tables, links) or `text` (plain text with no markup). */
  format: 'markdown' | 'text';
  /** The catalogue that made the recommendation, for names, codes and sources; default `defaultCatalog`. */
  catalog?: Catalog;
  /** A date-fns locale for the dates people read (weekdays in the session calendar); default `enUS`. */
  locale?: Locale;
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
 * @param options - `format`, the `catalog` that made the recommendation, and a date-fns `locale` for dates
 * @returns the summary, ending with a newline
 * @throws `IntakeError` when the recommendation or the options are not valid (paths start at `recommendation` or `options`)
 * @example
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * console.log(formatPlan(result, { format: 'text' }));
 */
export function formatPlan(recommendation: Recommendation, options: FormatPlanOptions): string {
  const checkedOptions = safeParseWith(OptionsSchema, options);
  if (!checkedOptions.success) throw nestedIntakeError('options', checkedOptions.error);
  // A recommendation read back from storage may not be one: fail with the
  // path of the problem, not with a TypeError halfway through the summary.
  const checked = safeParseWith(RecommendationSchema, recommendation);
  if (!checked.success) throw nestedIntakeError('recommendation', checked.error);
  const valid = checked.data;
  const catalog = options.catalog ?? defaultCatalog;
  const blocks = valid.kind === 'plan' ? planSummaryBlocks(valid.plan, catalog, options.locale) : outcomeSummaryBlocks(valid, catalog);
  return options.format === 'markdown' ? renderMarkdown(blocks) : renderText(blocks);
}
