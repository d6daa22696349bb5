import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, daysBetween } from '../../src/calendar/calendarDate.js';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import type { TreatmentPlan } from '../../src/engine/RecommendationSchema.js';
import { parseIntake } from '../../src/intake/parseIntake.js';
import type { Intake, IntakeInput } from '../../src/intake/IntakeSchema.js';
import type { HistoryFlagId, RegionId, Side, TechniqueId } from '../../src/intake/vocabulary.js';
import { historyEntryArbitrary, intakeArbitrary } from '../support/arbitraries.js';
import { assertProperty } from '../support/fcConfig.js';

// DESIGN §3 invariant 11 (0.2): caps remove what they cannot allow, limb-wide
// exclusions, no heat on numb skin or in pregnancy, positions by the week of
// each session, post-surgical gates. The expected values come from the
// clinical reference, written out here, not from the engine's helpers.

const LEG: readonly RegionId[] = ['hip', 'gluteal', 'thigh', 'knee', 'lower-leg', 'ankle-foot'];
const ARM: readonly RegionId[] = ['shoulder', 'upper-arm', 'elbow', 'forearm', 'wrist-hand'];
const limbOf = (region: RegionId): readonly RegionId[] => (LEG.includes(region) ? LEG : ARM.includes(region) ? ARM : [region]);
const overlaps = (a: Side | undefined, b: Side | undefined): boolean => !((a === 'left' && b === 'right') || (a === 'right' && b === 'left'));
const lightest = (t: TechniqueId) => defaultCatalog.techniques[t].pressure.min;
const reaches = (t: TechniqueId) => defaultCatalog.techniques[t].pressure.max;

/** Flags the 0.2 safety rules read, drawn more often than the full generator would. */
const SAFETY_FLAGS: readonly HistoryFlagId[] = [
  'dvt',
  'cellulitis',
  'lymphedema',
  'peripheral-neuropathy',
  'diabetes',
  'pregnancy',
  'severe-thrombocytopenia',
  'bone-metastasis',
  'anticoagulants',
  'frailty',
];

/** Intakes with more of the flags above, and the clearances that let most of them plan. */
const safetyIntakes: fc.Arbitrary<IntakeInput> = fc
  .tuple(intakeArbitrary({ redFlags: fc.constant([]) }), fc.array(historyEntryArbitrary(SAFETY_FLAGS), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([intake, extra, cleared]) => ({
    ...intake,
    history: [...(intake.history ?? []), ...extra],
    ...(cleared ? { clearances: ['physician', 'surgeon', 'obstetrician', 'oncologist'] } : {}),
  }));

const planFor = (input: IntakeInput): { intake: Intake; plan: TreatmentPlan | undefined } => {
  const result = recommendPlan(input);
  return { intake: parseIntake(input), plan: result.kind === 'plan' ? result.plan : undefined };
};

const history = (intake: Intake) => intake.history ?? [];

describe('safety invariants of 0.2 (DESIGN §3, 11)', () => {
  it('every technique is light enough for the plan’s cap and for at least one target in each region it works', () => {
    let seen = 0;
    assertProperty(
      fc.property(fc.oneof(intakeArbitrary(), safetyIntakes), (input) => {
        const { plan } = planFor(input);
        if (plan === undefined) return;
        if (plan.targets.some((t) => t.maxPressure !== undefined)) seen++;
        for (const t of plan.techniques) {
          expect(lightest(t.technique), t.technique).toBeLessThanOrEqual(plan.pressure.max);
          for (const region of t.regions) {
            const room = plan.targets.filter((target) => target.region === region).map((target) => target.maxPressure ?? plan.pressure.max);
            expect(Math.max(0, ...room), `${t.technique} on ${region}`).toBeGreaterThanOrEqual(lightest(t.technique));
          }
        }
        for (const target of plan.targets) if (target.maxPressure !== undefined) expect(target.maxPressure).toBeLessThanOrEqual(plan.pressure.max);
      }),
    );
    expect(seen, 'plans with a per-target cap').toBeGreaterThan(10);
  });

  it('nothing on a limb that DVT or cellulitis excludes, on that side', () => {
    let seen = 0;
    assertProperty(
      fc.property(safetyIntakes, (input) => {
        const { intake, plan } = planFor(input);
        if (plan === undefined) return;
        const excluded = history(intake).flatMap((h) => {
          if (h.flag === 'dvt') return (h.region === undefined ? LEG : limbOf(h.region)).map((region) => ({ region, side: h.side }));
          if (h.flag === 'cellulitis' && h.region !== undefined) return limbOf(h.region).map((region) => ({ region, side: h.side }));
          return [];
        });
        if (excluded.length > 0) seen++;
        for (const target of plan.targets) {
          for (const x of excluded) expect(x.region === target.region && overlaps(x.side, target.side), `target ${target.region} ${target.side ?? ''}`).toBe(false);
        }
      }),
    );
    expect(seen, 'plans with a limb-wide exclusion').toBeGreaterThan(10);
  });

  it('no heat with neuropathy, diabetes or pregnancy', () => {
    let seen = 0;
    assertProperty(
      fc.property(safetyIntakes, (input) => {
        const { intake, plan } = planFor(input);
        if (plan === undefined) return;
        if (!history(intake).some((h) => ['peripheral-neuropathy', 'diabetes', 'pregnancy'].includes(h.flag))) return;
        seen++;
        for (const t of plan.techniques) expect(defaultCatalog.techniques[t.technique].heat, t.technique).toBe(false);
      }),
    );
    expect(seen).toBeGreaterThan(10);
  });

  it('each session’s positions fit that session’s week of pregnancy, and no session from the due date', () => {
    let seen = 0;
    assertProperty(
      fc.property(safetyIntakes, (input) => {
        const { intake, plan } = planFor(input);
        if (plan === undefined) return;
        const weeks = Math.max(-1, ...history(intake).flatMap((h) => (h.flag === 'pregnancy' && h.weeks !== undefined ? [h.weeks] : [])));
        if (weeks < 0) return;
        seen++;
        const obstetrician = (intake.clearances ?? []).includes('obstetrician');
        for (const session of plan.sessions) {
          const week = weeks + daysBetween(session.date, intake.assessedOn) / 7;
          const positions = session.positions ?? plan.positions;
          if (week >= 14) expect(positions, `prone at week ${week}`).not.toContain('prone');
          if (week >= 22) expect(positions, `supine at week ${week}`).not.toContain('supine');
          if (!obstetrician) expect(week, session.date).toBeLessThan(40);
        }
        if (!obstetrician) expect(plan.sessions.every((s) => s.date < addCalendarDays(intake.assessedOn, (40 - weeks) * 7))).toBe(true);
      }),
    );
    expect(seen).toBeGreaterThan(10);
  });

  it('within 6 weeks of surgery: the surgeon’s clearance, and nothing reaching pressure 4+ or stretching on the site', () => {
    let seen = 0;
    assertProperty(
      fc.property(intakeArbitrary(), (input) => {
        const { intake, plan } = planFor(input);
        if (plan === undefined) return;
        const recent = intake.conditions.filter(
          (c) => c.condition === 'post-surgical' && daysBetween(intake.assessedOn, c.onset ?? intake.assessedOn) < 42,
        );
        if (recent.length === 0) return;
        seen++;
        if (!(intake.clearances ?? []).includes('surgeon')) expect(plan.clearances).toContain('surgeon');
        for (const c of recent) {
          for (const t of plan.techniques) {
            if (reaches(t.technique) >= 4 || t.technique === 'assisted-stretching') expect(t.regions, `${t.technique} on ${c.region}`).not.toContain(c.region);
          }
        }
      }),
    );
    expect(seen).toBeGreaterThan(5);
  });
});
