import * as z from 'zod';

/** The shape of a catalogue id: lowercase words joined by hyphens, e.g. `plantar-fasciitis`. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Longest catalogue id. */
export const ID_MAX_LENGTH = 40;

/**
 * An id of a catalogue entry (condition, technique, region, history flag,
 * red flag, outcome measure, clearance): lowercase words joined by hyphens,
 * at most 40 characters. Whether the id exists is checked against the
 * catalogue in use, not here.
 *
 * @example
 * IdSchema.safeParse('plantar-fasciitis').success; // true
 * IdSchema.safeParse('Plantar Fasciitis').success; // false
 */
export const IdSchema = /* @__PURE__ */ z
  .string()
  .max(ID_MAX_LENGTH, { error: `must be at most ${ID_MAX_LENGTH} characters` })
  .regex(ID_PATTERN, { error: 'must be lowercase words joined by hyphens, e.g. "plantar-fasciitis"' });
