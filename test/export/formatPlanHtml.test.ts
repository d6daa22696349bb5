import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import type { Recommendation } from '../../src/engine/RecommendationSchema.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { isSchedulingNote, phaseReasons, techniqueReason } from '../../src/export/explanations.js';
import { formatPlan } from '../../src/export/formatPlan.js';
import { phaseLabel } from '../../src/export/phaseSummary.js';
import { escapeHtml } from '../../src/export/renderHtml.js';
import { REALISTIC_INTAKES } from './intakeArbitrary.js';
import { basePlan, fullPlan, HOSTILE } from './planOfCareFixture.js';

const plan = fullPlan();
const recommendation: Recommendation = { kind: 'plan', plan };
const markdown = formatPlan(recommendation, { format: 'markdown' });
const text = formatPlan(recommendation, { format: 'text' });
const html = formatPlan(recommendation, { format: 'html' });

/** The lines of a markdown `## ` section, without blank lines. */
function section(document: string, heading: string): string[] {
  const lines = document.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `heading ${heading} missing`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && /^#{1,2} /.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== '');
}

/** The inner HTML of `<section data-section="id">`. */
function htmlSection(document: string, id: string): string {
  const match = new RegExp(`<section data-section="${id}">([\\s\\S]*?)</section>`).exec(document);
  expect(match, `section ${id} missing`).not.toBeNull();
  return match?.[1] ?? '';
}

const stripTags = (fragment: string): string => fragment.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('formatPlan (markdown and text): the whole plan of care', () => {
  it('lists home care, aftercare, consent and checks at each visit, each with its rule', () => {
    expect(section(markdown, '## Home care')).toEqual([
      '- Neck exercises every day: chin tucks and shoulder rolls, 10 of each. (rule condition/neck-pain)',
      '- Screen at eye level; a break from the desk every 30 minutes. (rule condition/neck-pain)',
    ]);
    expect(section(markdown, '## Aftercare')).toHaveLength(2);
    expect(section(markdown, '## Consent before the first session')).toEqual([
      '- Informed consent to the plan, its benefits, risks and alternatives. (rule condition/neck-pain)',
    ]);
    expect(section(markdown, '## Checks at each visit')).toEqual([
      '- Any new or unexplained bruising since the last visit? (rule precaution/anticoagulants)',
    ]);
  });

  it('states the discharge criteria, the medical necessity and one billing line per code', () => {
    expect(section(markdown, '## Discharge')).toEqual([
      '- Goals met',
      '- Pain 2/10 or lower on two visits in a row',
      '- No progress over two reassessments',
      'Rule condition/neck-pain.',
    ]);
    expect(section(markdown, '## Medical necessity')).toEqual([
      'Cervicalgia (ICD-10-CM M54.2) with NDI 18/50 limits desk work; skilled manual therapy 2×/week for 6 weeks.',
    ]);
    const billing = section(markdown, '## Billing');
    expect(billing[0]).toBe(
      '4 units per 60-minute session under the 8-minute rule on the 60 timed minutes, assigned to each code by the minutes spent on it (CMS Pub. 100-04 ch. 5 §20.2); the primary line is CPT 97140.',
    );
    expect(billing.filter((l) => /^\| 97\d{3} \|/.test(l))).toEqual([
      '| 97140 | manual therapy: myofascial release, trigger-point therapy, lymphatic drainage, soft-tissue mobilization | 38 | 3 |',
      '| 97124 | massage: effleurage, petrissage, tapotement | 22 | 1 |',
    ]);
    // Both codes are on their own lines: no "divide the units by hand" paragraph.
    expect(billing.join('\n')).not.toContain('divide the units');
  });

  it('the engine fills home care, aftercare, consent, checks, discharge and medical necessity, and the summary lists them with their rules', () => {
    const engine = basePlan();
    const document = formatPlan({ kind: 'plan', plan: engine }, { format: 'markdown' });
    expect(section(document, '## Home care')).toEqual(engine.homeCare.map((a) => `- ${a.advice} (rule ${a.because.join(', ')})`));
    expect(section(document, '## Home care')[0]).toBe(
      '- Between sessions, note your pain and the everyday activities you could or could not do, to compare at the reassessment. (rule care/self-monitoring)',
    );
    expect(section(document, '## Aftercare')).toEqual(engine.aftercare.map((a) => `- ${a.advice} (rule ${a.because.join(', ')})`));
    expect(section(document, '## Consent before the first session')[0]).toMatch(/^- Informed consent to this plan: .* \(rule consent\/informed\)$/);
    expect(section(document, '## Checks at each visit')[0]).toMatch(/^- Since the last visit: .* If so, do not treat: refer\. \(rule check\/red-flags\)$/);
    expect(section(document, '## Discharge')).toEqual([
      ...engine.discharge.criteria.map((c) => `- ${c}`),
      `Rule ${engine.discharge.because.join(', ')}.`,
    ]);
    expect(section(document, '## Discharge')[0]).toBe('- Goals met: every goal of this plan reached at a reassessment.');
    expect(section(document, '## Medical necessity')).toEqual([engine.medicalNecessity]);
  });

  it('says None for an empty list, and still asks for consent and the checks every plan needs', () => {
    const empty = { ...basePlan(), homeCare: [], aftercare: [], consents: [], sessionChecks: [] };
    const bare = formatPlan({ kind: 'plan', plan: empty }, { format: 'markdown' });
    expect(section(bare, '## Home care')).toEqual(['None.']);
    expect(section(bare, '## Aftercare')).toEqual(['None.']);
    // Informed consent and the health check are never "None": a plan edited down to no entry still says to do them.
    expect(section(bare, '## Consent before the first session')).toEqual(['Obtain and record informed consent as usual practice requires.']);
    expect(section(bare, '## Checks at each visit')).toEqual(['Ask about any change in health since the last visit, as usual practice requires.']);
    // No sentence made up without a rule: discharge and medical necessity are the engine's.
    expect(bare).not.toContain('by hand');
    expect(bare).not.toMatch(/^Discharge when /m);
    const handout = formatPlan({ kind: 'plan', plan: empty }, { format: 'html' });
    expect(stripTags(htmlSection(handout.slice(handout.indexOf('<section class="handout">')), 'at-home'))).toBe('At home None.');
  });

  it('puts scheduling notes in their own section, not among the precautions', () => {
    const notes = plan.precautions.filter(isSchedulingNote);
    expect(notes.map((n) => n.id)).toEqual(['schedule-shortfall-max-sessions', 'recertification-due']);
    const scheduling = section(markdown, '## Scheduling notes');
    expect(scheduling).toEqual(notes.map((n) => `- ${n.message} (rule ${n.because.join(', ')})`));
    const precautions = section(markdown, '## Precautions').join('\n');
    for (const note of notes) expect(precautions).not.toContain(note.message);
    expect(precautions).toContain('endangerment sites');
    // The blackout date is a scheduling note too.
    const blackout = recommendPlan(REALISTIC_INTAKES['sports injury of the right knee, 6 weeks old']);
    if (blackout.kind !== 'plan') throw new Error('expected a plan');
    const ids = blackout.plan.precautions.filter(isSchedulingNote).map((p) => p.id);
    expect(ids.every((id) => /^(schedule-shortfall-|recertification-due)/.test(id))).toBe(true);
    expect(isSchedulingNote({ id: 'authorization-used', message: 'Used up.', because: ['reassess/authorization-used'] })).toBe(true);
  });

  it('gives each phase the reason of its own rule: "every 2 weeks" next to the every-other-week rule, never "weekly once improving"', () => {
    const maintenance = plan.phases.find((p) => p.phase === 'maintenance');
    expect(maintenance?.everyWeeks).toBe(2);
    if (maintenance === undefined) throw new Error('no maintenance');
    expect(phaseLabel(maintenance)).toBe('every 2 weeks for 8 weeks');
    const why = phaseReasons(plan, maintenance).join(' ');
    expect(why).toMatch(/^Maintenance: Every-other-week/);
    expect(why).not.toMatch(/weekly once improving/i);
    const transition = plan.phases.find((p) => p.phase === 'transition');
    if (transition === undefined) throw new Error('no transition');
    expect(phaseReasons(plan, transition).join(' ')).toMatch(/^Transition: Weekly once improving/);
    // everyWeeks wins over a sessionsPerWeek that does not divide evenly.
    expect(phaseLabel({ ...maintenance, sessionsPerWeek: 0.34, everyWeeks: 3 })).toBe('every 3 weeks for 8 weeks');
    expect(markdown).toContain('### Maintenance phase: every 2 weeks for 8 weeks\n\nWhy: Maintenance: Every-other-week');
  });

  it('explains each technique by the muscles it works and the evidence, not by restating the condition', () => {
    const why = section(markdown, '## Why these techniques');
    expect(why).toHaveLength(plan.techniques.length);
    const trigger = why.find((line) => line.startsWith('- Trigger-point therapy (CPT 97140): '));
    expect(trigger).toContain('For neck pain and tension-type headache: works the upper trapezius, levator scapulae');
    expect(trigger).toContain('Evidence supports massage for neck pain (S24');
    expect(trigger).toMatch(/weak or mixed evidence for tension-type headache \(S28, S29/);
    expect(markdown).not.toContain('Neck pain: Trigger-point therapy.');
    expect(techniqueReason(plan, 'hot-stone', defaultCatalog)).toBe('');
  });

  it('shows per-target pressure caps, positions per session when they change, goals with dates and reassessment dates', () => {
    expect(section(markdown, '## Targets')[0]).toBe(
      `- Neck: ${plan.targets[0]?.muscles.join(', ')} (pressure at most 1 (light contact): anterior neck)`,
    );
    expect(section(markdown, '## Pressure')).toContain(
      '- At most 1 (light contact) on the neck (anterior neck) (rule condition/neck-pain, condition/tension-headache)',
    );
    expect(section(markdown, '## Positions')).toEqual([
      'Allowed: prone, supine, side-lying, seated.',
      '- From session 1 (2026-03-02): prone, supine, side-lying, seated',
      '- From session 3 (2026-03-09): side-lying, seated',
    ]);
    expect(markdown).toContain('| Session | Date | Day | Minutes | Reassessment | Positions |');
    expect(markdown).toMatch(/\| 3 \| 2026-03-09 \| Mon \| 60 \| {2}\| side-lying, seated \|/);
    // Each goal is due by its own date (the end of the first phase); a goal with no baseline asks for a change from it.
    expect(plan.goals.map((g) => g.by)).toEqual(['2026-04-10', '2026-04-10', '2026-04-10']);
    expect(section(markdown, '## Goals')).toEqual([
      '- Pain numeric rating scale (NRS, 0–10): from 6 to 4 or lower, by 2026-04-10',
      '- Neck Disability Index (NDI, 0–50): at least 5 points better than the baseline recorded at the first visit, by 2026-04-10',
      '- Henry Ford Headache Disability Inventory (HDI, 0–100): at least 29 points better than the baseline recorded at the first visit, by 2026-04-10',
    ]);
    expect(markdown).not.toMatch(/: 0 or lower/);
    // The date is goal.by, not the last session.
    const early = plan.sessions[3]?.date ?? '';
    expect(early).not.toBe(plan.sessions.at(-1)?.date);
    const dueEarly = formatPlan({ kind: 'plan', plan: { ...plan, goals: plan.goals.map((g) => ({ ...g, by: early })) } }, { format: 'markdown' });
    expect(section(dueEarly, '## Goals').map((line) => line.slice(line.lastIndexOf(', by ')))).toEqual(plan.goals.map(() => `, by ${early}`));
    // A goal kept at the best score says so.
    const kept = { ...plan, goals: [{ measure: 'psfs' as const, baseline: 10, target: 10, targetChange: 0, by: early, description: 'Function (maintenance).', because: ['goal/condition-measures'] }] };
    expect(section(formatPlan({ kind: 'plan', plan: kept }, { format: 'markdown' }), '## Goals')).toEqual([
      `- Patient-Specific Functional Scale (PSFS, 0–10): kept at 10, by ${early}`,
    ]);
    const reassess = plan.sessions.filter((s) => s.reassessment);
    expect(section(markdown, '## Session calendar')[0]).toContain(`reassess at session${reassess.length === 1 ? '' : 's'} ${reassess[0]?.number} (${reassess[0]?.date})`);
  });

  it('a discharge states the action, what to do before closing, the reasons with their rules, and the sources', () => {
    const discharge: Recommendation = {
      kind: 'discharge',
      reasons: [{ rule: 'reassess/goals-met', message: 'Every goal is met: pain 1/10, target 4.', source: 'CMS-100-02' }],
      trace: [{ rule: 'reassess/goals-met', effect: 'discharge', detail: 'Every goal is met.', source: 'CMS-100-02' }],
    };
    const parts = formatPlan(discharge, { format: 'markdown' }).trimEnd().split('\n\n');
    expect(parts.slice(0, 3)).toEqual([
      '# Discharge: the plan of care is complete',
      'Action: end the plan of care; book no further sessions under it.',
      '## Before closing the plan',
    ]);
    expect(parts[3]?.split('\n')).toHaveLength(3);
    expect(parts.slice(4, 7)).toEqual(['## Reasons', '- Every goal is met: pain 1/10, target 4. (rule reassess/goals-met; source CMS-100-02)', '## Sources']);
    expect(parts[7]).toMatch(/^- CMS-100-02: /);
    expect(formatPlan(discharge, { format: 'text' }).split('\n')[0]).toBe('DISCHARGE: THE PLAN OF CARE IS COMPLETE');
  });

  it('the text format says the same new sections, without markup', () => {
    for (const heading of ['HOME CARE', 'AFTERCARE', 'CONSENT BEFORE THE FIRST SESSION', 'CHECKS AT EACH VISIT', 'DISCHARGE', 'MEDICAL NECESSITY', 'SCHEDULING NOTES']) {
      expect(text.split('\n')).toContain(heading);
    }
    expect(text).toContain('• Any new or unexplained bruising since the last visit? (rule precaution/anticoagulants)');
    expect(text).toMatch(/^97124 +massage: effleurage, petrissage, tapotement +22 +1$/m);
    expect(text).not.toMatch(/[|#`]/);
  });
});

describe("formatPlan (html): the printable plan of care and the client's handout", () => {
  it('is a standalone document: doctype, charset, title, inline style, no scripts and no external assets', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Plan of care: Neck pain, Tension-type headache (assessed 2026-03-02)</title>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc=|\son[a-z]+=/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has print CSS: the handout starts on a new page, sections do not break, links print as text', () => {
    const css = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    const print = css.slice(css.indexOf('@media print'));
    expect(css).toContain('@media print');
    expect(print).toMatch(/\.handout \{[^}]*break-before: page/);
    expect(print).toMatch(/\.handout \{[^}]*page-break-before: always/);
    expect(print).toMatch(/section \{[^}]*break-inside: avoid/);
    expect(print).toMatch(/a \{[^}]*color: inherit/);
    expect(css).toMatch(/@page \{[^}]*margin/);
  });

  it('puts the therapist plan first and the client handout after it, in its own element', () => {
    const main = html.indexOf('<main class="plan-of-care">');
    const handout = html.indexOf('<section class="handout">');
    expect(main).toBeGreaterThan(0);
    expect(handout).toBeGreaterThan(html.indexOf('</main>'));
    const therapist = html.slice(main, html.indexOf('</main>'));
    for (const id of [
      'conditions',
      'plan-of-care',
      'why-these-techniques',
      'targets',
      'session-calendar',
      'scheduling-notes',
      'avoid',
      'pressure',
      'positions',
      'consent-before-the-first-session',
      'checks-at-each-visit',
      'goals',
      'discharge',
      'home-care',
      'aftercare',
      'medical-necessity',
      'billing',
      'sources',
    ]) {
      expect(therapist, id).toContain(`<section data-section="${id}">`);
    }
    // The printed page keeps the evidence in "why" and "sources", and the calendar on one line per phase.
    expect(therapist).not.toContain('data-section="evidence"');
    expect(therapist).not.toContain('<th>Session</th>');
  });

  it('the plan of care has what a therapist prints: ICD-10 codes, goals with dates, frequency × duration, reassessment dates, avoid reasons, caps, billing lines', () => {
    expect(stripTags(htmlSection(html, 'conditions'))).toContain('Neck pain: moderate, chronic, pain 6/10 (ICD-10-CM M54.2, Cervicalgia)');
    const goals = stripTags(htmlSection(html, 'goals'));
    for (const goal of plan.goals) expect(goals).toContain(`by ${goal.by}`);
    expect(goals).toContain('at least 29 points better than the baseline recorded at the first visit');
    expect(stripTags(htmlSection(html, 'plan-of-care'))).toContain('2×/week for 6 weeks, then weekly for 4 weeks, then every 2 weeks for 8 weeks');
    const calendar = stripTags(htmlSection(html, 'session-calendar'));
    for (const s of plan.sessions) expect(calendar).toContain(`${s.number}: `);
    for (const s of plan.sessions.filter((x) => x.reassessment)) expect(calendar).toContain(`${s.date} (reassess)`);
    const avoid = stripTags(htmlSection(html, 'avoid'));
    for (const a of plan.avoid) for (const reason of a.reasons) expect(avoid).toContain(reason);
    expect(stripTags(htmlSection(html, 'targets'))).toContain('(pressure at most 1 (light contact): anterior neck)');
    expect(htmlSection(html, 'billing')).toContain('<td>97124</td><td>massage: effleurage, petrissage, tapotement</td><td>22</td><td>1</td>');
    expect(htmlSection(html, 'sources')).toContain('<a href="https://www.annfammed.org/content/12/2/112">');
  });

  it('fits the page by saying shared things once: exclusions with one reason on one line, rules for phases, short citations', () => {
    // a fresh surgical site: every deep technique and stretching kept off it, for one reason
    const pregnancy = recommendPlan(REALISTIC_INTAKES['knee surgery 10 days ago, in cancer treatment']);
    if (pregnancy.kind !== 'plan') throw new Error('expected a plan');
    const page = formatPlan(pregnancy, { format: 'html' });
    const avoid = htmlSection(page, 'avoid');
    const items = avoid.match(/<li>/g) ?? [];
    expect(pregnancy.plan.avoid.length).toBeGreaterThan(items.length);
    // Every exclusion is still there: each technique and region of the plan's avoid list is named.
    for (const a of pregnancy.plan.avoid) {
      if (a.technique !== undefined) expect(avoid.toLowerCase()).toContain(defaultCatalog.techniques[a.technique].name.toLowerCase());
      for (const reason of a.reasons) expect(avoid).toContain(escapeHtml(reason));
    }
    const calendar = stripTags(htmlSection(html, 'session-calendar'));
    expect(calendar).toContain('Rules: dose/neck-pain (S24), dose/tension-headache (S28), dose/taper-maintenance (S27).');
    expect(stripTags(htmlSection(html, 'sources'))).toContain('S24 : Sherman KJ, et al. 2014 https:');
    expect(stripTags(htmlSection(html, 'sources'))).not.toContain('2014;12(2):112–120');
    // The markdown keeps the full text.
    expect(markdown).toContain(`S24: ${defaultCatalog.sources.S24?.citation ?? '?'}`);
    expect(defaultCatalog.sources.S24?.citation).toContain('2014;12(2):112–120');
  });

  it('the handout has home care, what to expect after a session and when to call, without rule ids', () => {
    const handout = html.slice(html.indexOf('<section class="handout">'));
    expect(handout).toContain('<h1>Your care between sessions</h1>');
    const atHome = stripTags(htmlSection(handout, 'at-home'));
    expect(atHome).toBe('At home Neck exercises every day: chin tucks and shoulder rolls, 10 of each. Screen at eye level; a break from the desk every 30 minutes.');
    expect(stripTags(htmlSection(handout, 'after-a-session'))).toContain('Mild soreness for a day or two');
    const call = stripTags(htmlSection(handout, 'when-to-call'));
    expect(call).toContain('Call the clinic if pain is worse 48 hours after a session.');
    expect(stripTags(htmlSection(handout, 'after-a-session'))).not.toContain('48 hours');
    expect(handout).not.toMatch(/condition\/|precaution\/|\(rule /);
  });

  it('escapes every text: a hostile string in the plan stays text', () => {
    const hostile = fullPlan(() => HOSTILE);
    const document = formatPlan({ kind: 'plan', plan: { ...hostile, sources: [...hostile.sources, { id: 'X"1', citation: HOSTILE, url: 'javascript:alert(1)' }] } }, { format: 'html' });
    expect(document).not.toContain('<script');
    expect(document).not.toContain('<img');
    expect(document).not.toMatch(/<[^>]*\sonerror=/);
    expect(document).not.toContain('href="javascript:');
    expect(document).toContain(escapeHtml(HOSTILE));
    expect(escapeHtml(HOSTILE)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt; &amp; *bold* | [a](javascript:alert(1))',
    );
    // In the handout (home care) and in the therapist's page (consent, medical necessity).
    expect(document.split(escapeHtml(HOSTILE)).length - 1).toBeGreaterThanOrEqual(5);
  });

  it('writes referrals, deferrals and discharges as a page with the action and reasons, and no handout', () => {
    for (const name of ['sciatica with red flag (refer)', 'carpal tunnel, fever (defer)']) {
      const result = recommendPlan(REALISTIC_INTAKES[name]);
      const document = formatPlan(result, { format: 'html' });
      expect(document).toContain('<section data-section="reasons">');
      expect(document).not.toContain('class="handout"');
      if (result.kind === 'plan') throw new Error('expected an outcome');
      for (const reason of result.reasons) expect(document).toContain(escapeHtml(reason.message));
    }
    const discharge: Recommendation = {
      kind: 'discharge',
      reasons: [{ rule: 'reassess/goals-met', message: 'Every goal is met: pain 1/10 <= 2.', source: 'CMS-100-02' }],
      trace: [],
    };
    const document = formatPlan(discharge, { format: 'html' });
    expect(document).toContain('<title>Discharge: the plan of care is complete</title>');
    expect(document).toContain('Every goal is met: pain 1/10 &lt;= 2.');
  });

  it('every realistic recommendation gives an HTML page with no empty section', () => {
    for (const intake of Object.values(REALISTIC_INTAKES)) {
      const document = formatPlan(recommendPlan(intake), { format: 'html' });
      for (const match of document.matchAll(/<section data-section="([^"]+)"><h2>[^<]*<\/h2>([\s\S]*?)<\/section>/g)) {
        expect(stripTags(match[2] ?? ''), match[1]).not.toBe('');
      }
    }
  });
});

