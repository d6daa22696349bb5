import * as z from 'zod';
import { CalendarDateSchema, FLAGS_NEEDING_REGION, HistoryEntrySchema, ScoreSchema } from './IntakeSchema.js';
import { RedFlagIdSchema } from './vocabulary.js';

const wholeNumber = (min: number, max: number) =>
  z
    .number()
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be between ${min} and ${max}` })
    .max(max, { error: `must be between ${min} and ${max}` });

/**
 * The zod schema of a reassessment: progress since the plan began, checked
 * with the same rules and messages as an intake.
 *
 * @example
 * ReassessmentSchema.safeParse({ assessedOn: '2027-01-05', sessionsCompleted: 8, painScore: 3 }).success; // true
 */
export const ReassessmentSchema = z
  .strictObject({
    assessedOn: CalendarDateSchema,
    sessionsCompleted: wholeNumber(0, 200),
    painScore: wholeNumber(0, 10).optional(),
    scores: z.array(ScoreSchema).max(9, { error: 'must list at most 9 scores' }).optional(),
    redFlags: z.array(RedFlagIdSchema).max(17, { error: 'must list at most 17 red flags' }).optional(),
    history: z.array(HistoryEntrySchema).max(60, { error: 'must list at most 60 history entries' }).optional(),
  })
  .superRefine((value, ctx) => {
    value.history?.forEach((entry, i) => {
      if (FLAGS_NEEDING_REGION.includes(entry.flag) && entry.region === undefined) {
        ctx.addIssue({ code: 'custom', path: ['history', i, 'region'], message: `is required for ${entry.flag} (say which area to avoid)` });
      }
      if (entry.flag === 'pregnancy' && entry.weeks === undefined) {
        ctx.addIssue({ code: 'custom', path: ['history', i, 'weeks'], message: 'is required for pregnancy (weeks of gestation decide position and timing)' });
      }
    });
  });

/** A validated reassessment. */
export type Reassessment = z.output<typeof ReassessmentSchema>;
/** A reassessment as a caller writes it. */
export type ReassessmentInput = z.input<typeof ReassessmentSchema>;
