import { describe, expect, it } from 'vitest';
import { defaultCatalog, recommendPlan, safeRecommendPlan, IntakeError } from '../../src/index.js';
import { baseIntake, planOf } from '../support/plan.js';

const techniquesOf = (plan: ReturnType<typeof planOf>) => plan.techniques.map((t) => t.technique);

describe('red flags', () => {
  it('refers cauda equina signs as an emergency, citing the rule and source', () => {
    const result = recommendPlan(
      baseIntake({
        conditions: [{ condition: 'low-back-pain', severity: 'severe' }],
        redFlags: ['saddle-anesthesia'],
      }),
    );
    expect(result.kind).toBe('refer');
    if (result.kind !== 'refer') return;
    expect(result.urgency).toBe('emergency');
    expect(result.reasons.map((r) => r.rule)).toEqual(['red-flag/saddle-anesthesia']);
    expect(result.reasons[0]?.source).toBe('S15');
  });

  it('takes the most urgent of several referrals', () => {
    const result = recommendPlan(
      baseIntake({ conditions: [{ condition: 'low-back-pain', severity: 'mild' }], redFlags: ['night-pain', 'bladder-bowel-dysfunction'] }),
    );
    expect(result.kind === 'refer' && result.urgency).toBe('emergency');
  });

  it('refers thenar atrophy in carpal tunnel as routine', () => {
    const result = recommendPlan(
      baseIntake({ conditions: [{ condition: 'carpal-tunnel', severity: 'moderate' }], redFlags: ['thenar-atrophy'] }),
    );
    expect(result.kind === 'refer' && result.urgency).toBe('routine');
  });

  it('refers a non-emergency red flag whatever the complaint, and plans once a physician has evaluated it', () => {
    const intake = baseIntake({ conditions: [{ condition: 'carpal-tunnel', severity: 'mild' }], redFlags: ['night-pain'] });
    expect(recommendPlan(intake)).toMatchObject({ kind: 'refer', urgency: 'urgent' });
    const plan = planOf({ ...intake, clearances: ['physician'] });
    expect(plan.precautions.map((p) => p.id)).toContain('red-flag-evaluated-night-pain');
    expect(plan.trace).toContainEqual(expect.objectContaining({ rule: 'red-flag/night-pain', effect: 'refer (lifted)' }));
  });

  it('refers an emergency red flag whatever the condition', () => {
    const result = recommendPlan(baseIntake({ conditions: [{ condition: 'carpal-tunnel', severity: 'mild' }], redFlags: ['thunderclap-headache'] }));
    expect(result.kind === 'refer' && result.urgency).toBe('emergency');
  });
});

describe('no massage now', () => {
  it('refers a suspected DVT urgently', () => {
    const result = recommendPlan(baseIntake({ history: [{ flag: 'dvt' }] }));
    expect(result.kind === 'refer' && result.urgency).toBe('urgent');
  });

  it('lets a physician clearance lift the DVT referral, but not the light-pressure cap', () => {
    const plan = planOf(baseIntake({ history: [{ flag: 'dvt', region: 'lower-leg', side: 'left' }], clearances: ['physician'] }));
    expect(plan.pressure.max).toBeLessThanOrEqual(2);
    expect(plan.avoid).toContainEqual(expect.objectContaining({ region: 'lower-leg', side: 'left' }));
    expect(plan.trace.find((t) => t.rule === 'no-massage/dvt')?.effect).toBe('refer (lifted)');
  });

  it('defers fever until resolved, and no clearance lifts it', () => {
    const result = recommendPlan(baseIntake({ history: [{ flag: 'fever' }], clearances: ['physician'] }));
    expect(result).toMatchObject({ kind: 'defer', until: 'resolved', clearances: [] });
  });

  it('defers uncontrolled hypertension until a physician clears it', () => {
    const result = recommendPlan(baseIntake({ history: [{ flag: 'uncontrolled-hypertension' }] }));
    expect(result).toMatchObject({ kind: 'defer', until: 'clearance', clearances: ['physician'] });
    const cleared = planOf(baseIntake({ history: [{ flag: 'uncontrolled-hypertension' }], clearances: ['physician'] }));
    expect(cleared.avoid).toContainEqual(expect.objectContaining({ technique: 'percussion' }));
  });

  it('an obstetrician clearance does not lift what needs a physician', () => {
    const result = recommendPlan(baseIntake({ history: [{ flag: 'severe-thrombocytopenia' }], clearances: ['obstetrician'] }));
    expect(result).toMatchObject({ kind: 'defer', clearances: ['physician'] });
  });

  it('refer beats defer', () => {
    const result = recommendPlan(baseIntake({ history: [{ flag: 'fever' }], redFlags: ['myelopathy-signs'] }));
    expect(result.kind).toBe('refer');
  });
});

describe('local contraindications', () => {
  it('removes targets in an avoided region on the same side, and keeps the other side', () => {
    const plan = planOf(
      baseIntake({
        conditions: [{ condition: 'joint-pain', severity: 'moderate', region: 'knee', side: 'both' }],
        history: [{ flag: 'open-wound', region: 'knee', side: 'left' }],
      }),
    );
    const knee = plan.targets.filter((t) => t.region === 'knee');
    expect(knee.length).toBeGreaterThan(0); // the knee, and its popliteal fossa as a target of its own
    expect(knee.every((t) => t.side === 'right')).toBe(true);
  });

  it('keeps an acute sprain site free of massage and heat for 72 hours and works around it', () => {
    const plan = planOf(
      baseIntake({
        conditions: [{ condition: 'sports-injury', severity: 'moderate', onset: '2026-11-30', region: 'ankle-foot', side: 'right' }],
        preferences: { hotStones: true },
      }),
    );
    expect(plan.avoid).toContainEqual(expect.objectContaining({ region: 'ankle-foot', side: 'right', until: '2026-12-03' }));
    expect(plan.avoid).toContainEqual(expect.objectContaining({ technique: 'hot-stone', until: '2026-12-03' }));
    // the timed exclusion ends: the site is worked from 2026-12-03, not before
    const site = plan.targets.filter((t) => t.region === 'ankle-foot');
    expect(site.length).toBeGreaterThan(0);
    expect(site.every((t) => t.from === '2026-12-03')).toBe(true);
    expect(plan.targets.some((t) => t.region === 'lower-leg')).toBe(true);
    expect(techniquesOf(plan)).not.toContain('hot-stone');
  });

  it('keeps deep pressure off a surgical site for six weeks and scar work until the wound has closed', () => {
    const plan = planOf(
      baseIntake({
        conditions: [{ condition: 'post-surgical', severity: 'moderate', onset: '2026-11-24', region: 'knee', side: 'left' }],
        clearances: ['surgeon'],
      }),
    );
    expect(plan.avoid).toContainEqual(expect.objectContaining({ region: 'knee', technique: 'deep-tissue', until: '2027-01-05' }));
    expect(plan.avoid).toContainEqual(expect.objectContaining({ technique: 'scar-mobilization', until: '2026-12-15' }));
  });

  it('without the surgeon’s clearance there is no lymphatic or scar work after surgery', () => {
    const plan = planOf(
      baseIntake({ conditions: [{ condition: 'post-surgical', severity: 'mild', onset: '2026-09-01', region: 'shoulder', side: 'right' }] }),
    );
    expect(techniquesOf(plan)).not.toContain('lymphatic-drainage');
    expect(techniquesOf(plan)).not.toContain('scar-mobilization');
  });
});

describe('precautions', () => {
  it('caps pressure at 2 and removes deep techniques on anticoagulants', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'low-back-pain', severity: 'moderate' }], history: [{ flag: 'anticoagulants' }] }));
    expect(plan.pressure.max).toBeLessThanOrEqual(2);
    expect(plan.pressure.start).toBeLessThanOrEqual(plan.pressure.max);
    for (const t of ['deep-tissue', 'cross-fiber-friction', 'percussion']) expect(techniquesOf(plan)).not.toContain(t);
    expect(plan.pressure.because).toContain('precaution/anticoagulants');
  });

  it('puts a pregnant client side-lying or seated after 22 weeks, with no abdominal work', () => {
    const plan = planOf(baseIntake({ history: [{ flag: 'pregnancy', weeks: 26 }] }));
    expect(plan.positions).toEqual(['side-lying', 'seated']);
    expect(plan.avoid).toContainEqual(expect.objectContaining({ region: 'abdomen' }));
  });

  it('treats an uncomplicated first trimester as a precaution, not a deferral', () => {
    const plan = planOf(baseIntake({ history: [{ flag: 'pregnancy', weeks: 8 }] }));
    expect(plan.precautions.map((p) => p.id)).toContain('pregnancy-first-trimester');
    expect(plan.avoid).toContainEqual(expect.objectContaining({ region: 'abdomen' }));
  });

  it('keeps an osteoporotic client off the prone position', () => {
    const plan = planOf(baseIntake({ history: [{ flag: 'osteoporosis' }] }));
    expect(plan.positions).not.toContain('prone');
    expect(plan.positions).toContain('side-lying');
  });

  it('asks for oncologist clearance in active cancer treatment', () => {
    const plan = planOf(baseIntake({ history: [{ flag: 'cancer' }] }));
    expect(plan.clearances).toEqual(['oncologist']);
    expect(plan.pressure.max).toBeLessThanOrEqual(2);
    expect(planOf(baseIntake({ history: [{ flag: 'cancer' }], clearances: ['oncologist'] })).clearances).toEqual([]);
  });

  it('turns an oil allergy or preference into a precaution', () => {
    expect(planOf(baseIntake({ history: [{ flag: 'oil-allergy' }] })).precautions.map((p) => p.id)).toContain('oil-free-medium');
    expect(planOf(baseIntake({ preferences: { avoidOils: true } })).precautions.map((p) => p.id)).toContain('oil-free-medium');
  });
});

describe('conditions and dose', () => {
  it('doses chronic neck pain at 60 minutes, twice a week for 4 weeks, citing Sherman 2014', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'moderate', acuity: 'chronic' }] }));
    expect(plan.sessionMinutes).toBe(60);
    expect(plan.phases[0]).toMatchObject({ phase: 'intensive', sessionsPerWeek: 2, weeks: 4 });
    expect(plan.trace.find((t) => t.rule === 'dose/neck-pain')?.source).toBe('S24');
    // Swedish (97124) and three manual-therapy techniques (97140): 15 + 45 minutes, 4 units.
    expect(plan.billing.lines).toStrictEqual([
      { code: '97140', minutes: 45, units: 3 },
      { code: '97124', minutes: 15, units: 1 },
    ]);
    expect(plan.billing.unitsPerSession).toBe(3);
  });

  it('doses chronic low back pain weekly for 10 weeks (Cherkin 2011)', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'low-back-pain', severity: 'moderate' }] }));
    expect(plan.phases[0]).toMatchObject({ sessionsPerWeek: 1, weeks: 10 });
  });

  it.each([
    ['tension-headache', 45, 2, 6],
    ['carpal-tunnel', 30, 2, 6],
  ] as const)('doses %s at %i minutes, %i×/week for %i weeks', (condition, minutes, perWeek, weeks) => {
    const plan = planOf(baseIntake({ conditions: [{ condition, severity: 'moderate' }] }));
    expect(plan.sessionMinutes).toBe(minutes);
    expect(plan.phases[0]).toMatchObject({ sessionsPerWeek: perWeek, weeks });
  });

  it('doses knee osteoarthritis at 60 minutes weekly for 8 weeks (Perlman)', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'joint-pain', severity: 'moderate', region: 'knee' }] }));
    expect(plan.sessionMinutes).toBe(60);
    expect(plan.phases[0]).toMatchObject({ sessionsPerWeek: 1, weeks: 8 });
  });

  it('says honestly that EULAR advises against massage for fibromyalgia and suggests exercise', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'fibromyalgia', severity: 'moderate' }] }));
    expect(plan.evidence[0]).toMatchObject({ condition: 'fibromyalgia', verdict: 'weak' });
    expect(plan.precautions.find((p) => p.id === 'evidence-fibromyalgia')?.message).toMatch(/EULAR/);
    expect(plan.complementary).toContain('exercise');
  });

  it('recent neck pain gets exercise and education, not relaxation massage alone', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'mild', onset: '2026-11-01' }] }));
    expect(plan.complementary).toEqual(expect.arrayContaining(['exercise', 'education']));
    expect(plan.precautions.map((p) => p.id)).toContain('neck-pain-multimodal');
  });

  it('merges several conditions: union of targets, one session length, the most conservative pressure', () => {
    const neck = planOf(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'moderate' }] }));
    const both = planOf(
      baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'moderate' }, { condition: 'carpal-tunnel', severity: 'severe' }] }),
    );
    const regions = both.targets.map((t) => t.region);
    expect(regions).toEqual(expect.arrayContaining(['neck', 'forearm', 'wrist-hand']));
    expect(both.sessionMinutes).toBe(60);
    expect(both.pressure.start).toBeLessThanOrEqual(Math.min(neck.pressure.start, 2));
  });

  it('sets a pain goal from the baseline with a meaningful change', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6 }] }));
    expect(plan.goals).toContainEqual(expect.objectContaining({ measure: 'pain-nrs', baseline: 6, target: 4 }));
  });
});

describe('preferences', () => {
  it('always honours maximum pressure, session length and avoided positions', () => {
    const plan = planOf(baseIntake({ preferences: { maxPressure: 2, maxSessionMinutes: 30, avoidPositions: ['prone'] } }));
    expect(plan.pressure.max).toBeLessThanOrEqual(2);
    expect(plan.sessionMinutes).toBe(30);
    expect(plan.positions).not.toContain('prone');
    expect(plan.precautions.map((p) => p.id)).toContain('shortened-dose-neck-pain');
    // 30 minutes: 2 units over the total, one per code (22 and 8 minutes).
    expect(plan.billing.lines.reduce((sum, l) => sum + l.units, 0)).toBe(2);
    expect(plan.billing.lines.reduce((sum, l) => sum + l.minutes, 0)).toBe(30);
  });

  it('adds hot stones only when asked', () => {
    expect(techniquesOf(planOf(baseIntake()))).not.toContain('hot-stone');
    expect(techniquesOf(planOf(baseIntake({ preferences: { hotStones: true } })))).toContain('hot-stone');
  });
});

describe('input errors', () => {
  it('throws IntakeError from recommendPlan and returns it from safeRecommendPlan', () => {
    expect(() => recommendPlan({})).toThrow(IntakeError);
    const result = safeRecommendPlan({ assessedOn: '2026-12-01' });
    expect(result.success).toBe(false);
  });
});

describe('billing', () => {
  it('bills the code most of the plan’s techniques use (manual therapy for chronic neck pain)', () => {
    const plan = planOf(baseIntake());
    const codes = plan.techniques.map((t) => defaultCatalog.techniques[t.technique].cpt);
    expect(codes.filter((c) => c === '97140').length).toBeGreaterThan(codes.filter((c) => c === '97124').length);
    expect(plan.billing.code).toBe('97140');
  });

  it('bills massage (97124) when Swedish massage is all the plan uses', () => {
    const plan = planOf(baseIntake({ conditions: [{ condition: 'joint-pain', severity: 'mild', region: 'knee' }] }));
    expect(plan.techniques.map((t) => t.technique)).toEqual(['swedish']);
    expect(plan.billing.code).toBe('97124');
  });
});
