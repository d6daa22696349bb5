// The schedule tapers and responds to progress: chronic low back pain,
// Tuesdays and Thursdays, two blackout dates (the clinic is closed on the
// last two Tuesdays of December), 12 authorized sessions. After
// six sessions pain has dropped from 7 to 4 — a meaningful change — so the
// plan steps down to the next, less frequent phase.
import { reassessPlan, recommendPlan } from '../src/index.js';

const first = recommendPlan({
  assessedOn: '2026-12-01',
  conditions: [{ condition: 'low-back-pain', severity: 'moderate', painScore: 7, onset: '2026-01-15' }],
  goals: ['pain-relief', 'maintenance'],
  availability: { weekdays: ['tue', 'thu'], blackoutDates: ['2026-12-22', '2026-12-29'], maxSessions: 12 },
});
if (first.kind !== 'plan') throw new Error(`expected a plan, got ${first.kind}`);

const show = (label: string, plan: typeof first.plan) => {
  console.log(`\n${label}`);
  for (const p of plan.phases) console.log(`  ${p.phase}: ${p.sessionsPerWeek}/week for ${p.weeks} weeks`);
  for (const s of plan.sessions) console.log(`  ${String(s.number).padStart(2)}. ${s.date} ${s.phase}${s.reassessment ? '  ← reassess' : ''}`);
  for (const p of plan.precautions.filter((x) => x.because.some((b) => b.startsWith('schedule/') || b.startsWith('reassess/')))) {
    console.log(`  note: ${p.message}`);
  }
};
show('First plan', first.plan);

const next = reassessPlan(first.plan, { assessedOn: '2027-01-12', sessionsCompleted: 6, painScore: 4 });
if (next.kind !== 'plan') throw new Error(`expected a plan, got ${next.kind}`);
const decision = next.plan.trace.find((t) => t.rule.startsWith('reassess/') && t.rule !== 'reassess/meaningful-change');
console.log(`\nReassessment on 2027-01-12: ${decision?.rule} — ${decision?.detail}`);
show('Stepped-down plan (6 sessions left in the authorization)', next.plan);

const worse = reassessPlan(first.plan, { assessedOn: '2027-01-12', sessionsCompleted: 6, painScore: 9 });
console.log(`\nIf pain had risen to 9 instead: ${worse.kind}${worse.kind === 'refer' ? ` (${worse.urgency})` : ''}`);
