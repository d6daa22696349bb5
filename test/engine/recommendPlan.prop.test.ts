import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, daysBetween } from '../../src/calendar/calendarDate.js';
import { defaultCatalog } from '../../src/catalog/defaultCatalog.js';
import { RecommendationSchema, type Recommendation, type TreatmentPlan } from '../../src/engine/RecommendationSchema.js';
import { recommendPlan } from '../../src/engine/recommendPlan.js';
import type { Intake, IntakeInput } from '../../src/intake/IntakeSchema.js';
import { parseIntake } from '../../src/intake/parseIntake.js';
import {
  HISTORY_FLAG_IDS,
  type HistoryFlagId,
  type Position,
  type RedFlagId,
  type RegionId,
  type Side,
  type TechniqueId,
} from '../../src/intake/vocabulary.js';
import { historyEntryArbitrary, intakeArbitrary, redFlagArbitrary } from '../support/arbitraries.js';
import { assertProperty, fcConfig } from '../support/fcConfig.js';
import { impliedRedFlags, NO_MASSAGE_LIFTED_BY } from '../support/planInvariants.js';

// DESIGN §3 invariants 1, 2, 3, 4, 5, 7, 8 and 9 over every valid intake the
// generator makes (6 is in test/schedule, 10 in test/export). Each invariant
// runs fcConfig.numRuns times (FC_RUNS, default 500) with the shared seed
// (FC_SEED); a failure prints the seed and path to replay it.
//
// Expected values are computed here from the clinical reference and the
// catalogue data, not from the engine's own helpers, wherever the engine
// could be wrong in the same way as the test.

/** The regions of a leg and of an arm, written out here rather than read from the catalogue. */
const LEG: readonly RegionId[] = ['hip', 'gluteal', 'thigh', 'knee', 'lower-leg', 'ankle-foot'];
const ARM: readonly RegionId[] = ['shoulder', 'upper-arm', 'elbow', 'forearm', 'wrist-hand'];

const planOrUndefined = (rec: Recommendation): TreatmentPlan | undefined => (rec.kind === 'plan' ? rec.plan : undefined);

/** Whether two sides touch the same tissue: only left against right does not; a missing side is the whole region. */
const overlaps = (a: Side | undefined, b: Side | undefined): boolean =>
  !((a === 'left' && b === 'right') || (a === 'right' && b === 'left'));

/** Techniques that can reach deep pressure (4 or 5), from the catalogue's technique data. */
const DEEP_TECHNIQUES = (Object.keys(defaultCatalog.techniques) as TechniqueId[]).filter(
  (id) => defaultCatalog.techniques[id].pressure.max >= 4,
);

/** Checks that a branch of a property was exercised; skipped for tiny FC_RUNS, where chance may miss it. */
const expectExercised = (count: number, what: string): void => {
  if (fcConfig.numRuns >= 100) expect(count, `${what} was never exercised`).toBeGreaterThan(0);
};

const history = (intake: Intake) => intake.history ?? [];
const daysSince = (intake: Intake, date: string | undefined): number => daysBetween(intake.assessedOn, date ?? intake.assessedOn);

describe('recommendPlan properties (DESIGN §3)', () => {
  it('(1) never throws and always returns a Recommendation that parses with RecommendationSchema', () => {
    assertProperty(
      fc.property(intakeArbitrary(), (input) => {
        const rec = recommendPlan(input);
        const parsed = RecommendationSchema.safeParse(rec);
        if (!parsed.success) throw new Error(`not a Recommendation: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
      }),
    );
  });

  describe('(2) red flags and "no massage now" flags', () => {
    const LIFTED_BY = NO_MASSAGE_LIFTED_BY;

    it('knows every flag the catalogue puts in the "no massage now" tier', () => {
      const tier = HISTORY_FLAG_IDS.filter((flag) => defaultCatalog.historyFlags[flag].tier === 'no-massage');
      expect([...tier].sort()).toEqual(Object.keys(LIFTED_BY).sort());
    });

    /** Why the intake must not get a plan, or [] when nothing forbids one. */
    function blockers(intake: Intake): { mustRefer: string[]; mustNotPlan: string[] } {
      const obtained = new Set(intake.clearances ?? []);
      // Every reported red flag refers, whatever the complaint (clinical
      // reference §0); a physician clearance lifts all but emergencies.
      const liftable = (urgency: string): boolean => urgency !== 'emergency' && obtained.has('physician');
      const mustRefer = [
        ...(intake.redFlags ?? []).filter((id) => !liftable(defaultCatalog.redFlags[id].urgency)),
        ...impliedRedFlags(intake).filter(() => !liftable('urgent')),
      ];
      const mustNotPlan = [
        ...history(intake)
          .filter((h) => h.flag in LIFTED_BY)
          .filter((h) => {
            const clearance = LIFTED_BY[h.flag];
            return clearance === undefined || !obtained.has(clearance);
          })
          .map((h) => h.flag),
        // An uncomplicated first trimester is a precaution now; at or past the
        // due date (40 weeks) only the obstetrician lifts the deferral.
        ...(history(intake).some((h) => h.flag === 'pregnancy' && (h.weeks ?? 0) >= 40) && !obtained.has('obstetrician')
          ? ['pregnancy-due-date']
          : []),
      ];
      return { mustRefer, mustNotPlan };
    }

    function check(input: IntakeInput, seen: { refer: number; noPlan: number }): void {
      const intake = parseIntake(input);
      const rec = recommendPlan(input);
      const { mustRefer, mustNotPlan } = blockers(intake);
      if (mustRefer.length > 0) {
        seen.refer++;
        expect(rec.kind, `relevant red flags ${mustRefer.join(', ')}`).toBe('refer');
      }
      if (mustNotPlan.length > 0) {
        seen.noPlan++;
        expect(['refer', 'defer'], `no-massage flags without clearance: ${mustNotPlan.join(', ')}`).toContain(rec.kind);
      }
      if (rec.kind !== 'plan') {
        // Refer and defer carry no plan, hence no sessions.
        expect(rec).not.toHaveProperty('plan');
        expect(rec).not.toHaveProperty('sessions');
      }
    }

    it('refers any red flag, reported or implied, and never plans over an uncleared no-massage flag (generated intakes)', () => {
      const seen = { refer: 0, noPlan: 0 };
      assertProperty(fc.property(intakeArbitrary(), (input) => check(input, seen)));
      expectExercised(seen.refer, 'a relevant red flag');
      expectExercised(seen.noPlan, 'an uncleared no-massage flag');
    });

    it('refers when one more red flag is added, whatever the complaint (a physician clearance lifts all but emergencies)', () => {
      const seen = { refer: 0, noPlan: 0 };
      assertProperty(
        fc.property(intakeArbitrary({ redFlags: fc.constant(null).map((): RedFlagId[] => []) }), redFlagArbitrary, (input, flag) =>
          check({ ...input, redFlags: [flag] }, seen),
        ),
      );
      expectExercised(seen.refer, 'a red flag');
    });

    it('never plans when a no-massage flag or a pregnancy at term is added without the clearance that lifts it', () => {
      const seen = { refer: 0, noPlan: 0 };
      const flags: HistoryFlagId[] = [...(Object.keys(LIFTED_BY) as HistoryFlagId[]), 'pregnancy'];
      assertProperty(
        fc.property(intakeArbitrary(), historyEntryArbitrary(flags), (input, entry) =>
          check({ ...input, history: [...(input.history ?? []), entry] }, seen),
        ),
      );
      expectExercised(seen.noPlan, 'an uncleared no-massage flag');
    });
  });

  describe('(3) nothing excluded is in the plan', () => {
    it('keeps no technique, target or position that the plan\'s own avoid list excludes', () => {
      assertProperty(
        fc.property(intakeArbitrary(), (input) => {
          const plan = planOrUndefined(recommendPlan(input));
          if (plan === undefined) return;
          for (const t of plan.techniques) {
            const everywhere = plan.avoid.filter(
              (a) => a.technique === t.technique && a.region === undefined && a.position === undefined,
            );
            expect(everywhere, `${t.technique} is excluded everywhere`).toEqual([]);
            for (const a of plan.avoid) {
              if (a.technique === t.technique && a.region !== undefined) {
                expect(t.regions, `${t.technique} is excluded on ${a.region}`).not.toContain(a.region);
              }
            }
          }
          const regionAvoids = plan.avoid.filter(
            (a) => a.region !== undefined && a.technique === undefined && a.position === undefined,
          );
          for (const target of plan.targets) {
            // A timed exclusion ends: the target may be worked from its end on, never before.
            const hits = regionAvoids.filter(
              (a) => a.region === target.region && overlaps(a.side, target.side) && !(a.until !== undefined && target.from !== undefined && target.from >= a.until),
            );
            expect(hits, `target ${target.region} ${target.side ?? '(whole)'} lies in an avoided region`).toEqual([]);
          }
          const inWindow = (a: { from?: string | undefined; until?: string | undefined }, date: string) =>
            (a.from === undefined || a.from <= date) && (a.until === undefined || date < a.until);
          for (const a of plan.avoid) {
            if (a.position !== undefined && a.region === undefined && a.technique === undefined) {
              for (const session of plan.sessions) {
                if (inWindow(a, session.date)) expect(session.positions ?? plan.positions, `${a.position} on ${session.date}`).not.toContain(a.position);
              }
            }
            if (a.position !== undefined && a.from === undefined && a.until === undefined) {
              expect(plan.positions).not.toContain(a.position);
            }
          }
        }),
      );
    });

    /** Exclusions the clinical reference demands, whatever the engine put in its avoid list. */
    function expectedExclusions(intake: Intake): {
      techniques: Map<TechniqueId, string>;
      techniqueRegions: { technique: TechniqueId; region: RegionId; why: string }[];
      regions: { region: RegionId; side: Side | undefined; why: string; until?: string }[];
      positions: Map<Position, string>;
    } {
      const techniques = new Map<TechniqueId, string>();
      const techniqueRegions: { technique: TechniqueId; region: RegionId; why: string }[] = [];
      const regions: { region: RegionId; side: Side | undefined; why: string; until?: string }[] = [];
      const limbOf = (region: RegionId): readonly RegionId[] => (LEG.includes(region) ? LEG : ARM.includes(region) ? ARM : [region]);
      const positions = new Map<Position, string>();
      const noTechnique = (why: string, ...ids: TechniqueId[]) => ids.forEach((id) => techniques.set(id, why));
      const obtained = new Set(intake.clearances ?? []);

      for (const h of history(intake)) {
        const why = `history ${h.flag}${h.region === undefined ? '' : ` on ${h.region}`}`;
        const tier = defaultCatalog.historyFlags[h.flag].tier;
        if (tier === 'local' && h.region !== undefined) {
          // DVT and cellulitis reach the whole limb on that side (clinical review, 0.2).
          const reach = h.flag === 'cellulitis' ? limbOf(h.region) : [h.region];
          for (const region of reach) regions.push({ region, side: h.side, why });
        }
        switch (h.flag) {
          case 'anticoagulants':
          case 'bleeding-disorder':
            noTechnique(why, 'deep-tissue', 'cross-fiber-friction', 'percussion');
            break;
          case 'osteoporosis':
            noTechnique(why, 'deep-tissue', 'percussion', 'assisted-stretching');
            positions.set('prone', why);
            break;
          case 'hypertension':
          case 'uncontrolled-hypertension':
            noTechnique(why, 'percussion');
            break;
          case 'heart-failure':
          case 'kidney-failure':
          case 'cellulitis':
            noTechnique(why, 'lymphatic-drainage');
            break;
          case 'lymphedema':
            noTechnique(why, 'lymphatic-drainage');
            break;
          case 'peripheral-neuropathy':
          case 'diabetes':
            noTechnique(`${why}: no heat on numb skin`, 'hot-stone');
            break;
          case 'dvt':
            for (const region of h.region === undefined ? LEG : limbOf(h.region)) regions.push({ region, side: h.side, why });
            break;
          case 'bone-metastasis':
            if (h.region === undefined) positions.set('prone', `${why}, site not given`);
            else regions.push({ region: h.region, side: h.side, why });
            break;
          case 'cancer':
            if (h.region !== undefined) regions.push({ region: h.region, side: h.side, why });
            break;
          case 'pregnancy':
            // Positions by week are checked per session in safety.prop.test.ts.
            regions.push({ region: 'abdomen', side: undefined, why });
            noTechnique(`${why}: no heat`, 'hot-stone');
            break;
          default:
            break;
        }
      }
      for (const c of intake.conditions) {
        const days = daysSince(intake, c.onset);
        if (c.condition === 'post-surgical') {
          if (!obtained.has('surgeon')) noTechnique('post-surgical without surgeon clearance', 'lymphatic-drainage', 'scar-mobilization');
          if (days < 21) noTechnique('post-surgical wound not yet closed', 'scar-mobilization');
          if (days < 42 && c.region !== undefined) {
            for (const technique of [...DEEP_TECHNIQUES, 'assisted-stretching'] as const) {
              techniqueRegions.push({ technique, region: c.region, why: 'surgical site within 6 weeks' });
            }
          }
          if (days < 21 && c.region !== undefined) {
            regions.push({ region: c.region, side: c.side, why: 'incision not yet closed', until: addCalendarDays(c.onset ?? intake.assessedOn, 21) });
          }
        }
        if (c.condition === 'sports-injury' && c.acuity === 'acute' && days < 3) {
          noTechnique('acute injury: no heat in the first 72 hours', 'hot-stone');
          if (c.region !== undefined) {
            regions.push({ region: c.region, side: c.side, why: 'acute injury site, first 72 hours', until: addCalendarDays(c.onset ?? intake.assessedOn, 3) });
          }
        }
      }
      for (const p of intake.preferences?.avoidPositions ?? []) positions.set(p, 'client preference');
      return { techniques, techniqueRegions, regions, positions };
    }

    it('honours the exclusions of the clinical reference (history flags, surgery, acute injury, preferences)', () => {
      assertProperty(
        fc.property(intakeArbitrary(), (input) => {
          const plan = planOrUndefined(recommendPlan(input));
          if (plan === undefined) return;
          const expected = expectedExclusions(parseIntake(input));
          for (const t of plan.techniques) {
            expect(expected.techniques.get(t.technique), `${t.technique} should be excluded`).toBeUndefined();
            for (const x of expected.techniqueRegions) {
              if (x.technique === t.technique) expect(t.regions, `${t.technique} on ${x.region}: ${x.why}`).not.toContain(x.region);
            }
          }
          for (const target of plan.targets) {
            for (const x of expected.regions) {
              // A timed exclusion ends: the target may be worked from its end.
              const hit = x.region === target.region && overlaps(x.side, target.side) && !(x.until !== undefined && target.from !== undefined && target.from >= x.until);
              expect(hit, `target ${target.region} ${target.side ?? '(whole)'}: ${x.why} ${x.side ?? ''}`).toBe(false);
            }
          }
          for (const p of plan.positions) expect(expected.positions.get(p), `position ${p}`).toBeUndefined();
        }),
      );
    });
  });

  describe('(4) pressure.start ≤ pressure.max ≤ every cap', () => {
    /** The caps a plan's trace reports, with the value each rule yields for this intake. */
    function tracedCaps(plan: TreatmentPlan, intake: Intake): { rule: string; max: number }[] {
      const ctx = { intake, catalog: defaultCatalog };
      return plan.trace
        .filter((t) => t.effect === 'capPressure')
        .map((t) => {
          const rule = defaultCatalog.rules.find((r) => r.id === t.rule);
          const values = (rule?.then(ctx) ?? []).flatMap((e) => (e.kind === 'capPressure' && e.message === t.detail ? [e.max] : []));
          if (values.length === 0) throw new Error(`trace shows a pressure cap no rule explains: ${JSON.stringify(t)}`);
          return { rule: t.rule, max: Math.min(...values) };
        });
    }

    /** Caps from the clinical reference, for a plan (so every no-massage flag present was cleared). */
    function referenceCaps(intake: Intake): { why: string; max: number }[] {
      const caps: { why: string; max: number }[] = [];
      const cap = (why: string, max: number) => caps.push({ why, max });
      for (const h of history(intake)) {
        const sited = h.region !== undefined;
        if (h.flag === 'anticoagulants' || h.flag === 'bleeding-disorder' || h.flag === 'osteoporosis') cap(h.flag, 2);
        if (h.flag === 'corticosteroids' || h.flag === 'pain-medication') cap(h.flag, 3);
        if (h.flag === 'severe-thrombocytopenia') cap('severe-thrombocytopenia (cleared)', 1);
        if (h.flag === 'dvt') cap('dvt (cleared)', 2);
        if (h.flag === 'cancer' && !sited) cap('cancer, site not given', 2);
        if (h.flag === 'bone-metastasis' && !sited) cap('bone metastasis, site not given', 1);
        if (h.flag === 'lymphedema' && !sited) cap('lymphedema, area not given', 2);
      }
      const preferred = intake.preferences?.maxPressure;
      if (preferred !== undefined) cap('preferences.maxPressure', preferred);
      return caps;
    }

    it('starts no higher than the maximum, and the maximum respects every cap in the trace, the reference and the preferences', () => {
      const seen = { capped: 0 };
      assertProperty(
        fc.property(intakeArbitrary(), (input) => {
          const plan = planOrUndefined(recommendPlan(input));
          if (plan === undefined) return;
          const intake = parseIntake(input);
          const { start, max } = plan.pressure;
          expect(start).toBeLessThanOrEqual(max);
          const caps = [...tracedCaps(plan, intake).map((c) => ({ why: `trace ${c.rule}`, max: c.max })), ...referenceCaps(intake)];
          if (caps.length > 0) seen.capped++;
          for (const c of caps) expect(max, `pressure.max over the cap of ${c.why}`).toBeLessThanOrEqual(c.max);
          // Every rule in the trace that caps pressure is cited by the pressure.
          for (const t of plan.trace.filter((e) => e.effect === 'capPressure')) expect(plan.pressure.because).toContain(t.rule);
        }),
      );
      expectExercised(seen.capped, 'a pressure cap');
    });
  });

  describe('(5) safety is monotone', () => {
    interface Footprint {
      techniques: Set<TechniqueId>;
      regions: Set<RegionId>;
      start: number;
      max: number;
      sessions: number;
    }
    const footprint = (rec: Recommendation): Footprint => {
      const plan = planOrUndefined(rec);
      if (plan === undefined) return { techniques: new Set(), regions: new Set(), start: 0, max: 0, sessions: 0 };
      return {
        techniques: new Set(plan.techniques.map((t) => t.technique)),
        // By region: a target narrowed from both sides to one is the same region.
        regions: new Set(plan.targets.map((t) => t.region)),
        start: plan.pressure.start,
        max: plan.pressure.max,
        sessions: plan.sessions.length,
      };
    };
    const added = fc.oneof(
      historyEntryArbitrary().map((entry) => ({ history: entry })),
      redFlagArbitrary.map((redFlag) => ({ redFlag })),
    );

    it('adding one history entry or red flag never adds a technique or target, never raises pressure, never adds sessions', () => {
      const seen = { bothPlans: 0 };
      assertProperty(
        fc.property(intakeArbitrary(), added, (input, extra) => {
          const more: IntakeInput =
            'history' in extra
              ? { ...input, history: [...(input.history ?? []), extra.history] }
              : { ...input, redFlags: [...(input.redFlags ?? []), extra.redFlag] };
          const beforeRec = recommendPlan(input);
          const afterRec = recommendPlan(more);
          if (beforeRec.kind === 'plan' && afterRec.kind === 'plan') seen.bothPlans++;
          const before = footprint(beforeRec);
          const after = footprint(afterRec);
          expect([...after.techniques].filter((t) => !before.techniques.has(t)), 'techniques added').toEqual([]);
          expect([...after.regions].filter((r) => !before.regions.has(r)), 'target regions added').toEqual([]);
          expect(after.max, 'pressure.max raised').toBeLessThanOrEqual(before.max);
          expect(after.start, 'pressure.start raised').toBeLessThanOrEqual(before.start);
          expect(after.sessions, 'sessions added').toBeLessThanOrEqual(before.sessions);
        }),
      );
      expectExercised(seen.bothPlans, 'a plan both before and after');
    });
  });

  describe('(7) session length and billing', () => {
    /** CPT timed-code units under the 8-minute rule: a unit per full 15 minutes, one more for a remainder of 8 or more. */
    const eightMinuteRule = (minutes: number): number => {
      let units = 0;
      let left = minutes;
      while (left >= 15) {
        units++;
        left -= 15;
      }
      return left >= 8 ? units + 1 : units;
    };

    it('knows the 8-minute rule (8–22 → 1, 23–37 → 2, …)', () => {
      expect([7, 8, 22, 23, 37, 38, 52, 53, 60, 67, 68, 120].map(eightMinuteRule)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 8]);
    });

    it('keeps sessionMinutes within the preference and the catalogue bounds, on every session, and bills by the 8-minute rule', () => {
      assertProperty(
        fc.property(intakeArbitrary(), (input) => {
          const plan = planOrUndefined(recommendPlan(input));
          if (plan === undefined) return;
          const { sessionMinutes } = plan;
          expect(Number.isInteger(sessionMinutes)).toBe(true);
          const preferred = input.preferences?.maxSessionMinutes;
          if (preferred !== undefined) expect(sessionMinutes).toBeLessThanOrEqual(preferred);
          expect(sessionMinutes).toBeGreaterThanOrEqual(defaultCatalog.sessionMinutes.min);
          expect(sessionMinutes).toBeLessThanOrEqual(defaultCatalog.sessionMinutes.max);
          for (const s of plan.sessions) expect(s.minutes, `session ${s.number}`).toBe(sessionMinutes);
          // Billing per code (CMS Pub. 100-04 ch. 5 §20.2): the total units follow the
          // 8-minute rule on the total timed minutes; the primary line is the first.
          const { lines } = plan.billing;
          expect(lines.reduce((sum, l) => sum + l.minutes, 0)).toBeLessThanOrEqual(sessionMinutes);
          expect(lines.reduce((sum, l) => sum + l.units, 0)).toBe(eightMinuteRule(sessionMinutes));
          expect(plan.billing.code).toBe(lines[0]?.code);
          expect(plan.billing.unitsPerSession).toBe(lines[0]?.units);
          for (const line of lines) {
            // No code gets more units than its own minutes could carry with a remainder unit.
            expect(line.units, `${line.code}: ${line.minutes} min`).toBeLessThanOrEqual(Math.floor(line.minutes / 15) + 1);
            expect(line.units).toBeGreaterThanOrEqual(Math.floor(line.minutes / 15));
          }
          // Every code a technique bills under has its line, and no other.
          const codes = new Set(plan.techniques.map((t) => defaultCatalog.techniques[t.technique].cpt));
          if (codes.size > 0) expect(new Set(lines.map((l) => l.code))).toEqual(codes);
        }),
      );
    });
  });

  describe('(8) determinism', () => {
    /** The same value with every object's keys in reverse order (arrays keep their order: it carries meaning). */
    const reorderKeys = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reorderKeys);
      if (value !== null && typeof value === 'object') {
        return Object.fromEntries(
          Object.keys(value)
            .reverse()
            .map((k) => [k, reorderKeys((value as Record<string, unknown>)[k])]),
        );
      }
      return value;
    };

    it('gives byte-identical output for a deep clone and deep-equal output for a key-reordered copy', () => {
      assertProperty(
        fc.property(intakeArbitrary(), (input) => {
          const first = recommendPlan(input);
          const json = JSON.stringify(first);
          expect(JSON.stringify(recommendPlan(structuredClone(input))), 'structuredClone').toBe(json);
          const reordered = reorderKeys(input);
          expect(reordered, 'the reordered copy is structurally equal').toEqual(input);
          expect(isDeepStrictEqual(recommendPlan(reordered), first), 'key-reordered copy').toBe(true);
        }),
      );
    });
  });

  describe('(9) trace closure', () => {
    const catalogSources = new Set(Object.keys(defaultCatalog.sources));

    it('cites only rules in the trace and only sources the output lists', () => {
      assertProperty(
        fc.property(intakeArbitrary(), (input) => {
          const rec = recommendPlan(input);
          if (rec.kind !== 'plan') {
            const rules = new Set(rec.trace.map((t) => t.rule));
            expect(rec.reasons.length).toBeGreaterThan(0);
            for (const r of rec.reasons) {
              expect(rules.has(r.rule), `reason ${r.rule} not in the trace`).toBe(true);
              expect(catalogSources.has(r.source), `reason source ${r.source}`).toBe(true);
            }
            for (const t of rec.trace) expect(catalogSources.has(t.source), `trace source ${t.source} of ${t.rule}`).toBe(true);
            return;
          }
          const { plan } = rec;
          const rules = new Set(plan.trace.map((t) => t.rule));
          const sources = new Set(plan.sources.map((s) => s.id));
          const becauses: [string, string[]][] = [
            ...plan.techniques.map((t): [string, string[]] => [`techniques ${t.technique}`, t.because]),
            ...plan.targets.map((t): [string, string[]] => [`targets ${t.region}`, t.because]),
            ...plan.avoid.map((a): [string, string[]] => [`avoid ${JSON.stringify(a)}`, a.because]),
            ['pressure', plan.pressure.because],
            ...plan.phases.map((p): [string, string[]] => [`phases ${p.phase}`, p.because]),
            ...plan.goals.map((g): [string, string[]] => [`goals ${g.measure}`, g.because]),
            ...plan.precautions.map((p): [string, string[]] => [`precautions ${p.id}`, p.because]),
            ...plan.homeCare.map((h): [string, string[]] => [`homeCare ${h.id}`, h.because]),
            ...plan.aftercare.map((a): [string, string[]] => [`aftercare ${a.id}`, a.because]),
            ...plan.consents.map((c): [string, string[]] => [`consents ${c.id}`, c.because]),
            ...plan.sessionChecks.map((c): [string, string[]] => [`sessionChecks ${c.id}`, c.because]),
            ['discharge', plan.discharge.because],
          ];
          // Every plan-of-care item has a reason.
          for (const [where, because] of becauses.slice(-(plan.homeCare.length + plan.aftercare.length + plan.consents.length + plan.sessionChecks.length + 1))) {
            expect(because.length, `${where} has no rule`).toBeGreaterThan(0);
          }
          for (const g of plan.goals) expect(g.because.length, `goal ${g.measure} has no rule`).toBeGreaterThan(0);
          for (const [where, because] of becauses) {
            for (const id of because) expect(rules.has(id), `${where} cites ${id}, not in the trace`).toBe(true);
          }
          for (const t of plan.trace) expect(sources.has(t.source), `trace source ${t.source} of ${t.rule} not in plan.sources`).toBe(true);
          for (const e of plan.evidence) {
            for (const source of e.sources) expect(sources.has(source), `evidence source ${source} of ${e.condition}`).toBe(true);
          }
        }),
      );
    });
  });
});
