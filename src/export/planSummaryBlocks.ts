import type { Catalog } from '../catalog/Catalog.js';
import type { TreatmentPlan } from '../engine/RecommendationSchema.js';
import type { Locale } from 'date-fns';
import { avoidReasons } from './avoidReasons.js';
import { goalLabel } from './goalLabel.js';
import { joinWords } from './joinWords.js';
import { phaseLabel } from './phaseSummary.js';
import { planOfCareLines } from './planOfCareLines.js';
import { pressureLabel } from './pressureLabel.js';
import { readableWeekday } from './readableDate.js';
import { regionLabel } from './regionLabel.js';
import { ruleReasons } from './ruleReasons.js';
import type { SummaryBlock } from './summaryBlocks.js';
import { techniqueLabel } from './techniqueLabel.js';

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const words = (id: string): string => id.replace(/-/g, ' ');

/**
 * What each evidence verdict of the catalogue means, in words.
 *
 * @example
 * VERDICT_WORDS.against; // 'a guideline advises against massage'
 */
export const VERDICT_WORDS: Readonly<Record<TreatmentPlan['evidence'][number]['verdict'], string>> = {
  supports: 'evidence supports massage',
  weak: 'weak or mixed evidence',
  against: 'a guideline advises against massage',
  none: 'no published evidence found',
};

/**
 * What each CPT code of the plan covers.
 *
 * @example
 * CPT_NAMES['97124']; // 'massage: effleurage, petrissage, tapotement'
 */
export const CPT_NAMES: Readonly<Record<TreatmentPlan['billing']['code'], string>> = {
  '97124': 'massage: effleurage, petrissage, tapotement',
  '97140': 'manual therapy: myofascial release, trigger-point therapy, lymphatic drainage, soft-tissue mobilization',
};

// "Deep-tissue massage on the left lower leg until 2026-06-03", "The prone position".
function avoidedThing(avoid: TreatmentPlan['avoid'][number], catalog: Catalog): string {
  const where = avoid.region === undefined ? '' : ` on the ${regionLabel(avoid.region, avoid.side, catalog)}`;
  const what =
    avoid.technique !== undefined
      ? `${capitalize(techniqueLabel(avoid.technique, catalog))}${where}`
      : avoid.region !== undefined
        ? `Massage${where}`
        : avoid.position !== undefined
          ? `The ${avoid.position} position`
          : 'Massage';
  const position = avoid.position !== undefined && (avoid.technique !== undefined || avoid.region !== undefined) ? ` in the ${avoid.position} position` : '';
  return `${what}${position}${avoid.until === undefined ? '' : ` until ${avoid.until}`}`;
}

/**
 * The summary of a treatment plan for a therapist, as format-free blocks:
 * conditions, plan-of-care lines, targets, the session calendar by phase,
 * what to avoid and why, pressure, positions, clearances, precautions,
 * goals, complementary care, evidence, billing and sources.
 *
 * @param plan - the plan
 * @param catalog - the catalogue that made it (names, ICD-10 codes, measures)
 * @param locale - a date-fns locale for the weekdays of the session calendar; default `enUS`
 * @returns the blocks, in reading order
 * @example
 * import { renderText } from './summaryBlocks.js';
 * const result = recommendPlan({
 *   assessedOn: '2026-03-02',
 *   conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }],
 *   goals: ['pain-relief'],
 * });
 * if (result.kind === 'plan') renderText(planSummaryBlocks(result.plan, defaultCatalog)).split('\n')[0]; // 'TREATMENT PLAN (PROPOSAL)'
 */
export function planSummaryBlocks(plan: TreatmentPlan, catalog: Catalog, locale?: Locale): SummaryBlock[] {
  const blocks: SummaryBlock[] = [];
  const section = (text: string) => blocks.push({ kind: 'heading', level: 2, text });
  const first = plan.sessions[0];
  const last = plan.sessions[plan.sessions.length - 1];

  blocks.push(
    { kind: 'heading', level: 1, text: 'Treatment plan (proposal)' },
    {
      kind: 'paragraph',
      text: `Decision support for a licensed therapist, not a directive: check each item and the rule and source behind it before use. Assessed ${plan.intake.assessedOn}; ruleset ${plan.rulesetVersion}.`,
    },
  );

  section('Conditions');
  blocks.push({
    kind: 'list',
    items: plan.intake.conditions.map((entry) => {
      const condition = catalog.conditions[entry.condition];
      const details = [
        entry.severity,
        entry.acuity,
        ...(entry.painScore === undefined ? [] : [`pain ${entry.painScore}/10`]),
        ...(entry.region === undefined ? [] : [regionLabel(entry.region, entry.side, catalog)]),
        ...(entry.onset === undefined ? [] : [`onset ${entry.onset}`]),
      ];
      const code = condition.icd10 === undefined ? '' : ` (ICD-10-CM ${condition.icd10.code}, ${condition.icd10.display})`;
      return `${condition.name}: ${details.join(', ')}${code}`;
    }),
  });

  section('Plan of care');
  const lines = planOfCareLines(plan, catalog);
  blocks.push(
    lines.length === 0
      ? { kind: 'paragraph', text: 'No technique is left after the exclusions: plan this client by hand.' }
      : { kind: 'list', items: lines.map((line) => line.text) },
  );

  section('Targets');
  blocks.push(
    plan.targets.length === 0
      ? { kind: 'paragraph', text: 'No target area is left after the exclusions.' }
      : {
          kind: 'list',
          items: plan.targets.map((t) => {
            const name = capitalize(regionLabel(t.region, t.side, catalog));
            return t.muscles.length === 0 ? name : `${name}: ${t.muscles.join(', ')}`;
          }),
        },
  );

  section('Session calendar');
  const reassessments = plan.sessions.filter((s) => s.reassessment).map((s) => String(s.number));
  blocks.push({
    kind: 'paragraph',
    text:
      first === undefined || last === undefined
        ? 'No session could be scheduled within the availability and authorization.'
        : `${plan.sessions.length} sessions of ${plan.sessionMinutes} minutes from ${first.date} to ${last.date}; reassess at session${reassessments.length === 1 ? '' : 's'} ${joinWords(reassessments)}.`,
  });
  for (const phase of plan.phases) {
    const sessions = plan.sessions.filter((s) => s.phase === phase.phase);
    blocks.push({ kind: 'heading', level: 3, text: `${capitalize(phase.phase)} phase: ${phaseLabel(phase)}` });
    blocks.push(
      sessions.length === 0
        ? { kind: 'paragraph', text: 'No session scheduled in this phase (see the precautions).' }
        : {
            kind: 'table',
            header: ['Session', 'Date', 'Day', 'Minutes', 'Reassessment'],
            rows: sessions.map((s) => [
              String(s.number),
              s.date,
              readableWeekday(s.date, locale),
              String(s.minutes),
              s.reassessment ? 'reassess' : '',
            ]),
          },
    );
  }

  section('Avoid');
  const reasons = avoidReasons(plan);
  blocks.push(
    plan.avoid.length === 0
      ? { kind: 'paragraph', text: 'Nothing excluded for this client (the usual endangerment sites still apply).' }
      : {
          kind: 'list',
          items: plan.avoid.map((avoid, i) => {
            const why = reasons[i] ?? [];
            return `${avoidedThing(avoid, catalog)}: ${why.length > 0 ? why.join(' ') : 'see the rules'} (rule ${avoid.because.join(', ')})`;
          }),
        },
  );

  section('Pressure');
  blocks.push({
    kind: 'paragraph',
    text: `Start at ${pressureLabel(plan.pressure.start)} and stay at or below ${pressureLabel(plan.pressure.max)} on the 1–5 scale (1 light contact … 5 deep).`,
  });
  const pressureReasons = [
    ...ruleReasons(plan.trace, plan.pressure.because, 'capPressure'),
    ...ruleReasons(plan.trace, plan.pressure.because, 'startPressure'),
  ];
  if (pressureReasons.length > 0) blocks.push({ kind: 'list', items: [...new Set(pressureReasons)] });

  section('Positions');
  const notAllowed = (['prone', 'supine', 'side-lying', 'seated'] as const).filter((p) => !plan.positions.includes(p));
  blocks.push({
    kind: 'paragraph',
    text: `Allowed: ${plan.positions.length === 0 ? 'none' : plan.positions.join(', ')}.${notAllowed.length === 0 ? '' : ` Not allowed: ${notAllowed.join(', ')}.`}`,
  });

  section('Clearances required before the first session');
  blocks.push(
    plan.clearances.length === 0
      ? { kind: 'paragraph', text: 'None.' }
      : {
          kind: 'list',
          items: plan.clearances.map((clearance) => {
            const why = [
              ...new Set(
                plan.trace
                  .filter((t) => t.effect === 'requireClearance' && t.detail.toLowerCase().includes(clearance))
                  .map((t) => t.detail),
              ),
            ];
            return `${capitalize(clearance)}${why.length === 0 ? '' : `: ${why.join(' ')}`}`;
          }),
        },
  );

  section('Precautions');
  blocks.push(
    plan.precautions.length === 0
      ? { kind: 'paragraph', text: 'None beyond usual practice.' }
      : { kind: 'list', items: plan.precautions.map((p) => `${p.message} (rule ${p.because.join(', ')})`) },
  );

  section('Goals');
  blocks.push(
    plan.goals.length === 0
      ? { kind: 'paragraph', text: 'No measurable goal: record a baseline on an outcome measure at the first session.' }
      : { kind: 'list', items: plan.goals.map((goal) => goalLabel(goal, catalog)) },
  );

  section('Complementary care');
  blocks.push(
    plan.complementary.length === 0
      ? { kind: 'paragraph', text: 'None suggested.' }
      : { kind: 'list', items: plan.complementary.map((care) => capitalize(words(care))) },
  );

  section('Evidence');
  blocks.push({
    kind: 'list',
    items: plan.evidence.map(
      (e) =>
        `${catalog.conditions[e.condition].name}, ${VERDICT_WORDS[e.verdict]}: ${e.summary}${e.sources.length === 0 ? '' : ` (sources ${e.sources.join(', ')})`}`,
    ),
  });

  section('Billing');
  const { code, unitsPerSession } = plan.billing;
  const low = 8 + 15 * (unitsPerSession - 1);
  blocks.push({
    kind: 'paragraph',
    text:
      unitsPerSession === 0
        ? `CPT ${code} (${CPT_NAMES[code]}): sessions of ${plan.sessionMinutes} minutes are under 8 minutes and not billable as a timed unit.`
        : `CPT ${code} (${CPT_NAMES[code]}): ${unitsPerSession} unit${unitsPerSession === 1 ? '' : 's'} per ${plan.sessionMinutes}-minute session under the 8-minute rule (${low}–${low + 14} minutes = ${unitsPerSession} unit${unitsPerSession === 1 ? '' : 's'}).`,
  });
  const otherCode = [...new Set(plan.techniques.map((t) => catalog.techniques[t.technique].cpt))].filter((c) => c !== code);
  for (const other of otherCode) {
    const names = plan.techniques.filter((t) => catalog.techniques[t.technique].cpt === other).map((t) => techniqueLabel(t.technique, catalog));
    blocks.push({
      kind: 'paragraph',
      text: `The plan also uses techniques billed as CPT ${other} (${CPT_NAMES[other]}): ${joinWords(names)}. When both codes are used in a session, divide the units between them by the minutes spent on each.`,
    });
  }

  section('Sources');
  blocks.push({ kind: 'sources', items: plan.sources });
  return blocks;
}
