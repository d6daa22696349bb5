import type { Catalog } from '../catalog/Catalog.js';
import type { Condition, Technique } from '../catalog/CatalogSchema.js';
import type { TreatmentPlan } from '../engine/RecommendationSchema.js';
import type { RegionId, TechniqueId } from '../intake/vocabulary.js';
import type { Locale } from 'date-fns';
import { avoidReasons } from './avoidReasons.js';
import { catalogEntry, clearanceLabel, clearanceName, entryName } from './catalogNames.js';
import { icd10For } from '../catalog/icd10For.js';
import { isSchedulingNote, phaseReasons, techniqueReason, VERDICT_WORDS } from './explanations.js';
import { goalLabel } from './goalLabel.js';
import { joinWords } from './joinWords.js';
import { phaseLabel, phaseSummary } from './phaseSummary.js';
import { planOfCareLines, siteLabels } from './planOfCareLines.js';
import { goalPurpose } from './goalPurpose.js';
import { pressureLabel } from './pressureLabel.js';
import { readableWeekday } from './readableDate.js';
import { regionLabel } from './regionLabel.js';
import { ruleReasons } from './ruleReasons.js';
import { describeRule } from '../rules/data/describeRule.js';
import { sourceLink } from './sourceLink.js';
import type { SummaryBlock } from './summaryBlocks.js';
import { techniqueLabel } from './techniqueLabel.js';

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const words = (id: string): string => id.replace(/-/g, ' ');

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

// "From session 5 (2026-03-16): side-lying, seated", for each session whose positions differ from the one before.
function positionChanges(plan: TreatmentPlan): string[] {
  if (!plan.sessions.some((s) => s.positions !== undefined)) return [];
  const out: string[] = [];
  let previous: string | undefined;
  for (const session of plan.sessions) {
    const now = (session.positions ?? plan.positions).join(', ') || 'none';
    if (now !== previous) out.push(`From session ${session.number} (${session.date}): ${now}`);
    previous = now;
  }
  return out;
}

// For a printed page: "Sherman KJ, et al. Five-week outcomes … Ann Fam Med
// 2014;12(2):112–120." → "Sherman KJ, et al. 2014"; "Name et al. 2014,
// Journal: what it found" → "Name et al. 2014, Journal". The full citation
// stays in text and markdown.
function shortCitation(citation: string): string {
  const colon = citation.indexOf(': ');
  if (colon >= 12) return citation.slice(0, colon);
  const authors = /^(.+?(?:et al)?)\. /.exec(citation)?.[1];
  const year = /\b(?:19|20)\d{2}\b/.exec(citation)?.[0];
  return authors !== undefined && year !== undefined && authors.length < 60 ? `${authors}. ${year}` : citation;
}

// For a printed page: exclusions with the same reason on one line. Techniques
// excluded in the same regions read "Deep-tissue massage and percussion on
// the thigh and lower leg until …" when the group is every technique in every
// region; otherwise the group's items are listed before the reason.
function groupedAvoidItems(items: readonly { avoid: TreatmentPlan['avoid'][number]; what: string; why: string }[], catalog: Catalog): string[] {
  const groups = new Map<string, (typeof items)[number][]>();
  for (const item of items) {
    const key = `${item.why}|${item.avoid.until ?? ''}|${item.avoid.position ?? ''}|${item.avoid.side ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as (typeof items)[number];
    const techniques = [...new Set(group.map((g) => g.avoid.technique))];
    const regions = [...new Set(group.map((g) => g.avoid.region))];
    const product =
      group.length > 1 &&
      techniques.every((t) => t !== undefined) &&
      regions.every((r) => r !== undefined) &&
      techniques.length * regions.length === group.length &&
      first.avoid.position === undefined;
    if (!product) return `${group.map((g) => g.what).join('; ')}: ${first.why}`;
    const names = techniques.map((t, i) => (i === 0 ? capitalize(techniqueLabel(t as TechniqueId, catalog)) : techniqueLabel(t as TechniqueId, catalog)));
    const where = joinWords(regions.map((r) => regionLabel(r as RegionId, first.avoid.side, catalog)));
    return `${joinWords(names)} on the ${where}${first.avoid.until === undefined ? '' : ` until ${first.avoid.until}`}: ${first.why}`;
  });
}

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

/** Options of {@link planSummaryBlocks}. */
export interface PlanSummaryOptions {
  /**
   * For a printed page: plan-of-care lines that state the shared length,
   * frequency and purpose once; techniques with the same reason on one line,
   * naming regions rather than muscles; the session calendar as one line per
   * phase instead of a table, each phase with its rules and their sources
   * rather than their full text (position changes stay under "Positions");
   * exclusions with the same reason on one line; short citations; no
   * evidence section (its verdicts and sources stay in "Why these
   * techniques" and "Sources").
   */
  compact?: boolean;
  /** A date-fns locale for the weekdays of the session calendar; default `enUS`. */
  locale?: Locale;
}

/**
 * The summary of a treatment plan for a therapist, as format-free blocks:
 * conditions, plan-of-care lines, why each technique (muscles worked and
 * evidence), targets with their pressure caps, the session calendar by
 * phase (each phase with the reason of its own rule, positions per session
 * when they change, reassessment dates), scheduling notes, what to avoid and
 * why, pressure, positions, clearances, consent, checks at each visit,
 * precautions, goals with their due date (`goal.by`), discharge criteria,
 * home care, aftercare, complementary care, evidence, medical necessity,
 * billing lines and sources. An empty list says "None." (or the usual
 * practice, for consent and the checks at each visit, which every plan needs).
 *
 * @param plan - the plan
 * @param catalog - the catalogue that made it (names, ICD-10 codes, measures)
 * @param options - `compact` for a printed page
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
export function planSummaryBlocks(plan: TreatmentPlan, catalog: Catalog, options: PlanSummaryOptions = {}): SummaryBlock[] {
  const compact = options.compact === true;
  const locale = options.locale;
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
      const condition = catalogEntry<Condition>(catalog.conditions, entry.condition);
      const details = [
        entry.severity,
        entry.acuity,
        ...(entry.painScore === undefined ? [] : [`pain ${entry.painScore}/10`]),
        ...(entry.region === undefined ? [] : [regionLabel(entry.region, entry.side, catalog)]),
        ...(entry.onset === undefined ? [] : [`onset ${entry.onset}`]),
      ];
      // As specific as the entry allows: the side, and the joint for joint pain.
      const codes = condition === undefined ? [] : icd10For(condition, entry);
      const code = codes.length === 0 ? '' : ` (ICD-10-CM ${codes.map((c) => `${c.code}, ${c.display}`).join('; ')})`;
      return `${entryName(catalog.conditions, entry.condition)}: ${details.join(', ')}${code}`;
    }),
  });

  section('Plan of care');
  const lines = planOfCareLines(plan, catalog);
  blocks.push(
    lines.length === 0
      ? { kind: 'paragraph', text: 'No technique is left after the exclusions: plan this client by hand.' }
      : compact
        ? {
            kind: 'list',
            items: lines.map((line) => `${capitalize(joinWords(line.techniques.map((t) => techniqueLabel(t, catalog))))}: ${joinWords(siteLabels(plan, line.regions, catalog))}`),
          }
        : { kind: 'list', items: lines.map((line) => line.text) },
  );
  // On a printed page the length, frequency and purpose are shared by every line: say them once.
  if (compact && lines.length > 0) {
    blocks.push({ kind: 'paragraph', text: `${plan.sessionMinutes}-minute sessions, ${phaseSummary(plan.phases) || 'no phase'}, ${goalPurpose(plan.intake.goals)}.` });
  }

  if (plan.techniques.length > 0) {
    section('Why these techniques');
    // Techniques with the same reason and rules share one line on a printed page.
    const groups = new Map<string, { names: string[]; codes: Set<string>; why: string; because: string[] }>();
    for (const t of plan.techniques) {
      const why = techniqueReason(plan, t.technique, catalog, compact);
      const key = compact ? `${why}|${t.because.join(',')}` : t.technique;
      const group = groups.get(key) ?? { names: [], codes: new Set<string>(), why, because: t.because };
      group.names.push(techniqueLabel(t.technique, catalog));
      // Each technique under its own catalogue code (a vendor's cupping as 97140).
      const cpt = catalogEntry<Technique>(catalog.techniques, t.technique)?.cpt;
      if (cpt !== undefined) group.codes.add(cpt);
      groups.set(key, group);
    }
    blocks.push({
      kind: 'list',
      items: [...groups.values()].map(
        (g) =>
          `${capitalize(joinWords(g.names))} (${g.codes.size === 0 ? 'no CPT code in the catalogue' : `CPT ${[...g.codes].join(', ')}`}): ${g.why === '' ? 'see the rules' : g.why} (rule ${g.because.join(', ')})`,
      ),
    });
  }

  section('Targets');
  blocks.push(
    plan.targets.length === 0
      ? { kind: 'paragraph', text: 'No target area is left after the exclusions.' }
      : {
          kind: 'list',
          items: plan.targets.map((t) => {
            const name = capitalize(regionLabel(t.region, t.side, catalog));
            const cap =
              t.maxPressure === undefined
                ? ''
                : ` (pressure at most ${pressureLabel(t.maxPressure)}${t.site === undefined ? '' : `: ${t.site}`})`;
            return `${t.muscles.length === 0 ? name : `${name}: ${t.muscles.join(', ')}`}${cap}`;
          }),
        },
  );

  section('Session calendar');
  const reassessments = plan.sessions.filter((s) => s.reassessment).map((s) => `${s.number} (${s.date})`);
  const changingPositions = plan.sessions.some((s) => s.positions !== undefined);
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
    const why = phaseReasons(plan, phase);
    if (compact) {
      // On a printed page, the rules and their sources; the full text is in the other formats.
      const cited = phase.because.map((rule) => {
        const sources = [...new Set(plan.trace.filter((t) => t.rule === rule && t.effect === 'setPhases').map((t) => t.source))];
        return sources.length === 0 ? rule : `${rule} (${sources.join(', ')})`;
      });
      if (cited.length > 0) blocks.push({ kind: 'paragraph', text: `Rules: ${cited.join(', ')}.` });
    } else if (why.length > 0) blocks.push({ kind: 'paragraph', text: `Why: ${why.join(' ')}` });
    blocks.push(
      sessions.length === 0
        ? { kind: 'paragraph', text: 'No session scheduled in this phase (see the scheduling notes).' }
        : compact
          ? {
              kind: 'paragraph',
              text: sessions
                .map((s) => `${s.number}: ${readableWeekday(s.date, locale)} ${s.date}${s.reassessment ? ' (reassess)' : ''}`)
                .join('; '),
            }
          : {
            kind: 'table',
            header: ['Session', 'Date', 'Day', 'Minutes', 'Reassessment', ...(changingPositions ? ['Positions'] : [])],
            rows: sessions.map((s) => [
              String(s.number),
              s.date,
              readableWeekday(s.date, locale),
              String(s.minutes),
              s.reassessment ? 'reassess' : '',
              ...(changingPositions ? [(s.positions ?? plan.positions).join(', ') || 'none'] : []),
            ]),
          },
    );
  }

  const schedulingNotes = plan.precautions.filter(isSchedulingNote);
  if (schedulingNotes.length > 0) {
    section('Scheduling notes');
    blocks.push({ kind: 'list', items: schedulingNotes.map((p) => `${p.message} (rule ${p.because.join(', ')})`) });
  }

  section('Avoid');
  const reasons = avoidReasons(plan);
  const avoidItems = plan.avoid.map((avoid, i) => {
    const why = avoid.reasons.length > 0 ? avoid.reasons : (reasons[i] ?? []);
    return { avoid, what: avoidedThing(avoid, catalog), why: `${why.length > 0 ? why.join(' ') : 'see the rules'} (rule ${avoid.because.join(', ')})` };
  });
  blocks.push(
    plan.avoid.length === 0
      ? { kind: 'paragraph', text: 'Nothing excluded for this client (the usual endangerment sites still apply).' }
      : { kind: 'list', items: compact ? groupedAvoidItems(avoidItems, catalog) : avoidItems.map((item) => `${item.what}: ${item.why}`) },
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
  const capped = plan.targets.filter((t) => t.maxPressure !== undefined && t.maxPressure < plan.pressure.max);
  if (capped.length > 0) {
    blocks.push({
      kind: 'list',
      items: capped.map(
        (t) =>
          `At most ${pressureLabel(t.maxPressure ?? plan.pressure.max)} on the ${regionLabel(t.region, t.side, catalog)}${t.site === undefined ? '' : ` (${t.site})`} (rule ${t.because.join(', ')})`,
      ),
    });
  }

  section('Positions');
  const notAllowed = (['prone', 'supine', 'side-lying', 'seated'] as const).filter((p) => !plan.positions.includes(p));
  blocks.push({
    kind: 'paragraph',
    text: `Allowed: ${plan.positions.length === 0 ? 'none' : plan.positions.join(', ')}.${notAllowed.length === 0 ? '' : ` Not allowed: ${notAllowed.join(', ')}.`}`,
  });
  const changes = positionChanges(plan);
  if (changes.length > 0) blocks.push({ kind: 'list', items: changes });

  section('Clearances required before the first session');
  blocks.push(
    plan.clearances.length === 0
      ? { kind: 'paragraph', text: 'None.' }
      : {
          kind: 'list',
          items: plan.clearances.map((clearance) => {
            // The rules' messages name the clearance by its id or its name.
            const label = clearanceLabel(catalog, clearance).toLowerCase();
            const why = [
              ...new Set(
                plan.trace
                  .filter((t) => t.effect === 'requireClearance' && (t.detail.toLowerCase().includes(clearance) || t.detail.toLowerCase().includes(label)))
                  .map((t) => t.detail),
              ),
            ];
            return `${clearanceName(catalog, clearance)}${why.length === 0 ? '' : `: ${why.join(' ')}`}`;
          }),
        },
  );

  // The rules always ask for informed consent and the red-flag check: an empty
  // list is a plan edited by hand, and the therapist still obtains and asks them.
  section('Consent before the first session');
  blocks.push(
    plan.consents.length === 0
      ? { kind: 'paragraph', text: 'Obtain and record informed consent as usual practice requires.' }
      : { kind: 'list', items: plan.consents.map((c) => `${c.message} (rule ${c.because.join(', ')})`) },
  );

  section('Checks at each visit');
  blocks.push(
    plan.sessionChecks.length === 0
      ? { kind: 'paragraph', text: 'Ask about any change in health since the last visit, as usual practice requires.' }
      : { kind: 'list', items: plan.sessionChecks.map((c) => `${c.question} (rule ${c.because.join(', ')})`) },
  );

  const clinical = plan.precautions.filter((p) => !isSchedulingNote(p));
  section('Precautions');
  blocks.push(
    clinical.length === 0
      ? { kind: 'paragraph', text: 'None beyond usual practice.' }
      : { kind: 'list', items: clinical.map((p) => `${p.message} (rule ${p.because.join(', ')})`) },
  );

  section('Goals');
  blocks.push(
    plan.goals.length === 0
      ? { kind: 'paragraph', text: 'No measurable goal: record a baseline on an outcome measure at the first session.' }
      : { kind: 'list', items: plan.goals.map((goal) => `${goalLabel(goal, catalog)}, by ${goal.by}`) },
  );

  section('Discharge');
  blocks.push({ kind: 'list', items: plan.discharge.criteria });
  if (plan.discharge.because.length > 0) {
    blocks.push({ kind: 'paragraph', text: `Rule ${plan.discharge.because.join(', ')}.` });
  }

  section('Home care');
  blocks.push(
    plan.homeCare.length === 0
      ? { kind: 'paragraph', text: 'None.' }
      : { kind: 'list', items: plan.homeCare.map((a) => `${a.advice} (rule ${a.because.join(', ')})`) },
  );

  section('Aftercare');
  blocks.push(
    plan.aftercare.length === 0
      ? { kind: 'paragraph', text: 'None.' }
      : { kind: 'list', items: plan.aftercare.map((a) => `${a.advice} (rule ${a.because.join(', ')})`) },
  );

  section('Complementary care');
  blocks.push(
    plan.complementary.length === 0
      ? { kind: 'paragraph', text: 'None suggested.' }
      : { kind: 'list', items: plan.complementary.map((care) => capitalize(words(care))) },
  );

  if (!compact) {
    section('Evidence');
    blocks.push({
      kind: 'list',
      items: plan.evidence.map(
        (e) =>
          `${entryName(catalog.conditions, e.condition)}, ${VERDICT_WORDS[e.verdict]}: ${e.summary}${e.sources.length === 0 ? '' : ` (sources ${e.sources.join(', ')})`}`,
      ),
    });
  }

  section('Medical necessity');
  blocks.push({ kind: 'paragraph', text: plan.medicalNecessity });

  section('Billing');
  const { code, unitsPerSession } = plan.billing;
  const low = 8 + 15 * (unitsPerSession - 1);
  if (plan.billing.lines.length > 1) {
    const total = plan.billing.lines.reduce((sum, line) => sum + line.units, 0);
    const timed = plan.billing.lines.reduce((sum, line) => sum + line.minutes, 0);
    blocks.push(
      {
        kind: 'paragraph',
        text: `${total} unit${total === 1 ? '' : 's'} per ${plan.sessionMinutes}-minute session under the 8-minute rule on the ${timed} timed minutes, assigned to each code by the minutes spent on it (CMS Pub. 100-04 ch. 5 §20.2); the primary line is CPT ${code}.`,
      },
      {
        kind: 'table',
        header: ['CPT', 'Covers', 'Minutes', 'Units'],
        rows: plan.billing.lines.map((line) => [
          line.code,
          CPT_NAMES[line.code as keyof typeof CPT_NAMES] ?? 'a code outside this catalogue',
          String(line.minutes),
          String(line.units),
        ]),
      },
    );
  } else {
    blocks.push({
      kind: 'paragraph',
      text:
        unitsPerSession === 0
          ? `CPT ${code} (${CPT_NAMES[code]}): sessions of ${plan.sessionMinutes} minutes are under 8 minutes and not billable as a timed unit.`
          : `CPT ${code} (${CPT_NAMES[code]}): ${unitsPerSession} unit${unitsPerSession === 1 ? '' : 's'} per ${plan.sessionMinutes}-minute session under the 8-minute rule (${low}–${low + 14} minutes = ${unitsPerSession} unit${unitsPerSession === 1 ? '' : 's'}).`,
    });
  }
  const billed = new Set(plan.billing.lines.map((line) => line.code));
  const cptOf = (technique: string) => catalogEntry<Technique>(catalog.techniques, technique)?.cpt;
  const otherCode = [...new Set(plan.techniques.flatMap((t) => cptOf(t.technique) ?? []))].filter((c) => c !== code && !billed.has(c));
  for (const other of otherCode) {
    const names = plan.techniques.filter((t) => cptOf(t.technique) === other).map((t) => techniqueLabel(t.technique, catalog));
    blocks.push({
      kind: 'paragraph',
      text: `The plan also uses techniques billed as CPT ${other} (${CPT_NAMES[other]}): ${joinWords(names)}. When both codes are used in a session, divide the units between them by the minutes spent on each.`,
    });
  }

  // Rules kept as data (a clinic's house rules, built-in rules simple enough
  // to be data) say in plain words what they check and do, so the therapist
  // can check the logic, not only the message.
  const dataRules = catalog.rules.filter((rule) => rule.data !== undefined && plan.trace.some((t) => t.rule === rule.id));
  if (!compact && dataRules.length > 0) {
    section('Rules written as data');
    blocks.push({ kind: 'list', items: dataRules.map((rule) => `${rule.id}: ${describeRule(rule, catalog)}`) });
  }

  section('Sources');
  // On a printed page, each citation up to its title ("Sherman et al. 2014, Ann Fam Med"), with the address.
  blocks.push({
    kind: 'sources',
    items: plan.sources.map((source) => {
      const link = sourceLink(source);
      return { id: source.id, citation: compact ? shortCitation(source.citation) : source.citation, ...(link === undefined ? {} : { url: link }) };
    }),
  });
  return blocks;
}
