import type { Catalog } from '../catalog/Catalog.js';
import { defaultCatalog } from '../catalog/defaultCatalog.js';
import { match } from 'ts-pattern';
import type { Locale } from 'date-fns';
import * as z from 'zod';
import type { Recommendation } from '../engine/RecommendationSchema.js';
import type { CatalogIds, DefaultIds } from '../intake/CatalogIds.js';
import { safeParseWith } from '../intake/parseWith.js';
import { entryName } from './catalogNames.js';
import { handoutBlocks } from './handoutBlocks.js';
import { nestedIntakeError } from '../intake/nestedIntakeError.js';
import { CatalogOptionSchema } from '../catalog/catalogOption.js';
import { planSchemas } from '../engine/planSchemas.js';
import { outcomeSummaryBlocks } from './outcomeSummaryBlocks.js';
import { planSummaryBlocks } from './planSummaryBlocks.js';
import { renderHtml } from './renderHtml.js';
import { renderMarkdown, renderText, type SummaryBlock } from './summaryBlocks.js';

const OptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    format: z.enum(['markdown', 'text', 'html']),
    catalog: CatalogOptionSchema.optional(),
    locale: z
      .custom<Locale>((value) => typeof value === 'object' && value !== null && 'localize' in value && 'formatLong' in value, {
        error: 'must be a date-fns locale',
      })
      .optional(),
  }))();

/** Options of {@link formatPlan}. */
export interface FormatPlanOptions<I extends CatalogIds = DefaultIds> {
  /**
   * `markdown` (headings, lists, tables, links), `text` (plain text with no
   * markup) or `html` (a standalone, printable page: the plan of care, then
   * the client handout on a page of its own).
   */
  format: 'markdown' | 'text' | 'html';
  /** The catalogue that made the recommendation, for names, codes and sources; default `defaultCatalog`. */
  catalog?: Catalog<I>;
  /** A date-fns locale for the dates people read (weekdays in the session calendar); default `enUS`. */
  locale?: Locale;
}

/**
 * Writes a recommendation as a summary a therapist can read and check.
 *
 * For a plan: the conditions, plan-of-care lines (modality, location,
 * frequency, duration, purpose), why each technique, targets with their
 * pressure caps, the session calendar by phase with reassessments,
 * scheduling notes, what to avoid and why, pressure, positions, clearances,
 * consent, checks at each visit, precautions, goals with dates, discharge
 * criteria, home care, aftercare, complementary care, the evidence as it
 * is (weak or against where it is), medical necessity, billing lines under
 * the 8-minute rule, and the sources. For a referral, a deferral or a
 * discharge: the action and its urgency or what it waits for, then the
 * reasons, then the sources.
 *
 * `markdown` is CommonMark with pipe tables; `text` has no markup at all
 * (no `#`, `*`, `|`, backticks or link syntax), for e-mail, SMS gateways and
 * EHR free-text fields. Both say the same things.
 *
 * `html` is a standalone document to print: the plan of care (the same
 * sections, with the session calendar as one line per phase and without the
 * evidence section, two columns on paper) in `<main class="plan-of-care">`,
 * then, for a plan, the client handout (home care, after a session, when to
 * call) in `<section class="handout">`, which print CSS starts on a new page.
 * The style sheet is inline; there are no scripts or external assets, and
 * every text is HTML-escaped.
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
 * formatPlan(result, { format: 'html' }).startsWith('<!doctype html>'); // true
 */
export function formatPlan<I extends CatalogIds = DefaultIds>(recommendation: Recommendation<I>, options: FormatPlanOptions<I>): string {
  const checkedOptions = safeParseWith(OptionsSchema, options);
  if (!checkedOptions.success) throw nestedIntakeError('options', checkedOptions.error);
  // A recommendation read back from storage may not be one: fail with the
  // path of the problem, not with a TypeError halfway through the summary.
  const checked = safeParseWith(planSchemas({ ...(options.catalog === undefined ? {} : { catalog: options.catalog }) }).RecommendationSchema, recommendation);
  if (!checked.success) throw nestedIntakeError('recommendation', checked.error);
  return formatValidRecommendation(checked.data as unknown as Recommendation, options as FormatPlanOptions);
}

/**
 * The summary of {@link formatPlan} for a recommendation and options already
 * validated. Names, codes and measures come from `options.catalog`; an id
 * the catalogue does not hold is written as it is, never a crash.
 *
 * @param valid - a validated recommendation
 * @param options - validated options
 * @returns the summary, ending with a newline
 */
export function formatValidRecommendation(valid: Recommendation, options: FormatPlanOptions): string {
  const catalog = options.catalog ?? defaultCatalog;
  const format = options.format;
  const summary = (compact: boolean): SummaryBlock[] =>
    match(valid)
      .with({ kind: 'plan' }, (r) => planSummaryBlocks(r.plan, catalog, { compact, ...(options.locale === undefined ? {} : { locale: options.locale }) }))
      .with({ kind: 'refer' }, { kind: 'defer' }, { kind: 'discharge' }, (r) => outcomeSummaryBlocks(r, catalog))
      .exhaustive();
  return match(format)
    .with('markdown', () => renderMarkdown(summary(false)))
    .with('text', () => renderText(summary(false)))
    .with('html', () => {
      const blocks = summary(true);
      const head = blocks[0];
      const title = head?.kind === 'heading' ? head.text : 'massage-plan';
      return match(valid)
        .with({ kind: 'plan' }, (r) => renderHtml(`Plan of care: ${planTitle(r.plan, catalog)}`, blocks, handoutBlocks(r.plan, catalog)))
        .with({ kind: 'refer' }, { kind: 'defer' }, { kind: 'discharge' }, () => renderHtml(title, blocks))
        .exhaustive();
    })
    .exhaustive();
}

// "Neck pain and tension-type headache, assessed 2026-03-02".
function planTitle(plan: { intake: { assessedOn: string; conditions: { condition: string }[] } }, catalog: Catalog): string {
  const names = [...new Set(plan.intake.conditions.map((c) => entryName(catalog.conditions, c.condition)))];
  return `${names.join(', ')} (assessed ${plan.intake.assessedOn})`;
}
