import { sourceLink } from './sourceLink.js';
import { match } from 'ts-pattern';
import type { Catalog } from '../catalog/Catalog.js';
import type { Finding, Recommendation } from '../engine/RecommendationSchema.js';
import { clearanceLabel } from './catalogNames.js';
import { joinWords } from './joinWords.js';
import type { SummaryBlock } from './summaryBlocks.js';

type Outcome = Exclude<Recommendation, { kind: 'plan' }>;

/**
 * What the therapist does for each referral urgency.
 *
 * @example
 * URGENCY_ACTIONS.emergency; // 'Send the client to emergency care now (call emergency services). Do not massage.'
 */
export const URGENCY_ACTIONS: Readonly<Record<Extract<Recommendation, { kind: 'refer' }>['urgency'], string>> = {
  emergency: 'Send the client to emergency care now (call emergency services). Do not massage.',
  urgent: 'The client should see a physician promptly: within days at the latest, the same day where a reason says so. Do not massage until then; a physician clearance on file (the client was evaluated for this) lets a new intake plan.',
  routine: 'The client should see a physician at the next opportunity, before massage is planned.',
};

const reasonItems = (reasons: readonly Finding[]): SummaryBlock => ({
  kind: 'list',
  items: reasons.map((r) => `${r.message} (rule ${r.rule}; source ${r.source})`),
});

/**
 * The summary of a referral or a deferral for a therapist, as format-free
 * blocks: the action first (with its urgency, or what it waits for), then
 * the reasons with their rules, then the sources they cite.
 *
 * @param outcome - a `refer` or `defer` recommendation
 * @param catalog - the catalogue whose sources the reasons cite
 * @returns the blocks, in reading order
 * @example
 * import { renderText } from './summaryBlocks.js';
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'low-back-pain', severity: 'moderate' }],
 *   goals: ['pain-relief'],
 *   redFlags: ['saddle-anesthesia'],
 * });
 * if (result.kind !== 'plan') renderText(outcomeSummaryBlocks(result, defaultCatalog)).split('\n')[0]; // 'REFER (EMERGENCY): NO MASSAGE PLAN'
 */
export function outcomeSummaryBlocks(outcome: Outcome, catalog: Catalog): SummaryBlock[] {
  const head = match(outcome)
    .with({ kind: 'refer' }, (r): SummaryBlock[] => [
      { kind: 'heading', level: 1, text: `Refer (${r.urgency}): no massage plan` },
      { kind: 'paragraph', text: `Action: ${URGENCY_ACTIONS[r.urgency]}` },
    ])
    .with({ kind: 'defer' }, (d): SummaryBlock[] => {
      const cleared = d.clearances.length === 0 ? '' : `written clearance from the ${joinWords(d.clearances.map((c) => clearanceLabel(catalog, c)))}`;
      const until =
        d.until === 'resolved'
          ? `Do not massage until the condition below has resolved${cleared === '' ? '' : `, and until ${cleared}`}; then assess again.`
          : `Do not massage until ${cleared === '' ? 'a clinician has cleared massage' : cleared}; then assess again with the clearance recorded in the intake.`;
      return [
        { kind: 'heading', level: 1, text: `Defer: no massage until ${d.until === 'resolved' ? 'resolved' : 'cleared'}` },
        { kind: 'paragraph', text: `Action: ${until}` },
      ];
    })
    .with({ kind: 'discharge' }, (): SummaryBlock[] => [
      { kind: 'heading', level: 1, text: 'Discharge: the plan of care is complete' },
      { kind: 'paragraph', text: 'Action: end the plan of care; book no further sessions under it.' },
      { kind: 'heading', level: 2, text: 'Before closing the plan' },
      {
        kind: 'list',
        items: [
          'Record the final score on each outcome measure of the goals, for the discharge summary.',
          'Review the home program with the client, so the gains are kept without sessions.',
          'Invite the client back for a new assessment if symptoms return: a new intake makes a new plan.',
        ],
      },
    ])
    .exhaustive();
  const sourceIds = [...new Set(outcome.reasons.map((r) => r.source))];
  return [
    ...head,
    { kind: 'heading', level: 2, text: 'Reasons' },
    reasonItems(outcome.reasons),
    { kind: 'heading', level: 2, text: 'Sources' },
    {
      kind: 'sources',
      items: sourceIds.map((id) => {
        const source = catalog.sources[id];
        const link = source === undefined ? undefined : sourceLink(source);
        return source === undefined ? { id, citation: 'not in the catalogue' } : { id, citation: source.citation, ...(link === undefined ? {} : { url: link }) };
      }),
    },
  ];
}
