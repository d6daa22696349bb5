import type { GoalId } from '../intake/vocabulary.js';
import { joinWords } from './joinWords.js';

/**
 * What each intake goal is for, as the purpose of a plan-of-care line ("to reduce pain").
 *
 * @example
 * GOAL_PURPOSES['range-of-motion']; // 'improve range of motion'
 */
export const GOAL_PURPOSES: Readonly<Record<GoalId, string>> = {
  'pain-relief': 'reduce pain',
  rehabilitation: 'restore function',
  'faster-healing': 'support healing',
  'range-of-motion': 'improve range of motion',
  'sleep-and-energy': 'improve sleep and energy',
  'stress-relief': 'reduce stress',
  maintenance: 'maintain the gains',
};

/**
 * The purpose of a plan of care, from the client's goals.
 *
 * @param goals - the intake's goals
 * @returns e.g. `'to reduce pain and maintain the gains'`
 * @example
 * goalPurpose(['pain-relief', 'range-of-motion']); // 'to reduce pain and improve range of motion'
 */
export function goalPurpose(goals: readonly GoalId[]): string {
  return `to ${joinWords([...new Set(goals.map((goal) => GOAL_PURPOSES[goal]))])}`;
}
