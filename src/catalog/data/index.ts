/** The built-in clinical catalogue data: pure, typed, frozen records. */
export { conditions } from './conditions.js';
export { historyFlags } from './historyFlags.js';
export { outcomeMeasures } from './outcomeMeasures.js';
export { redFlags } from './redFlags.js';
export { regions } from './regions.js';
export { sources, type SourceId } from './sources.js';
export { techniques } from './techniques.js';
export { clearances } from './clearances.js';
