import { POSITIONS, type ClearanceId, type OutcomeMeasureId, type Position, type RegionId, type Side, type TechniqueId } from '../intake/vocabulary.js';
import type { Condition, OutcomeMeasure, Technique } from '../catalog/CatalogSchema.js';
import type { Effect, PhaseProposal, PressureLevel } from '../rules/Effect.js';
import type { RuleContext } from '../rules/Rule.js';
import { mergePhases } from '../schedule/mergePhases.js';
import { TAPER_DEFAULTS } from '../schedule/proposeTaper.js';
import { frequencyLabel } from '../schedule/frequencyLabel.js';
import { scheduleSessions } from '../schedule/scheduleSessions.js';
import { addCalendarDays } from '../calendar/calendarDate.js';
import { billingLines } from './billingLines.js';
import { billingUnits } from './billingUnits.js';
import { medicalNecessity } from './medicalNecessity.js';
import { citedSources } from './citedSources.js';
import type { FiredEffect } from './evaluateRules.js';
import type { TraceEntry, TreatmentPlan } from './RecommendationSchema.js';
import { sidesOverlap } from './sidesOverlap.js';
import { catalogEntry, entryName, sideOf } from '../rules/facts.js';

type Avoid = TreatmentPlan['avoid'][number];

// The regions lying directly within each region (`within`), or `undefined`
// when the catalogue has none (the built-in one): nothing to fold again.
function partsOf(catalog: RuleContext['catalog']): Map<string, RegionId[]> | undefined {
  let parts: Map<string, RegionId[]> | undefined;
  for (const region of Object.values(catalog.regions) as { id: RegionId; within?: RegionId }[]) {
    if (region.within === undefined) continue;
    parts ??= new Map();
    add(parts, region.within, () => []).push(region.id);
  }
  return parts;
}

const TAPER_RULES = {
  transition: {
    rule: 'dose/taper-transition',
    source: TAPER_DEFAULTS.transitionWeeks.sources[0],
    basis: `Transition: ${TAPER_DEFAULTS.transitionSessionsPerWeek.basis} ${TAPER_DEFAULTS.transitionWeeks.basis}`,
  },
  maintenance: {
    rule: 'dose/taper-maintenance',
    source: TAPER_DEFAULTS.maintenanceSessionsPerWeek.sources[0],
    basis: `Maintenance: ${TAPER_DEFAULTS.maintenanceSessionsPerWeek.basis} ${TAPER_DEFAULTS.maintenanceWeeks.basis}`,
  },
} as const;
type Target = TreatmentPlan['targets'][number];

// The basis of a step-down phase, saying its own frequency when it is not
// the default one the basis describes (a weekly dose steps down to every 2
// weeks, not to "weekly"), so the legend and the rule text agree.
function taperBasis(phase: 'transition' | 'maintenance', sessionsPerWeek: number): string {
  const usual = phase === 'transition' ? TAPER_DEFAULTS.transitionSessionsPerWeek.value : TAPER_DEFAULTS.maintenanceSessionsPerWeek.value;
  if (sessionsPerWeek === usual) return TAPER_RULES[phase].basis;
  const name = phase === 'transition' ? 'Transition' : 'Maintenance';
  return `${name}: ${frequencyLabel(sessionsPerWeek)}, one step less often than the phase before on the ladder 2×/week → weekly → every 2 weeks → every 4 weeks (practice-level). ${TAPER_RULES[phase].basis.slice(name.length + 2)}`;
}

/**
 * The trace rule behind `billing.lines` (CMS Pub. 100-04 ch. 5 §20.2).
 *
 * @example
 * BILLING_RULE; // 'billing/per-code'
 */
export const BILLING_RULE = 'billing/per-code';
/**
 * The trace rule behind `medicalNecessity` (CMS Pub. 100-02 ch. 15 §220).
 *
 * @example
 * NECESSITY_RULE; // 'plan/medical-necessity'
 */
export const NECESSITY_RULE = 'plan/medical-necessity';

const add = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
  const existing = map.get(key);
  if (existing) return existing;
  const created = make();
  map.set(key, created);
  return created;
};
const pushUnique = (list: string[], id: string): void => {
  if (!list.includes(id)) list.push(id);
};
const other = (side: 'left' | 'right'): Side => (side === 'left' ? 'right' : 'left');

// Widens an exclusion's window to cover another's: no start when either has
// none (else the earlier), no end when either has none (else the later).
function widenWindow(entry: Avoid, e: { from?: string; until?: string }): void {
  if (entry.from !== undefined && (e.from === undefined || e.from < entry.from)) {
    if (e.from === undefined) delete entry.from;
    else entry.from = e.from;
  }
  if (entry.until !== undefined && (e.until === undefined || e.until > entry.until)) {
    if (e.until === undefined) delete entry.until;
    else entry.until = e.until;
  }
}

// Whether an exclusion applies on a date: from its start (if any) to the day
// before its end (if any).
const appliesOn = (a: Avoid, date: string): boolean => (a.from === undefined || a.from <= date) && (a.until === undefined || date < a.until);

// Removes or narrows targets that lie in an avoided region. A target on both
// sides keeps the side that is not avoided; anything else that overlaps goes.
function applyRegionAvoids(targets: Target[], avoids: readonly Avoid[]): Target[] {
  const regionAvoids = avoids.filter((a) => a.region !== undefined && a.technique === undefined && a.position === undefined);
  return targets.flatMap((target): Target[] => {
    const hits = regionAvoids.filter((a) => a.region === target.region && sidesOverlap(a.side, target.side));
    if (hits.length === 0) return [target];
    // A timed exclusion ends: the target is worked from the day after the
    // last one ends (an acute sprain after 72 hours, an incision once closed).
    if (hits.every((a) => a.until !== undefined && a.from === undefined)) {
      const from = hits.map((a) => a.until ?? '').sort().at(-1) ?? '';
      return [{ ...target, from, because: [...target.because, ...hits.flatMap((h) => h.because)] }];
    }
    const sides = new Set(hits.map((a) => a.side));
    const only = hits[0]?.side;
    if (target.side === 'both' && sides.size === 1 && (only === 'left' || only === 'right')) {
      return [{ ...target, side: other(only), because: [...target.because, ...hits.flatMap((h) => h.because)] }];
    }
    return [];
  });
}

// A goal in words: what it serves, the measure, and from where to where (or
// the change from the baseline still to record). The date is in `by`.
function goalDescription(
  catalog: RuleContext['catalog'],
  goal: Pick<TreatmentPlan['goals'][number], 'measure' | 'baseline' | 'target' | 'targetChange'>,
  purposes: readonly string[],
): string {
  // Named from the catalogue, vendor measures included; an unknown one by its id.
  const measure = catalogEntry<OutcomeMeasure>(catalog.outcomeMeasures, goal.measure);
  const name = entryName(catalog.outcomeMeasures, goal.measure);
  const lower = (measure?.better ?? (goal.baseline !== undefined && goal.target > goal.baseline ? 'higher' : 'lower')) === 'lower';
  const statement =
    goal.baseline === undefined
      ? `${lower ? 'a fall' : 'a rise'} of at least ${goal.targetChange} points on the ${name} from the baseline recorded at the first visit`
      : goal.targetChange === 0
        ? `${name} kept at ${goal.target}`
        : `${name} from ${goal.baseline} to ${goal.target} (${lower ? 'or lower' : 'or higher'})`;
  return `${purposes.length > 0 ? `${purposes.join('; ')}: ` : ''}${statement}.`;
}

/**
 * The date a plan's goals fall due: the last session of the first phase (a
 * reassessment), or, when nothing could be scheduled, the first phase's
 * length (at least a week; 4 weeks without a phase) from the start date.
 *
 * @param sessions - the plan's dated sessions
 * @param phases - the plan's phases
 * @param startDate - the first day sessions may start
 * @returns the due date
 * @example
 * goalsDueBy([], [{ phase: 'intensive', sessionsPerWeek: 2, weeks: 4 }], '2026-12-01'); // '2026-12-29'
 */
export function goalsDueBy(
  sessions: readonly { date: string; phase: string }[],
  phases: readonly { weeks: number }[],
  startDate: string,
): string {
  const firstPhase = sessions.filter((s) => s.phase === sessions[0]?.phase);
  return firstPhase.at(-1)?.date ?? addCalendarDays(startDate, Math.max(7, Math.round((phases[0]?.weeks ?? 4) * 7)));
}

/**
 * Folds the fired effects of a screening that found nothing blocking into
 * one treatment plan: unions of targets and techniques, exclusions applied,
 * the minimum of every cap, one session length, one schedule.
 *
 * @param ctx - the validated intake and the catalogue
 * @param fired - every effect with its rule (no refer or defer among the active ones)
 * @param trace - the trace so far (screening and selection)
 * @param phasesOverride - phases decided elsewhere (a reassessment's next phases) instead of the dose rules' taper
 * @returns the plan
 */
export function buildPlan(
  ctx: RuleContext,
  fired: readonly FiredEffect[],
  trace: TraceEntry[],
  phasesOverride?: readonly TreatmentPlan['phases'][number][],
): TreatmentPlan {
  const { intake, catalog } = ctx;
  const targets = new Map<string, Target>();
  const techniques = new Map<TechniqueId, { regions: Set<RegionId>; because: string[] }>();
  const avoids = new Map<string, Avoid>();
  const caps: { max: PressureLevel; rule: string }[] = [];
  const usual: { start: PressureLevel; max: PressureLevel; rule: string }[] = [];
  const allowed: { positions: Position[]; rule: string }[] = [];
  const minutes: { minutes: number; rule: string }[] = [];
  const minuteCaps: { max: number; rule: string }[] = [];
  const phases: { phases: PhaseProposal[]; rule: string }[] = [];
  const goals = new Map<OutcomeMeasureId, Omit<TreatmentPlan['goals'][number], 'by' | 'description'> & { purposes: string[] }>();
  const clearances = new Map<ClearanceId, string[]>();
  const precautions = new Map<string, TreatmentPlan['precautions'][number]>();
  const complementary: string[] = [];
  const heatCare: string[] = [];
  const endBys: { date: string; message: string; rule: string }[] = [];
  // Caps on one region (and side), or on one endangerment site of it (`site`).
  const regionCaps: { region: RegionId; side?: Side; site?: string; max: PressureLevel; rule: string }[] = [];
  const homeCare = new Map<string, TreatmentPlan['homeCare'][number]>();
  const aftercare = new Map<string, TreatmentPlan['aftercare'][number]>();
  const consents = new Map<string, TreatmentPlan['consents'][number]>();
  const sessionChecks = new Map<string, TreatmentPlan['sessionChecks'][number]>();
  const discharge = new Map<string, { message: string; because: string[] }>();
  // What each plan-of-care item depends on, to drop it when the plan excludes
  // it: home care that applies heat or lies on a region; items that go with a
  // technique (aftercare, consent, checks) or a pressure. An item stays when
  // any of the effects behind it still holds.
  const homeCareNeeds = new Map<string, { heat: boolean; regions: RegionId[] }[]>();
  const techniqueNeeds = new Map<string, { techniques?: TechniqueId[]; minPressure?: PressureLevel }[]>();
  const need = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    add(map, key, () => []).push(value);
  };

  // One handler per effect kind. The mapped type makes a new kind a compile
  // error until it is handled, as ts-pattern's .exhaustive() did, but the
  // dispatch is one property read instead of a pattern match per effect
  // (which was a fifth of recommendPlan's time in the profile).
  const handlers: { [K in Effect['kind']]: (effect: Extract<Effect, { kind: K }>, id: string) => void } = {
    refer: () => undefined,
    defer: () => undefined,
    requireClearance: (e, id) => pushUnique(add(clearances, e.clearance, () => []), id),
    avoid: (e, id) => {
      // One row per region, side, technique and position: the same exclusion
      // from several rules merges, and its window is the widest of theirs
      // (an open-ended one wins over a timed one).
      const key = `${e.region ?? ''}|${e.side ?? ''}|${e.technique ?? ''}|${e.position ?? ''}`;
      const existing = avoids.get(key);
      const entry = add(avoids, key, (): Avoid => ({
        ...(e.region === undefined ? {} : { region: e.region }),
        ...(e.side === undefined ? {} : { side: e.side }),
        ...(e.technique === undefined ? {} : { technique: e.technique }),
        ...(e.position === undefined ? {} : { position: e.position }),
        ...(e.from === undefined ? {} : { from: e.from }),
        ...(e.until === undefined ? {} : { until: e.until }),
        because: [],
        reasons: [],
      }));
      if (existing !== undefined) widenWindow(entry, e);
      pushUnique(entry.because, id);
      pushUnique(entry.reasons, e.message);
    },
    capPressure: (e, id) => caps.push({ max: e.max, rule: id }),
    startPressure: (e, id) => usual.push({ start: e.start, max: e.max, rule: id }),
    allowPositions: (e, id) => allowed.push({ positions: e.positions, rule: id }),
    addTechnique: (e, id) => {
      const entry = add(techniques, e.technique, () => ({ regions: new Set<RegionId>(), because: [] }));
      e.regions.forEach((r) => entry.regions.add(r));
      pushUnique(entry.because, id);
    },
    addTarget: (e, id) => {
      const entry = add(targets, `${e.region}|${e.side ?? ''}|${e.site ?? ''}`, (): Target => ({
        region: e.region,
        ...(e.side === undefined ? {} : { side: e.side }),
        muscles: [],
        ...(e.site === undefined ? {} : { site: e.site }),
        because: [],
      }));
      e.muscles.forEach((m) => pushUnique(entry.muscles, m));
      if (e.maxPressure !== undefined) regionCaps.push({ region: e.region, ...sideOf(e), site: e.site ?? '', max: e.maxPressure, rule: id });
      pushUnique(entry.because, id);
    },
    setMinutes: (e, id) => minutes.push({ minutes: e.minutes, rule: id }),
    capMinutes: (e, id) => minuteCaps.push({ max: e.max, rule: id }),
    setPhases: (e, id) => phases.push({ phases: e.phases, rule: id }),
    addGoal: (e, id) => {
      const measure = catalogEntry<OutcomeMeasure>(catalog.outcomeMeasures, e.measure);
      const entry = add(goals, e.measure, () => ({
        measure: e.measure,
        ...(e.baseline === undefined ? {} : { baseline: e.baseline }),
        target: e.target,
        targetChange:
          e.targetChange ?? (e.baseline === undefined ? (measure?.meaningfulChange.points ?? 0) : Math.round(Math.abs(e.target - e.baseline) * 10) / 10),
        because: [],
        purposes: [],
      }));
      pushUnique(entry.because, id);
      if (e.purpose !== undefined) pushUnique(entry.purposes, e.purpose);
    },
    addPrecaution: (e, id) =>
      pushUnique(add(precautions, e.id, () => ({ id: e.id, message: e.message, because: [] })).because, id),
    addComplementary: (e) => {
      pushUnique(complementary, e.care);
      if (e.heat === true) pushUnique(heatCare, e.care);
    },
    addHomeCare: (e, id) => {
      pushUnique(add(homeCare, e.id, () => ({ id: e.id, advice: e.message, because: [] })).because, id);
      need(homeCareNeeds, e.id, { heat: e.heat === true, regions: e.regions ?? [] });
    },
    addAftercare: (e, id) => {
      pushUnique(add(aftercare, e.id, () => ({ id: e.id, advice: e.message, because: [] })).because, id);
      need(techniqueNeeds, `aftercare|${e.id}`, { ...(e.techniques === undefined ? {} : { techniques: e.techniques }), ...(e.minPressure === undefined ? {} : { minPressure: e.minPressure }) });
    },
    addConsent: (e, id) => {
      pushUnique(add(consents, e.id, () => ({ id: e.id, message: e.message, because: [] })).because, id);
      need(techniqueNeeds, `consent|${e.id}`, e.techniques === undefined ? {} : { techniques: e.techniques });
    },
    addSessionCheck: (e, id) => {
      pushUnique(add(sessionChecks, e.id, () => ({ id: e.id, question: e.message, because: [] })).because, id);
      need(techniqueNeeds, `check|${e.id}`, e.techniques === undefined ? {} : { techniques: e.techniques });
    },
    addDischargeCriterion: (e, id) => pushUnique(add(discharge, e.id, () => ({ message: e.message, because: [] })).because, id),
    endBy: (e, id) => endBys.push({ date: e.date, message: e.message, rule: id }),
    capRegionPressure: (e, id) => regionCaps.push({ region: e.region, ...sideOf(e), ...(e.site === undefined ? {} : { site: e.site }), max: e.max, rule: id }),
  };
  // A region that lies within another (a vendor's sole within the foot) is
  // excluded and capped with it: the effect is folded again for each part.
  const parts = partsOf(catalog);
  const fold = (effect: Effect, id: string): void => {
    (handlers[effect.kind] as (effect: Effect, id: string) => void)(effect, id);
    if (parts === undefined || (effect.kind !== 'avoid' && effect.kind !== 'capRegionPressure')) return;
    if (effect.region === undefined || (effect.kind === 'capRegionPressure' && effect.site !== undefined)) return;
    for (const part of parts.get(effect.region) ?? []) fold({ ...effect, region: part }, id);
  };
  for (const { rule, effect } of fired) fold(effect, rule.id);

  const avoidList = [...avoids.values()];
  // Pressure: the usual range of every condition (most conservative wins),
  // then every safety cap. A cap removes what it cannot allow: a technique
  // whose lightest pressure is above the cap goes, on the whole body or on
  // the capped targets.
  const ceiling = Math.min(5, ...usual.map((u) => u.max), ...caps.map((c) => c.max)) as PressureLevel;
  const capped = applyRegionAvoids([...targets.values()], avoidList).map((target): Target => {
    const hits = regionCaps.filter(
      (c) => c.region === target.region && sidesOverlap(c.side, target.side) && (c.site === undefined || c.site === (target.site ?? '')),
    );
    if (hits.length === 0) return target;
    const cap = Math.min(ceiling, ...hits.map((c) => c.max)) as PressureLevel;
    const because = [...target.because];
    hits.forEach((c) => pushUnique(because, c.rule));
    return { ...target, maxPressure: cap, because };
  });
  // Each technique within its own catalogue pressure range (a vendor's cupping
  // 2–4). One the catalogue does not hold has no range, no CPT code and no
  // heat flag to check, so no cap can allow it: it is left out.
  const techniqueOf = (technique: TechniqueId): Technique | undefined => catalogEntry<Technique>(catalog.techniques, technique);
  const lightest = (technique: TechniqueId): number => techniqueOf(technique)?.pressure.min ?? Number.POSITIVE_INFINITY;
  const allows = (technique: TechniqueId, region: RegionId): boolean =>
    capped.some((t) => t.region === region && (t.maxPressure ?? ceiling) >= lightest(technique));
  const techniqueList = [...techniques]
    .filter(([technique]) => lightest(technique) <= ceiling && !avoidList.some((a) => a.technique === technique && a.region === undefined))
    .map(([technique, entry]) => ({
      technique,
      regions: [...entry.regions].filter(
        (region) => allows(technique, region) && !avoidList.some((a) => a.technique === technique && a.region === region),
      ),
      because: entry.because,
    }))
    .filter((entry) => entry.regions.length > 0);

  const techniqueReach = Math.max(1, ...techniqueList.map((t) => techniqueOf(t.technique)?.pressure.max ?? 1));
  const max = Math.min(techniqueReach, ceiling) as PressureLevel;
  const start = Math.min(max, ...usual.map((u) => u.start)) as PressureLevel;
  const pressureBecause = [...new Set([...usual.map((u) => u.rule), ...caps.map((c) => c.rule)])];
  const finalTargets = capped.map((t) => (t.maxPressure !== undefined && t.maxPressure > max ? { ...t, maxPressure: max } : t));

  // Plan-of-care items follow what the plan keeps: no heat at home where heat
  // is excluded (a heat technique avoided anywhere, for any reason), nothing
  // at home on a region the plan limits, and technique-bound items only with
  // their technique (and pressure) in the plan.
  const heatExcluded = avoidList.some((a) => a.technique !== undefined && techniqueOf(a.technique)?.heat === true);
  // Only a region left alone altogether limits home care there (not one technique kept off it).
  const limitedRegions = new Set(avoidList.flatMap((a) => (a.region === undefined || a.position !== undefined || a.technique !== undefined ? [] : [a.region])));
  const homeCareList = [...homeCare.values()].filter((item) =>
    (homeCareNeeds.get(item.id) ?? []).some((n) => !(n.heat && heatExcluded) && n.regions.every((r) => !limitedRegions.has(r))),
  );
  const inPlan = new Set(techniqueList.map((t) => t.technique));
  const holds = (key: string): boolean =>
    (techniqueNeeds.get(key) ?? [{}]).some(
      (n) => (n.techniques === undefined || n.techniques.some((t) => inPlan.has(t))) && (n.minPressure === undefined || max >= n.minPressure),
    );
  const aftercareList = [...aftercare.values()].filter((item) => holds(`aftercare|${item.id}`));
  const consentList = [...consents.values()].filter((item) => holds(`consent|${item.id}`));
  const checkList = [...sessionChecks.values()].filter((item) => holds(`check|${item.id}`));

  const positionAvoids = avoidList.filter((a) => a.position !== undefined);
  const positionsOn = (date: string): Position[] =>
    POSITIONS.filter((p) => !positionAvoids.some((a) => a.position === p && appliesOn(a, date)) && allowed.every((a) => a.positions.includes(p)));

  const desired = Math.max(catalog.sessionMinutes.min, ...minutes.map((m) => m.minutes));
  const sessionMinutes = Math.min(catalog.sessionMinutes.max, desired, ...minuteCaps.map((c) => c.max));

  const doseRules = phases.map((p) => p.rule);
  // The first phase rests on the dose evidence; the step-down phases on the
  // taper defaults (proxies and practice, clinical reference §4), cited apart.
  const everyWeeks = (sessionsPerWeek: number) => (sessionsPerWeek < 1 ? { everyWeeks: Math.max(2, Math.round(1 / sessionsPerWeek)) } : {});
  const phaseList =
    phasesOverride?.map(({ everyWeeks: _every, ...p }) => ({ ...p, ...everyWeeks(p.sessionsPerWeek) })) ??
    mergePhases(phases.map((p) => p.phases)).map((p) => ({
      ...p,
      ...everyWeeks(p.sessionsPerWeek),
      because: p.phase === 'intensive' ? doseRules : [...doseRules, TAPER_RULES[p.phase].rule],
    }));
  const taperTrace: TraceEntry[] = phaseList.flatMap((p) =>
    p.phase === 'intensive' || phasesOverride !== undefined
      ? []
      : [{ rule: TAPER_RULES[p.phase].rule, effect: 'setPhases', detail: taperBasis(p.phase, p.sessionsPerWeek), source: TAPER_RULES[p.phase].source }],
  );
  const availability = intake.availability ?? {};
  const schedule = scheduleSessions({
    phases: phaseList,
    startDate: availability.startDate ?? intake.assessedOn,
    ...(availability.weekdays === undefined ? {} : { weekdays: availability.weekdays }),
    ...(availability.blackoutDates === undefined ? {} : { blackoutDates: availability.blackoutDates }),
    ...(availability.maxSessions === undefined ? {} : { maxSessions: availability.maxSessions }),
    ...(availability.authorizedUntil === undefined ? {} : { authorizedUntil: availability.authorizedUntil }),
    minutes: sessionMinutes,
  });
  for (const note of schedule.notes) {
    pushUnique(add(precautions, note.id, () => ({ id: note.id, message: note.message, because: [] })).because, note.rule);
  }
  // No session on or after an end date (a pregnancy's due date without the
  // obstetrician); the last one kept closes with a reassessment.
  const endBy = [...endBys].sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  const kept = endBy === undefined ? schedule.sessions : schedule.sessions.filter((session) => session.date < endBy.date);
  if (endBy !== undefined) {
    pushUnique(add(precautions, 'end-date', () => ({ id: 'end-date', message: endBy.message, because: [] })).because, endBy.rule);
  }
  // Positions follow each session's date when an exclusion starts or ends
  // within the plan (pregnancy advancing); the plan lists those allowed at
  // every session.
  const timedPositions = positionAvoids.some((a) => a.from !== undefined || a.until !== undefined);
  // Sessions stop before the first date on which no position is both safe
  // and acceptable (a pregnancy reaching 22 weeks for a client who will not
  // lie on her side): the therapist agrees on a position before then.
  const stuck = timedPositions ? kept.findIndex((session) => positionsOn(session.date).length === 0) : -1;
  const bookable = stuck <= 0 ? kept : kept.slice(0, stuck);
  const firstStuck = kept[stuck];
  if (stuck > 0 && firstStuck !== undefined) {
    const rules = positionAvoids.filter((a) => !appliesOn(a, kept[0]?.date ?? '') && appliesOn(a, firstStuck.date)).flatMap((a) => a.because);
    const entry = add(precautions, 'no-position-from', () => ({
      id: 'no-position-from',
      message: `From ${firstStuck.date} no table position is both safe and acceptable to the client: sessions stop there until one is agreed.`,
      because: [],
    }));
    rules.forEach((rule) => pushUnique(entry.because, rule));
  }
  const sessions = bookable.map((session, i) => ({
    ...session,
    ...(i === bookable.length - 1 && bookable.length < schedule.sessions.length ? { reassessment: true } : {}),
    ...(timedPositions ? { positions: positionsOn(session.date) } : {}),
  }));
  const firstDay = availability.startDate ?? intake.assessedOn;
  const positions = (sessions.length === 0 ? [positionsOn(firstDay)] : sessions.map((s) => s.positions ?? positionsOn(s.date))).reduce((all, some) =>
    all.filter((p) => some.includes(p)),
  );

  // Goals fall due at the end of the first phase (a reassessment), or, when
  // nothing could be scheduled, that many weeks from the start.
  const dueBy = goalsDueBy(sessions, phaseList, availability.startDate ?? intake.assessedOn);
  const goalList: TreatmentPlan['goals'] = [...goals.values()].map(({ purposes, ...goal }) => ({
    ...goal,
    by: dueBy,
    description: goalDescription(catalog, goal, purposes),
  }));

  // Billing per code: each technique's minutes under its CPT code, units by
  // the 8-minute rule on the total, assigned to codes by minutes.
  // Each technique is billed under its own catalogue code (a vendor's too).
  const codes = techniqueList.flatMap((t) => techniqueOf(t.technique)?.cpt ?? []);
  const lines = billingLines(codes, sessionMinutes, '97124');
  const primary = lines[0] ?? { code: '97124' as const, minutes: sessionMinutes, units: billingUnits(sessionMinutes) };
  const billingTrace: TraceEntry = {
    rule: BILLING_RULE,
    effect: 'billing',
    detail: `${billingUnits(sessionMinutes)} units by the 8-minute rule on ${sessionMinutes} timed minutes, the minutes shared equally between the techniques and the units assigned to codes by minutes: ${lines
      .map((l) => `${l.code} ${l.minutes} min, ${l.units} ${l.units === 1 ? 'unit' : 'units'}`)
      .join('; ')}.`,
    source: 'CMS-100-04',
  };
  const necessityTrace: TraceEntry = {
    rule: NECESSITY_RULE,
    effect: 'medicalNecessity',
    detail: 'The plan-of-care statement a payer reads: diagnoses, deficits and measures, goals, skilled care, frequency and duration, reassessments.',
    source: 'CMS-100-02',
  };
  const fullTrace = [...trace, ...taperTrace, ...schedule.trace, billingTrace, necessityTrace];
  const dischargeList = [...discharge.values()];

  const obtained = new Set(intake.clearances ?? []);
  const needed = [...clearances.keys()].filter((c) => !obtained.has(c));
  const evidence = [...new Set(intake.conditions.map((entry) => entry.condition))].map((id) => {
    // A condition the catalogue does not hold has no evidence to state.
    const condition = catalogEntry<Condition>(catalog.conditions, id);
    if (condition === undefined) return { condition: id, verdict: 'none' as const, summary: 'Not in the catalogue.', sources: [] };
    const { verdict, summary, sources } = condition.evidence;
    return { condition: id, verdict, summary, sources: [...sources] };
  });

  const necessity = medicalNecessity(
    { intake, techniques: techniqueList, goals: goalList, phases: phaseList, sessions: schedule.sessions, sessionMinutes, evidence },
    catalog,
  );

  return {
    intake,
    techniques: techniqueList,
    targets: finalTargets,
    avoid: avoidList,
    pressure: { start, max, because: pressureBecause },
    positions,
    sessionMinutes,
    phases: phaseList,
    sessions,
    goals: goalList,
    clearances: needed,
    precautions: [...precautions.values()],
    complementary: heatExcluded ? complementary.filter((care) => !heatCare.includes(care)) : complementary,
    homeCare: homeCareList,
    aftercare: aftercareList,
    consents: consentList,
    sessionChecks: checkList,
    evidence,
    billing: { code: primary.code, unitsPerSession: primary.units, lines },
    discharge: {
      criteria: dischargeList.map((d) => d.message),
      because: [...new Set(dischargeList.flatMap((d) => d.because))],
    },
    medicalNecessity: necessity,
    trace: fullTrace,
    sources: citedSources(catalog, fullTrace, evidence),
    rulesetVersion: catalog.version,
  };
}
