import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extendCatalog, type CatalogPatchInput } from '../../src/index.js';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import type { Recommendation, TreatmentPlan } from '../../src/engine/RecommendationSchema.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import { formatPlan } from '../../src/export/formatPlan.js';
import { IntakeError } from '../../src/intake/IntakeError.js';
import { fcConfig } from '../support/fcConfig.js';
import { REALISTIC_INTAKES, validIntakeArb } from './intakeArbitrary.js';

const recommend = (name: string): Recommendation => {
  const intake = REALISTIC_INTAKES[name];
  if (intake === undefined) throw new Error(`no intake ${name}`);
  return recommendPlan(intake);
};
const planOf = (name: string): TreatmentPlan => {
  const result = recommend(name);
  if (result.kind !== 'plan') throw new Error(`expected a plan for ${name}`);
  return result.plan;
};

const NECK = 'neck pain and tension headache, with exclusions and maintenance';
const neck = planOf(NECK);
const markdown = formatPlan({ kind: 'plan', plan: neck }, { format: 'markdown' });
const text = formatPlan({ kind: 'plan', plan: neck }, { format: 'text' });

/** The lines of a section: from its heading to the next heading of the same or a higher level. */
function section(document: string, heading: string): string[] {
  const lines = document.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `heading ${JSON.stringify(heading)} missing`).toBeGreaterThanOrEqual(0);
  const level = /^#+/.exec(heading)?.[0].length ?? 0;
  const isEnd = (line: string) =>
    level > 0 ? /^#+ /.test(line) && (/^#+/.exec(line)?.[0].length ?? 0) <= level : /^[A-Z][A-Z0-9 ()-]+$/.test(line);
  const end = lines.findIndex((line, i) => i > start && isEnd(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== '');
}

// Markdown syntax that must never appear in the text format.
const MARKDOWN_SYNTAX: readonly [string, RegExp][] = [
  ['heading', /^\s{0,3}#{1,6}(\s|$)/m],
  ['list bullet', /^\s*[-*+]\s/m],
  ['numbered list', /^\s*\d+[.)]\s/m],
  ['bold', /\*\*|__/],
  ['asterisk', /\*/],
  ['table pipe', /\|/],
  ['code', /`/],
  ['emphasis', /(^|[\s(])_[^_\s][^_]*_(?=[\s).,;:]|$)/m],
  ['link', /\[[^\]]*\]\([^)]*\)/],
  ['autolink', /<https?:/],
  ['block quote', /^\s*>/m],
  ['setext underline', /^\s*(=+|-{2,})\s*$/m],
  ['html', /<\/?[a-z][^>]*>/i],
];
const markdownIn = (document: string): string[] =>
  MARKDOWN_SYNTAX.filter(([, pattern]) => pattern.test(document)).map(([name]) => name);

describe('formatPlan (markdown): a plan, field by field', () => {
  it('opens with the title and the decision-support notice, ruleset and assessment date', () => {
    expect(markdown.startsWith('# Treatment plan (proposal)\n\nDecision support for a licensed therapist')).toBe(true);
    expect(markdown).toContain('Assessed 2026-03-02; ruleset massage-plan-rules@0.2.0.');
  });

  it('puts the sections in reading order', () => {
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Conditions',
      '## Plan of care',
      '## Why these techniques',
      '## Targets',
      '## Session calendar',
      '## Scheduling notes',
      '## Avoid',
      '## Pressure',
      '## Positions',
      '## Clearances required before the first session',
      '## Consent before the first session',
      '## Checks at each visit',
      '## Precautions',
      '## Goals',
      '## Discharge',
      '## Home care',
      '## Aftercare',
      '## Complementary care',
      '## Evidence',
      '## Medical necessity',
      '## Billing',
      '## Rules written as data',
      '## Sources',
    ]);
  });

  it('links every source it can: its address, else its DOI, else its PubMed page', () => {
    const patch: unknown = JSON.parse(readFileSync(new URL('../../examples/catalogs/clinic-patch.json', import.meta.url), 'utf8'));
    const catalog = extendCatalog(defaultCatalog, patch as CatalogPatchInput);
    const result = recommendPlan(JSON.parse('{"assessedOn":"2026-12-01","conditions":[{"condition":"plantar-fasciitis","severity":"moderate"}],"goals":["pain-relief"]}') as unknown, { catalog });
    const text = formatPlan(result, { format: 'markdown', catalog });
    const koc = catalog.sources['KOC-2023'];
    expect(koc?.url).toBeUndefined();
    expect(text).toContain(`- KOC-2023: ${koc?.citation} <https://doi.org/10.2519/jospt.2023.0303>`);
  });

  it('says in plain words what the rules written as data check and do', () => {
    expect(section(markdown, '## Rules written as data')).toEqual([
      '- precaution/anticoagulants: When the client has anticoagulant medication: pressure at most 2; avoid deep-tissue massage; avoid cross-fiber friction; avoid percussion (tapotement).',
    ]);
  });

  it('lists the conditions with severity, acuity, pain and ICD-10-CM code', () => {
    expect(section(markdown, '## Conditions')).toEqual([
      '- Neck pain: moderate, chronic, pain 6/10 (ICD-10-CM M54.2, Cervicalgia)',
      '- Tension-type headache: mild, chronic (ICD-10-CM G44.209, Tension-type headache, unspecified, not intractable)',
    ]);
  });

  it('writes plan-of-care lines: modality, location, frequency, duration, purpose', () => {
    expect(section(markdown, '## Plan of care')).toEqual([
      '- 60 min Swedish massage and assisted stretching, neck, shoulder, and upper back, 2×/week for 6 weeks, then weekly for 4 weeks, then every 2 weeks for 8 weeks, to reduce pain and maintain the gains',
      '- 60 min myofascial release and trigger-point therapy, head and scalp, neck, shoulder, and upper back, 2×/week for 6 weeks, then weekly for 4 weeks, then every 2 weeks for 8 weeks, to reduce pain and maintain the gains',
      '- 60 min neuromuscular therapy, head and scalp, neck, and shoulder, 2×/week for 6 weeks, then weekly for 4 weeks, then every 2 weeks for 8 weeks, to reduce pain and maintain the gains',
    ]);
    // Every technique of the plan is in exactly one line.
    const lines = section(markdown, '## Plan of care').join('\n');
    for (const { technique } of neck.techniques) {
      const name = defaultCatalog.techniques[technique].name.toLowerCase();
      expect(lines.toLowerCase().split(name).length - 1, technique).toBe(1);
    }
  });

  it('uses the sides and the session length of the plan in its lines', () => {
    const ankle = formatPlan(recommend('sports injury of the right knee, 6 weeks old'), { format: 'markdown' });
    expect(section(ankle, '## Plan of care')).toEqual([
      // subacute, but the sports-injury dose is not from a chronic-pain trial: the full taper (the 2-week course is only for those doses and for minors)
      '- 45 min Swedish massage, right thigh, right knee, and right lower leg, 2×/week for 3 weeks, then weekly for 4 weeks, then every 2 weeks for 8 weeks, to restore function and improve range of motion',
      '- 45 min cross-fiber friction, right knee, 2×/week for 3 weeks, then weekly for 4 weeks, then every 2 weeks for 8 weeks, to restore function and improve range of motion',
    ]);
  });

  it('shows the session calendar by phase, every session once, with its reassessment mark', () => {
    expect(section(markdown, '## Session calendar')[0]).toBe(
      '18 sessions of 60 minutes from 2026-03-02 to 2026-05-25; reassess at sessions 4 (2026-03-12), 12 (2026-04-09), 16 (2026-05-04), and 18 (2026-05-25).',
    );
    for (const phase of neck.phases) {
      const heading = `### ${phase.phase[0]?.toUpperCase()}${phase.phase.slice(1)} phase: `;
      const start = markdown.split('\n').find((l) => l.startsWith(heading));
      expect(start, heading).toBeDefined();
      const rows = section(markdown, start ?? '').filter((l) => /^\| \d+ \|/.test(l));
      const sessions = neck.sessions.filter((s) => s.phase === phase.phase);
      expect(rows).toEqual(
        sessions.map((s) => {
          const day = new Date(`${s.date}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', timeZone: 'UTC' });
          return `| ${s.number} | ${s.date} | ${day} | ${s.minutes} | ${s.reassessment ? 'reassess' : ''} |`;
        }),
      );
    }
    expect(markdown).toContain('| Session | Date | Day | Minutes | Reassessment |\n| --- | --- | --- | --- | --- |\n| 1 | 2026-03-02 | Mon | 60 |  |');
    expect(markdown).toContain('### Maintenance phase: every 2 weeks for 8 weeks');
  });

  it('says so when a phase has no session', () => {
    const cut = { ...neck, sessions: neck.sessions.filter((s) => s.phase !== 'maintenance') };
    const document = formatPlan({ kind: 'plan', plan: cut }, { format: 'markdown' });
    expect(section(document, '### Maintenance phase: every 2 weeks for 8 weeks')).toEqual([
      expect.stringMatching(/^Why: Maintenance: Every-other-week maintenance/),
      'No session scheduled in this phase (see the scheduling notes).',
    ]);
  });

  it('says so when no technique, target or session is left', () => {
    const bare = { ...neck, techniques: [], targets: [], sessions: [], goals: [], precautions: [], complementary: [] };
    const document = formatPlan({ kind: 'plan', plan: bare }, { format: 'markdown' });
    expect(section(document, '## Plan of care')).toEqual(['No technique is left after the exclusions: plan this client by hand.']);
    expect(section(document, '## Targets')).toEqual(['No target area is left after the exclusions.']);
    expect(section(document, '## Session calendar')[0]).toBe('No session could be scheduled within the availability and authorization.');
    expect(section(document, '## Goals')).toEqual(['No measurable goal: record a baseline on an outcome measure at the first session.']);
    expect(section(document, '## Precautions')).toEqual(['None beyond usual practice.']);
    expect(section(document, '## Complementary care')).toEqual(['None suggested.']);
    expect(section(document, '## Billing')[0]).toMatch(/units per 60-minute session under the 8-minute rule/);
  });

  it('lists what to avoid, each with its own reason and rule', () => {
    expect(section(markdown, '## Avoid')).toEqual([
      '- Massage on the left lower leg: Varicose veins: Avoid the affected region. (rule local/varicose-veins)',
      '- Deep-tissue massage: Anticoagulants: bruising and bleeding risk. (rule precaution/anticoagulants)',
      '- Cross-fiber friction: Anticoagulants: bruising and bleeding risk. (rule precaution/anticoagulants)',
      '- Percussion (tapotement): Anticoagulants: bruising and bleeding risk. (rule precaution/anticoagulants)',
    ]);
    const fibro = formatPlan(recommend('fibromyalgia with osteoporosis'), { format: 'markdown' });
    expect(section(fibro, '## Avoid')).toContain(
      '- The prone position: Osteoporosis: prone loads the ribs and spine. The client prefers not to lie prone. (rule precaution/osteoporosis, preference/avoid-positions)',
    );
    const ankle = formatPlan(recommend('acute ankle sprain, 1 day old'), { format: 'markdown' });
    expect(section(ankle, '## Avoid')[0]).toBe(
      '- Massage on the left ankle and foot until 2026-06-03: Acute injury (first 72 hours): no massage and no heat on the injured site. (rule local/acute-injury-72h)',
    );
  });

  it('gives pressure as start → max on the 1–5 scale, in words, with the reasons for the cap', () => {
    expect(section(markdown, '## Pressure')).toEqual([
      'Start at 2 (light) and stay at or below 2 (light) on the 1–5 scale (1 light contact … 5 deep).',
      '- Anticoagulants: bruising and bleeding risk.',
      '- Neck pain: usual pressure range.',
      '- Tension-type headache: usual pressure range.',
    ]);
  });

  it('states the allowed positions and the ones that are not', () => {
    expect(section(markdown, '## Positions')).toEqual(['Allowed: prone, supine, side-lying, seated.']);
    const pregnancy = formatPlan(recommend('low back pain in pregnancy, 24 weeks'), { format: 'markdown' });
    expect(section(pregnancy, '## Positions')).toEqual(['Allowed: side-lying, seated. Not allowed: prone, supine.']);
  });

  it('lists the clearances needed before the first session, or none', () => {
    expect(section(markdown, '## Clearances required before the first session')).toEqual(['None.']);
    const knee = formatPlan(recommend('knee surgery 10 days ago, in cancer treatment'), { format: 'markdown' });
    expect(section(knee, '## Clearances required before the first session')).toEqual([
      '- Oncologist: Cancer in active treatment: oncologist clearance before the first session.',
      '- Surgeon: Within 6 weeks of surgery: the surgeon’s clearance before the first session.',
    ]);
  });

  it('lists every precaution with its rule, the goals and the complementary care', () => {
    const clinical = neck.precautions.filter((p) => !p.because.every((rule) => rule.startsWith('schedule/')));
    expect(clinical.length).toBeLessThan(neck.precautions.length);
    expect(section(markdown, '## Precautions')).toEqual(clinical.map((p) => `- ${p.message} (rule ${p.because.join(', ')})`));
    expect(section(markdown, '## Goals')).toEqual([
      // Due at the end of the first phase (goal.by, a reassessment), not at the last session (2026-05-25).
      '- Pain numeric rating scale (NRS, 0–10): from 6 to 4 or lower, by 2026-04-09',
      '- Neck Disability Index (NDI, 0–50): from 18 to 13 or lower, by 2026-04-09',
      // No HDI score at intake: the goal is a meaningful change from the baseline recorded at the first visit.
      '- Henry Ford Headache Disability Inventory (HDI, 0–100): at least 29 points better than the baseline recorded at the first visit, by 2026-04-09',
    ]);
    expect(neck.goals.map((g) => g.by)).toEqual(['2026-04-09', '2026-04-09', '2026-04-09']);
    expect(neck.sessions.find((s) => s.date === '2026-04-09')?.reassessment).toBe(true);
    expect(section(markdown, '## Complementary care')).toEqual(['- Exercise', '- Education']);
  });

  it('reports the evidence honestly, weak and against included', () => {
    expect(section(markdown, '## Evidence')[1]).toMatch(/^- Tension-type headache, weak or mixed evidence: .*placebo.* \(sources S28, S29, S36\)$/);
    const fibro = formatPlan(recommend('fibromyalgia with osteoporosis'), { format: 'markdown' });
    const [line] = section(fibro, '## Evidence');
    expect(line).toMatch(/^- Fibromyalgia, weak or mixed evidence: /);
    expect(line).toContain('EULAR 2017 does not recommend massage');
    expect(line).toContain('Swedish massage did not help');
  });

  it('bills by the 8-minute rule and names the other code the techniques use', () => {
    // 4 units on 60 minutes, split by the minutes on each code: four 97140 techniques, one 97124
    expect(section(markdown, '## Billing')).toEqual([
      '4 units per 60-minute session under the 8-minute rule on the 60 timed minutes, assigned to each code by the minutes spent on it (CMS Pub. 100-04 ch. 5 §20.2); the primary line is CPT 97140.',
      '| CPT | Covers | Minutes | Units |',
      '| --- | --- | --- | --- |',
      `| 97140 | ${defaultCatalog.techniques['trigger-point'].cpt === '97140' ? 'manual therapy: myofascial release, trigger-point therapy, lymphatic drainage, soft-tissue mobilization' : '?'} | 48 | 3 |`,
      '| 97124 | massage: effleurage, petrissage, tapotement | 12 | 1 |',
    ]);
    expect(neck.billing.lines.reduce((sum, line) => sum + line.units, 0)).toBe(4);
    const knee = formatPlan(recommend('knee surgery 10 days ago, in cancer treatment'), { format: 'markdown' });
    expect(section(knee, '## Billing')).toEqual([
      'CPT 97124 (massage: effleurage, petrissage, tapotement): 3 units per 45-minute session under the 8-minute rule (38–52 minutes = 3 units).',
    ]);
  });

  it('lists every source of the plan with its citation and address', () => {
    const lines = section(markdown, '## Sources');
    expect(lines).toHaveLength(neck.sources.length);
    neck.sources.forEach((source, i) => {
      expect(lines[i]).toBe(`- ${source.id}: ${source.citation.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)}${source.url === undefined ? '' : ` <${source.url}>`}`);
    });
    expect(lines).toContain(
      '- S24: Sherman KJ, et al. Five-week outcomes from a dosing trial of therapeutic massage for chronic neck pain. Ann Fam Med 2014;12(2):112–120. <https://www.annfammed.org/content/12/2/112>',
    );
  });

  it('escapes text so that plan content never becomes markup', () => {
    const tricky = {
      ...neck,
      precautions: [{ id: 'x', message: 'Use *light* pressure | not _deep_ [see](http://x) `now` # twice', because: ['r'] }],
    };
    const document = formatPlan({ kind: 'plan', plan: tricky }, { format: 'markdown' });
    expect(section(document, '## Precautions')).toEqual([
      '- Use \\*light\\* pressure \\| not \\_deep\\_ \\[see\\](http://x) \\`now\\` \\# twice (rule r)',
    ]);
    // Every table row has as many cells as its table's header.
    for (const table of markdown.split('\n\n').filter((block) => block.startsWith('|'))) {
      const [header = '', ...rows] = table.split('\n');
      const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;
      for (const row of rows) expect(cells(row), row).toBe(cells(header));
    }
  });
});

describe('formatPlan (text): the same content, no markup', () => {
  it('has the same sections, in capitals', () => {
    const headings = text.split('\n').filter((l) => /^[A-Z][A-Z0-9 ()-]+$/.test(l));
    expect(headings).toEqual([
      'TREATMENT PLAN (PROPOSAL)',
      'CONDITIONS',
      'PLAN OF CARE',
      'WHY THESE TECHNIQUES',
      'TARGETS',
      'SESSION CALENDAR',
      'SCHEDULING NOTES',
      'AVOID',
      'PRESSURE',
      'POSITIONS',
      'CLEARANCES REQUIRED BEFORE THE FIRST SESSION',
      'CONSENT BEFORE THE FIRST SESSION',
      'CHECKS AT EACH VISIT',
      'PRECAUTIONS',
      'GOALS',
      'DISCHARGE',
      'HOME CARE',
      'AFTERCARE',
      'COMPLEMENTARY CARE',
      'EVIDENCE',
      'MEDICAL NECESSITY',
      'BILLING',
      'RULES WRITTEN AS DATA',
      'SOURCES',
    ]);
  });

  it('says what the markdown says: same list items, same table rows, same paragraphs', () => {
    const items = (doc: string, bullet: string) => doc.split('\n').filter((l) => l.startsWith(bullet)).map((l) => l.slice(bullet.length));
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1').replace(/ <(https?:[^>]+)>$/, ' $1');
    expect(items(text, '• ')).toEqual(items(markdown, '- ').map(unescape));
    const textRows = text.split('\n').filter((l) => /^\d+\s+\d{4}-\d{2}-\d{2}/.test(l)).map((l) => l.split(/\s{2,}/));
    const markdownRows = markdown
      .split('\n')
      .filter((l) => /^\| \d+ \| \d{4}-/.test(l))
      .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()).filter((c) => c !== ''));
    expect(textRows).toEqual(markdownRows);
    expect(textRows).toHaveLength(neck.sessions.length);
    expect(text).toContain('Start at 2 (light) and stay at or below 2 (light) on the 1–5 scale (1 light contact … 5 deep).');
  });

  it('aligns the calendar in columns', () => {
    expect(text).toContain(
      '\n\nSession  Date        Day  Minutes  Reassessment\n1        2026-03-02  Mon  60\n',
    );
    expect(text).toContain('4        2026-03-12  Thu  60       reassess');
  });

  it.each(Object.keys(REALISTIC_INTAKES))('%s: no markdown syntax', (name) => {
    const document = formatPlan(recommend(name), { format: 'text' });
    expect(markdownIn(document)).toEqual([]);
  });

  it('the markdown detector is not vacuous: it finds the syntax of the markdown format', () => {
    expect(markdownIn(markdown)).toEqual(expect.arrayContaining(['heading', 'list bullet', 'table pipe', 'autolink']));
    expect(markdownIn('see [the guide](https://x.y)')).toEqual(['link']);
    expect(markdownIn('an _emphasised_ word')).toEqual(['emphasis']);
    expect(markdownIn('**bold**')).toEqual(['bold', 'asterisk']);
    expect(markdownIn('Title\n=====')).toEqual(['setext underline']);
  });

  it('no generated recommendation gives markdown syntax in text, or an empty section in markdown', () => {
    fc.assert(
      fc.property(validIntakeArb, (intake) => {
        const recommendation = recommendPlan(intake);
        const plain = formatPlan(recommendation, { format: 'text' });
        expect(markdownIn(plain)).toEqual([]);
        const md = formatPlan(recommendation, { format: 'markdown' });
        expect(md).not.toMatch(/^#+ .*\n\n#+ /m);
        expect(md.endsWith('\n')).toBe(true);
      }),
      { seed: fcConfig.seed, numRuns: Math.max(20, Math.round(fcConfig.numRuns * 0.2)) },
    );
  });
});

describe('formatPlan: referral and deferral', () => {
  it('a referral puts the action and its urgency first, then the reasons, then the sources', () => {
    const document = formatPlan(recommend('sciatica with red flag (refer)'), { format: 'markdown' });
    expect(document.split('\n\n')).toEqual([
      '# Refer (emergency): no massage plan',
      'Action: Send the client to emergency care now (call emergency services). Do not massage.',
      '## Reasons',
      '- Saddle anaesthesia: may indicate Cauda equina syndrome. (rule red-flag/saddle-anesthesia; source S15)',
      '## Sources',
      `- S15: ${defaultCatalog.sources.S15?.citation ?? ''} <${defaultCatalog.sources.S15?.url ?? ''}>\n`,
    ]);
  });

  it('words each urgency as an action', () => {
    const refer = (urgency: 'emergency' | 'urgent' | 'routine') =>
      formatPlan({ kind: 'refer', urgency, reasons: [{ rule: 'r', message: 'm.', source: 'WERNER-PATHOLOGY' }], trace: [] }, { format: 'text' });
    expect(refer('urgent')).toMatch(/^REFER \(URGENT\): NO MASSAGE PLAN\n\nAction: The client should see a physician promptly: within days at the latest, the same day where a reason says so\. Do not massage until then; a physician clearance on file \(the client was evaluated for this\) lets a new intake plan\.\n/);
    expect(refer('routine')).toMatch(/^REFER \(ROUTINE\): NO MASSAGE PLAN\n\nAction: The client should see a physician at the next opportunity, before massage is planned\.\n/);
  });

  it('a deferral says what it waits for: resolution, or the clearances by name', () => {
    const fever = formatPlan(recommend('carpal tunnel, fever (defer)'), { format: 'text' });
    expect(fever.split('\n\n').slice(0, 4)).toEqual([
      'DEFER: NO MASSAGE UNTIL RESOLVED',
      'Action: Do not massage until the condition below has resolved; then assess again.',
      'REASONS',
      '• Fever or acute systemic infection: wait until it has resolved. (rule no-massage/fever; source WERNER-PATHOLOGY)',
    ]);
    const s1 = defaultCatalog.sources['WERNER-PATHOLOGY'];
    expect(fever).toContain(`• WERNER-PATHOLOGY: ${s1?.citation ?? ''}${s1?.url === undefined ? '' : ` ${s1.url}`}\n`);
    const clearance = recommendPlan({
      assessedOn: '2026-02-02',
      conditions: [{ condition: 'low-back-pain', severity: 'mild' }],
      goals: ['pain-relief'],
      history: [{ flag: 'uncontrolled-hypertension' }],
    });
    expect(clearance.kind).toBe('defer');
    expect(formatPlan(clearance, { format: 'markdown' })).toMatch(
      /^# Defer: no massage until cleared\n\nAction: Do not massage until written clearance from the physician; then assess again with the clearance recorded in the intake\.\n\n## Reasons\n\n- /,
    );
  });
});

describe('formatPlan: bad input', () => {
  it('throws IntakeError, not a TypeError, for something that is not a recommendation', () => {
    expect(() => formatPlan(null as never, { format: 'text' })).toThrow(IntakeError);
    expect(() => formatPlan({ kind: 'plan' } as never, { format: 'text' })).toThrow('recommendation.plan is required');
    expect(() => formatPlan({ kind: 'plan', plan: { ...neck, sessions: [{ date: 'soon' }] } } as never, { format: 'text' })).toThrow(
      'recommendation.plan.sessions[0].date',
    );
  });

  it('throws IntakeError for an unknown format', () => {
    expect(() => formatPlan({ kind: 'plan', plan: neck }, { format: 'pdf' } as never)).toThrow(/^Invalid input: options\.format /);
  });
});
