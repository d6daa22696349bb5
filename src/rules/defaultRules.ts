import { careRules } from './careRules.js';
import { conditionRules } from './conditionRules.js';
import { doseRules } from './doseRules.js';
import { goalRules } from './goalRules.js';
import { localRules } from './localRules.js';
import { noMassageRules } from './noMassageRules.js';
import { precautionRules } from './precautionRules.js';
import { preferenceRules } from './preferenceRules.js';
import { redFlagRules } from './redFlagRules.js';
import type { Rule } from './Rule.js';

/**
 * Every built-in rule, in evaluation order: red flags, no-massage flags,
 * local contraindications, precautions, condition selection, dose, goals,
 * plan of care (home care, aftercare, consents, checks, discharge),
 * preferences.
 */
export const defaultRules: readonly Rule[] = /* @__PURE__ */ (() => [
  ...redFlagRules,
  ...noMassageRules,
  ...localRules,
  ...precautionRules,
  ...conditionRules,
  ...doseRules,
  ...goalRules,
  ...careRules,
  ...preferenceRules,
])();
