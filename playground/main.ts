// The docs-site playground: a form for an intake, and the recommendation that
// massage-plan computes for it in the browser. Plain DOM, no framework.
// Bundled by scripts/docs/buildPlayground.ts (esbuild) next to index.html.

import {
  GOAL_IDS,
  POSITIONS,
  SEVERITIES,
  ACUITIES,
  SIDES,
  WEEKDAYS,
  IntakeError,
  defaultCatalog,
  extendCatalog,
  safeRecommendPlan,
  weekdayOf,
  type Catalog,
  type CatalogIds,
  type IntakeInputOf,
  type IntakeIssue,
  type Recommendation,
  type TraceEntry,
  type TreatmentPlan,
} from '../src/index.js';
import { isSchedulingNote, phaseReasons, techniqueReason } from '../src/export/explanations.js';
import { phaseFrequency } from '../src/export/phaseSummary.js';
import clinicPatch from '../examples/catalogs/clinic-patch.json';

// ── DOM helpers ───────────────────────────────────────────────────────────

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | undefined>;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

const options = (values: readonly string[], label: (v: string) => string, empty?: string): HTMLOptionElement[] => [
  ...(empty === undefined ? [] : [h('option', { value: '' }, empty)]),
  ...values.map((v) => h('option', { value: v }, label(v))),
];

const select = (path: string, values: readonly string[], label: (v: string) => string, empty?: string) =>
  h('select', { name: path, 'data-path': path }, ...options(values, label, empty));

const field = (text: string, control: HTMLElement) => h('label', {}, text, control);

function checks(path: string, values: readonly string[], label: (v: string) => string, size: '' | 'compact' | 'mid' = ''): HTMLElement {
  return h(
    'div',
    { class: `checks ${size}`.trim(), 'data-path': path },
    ...values.map((v) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: path, value: v }), label(v))),
  );
}

// ── The catalogue in use, its ids and labels ──────────────────────────────

/** The built-in catalogue, or the one a pasted patch extends it to. */
let catalog: Catalog = defaultCatalog;
/** The ids the form offers: those of the catalogue in use. */
const vocabulary = {
  conditions: (): string[] => Object.keys(catalog.conditions),
  regions: (): string[] => Object.keys(catalog.regions),
  historyFlags: (): string[] => Object.keys(catalog.historyFlags),
  redFlags: (): string[] => Object.keys(catalog.redFlags),
  clearances: (): string[] => Object.keys(catalog.clearances),
};
const conditionName = (id: string) => catalog.conditions[id as keyof typeof catalog.conditions]?.name ?? id;
const regionName = (id: string) => catalog.regions[id as keyof typeof catalog.regions]?.name ?? id;
const techniqueName = (id: string) => catalog.techniques[id as keyof typeof catalog.techniques]?.name ?? id;
const historyName = (id: string) => catalog.historyFlags[id as keyof typeof catalog.historyFlags]?.name ?? id;
const redFlagName = (id: string) => catalog.redFlags[id as keyof typeof catalog.redFlags]?.name ?? id;
const measureName = (id: string) => catalog.outcomeMeasures[id as keyof typeof catalog.outcomeMeasures]?.name ?? id;
const words = (id: string) => id.replace(/-/g, ' ');
const flagLabel = (id: string) => `${historyName(id)} (${id})`;
const WEEKDAY_NAMES: Record<string, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-12-02` → `Wed 2 Dec 2026`, from the calendar date alone (no time zone involved). */
function longDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${WEEKDAY_NAMES[weekdayOf(date)] ?? ''} ${Number(d)} ${MONTHS[Number(m) - 1] ?? ''} ${y}`;
}

// ── The form ──────────────────────────────────────────────────────────────

const form = byId<HTMLFormElement>('intake-form');
const conditionRows = h('div', { 'data-path': 'conditions' });
const historyRows = h('div', { 'data-path': 'history' });

function conditionRow(): HTMLElement {
  const row = h('div', { class: 'row condition-row' });
  row.append(
    field('condition', select('condition', vocabulary.conditions(), (v) => `${conditionName(v)}`)),
    field('severity', select('severity', SEVERITIES, (v) => v)),
    field('pain 0–10', h('input', { type: 'number', name: 'painScore', min: '0', max: '10', step: '1' })),
    field('onset', h('input', { type: 'date', name: 'onset' })),
    field('acuity', select('acuity', ACUITIES, (v) => v, 'from onset')),
    field('region', select('region', vocabulary.regions(), regionName, '—')),
    field('side', select('side', SIDES, (v) => v, '—')),
    h('button', { type: 'button', class: 'remove', title: 'Remove this condition' }, '✕'),
  );
  row.querySelector('button.remove')?.addEventListener('click', () => {
    row.remove();
    renumber();
  });
  return row;
}

function historyRow(): HTMLElement {
  const row = h('div', { class: 'row history-row' });
  row.append(
    field('flag', select('flag', vocabulary.historyFlags(), flagLabel)),
    field('region', select('region', vocabulary.regions(), regionName, '—')),
    field('side', select('side', SIDES, (v) => v, '—')),
    field('weeks', h('input', { type: 'number', name: 'weeks', min: '0', max: '60', step: '1' })),
    h('button', { type: 'button', class: 'remove', title: 'Remove this flag' }, '✕'),
  );
  row.querySelector('button.remove')?.addEventListener('click', () => {
    row.remove();
    renumber();
  });
  return row;
}

/** Gives every control in the repeated rows its path (`conditions.0.painScore`), for error messages. */
function renumber(): void {
  for (const [list, prefix] of [
    [conditionRows, 'conditions'],
    [historyRows, 'history'],
  ] as const) {
    Array.from(list.children).forEach((row, i) => {
      row.setAttribute('data-path', `${prefix}.${i}`);
      row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select').forEach((control) => {
        control.setAttribute('data-path', `${prefix}.${i}.${control.name}`);
      });
    });
  }
}

function buildForm(): void {
  form.append(
    h(
      'fieldset',
      {},
      h('legend', {}, 'Assessment'),
      field('assessed on', h('input', { type: 'date', name: 'assessedOn', 'data-path': 'assessedOn', required: true })),
      field('age', h('input', { type: 'number', name: 'age', 'data-path': 'age', min: '0', max: '120' })),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Conditions'),
      conditionRows,
      h('button', { type: 'button', id: 'add-condition' }, '+ condition'),
    ),
    h('fieldset', {}, h('legend', {}, 'Goals'), checks('goals', GOAL_IDS, words)),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Health history'),
      historyRows,
      h('button', { type: 'button', id: 'add-history' }, '+ history flag'),
    ),
    h('fieldset', {}, h('legend', {}, 'Red flags'), checks('redFlags', vocabulary.redFlags(), redFlagName)),
    h('fieldset', {}, h('legend', {}, 'Clearances obtained'), checks('clearances', vocabulary.clearances(), words, 'mid')),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Preferences'),
      field('max pressure', select('preferences.maxPressure', ['1', '2', '3', '4', '5'], (v) => v, '—')),
      field('max minutes', h('input', { type: 'number', name: 'preferences.maxSessionMinutes', 'data-path': 'preferences.maxSessionMinutes', min: '15', max: '240' })),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'preferences.hotStones', 'data-path': 'preferences.hotStones' }), 'hot stones'),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'preferences.avoidOils', 'data-path': 'preferences.avoidOils' }), 'avoid oils'),
      h('div', {}, h('span', { class: 'reason' }, 'positions to avoid'), checks('preferences.avoidPositions', POSITIONS, words, 'mid')),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Availability'),
      checks('availability.weekdays', WEEKDAYS, (v) => WEEKDAY_NAMES[v] ?? v, 'compact'),
      field('start', h('input', { type: 'date', name: 'availability.startDate', 'data-path': 'availability.startDate' })),
      field('max sessions', h('input', { type: 'number', name: 'availability.maxSessions', 'data-path': 'availability.maxSessions', min: '1', max: '200' })),
      field('authorized until', h('input', { type: 'date', name: 'availability.authorizedUntil', 'data-path': 'availability.authorizedUntil' })),
      field(
        'blackout dates (YYYY-MM-DD, comma separated)',
        h('input', { type: 'text', name: 'availability.blackoutDates', 'data-path': 'availability.blackoutDates', placeholder: '2026-12-25, 2027-01-01' }),
      ),
    ),
    h('button', { type: 'submit', class: 'primary', id: 'submit' }, 'Make plan'),
  );
  byId('add-condition').addEventListener('click', () => {
    conditionRows.append(conditionRow());
    renumber();
  });
  byId('add-history').addEventListener('click', () => {
    historyRows.append(historyRow());
    renumber();
  });
}

// ── Reading and writing the form ──────────────────────────────────────────

const control = (root: ParentNode, name: string) =>
  root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
const text = (root: ParentNode, name: string): string => control(root, name)?.value.trim() ?? '';
const checked = (name: string): string[] =>
  Array.from(form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`)).filter((c) => c.checked).map((c) => c.value);
/** A number input's value; text that is not a number is passed on as text, so the intake's validation names it. */
const numberOr = (value: string): number | string => (value !== '' && Number.isFinite(Number(value)) ? Number(value) : value);

/** The intake the form describes. Empty optional fields are left out; everything else goes to validation as typed. */
function readIntake(): Record<string, unknown> {
  const intake: Record<string, unknown> = { assessedOn: text(form, 'assessedOn') };
  if (text(form, 'age') !== '') intake.age = numberOr(text(form, 'age'));
  intake.conditions = Array.from(conditionRows.children).map((row) => {
    const entry: Record<string, unknown> = { condition: text(row, 'condition'), severity: text(row, 'severity') };
    if (text(row, 'painScore') !== '') entry.painScore = numberOr(text(row, 'painScore'));
    for (const key of ['onset', 'acuity', 'region', 'side']) if (text(row, key) !== '') entry[key] = text(row, key);
    return entry;
  });
  intake.goals = checked('goals');
  const history = Array.from(historyRows.children).map((row) => {
    const entry: Record<string, unknown> = { flag: text(row, 'flag') };
    for (const key of ['region', 'side']) if (text(row, key) !== '') entry[key] = text(row, key);
    if (text(row, 'weeks') !== '') entry.weeks = numberOr(text(row, 'weeks'));
    return entry;
  });
  if (history.length > 0) intake.history = history;
  const redFlags = checked('redFlags');
  if (redFlags.length > 0) intake.redFlags = redFlags;
  const clearances = checked('clearances');
  if (clearances.length > 0) intake.clearances = clearances;

  const preferences: Record<string, unknown> = {};
  if (text(form, 'preferences.maxPressure') !== '') preferences.maxPressure = numberOr(text(form, 'preferences.maxPressure'));
  if (text(form, 'preferences.maxSessionMinutes') !== '') preferences.maxSessionMinutes = numberOr(text(form, 'preferences.maxSessionMinutes'));
  if ((control(form, 'preferences.hotStones') as HTMLInputElement | null)?.checked) preferences.hotStones = true;
  if ((control(form, 'preferences.avoidOils') as HTMLInputElement | null)?.checked) preferences.avoidOils = true;
  const avoidPositions = checked('preferences.avoidPositions');
  if (avoidPositions.length > 0) preferences.avoidPositions = avoidPositions;
  if (Object.keys(preferences).length > 0) intake.preferences = preferences;

  // Weekdays are always sent: unticking every day is an error the intake reports.
  const availability: Record<string, unknown> = { weekdays: checked('availability.weekdays') };
  for (const key of ['startDate', 'authorizedUntil']) {
    if (text(form, `availability.${key}`) !== '') availability[key] = text(form, `availability.${key}`);
  }
  if (text(form, 'availability.maxSessions') !== '') availability.maxSessions = numberOr(text(form, 'availability.maxSessions'));
  const blackout = text(form, 'availability.blackoutDates');
  if (blackout !== '') availability.blackoutDates = blackout.split(/[\s,;]+/).filter((d) => d !== '');
  intake.availability = availability;
  return intake;
}

function setValue(root: ParentNode, name: string, value: unknown): void {
  const el = control(root, name);
  if (el) el.value = value === undefined ? '' : String(value);
}

function setChecks(name: string, values: readonly string[] | undefined): void {
  form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`).forEach((c) => {
    c.checked = (values ?? []).includes(c.value);
  });
}

/** Fills the form from an intake (used by the examples). */
function writeIntake(intake: IntakeInputOf<CatalogIds>): void {
  setValue(form, 'assessedOn', intake.assessedOn);
  setValue(form, 'age', intake.age);
  conditionRows.replaceChildren(
    ...intake.conditions.map((entry) => {
      const row = conditionRow();
      for (const key of ['condition', 'severity', 'painScore', 'onset', 'acuity', 'region', 'side'] as const) setValue(row, key, entry[key]);
      return row;
    }),
  );
  historyRows.replaceChildren(
    ...(intake.history ?? []).map((entry) => {
      const row = historyRow();
      for (const key of ['flag', 'region', 'side', 'weeks'] as const) setValue(row, key, entry[key]);
      return row;
    }),
  );
  renumber();
  setChecks('goals', intake.goals);
  setChecks('redFlags', intake.redFlags);
  setChecks('clearances', intake.clearances);
  const p = intake.preferences ?? {};
  setValue(form, 'preferences.maxPressure', p.maxPressure);
  setValue(form, 'preferences.maxSessionMinutes', p.maxSessionMinutes);
  (control(form, 'preferences.hotStones') as HTMLInputElement).checked = p.hotStones === true;
  (control(form, 'preferences.avoidOils') as HTMLInputElement).checked = p.avoidOils === true;
  setChecks('preferences.avoidPositions', p.avoidPositions);
  const a = intake.availability ?? {};
  setChecks('availability.weekdays', a.weekdays ?? ['mon', 'tue', 'wed', 'thu', 'fri']);
  setValue(form, 'availability.startDate', a.startDate);
  setValue(form, 'availability.maxSessions', a.maxSessions);
  setValue(form, 'availability.authorizedUntil', a.authorizedUntil);
  setValue(form, 'availability.blackoutDates', (a.blackoutDates ?? []).join(', '));
}

// ── Errors next to the form ───────────────────────────────────────────────

const issuesBox = byId('issues');

function clearIssues(): void {
  issuesBox.hidden = true;
  issuesBox.replaceChildren();
  form.querySelectorAll('.invalid').forEach((el) => el.classList.remove('invalid'));
  form.querySelectorAll('.field-error').forEach((el) => el.remove());
}

/** The form element an issue belongs to: the control at its path, or the nearest enclosing one. */
function elementFor(path: readonly (string | number)[]): Element | null {
  for (let n = path.length; n > 0; n--) {
    const el = form.querySelector(`[data-path="${path.slice(0, n).join('.')}"]`);
    if (el) return el;
  }
  return null;
}

function showIssues(issues: readonly IntakeIssue[]): void {
  issuesBox.hidden = false;
  issuesBox.append(
    h('h2', {}, `The intake is not valid (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'})`),
    h('ul', {}, ...issues.map((issue) => h('li', { 'data-code': issue.code }, issue.message))),
  );
  for (const issue of issues) {
    const el = elementFor(issue.path);
    if (!el) continue;
    el.classList.add('invalid');
    const note = h('span', { class: 'field-error' }, issue.message);
    (el.closest('label') ?? el).after(note);
  }
}

// ── A catalogue patch next to the intake ──────────────────────────────────

const patchBox = byId<HTMLTextAreaElement>('catalog-patch');
const patchIssues = byId('patch-issues');
const catalogStatus = byId('catalog-status');
/** The patch text the catalogue in use was made from ('' for the built-in catalogue). */
let appliedPatch = '';

/** Replaces a select's options with `values`, keeping its value when it is still offered. */
function reoffer(el: HTMLSelectElement, values: readonly string[], label: (v: string) => string): void {
  const value = el.value;
  const empty = el.querySelector('option[value=""]')?.textContent ?? undefined;
  el.replaceChildren(...options(values, label, empty));
  el.value = values.includes(value) ? value : (empty === undefined ? (values[0] ?? '') : '');
}

/** Offers the ids of the catalogue in use everywhere in the form, keeping what is filled in. */
function refreshVocabulary(): void {
  form.querySelectorAll<HTMLSelectElement>('select[name="condition"]').forEach((el) => reoffer(el, vocabulary.conditions(), conditionName));
  form.querySelectorAll<HTMLSelectElement>('select[name="region"]').forEach((el) => reoffer(el, vocabulary.regions(), regionName));
  form.querySelectorAll<HTMLSelectElement>('select[name="flag"]').forEach((el) => reoffer(el, vocabulary.historyFlags(), flagLabel));
  for (const [name, values, label, size] of [
    ['redFlags', vocabulary.redFlags(), redFlagName, ''],
    ['clearances', vocabulary.clearances(), words, 'mid'],
  ] as const) {
    const old = form.querySelector(`.checks[data-path="${name}"]`);
    const ticked = checked(name);
    const next = checks(name, values, label, size);
    next.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((c) => {
      c.checked = ticked.includes(c.value);
    });
    old?.replaceWith(next);
  }
  renumber();
}

function showPatchIssues(title: string, issues: readonly { path: string; message: string }[]): void {
  patchIssues.hidden = false;
  patchIssues.replaceChildren(
    h('h2', {}, title),
    h('ul', {}, ...issues.map((issue) => h('li', { 'data-path': issue.path }, issue.message))),
  );
}

/** `['rules', 0, 'source']` → `rules[0].source`, as the issue messages write paths. */
const pathText = (path: readonly (string | number)[]): string =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`)).join('');

/**
 * Makes the catalogue in use from the patch box: empty means the built-in
 * catalogue; otherwise `extendCatalog(defaultCatalog, patch)`. Invalid JSON or
 * an invalid patch is shown next to the box, issue by issue with its path, and
 * the catalogue in use does not change.
 */
function applyPatch(): boolean {
  const text = patchBox.value.trim();
  patchIssues.hidden = true;
  patchIssues.replaceChildren();
  let next: Catalog = defaultCatalog;
  if (text !== '') {
    let patch: unknown;
    try {
      patch = JSON.parse(text);
    } catch (error) {
      showPatchIssues('The catalogue patch is not valid JSON', [{ path: '', message: error instanceof Error ? error.message : String(error) }]);
      return false;
    }
    try {
      // A pasted patch types its ids as strings; the page reads entries as maybe absent (see the *Name helpers).
      next = extendCatalog(defaultCatalog, patch as Parameters<typeof extendCatalog>[1]) as unknown as Catalog;
    } catch (error) {
      if (!(error instanceof IntakeError)) throw error;
      const n = error.issues.length;
      showPatchIssues(
        `The catalogue patch is not valid (${n} ${n === 1 ? 'problem' : 'problems'}); the plan uses the catalogue it had`,
        error.issues.map((issue) => {
          const at = pathText(issue.path);
          return { path: at, message: at === '' || issue.message.includes(at) ? issue.message : `${at}: ${issue.message}` };
        }),
      );
      return false;
    }
  }
  catalog = next;
  appliedPatch = text;
  catalogStatus.textContent =
    text === ''
      ? 'built-in catalogue'
      : `${catalog.version}: ${vocabulary.conditions().length} conditions, ${Object.keys(catalog.techniques).length} techniques, ${catalog.rules.length} rules`;
  refreshVocabulary();
  return true;
}

// ── The result ────────────────────────────────────────────────────────────

const result = byId('result');

const sourceCitation = (id: string, plan?: TreatmentPlan): string =>
  plan?.sources.find((s) => s.id === id)?.citation ?? catalog.sources[id]?.citation ?? id;

function rules(ids: readonly string[]): HTMLElement[] {
  return ids.map((id) => h('span', { class: 'rule' }, id));
}

/**
 * The reasons behind an item: the trace messages of its rules, for one effect
 * kind when given, and only those that mention `about` when given (a rule
 * that adds four techniques has four messages; each technique shows its own).
 */
function reasons(trace: readonly TraceEntry[], because: readonly string[], effect?: string, about?: string): HTMLElement {
  const details = [
    ...new Set(
      trace
        .filter((t) => because.includes(t.rule) && (effect === undefined || t.effect === effect))
        .filter((t) => about === undefined || t.detail.includes(about))
        .map((t) => t.detail),
    ),
  ];
  return h('div', {}, ...rules(because), ...details.map((d) => h('span', { class: 'reason' }, d)));
}

function section(title: string, id: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'block', id }, h('h2', {}, title), ...children);
}

function table(header: readonly string[], rows: readonly Child[][]): HTMLTableElement {
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...header.map((c) => h('th', {}, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
  );
}

function findingsList(reasons: readonly { rule: string; message: string; source: string }[]): HTMLElement {
  return h(
    'ul',
    {},
    ...reasons.map((r) =>
      h('li', {}, h('strong', {}, r.message), ' ', h('span', { class: 'meta' }, `(${r.rule}; source ${r.source}: ${sourceCitation(r.source)})`)),
    ),
  );
}

function timeline(plan: TreatmentPlan): HTMLElement {
  const legend = h(
    'div',
    { class: 'legend' },
    ...plan.phases.map((p) =>
      h(
        'span',
        {},
        h('i', { class: `phase-${p.phase}` }),
        `${p.phase}: ${phaseFrequency(p)} for ${p.weeks} week${p.weeks === 1 ? '' : 's'}`,
      ),
    ),
    h('span', {}, h('i', { style: 'box-shadow: inset 0 0 0 3px #fbbf24' }), 'R = reassessment'),
  );
  const blocks = h(
    'ol',
    { class: 'timeline', 'aria-label': 'Sessions' },
    ...plan.sessions.map((s) => {
      const [, m, d] = s.date.split('-');
      return h(
        'li',
        {
          class: `session phase-${s.phase}${s.reassessment ? ' reassessment' : ''}`,
          'data-date': s.date,
          'data-phase': s.phase,
          'data-number': String(s.number),
          'data-reassessment': s.reassessment ? 'true' : 'false',
          'data-positions': s.positions?.join(' '),
          title: `Session ${s.number}: ${longDate(s.date)}, ${s.phase}, ${s.minutes} min${s.reassessment ? ', reassessment' : ''}${s.positions ? `, positions: ${s.positions.join(', ')}` : ''}`,
        },
        h('b', {}, `#${s.number}`),
        `${WEEKDAY_NAMES[weekdayOf(s.date)] ?? ''} ${Number(d)} ${MONTHS[Number(m) - 1] ?? ''}`,
      );
    }),
  );
  const first = plan.sessions[0];
  const last = plan.sessions.at(-1);
  const span = first && last ? `${plan.sessions.length} sessions from ${longDate(first.date)} to ${longDate(last.date)}` : 'No session could be scheduled.';
  // Each phase's own rule text, next to the frequency the legend states.
  const why = h(
    'ul',
    { class: 'phase-reasons' },
    ...plan.phases.map((p) =>
      h('li', { 'data-phase': p.phase }, h('strong', {}, `${p.phase}, ${phaseFrequency(p)}: `), phaseReasons(plan, p).join(' ') || 'see the rules', ' ', ...rules(p.because)),
    ),
  );
  const reassessments = plan.sessions.filter((s) => s.reassessment).map((s) => `#${s.number} (${longDate(s.date)})`);
  // Positions per session when they change through the plan (pregnancy).
  const positionChanges: string[] = [];
  if (plan.sessions.some((s) => s.positions !== undefined)) {
    let previous = '';
    for (const s of plan.sessions) {
      const now = (s.positions ?? plan.positions).join(', ');
      if (now !== previous) positionChanges.push(`From #${s.number} (${longDate(s.date)}): ${now || 'no position'}`);
      previous = now;
    }
  }
  return section(
    'Sessions by phase',
    'sessions',
    legend,
    blocks,
    h('p', { class: 'reason' }, span),
    reassessments.length > 0 ? h('p', { id: 'reassessments' }, `Reassess at ${reassessments.join(', ')}.`) : null,
    positionChanges.length > 0 ? h('ul', { id: 'position-changes' }, ...positionChanges.map((c) => h('li', {}, c))) : null,
    why,
  );
}

/** A section listing plan items with their rules, or what to do when the rules gave none. */
function itemsSection(title: string, id: string, items: readonly [string, readonly string[]][], none: string): HTMLElement {
  return section(
    title,
    id,
    items.length === 0 ? h('p', { class: 'none' }, none) : h('ul', {}, ...items.map(([text, because]) => h('li', {}, text, ' ', ...rules(because)))),
  );
}

function renderPlan(plan: TreatmentPlan): HTMLElement[] {
  const out: HTMLElement[] = [];
  out.push(
    h(
      'div',
      { class: 'summary', id: 'plan-summary' },
      h('div', {}, h('b', {}, `${plan.sessionMinutes} min`), h('span', {}, 'per session')),
      h('div', {}, h('b', {}, `${plan.pressure.start} → ${plan.pressure.max}`), h('span', {}, 'pressure start → max (1–5)')),
      h('div', {}, h('b', {}, plan.positions.join(', ')), h('span', {}, 'positions')),
      h('div', {}, h('b', {}, plan.billing.lines.map((line) => `${line.code} × ${line.units}`).join(' + ')), h('span', {}, 'CPT × units per session')),
      h('div', {}, h('b', {}, String(plan.sessions.length)), h('span', {}, 'sessions')),
    ),
  );
  if (plan.clearances.length > 0) {
    out.push(
      h('div', { class: 'banner defer', id: 'clearances' }, h('h2', {}, `Clearance needed before the first session: ${plan.clearances.join(', ')}`)),
    );
  }
  out.push(timeline(plan));
  out.push(
    section(
      'Techniques',
      'techniques',
      table(
        ['technique', 'regions', 'because'],
        plan.techniques.map((t) => [
          techniqueName(t.technique),
          t.regions.map(regionName).join(', '),
          h('div', {}, ...rules(t.because), h('span', { class: 'reason' }, techniqueReason(plan, t.technique, catalog))),
        ]),
      ),
    ),
    section(
      'Targets',
      'targets',
      table(
        ['region', 'muscles', 'pressure cap', 'because'],
        plan.targets.map((t) => [
          `${regionName(t.region)}${t.side ? ` (${t.side})` : ''}`,
          t.muscles.join(', ') || '—',
          t.maxPressure === undefined ? '—' : `≤ ${t.maxPressure}${t.site ? ` (${t.site})` : ''}`,
          h('div', {}, ...rules(t.because)),
        ]),
      ),
    ),
    section(
      'Avoid',
      'avoid',
      plan.avoid.length === 0
        ? h('p', {}, 'Nothing to avoid beyond the usual precautions.')
        : table(
            ['what', 'until', 'why'],
            plan.avoid.map((a) => [
              [
                a.technique && `no ${techniqueName(a.technique)}`,
                a.region && `${regionName(a.region)}${a.side ? ` (${a.side})` : ''}`,
                a.position && `no ${words(a.position)} position`,
              ]
                .filter(Boolean)
                .join(' on '),
              a.until ?? '—',
              a.reasons.length > 0
                ? h('div', {}, ...rules(a.because), ...a.reasons.map((r) => h('span', { class: 'reason' }, r)))
                : reasons(plan.trace, a.because, 'avoid'),
            ]),
          ),
    ),
    section(
      'Goals',
      'goals',
      plan.goals.length === 0
        ? h('p', {}, 'No measurable goal: record a baseline on an outcome measure at the first session.')
        : table(
            ['measure', 'baseline', 'target', 'by', 'goal'],
            plan.goals.map((g) => [
              measureName(g.measure),
              g.baseline === undefined ? 'at the first visit' : String(g.baseline),
              // Without a baseline, the goal due by its date is a change from it; the target score is the long term.
              g.baseline === undefined
                ? `${g.targetChange} point${g.targetChange === 1 ? '' : 's'} better (long term: ${g.target})`
                : String(g.target),
              g.by,
              h('span', { class: 'reason' }, g.description),
            ]),
          ),
    ),
    section(
      'Precautions',
      'precautions',
      h('ul', {}, ...plan.precautions.filter((p) => !isSchedulingNote(p)).map((p) => h('li', {}, p.message, ' ', ...rules(p.because)))),
      plan.complementary.length > 0 ? h('p', {}, `Complementary care: ${plan.complementary.map(words).join(', ')}.`) : null,
    ),
    ...(plan.precautions.some(isSchedulingNote)
      ? [
          section(
            'Scheduling notes',
            'scheduling-notes',
            h('ul', {}, ...plan.precautions.filter(isSchedulingNote).map((p) => h('li', {}, p.message, ' ', ...rules(p.because)))),
          ),
        ]
      : []),
    itemsSection('Consent before the first session', 'consents', plan.consents.map((c) => [c.message, c.because]), 'Obtain and record informed consent as usual practice requires.'),
    itemsSection('Checks at each visit', 'session-checks', plan.sessionChecks.map((c) => [c.question, c.because]), 'Ask about any change in health since the last visit.'),
    itemsSection('Discharge', 'discharge', plan.discharge.criteria.map((c) => [c, plan.discharge.because]), 'None.'),
    itemsSection('Home care', 'home-care', plan.homeCare.map((a) => [a.advice, a.because]), 'None.'),
    itemsSection('Aftercare', 'aftercare', plan.aftercare.map((a) => [a.advice, a.because]), 'None.'),
    section('Medical necessity', 'medical-necessity', h('p', {}, plan.medicalNecessity)),
    section(
      'Billing',
      'billing',
      table(
        ['CPT', 'minutes', 'units'],
        plan.billing.lines.map((line) => [line.code, String(line.minutes), String(line.units)]),
      ),
    ),
    section(
      'Evidence',
      'evidence',
      h('ul', {}, ...plan.evidence.map((e) => h('li', {}, h('strong', {}, `${conditionName(e.condition)}: ${e.verdict}. `), e.summary))),
    ),
    section(
      'Trace and sources',
      'trace',
      h(
        'details',
        {},
        h('summary', {}, `${plan.trace.length} trace entries`),
        table(['rule', 'effect', 'detail', 'source'], plan.trace.map((t) => [h('span', { class: 'rule' }, t.rule), t.effect, t.detail, t.source])),
      ),
      h(
        'details',
        {},
        h('summary', {}, `${plan.sources.length} sources`),
        h(
          'ul',
          {},
          ...plan.sources.map((s) =>
            h('li', {}, h('strong', {}, `${s.id} `), s.citation, ' ', s.url ? h('a', { href: s.url, target: '_blank', rel: 'noopener' }, 'link') : null),
          ),
        ),
      ),
    ),
  );
  return out;
}

function render(recommendation: Recommendation): void {
  switch (recommendation.kind) {
    case 'refer':
      result.replaceChildren(
        h(
          'div',
          { class: 'banner refer', id: 'referral', 'data-urgency': recommendation.urgency },
          h('h2', {}, `Refer — ${recommendation.urgency}`),
          h('p', {}, 'Do not treat: refer the client to a physician. No plan is made.'),
          findingsList(recommendation.reasons),
        ),
      );
      return;
    case 'defer':
      result.replaceChildren(
        h(
          'div',
          { class: 'banner defer', id: 'deferral', 'data-until': recommendation.until },
          h('h2', {}, recommendation.until === 'resolved' ? 'Defer — until resolved' : `Defer — until cleared by: ${recommendation.clearances.join(', ')}`),
          h('p', {}, 'No massage now. Record the clearance in the intake (or wait until it has resolved) and plan again.'),
          findingsList(recommendation.reasons),
        ),
      );
      return;
    case 'discharge':
      result.replaceChildren(
        h(
          'div',
          { class: 'banner discharge', id: 'discharge' },
          h('h2', {}, 'Discharge — the plan of care is complete'),
          h('p', {}, 'End the plan of care; record the final scores and the home program.'),
          findingsList(recommendation.reasons),
        ),
      );
      return;
    case 'plan':
      result.replaceChildren(
        h('div', { class: 'print-bar' }, h('button', { type: 'button', id: 'print', class: 'primary' }, 'Print plan')),
        h('div', { id: 'plan' }, ...renderPlan(recommendation.plan)),
      );
      byId('print').addEventListener('click', () => window.print());
      return;
  }
}

function submit(): void {
  clearIssues();
  // A patch edited since it was applied is applied first; an invalid one stops here, its problems shown.
  if (patchBox.value.trim() !== appliedPatch && !applyPatch()) {
    result.replaceChildren();
    patchIssues.scrollIntoView({ block: 'start' });
    return;
  }
  const outcome = safeRecommendPlan(readIntake(), { catalog });
  if (!outcome.success) {
    result.replaceChildren();
    showIssues(outcome.error.issues);
    issuesBox.scrollIntoView({ block: 'start' });
    return;
  }
  render(outcome.data);
  // The form is long: bring the outcome (a referral above all) into view.
  result.scrollIntoView({ block: 'start' });
}

// ── Examples and start-up ─────────────────────────────────────────────────

const EXAMPLES: Record<string, IntakeInputOf<CatalogIds>> = {
  'Chronic neck pain': {
    assessedOn: '2026-12-01',
    conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6, onset: '2026-03-10' }],
    goals: ['pain-relief'],
    history: [{ flag: 'anticoagulants' }],
    availability: { weekdays: ['tue', 'thu'], maxSessions: 12, blackoutDates: ['2026-12-24'] },
  },
  'Sprained ankle, 2 days': {
    assessedOn: '2026-12-01',
    conditions: [{ condition: 'sports-injury', severity: 'moderate', painScore: 5, onset: '2026-11-29', region: 'ankle-foot', side: 'left' }],
    goals: ['faster-healing', 'range-of-motion'],
    availability: { weekdays: ['mon', 'wed', 'fri'] },
  },
  'Red flag: saddle anaesthesia': {
    assessedOn: '2026-12-01',
    conditions: [{ condition: 'low-back-pain', severity: 'severe', painScore: 8 }],
    goals: ['pain-relief'],
    redFlags: ['saddle-anesthesia'],
  },
  'Deferral: uncontrolled hypertension': {
    assessedOn: '2026-12-01',
    conditions: [{ condition: 'tension-headache', severity: 'mild', painScore: 3 }],
    goals: ['stress-relief'],
    history: [{ flag: 'uncontrolled-hypertension' }],
  },
};

/** An intake for the clinic patch's own condition (examples/catalogs/clinic-patch.json). */
const PLANTAR_FASCIITIS: IntakeInputOf<CatalogIds> = {
  assessedOn: '2026-12-01',
  conditions: [{ condition: 'plantar-fasciitis', severity: 'moderate', painScore: 6, side: 'right', onset: '2026-07-01' }],
  goals: ['pain-relief'],
  history: [{ flag: 'diabetes' }],
  availability: { weekdays: ['mon', 'thu'] },
};

buildForm();
const loadClinicPatch = (): void => {
  patchBox.value = JSON.stringify(clinicPatch, null, 2);
  byId<HTMLDetailsElement>('catalog-panel').open = true;
  applyPatch();
};
byId('apply-patch').addEventListener('click', () => {
  if (applyPatch()) clearIssues();
});
byId('load-clinic-patch').addEventListener('click', loadClinicPatch);
byId('clear-patch').addEventListener('click', () => {
  patchBox.value = '';
  applyPatch();
});
const examples = byId('examples');
for (const [name, intake] of Object.entries(EXAMPLES)) {
  const button = h('button', { type: 'button' }, name);
  button.addEventListener('click', () => {
    writeIntake(intake);
    submit();
  });
  examples.append(button);
}
const clinicExample = h('button', { type: 'button', id: 'example-clinic' }, 'Plantar fasciitis (clinic patch)');
clinicExample.addEventListener('click', () => {
  loadClinicPatch();
  writeIntake(PLANTAR_FASCIITIS);
  submit();
});
examples.append(clinicExample);
writeIntake({ assessedOn: '2026-12-01', conditions: [{ condition: 'neck-pain', severity: 'moderate' }], goals: ['pain-relief'] });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});
document.body.setAttribute('data-ready', 'true');
