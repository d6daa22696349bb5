import type * as z from 'zod';
import { DEFAULT_INTAKE_SCHEMAS } from './IntakeSchema.js';

/**
 * The zod schema of a reassessment: progress since the plan began, checked
 * with the same rules and messages as an intake (for a vendor's catalogue,
 * `reassessPlan` checks it against that catalogue's ids).
 *
 * @example
 * ReassessmentSchema.safeParse({ assessedOn: '2027-01-05', sessionsCompleted: 8, painScore: 3 }).success; // true
 */
export const ReassessmentSchema = /* @__PURE__ */ (() => DEFAULT_INTAKE_SCHEMAS.ReassessmentSchema)();

/** A validated reassessment. */
export type Reassessment = z.output<typeof ReassessmentSchema>;
/** A reassessment as a caller writes it. */
export type ReassessmentInput = z.input<typeof ReassessmentSchema>;
