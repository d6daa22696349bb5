// The docs-site playground in a real browser: Debian's chromium driven by
// playwright-core (nothing is downloaded). Builds the bundle with esbuild,
// serves it on 127.0.0.1, fills the form, submits, reads the plan and the
// referral, and saves a screenshot to artifacts/playground.png.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground } from '../../scripts/docs/buildPlayground.js';
import { IntakeError, defaultCatalog, extendCatalog, formatPlan, recommendPlan, safeParseIntake, type CatalogIds, type IntakeInput, type IntakeInputOf } from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
// Skip only on a developer machine without chromium; in CI it must run (.ci/run installs it).
const skip = !existsSync(CHROMIUM) && !process.env.CI;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCREENSHOT = resolve(root, 'artifacts/playground.png');
const CLINIC_PATCH = readFileSync(resolve(root, 'examples/catalogs/clinic-patch.json'), 'utf8');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A static file server for `dir` on 127.0.0.1 and a free port. */
async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe.skipIf(skip)('playground in chromium', () => {
  let site: string;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'massage-plan-site-'));
    await buildPlayground(join(site, 'playground'));
    ({ server, origin } = await serve(site));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${origin}/playground/index.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 5_000 });
  }, 20_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
    if (site) rmSync(site, { recursive: true, force: true });
  });

  /** Sets the checkboxes named `name` so that exactly `values` are ticked. */
  async function tick(name: string, values: readonly string[]): Promise<void> {
    for (const box of await page.locator(`input[type=checkbox][name="${name}"]`).all()) {
      await box.setChecked(values.includes((await box.getAttribute('value')) ?? ''));
    }
  }

  async function fillNeckPain(): Promise<void> {
    await page.fill('[data-path="assessedOn"]', '2026-12-01');
    await page.selectOption('[data-path="conditions.0.condition"]', 'neck-pain');
    await page.selectOption('[data-path="conditions.0.severity"]', 'moderate');
    await page.fill('[data-path="conditions.0.painScore"]', '6');
    await page.fill('[data-path="conditions.0.onset"]', '2026-03-10');
    await tick('goals', ['pain-relief']);
    await page.click('#add-history');
    await page.selectOption('[data-path="history.0.flag"]', 'anticoagulants');
    await tick('redFlags', []);
    await tick('availability.weekdays', ['tue', 'thu']);
    await page.fill('[data-path="availability.maxSessions"]', '12');
    await page.fill('[data-path="availability.blackoutDates"]', '2026-12-24');
  }

  const neckPain: IntakeInput = {
    assessedOn: '2026-12-01',
    conditions: [{ condition: 'neck-pain', severity: 'moderate', painScore: 6, onset: '2026-03-10' }],
    goals: ['pain-relief'],
    history: [{ flag: 'anticoagulants' }],
    availability: { weekdays: ['tue', 'thu'], maxSessions: 12, blackoutDates: ['2026-12-24'] },
  };

  it('fills the form, submits, and shows the same plan as recommendPlan', async () => {
    await fillNeckPain();
    await page.click('#submit');
    await page.waitForSelector('#plan', { timeout: 5_000 });

    const expected = recommendPlan(neckPain);
    if (expected.kind !== 'plan') throw new Error(`expected a plan, got ${expected.kind}`);
    const { plan } = expected;
    expect(plan.sessions.length).toBeGreaterThan(4);

    const shown = await page.$$eval('#sessions li.session', (items) =>
      items.map((li) => ({
        date: li.getAttribute('data-date'),
        phase: li.getAttribute('data-phase'),
        reassessment: li.getAttribute('data-reassessment') === 'true',
      })),
    );
    expect(shown).toEqual(plan.sessions.map((s) => ({ date: s.date, phase: s.phase, reassessment: s.reassessment })));
    // The blocks say the dates in words too.
    expect(plan.sessions[0]?.date).toBe('2026-12-01');
    expect(await page.locator('#sessions li.session').first().innerText()).toMatch(/^#1\s+Tue 1 Dec$/);

    // Techniques, targets, and the avoid list with the reasons from the trace.
    const techniques = await page.locator('#techniques').innerText();
    for (const t of plan.techniques) expect(techniques).toContain(defaultCatalog.techniques[t.technique].name);
    const avoid = await page.locator('#avoid').innerText();
    expect(plan.avoid.some((a) => a.technique === 'deep-tissue')).toBe(true);
    expect(avoid).toContain('no Deep-tissue massage');
    expect(avoid).toContain('precaution/anticoagulants');
    const anticoagulantReason = plan.trace.find((t) => t.rule === 'precaution/anticoagulants' && t.effect === 'avoid');
    expect(anticoagulantReason).toBeDefined();
    expect(avoid).toContain(anticoagulantReason?.detail);
    expect(await page.locator('#plan-summary').innerText()).toContain(`${plan.pressure.start} → ${plan.pressure.max}`);

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });

  it('shows the plan-of-care sections, phase frequencies that match their rules, and techniques explained by why', async () => {
    const expected = recommendPlan(neckPain);
    if (expected.kind !== 'plan') throw new Error(`expected a plan, got ${expected.kind}`);
    const { plan } = expected;
    for (const id of ['consents', 'session-checks', 'discharge', 'home-care', 'aftercare', 'billing']) {
      expect(await page.locator(`#${id} h2`).count(), id).toBe(1);
    }
    // Scheduling notes (the authorization cap of 12, the blackout) are not precautions.
    const scheduling = plan.precautions.filter((p) => p.because.every((rule) => rule.startsWith('schedule/')));
    expect(scheduling.length).toBeGreaterThan(0);
    const notes = await page.locator('#scheduling-notes').innerText();
    const precautions = await page.locator('#precautions').innerText();
    for (const note of scheduling) {
      expect(notes).toContain(note.message);
      expect(precautions).not.toContain(note.message);
    }
    // The legend says "every 2 weeks" and the maintenance rule says every other week, not "weekly once improving".
    const sessions = await page.locator('#sessions').innerText();
    expect(sessions).toContain('maintenance: every 2 weeks for 8 weeks');
    const maintenanceWhy = await page.locator('.phase-reasons li[data-phase="maintenance"]').innerText();
    expect(maintenanceWhy).toContain('Every-other-week maintenance');
    expect(maintenanceWhy).not.toMatch(/weekly once improving/i);
    const reassess = plan.sessions.find((s) => s.reassessment);
    expect(await page.locator('#reassessments').innerText()).toContain(`#${reassess?.number ?? ''} (`);
    // Techniques say what they work and the evidence, not "Neck pain: Trigger-point therapy."
    const techniques = await page.locator('#techniques').innerText();
    expect(techniques).not.toContain('Neck pain: Trigger-point therapy.');
    expect(techniques).toContain('For neck pain: works the upper trapezius');
    expect(await page.locator('#billing').innerText()).toContain(plan.billing.lines[0]?.code ?? 'none');
    // Goals are due by their own date (the end of the first phase), not the last session; one with no baseline asks for a change.
    const goalRows = await page.$$eval('#goals tbody tr', (rows) => rows.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
    expect(goalRows.map((row) => row.slice(0, 4))).toEqual([
      ['Pain numeric rating scale (NRS, 0–10)', '6', '4', '2026-12-22'],
      ['Neck Disability Index (NDI, 0–50)', 'at the first visit', '5 points better (long term: 0)', '2026-12-22'],
    ]);
    expect(goalRows.map((row) => row[4])).toEqual(plan.goals.map((g) => g.description));
    expect(plan.goals.map((g) => g.by)).toEqual(['2026-12-22', '2026-12-22']);
    expect(plan.sessions.at(-1)?.date).not.toBe('2026-12-22');
    // Discharge criteria and medical necessity are the engine's, never a made-up fallback.
    expect(await page.locator('#discharge li').count()).toBe(plan.discharge.criteria.length);
    expect(await page.locator('#medical-necessity p').innerText()).toBe(plan.medicalNecessity);
    expect(await page.locator('#home-care li').count()).toBe(plan.homeCare.length);
    expect(await page.locator('#plan .none').count()).toBe(0);
  });

  it('prints the plan alone: the Print button calls print, and print media hides the form, header and buttons', async () => {
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.click('#print');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    expect(await page.locator('#intake-form').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    try {
      for (const selector of ['#intake-form', '#examples', 'header', '#print']) {
        expect(await page.locator(selector).isVisible(), selector).toBe(false);
      }
      expect(await page.locator('#plan').isVisible()).toBe(true);
      expect(await page.locator('#home-care').isVisible()).toBe(true);
      // The plan takes the whole width of the page: no form column beside it.
      const width = await page.evaluate(() => document.getElementById('plan')?.getBoundingClientRect().width ?? 0);
      expect(width).toBeGreaterThan(1100);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      await page.screenshot({ path: resolve(root, 'artifacts/playground-print.png'), fullPage: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.locator('#intake-form').isVisible()).toBe(true);
  });

  it('shows a referral, with its urgency and reasons, for a red flag', async () => {
    const intake: IntakeInput = {
      assessedOn: '2026-12-01',
      conditions: [{ condition: 'low-back-pain', severity: 'severe', painScore: 8 }],
      goals: ['pain-relief'],
      redFlags: ['saddle-anesthesia'],
    };
    await page.selectOption('[data-path="conditions.0.condition"]', 'low-back-pain');
    await page.selectOption('[data-path="conditions.0.severity"]', 'severe');
    await page.fill('[data-path="conditions.0.painScore"]', '8');
    await page.fill('[data-path="conditions.0.onset"]', '');
    await page.click('[data-path="history.0"] button.remove');
    await tick('redFlags', ['saddle-anesthesia']);
    await tick('availability.weekdays', ['mon', 'tue', 'wed', 'thu', 'fri']);
    await page.fill('[data-path="availability.maxSessions"]', '');
    await page.fill('[data-path="availability.blackoutDates"]', '');
    await page.click('#submit');
    await page.waitForSelector('#referral', { timeout: 5_000 });

    const expected = recommendPlan(intake);
    if (expected.kind !== 'refer') throw new Error(`expected a referral, got ${expected.kind}`);
    expect(await page.getAttribute('#referral', 'data-urgency')).toBe(expected.urgency);
    const banner = await page.locator('#referral').innerText();
    expect(banner).toContain('Refer — emergency');
    for (const reason of expected.reasons) {
      expect(banner).toContain(reason.message);
      expect(banner).toContain(reason.rule);
    }
    expect(await page.locator('#plan').count()).toBe(0);
    await page.screenshot({ path: resolve(root, 'artifacts/playground-referral.png') });
  });

  it('shows the IntakeError issues next to the form', async () => {
    await page.fill('[data-path="conditions.0.painScore"]', '11');
    await tick('availability.weekdays', []);
    await page.click('#submit');
    await page.waitForSelector('#issues:not([hidden])', { timeout: 5_000 });

    const parsed = safeParseIntake({
      assessedOn: '2026-12-01',
      conditions: [{ condition: 'low-back-pain', severity: 'severe', painScore: 11 }],
      goals: ['pain-relief'],
      redFlags: ['saddle-anesthesia'],
      availability: { weekdays: [] },
    });
    if (parsed.success) throw new Error('expected invalid input');
    const issues = await page.$$eval('#issues li', (items) => items.map((li) => li.textContent));
    expect(issues).toEqual(parsed.error.issues.map((i) => i.message));
    expect(issues).toContain('conditions[0].painScore must be between 0 and 10');
    expect(await page.getAttribute('[data-path="conditions.0.painScore"]', 'class')).toContain('invalid');
    expect(await page.locator('#result').innerText()).toBe('');
  });

  it('formatPlan html prints as the plan of care in two columns, then the handout on a page of its own', async () => {
    const expected = recommendPlan(neckPain);
    const html = formatPlan(expected, { format: 'html' });
    const printPage = await browser.newPage();
    try {
      await printPage.setContent(html);
      await printPage.emulateMedia({ media: 'print' });
      const styles = await printPage.evaluate(() => {
        const handout = document.querySelector('.handout');
        const plan = document.querySelector('.plan-of-care');
        return {
          breakBefore: handout ? getComputedStyle(handout).breakBefore : null,
          columns: plan ? getComputedStyle(plan).columnCount : null,
          scripts: document.scripts.length,
        };
      });
      expect(styles).toEqual({ breakBefore: 'page', columns: '2', scripts: 0 });
      const pdf = await printPage.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      await printPage.screenshot({ path: resolve(root, 'artifacts/plan-of-care-print.png'), fullPage: true });
      // The plan of care on one page, the handout on the next.
      expect(pages).toBe(2);
    } finally {
      await printPage.close();
    }
  });

  /** Opens the catalogue panel, pastes `text` as the patch and applies it. */
  async function pastePatch(text: string): Promise<void> {
    if (!(await page.locator('#catalog-patch').isVisible())) await page.click('#catalog-panel summary');
    await page.fill('#catalog-patch', text);
    await page.click('#apply-patch');
  }

  it('shows the problems of a pasted catalogue patch in plain words, each with its path', async () => {
    await pastePatch('{ "conditions": [');
    await page.waitForSelector('#patch-issues:not([hidden])', { timeout: 5_000 });
    expect(await page.locator('#patch-issues h2').innerText()).toContain('not valid JSON');

    // A technique citing a source that exists nowhere, and a rule with an unknown family.
    const patch = {
      techniques: [{ id: 'cupping', name: 'Dry cupping', description: 'Suction cups.', pressure: { min: 2, max: 4 }, cpt: '97140', heat: false, source: 'NO-SUCH-SOURCE' }],
    };
    let expected: string[] = [];
    try {
      extendCatalog(defaultCatalog, patch as Parameters<typeof extendCatalog>[1]);
    } catch (error) {
      if (!(error instanceof IntakeError)) throw error;
      expected = error.issues.map((i) => i.message);
    }
    expect(expected.length).toBeGreaterThan(0);
    await pastePatch(JSON.stringify(patch));
    await page.waitForSelector('#patch-issues li[data-path^="techniques"]', { timeout: 5_000 });
    const shown = await page.$$eval('#patch-issues li', (items) => items.map((li) => li.textContent ?? ''));
    expect(shown).toHaveLength(expected.length);
    shown.forEach((text, i) => expect(text).toContain(expected[i]));
    expect(shown.join('\n')).toContain('techniques[0].source');
    // The catalogue in use did not change: the form offers no new condition.
    expect(await page.locator('[data-path="conditions.0.condition"] option[value="plantar-fasciitis"]').count()).toBe(0);
    expect(await page.locator('#catalog-status').innerText()).toBe('built-in catalogue');
  });

  it('plans with a pasted clinic patch: plantar fasciitis gets cupping, billed as 97140; a diabetic client gets the house rules', async () => {
    await pastePatch(CLINIC_PATCH);
    await page.waitForFunction(() => document.getElementById('catalog-status')?.textContent?.includes('harbourside-foot-clinic@2026.12'), undefined, { timeout: 5_000 });
    expect(await page.locator('#patch-issues').isHidden()).toBe(true);

    const intake: IntakeInputOf<CatalogIds> = {
      assessedOn: '2026-12-01',
      conditions: [{ condition: 'plantar-fasciitis', severity: 'moderate', painScore: 6, onset: '2026-07-01', side: 'right' }],
      goals: ['pain-relief'],
      availability: { weekdays: ['mon', 'thu'] },
    };
    await page.selectOption('[data-path="conditions.0.condition"]', 'plantar-fasciitis');
    await page.selectOption('[data-path="conditions.0.severity"]', 'moderate');
    await page.fill('[data-path="conditions.0.painScore"]', '6');
    await page.fill('[data-path="conditions.0.onset"]', '2026-07-01');
    await page.selectOption('[data-path="conditions.0.side"]', 'right');
    await tick('goals', ['pain-relief']);
    await tick('redFlags', []);
    await tick('availability.weekdays', ['mon', 'thu']);
    await page.click('#submit');
    await page.waitForSelector('#plan', { timeout: 5_000 });

    const catalog = extendCatalog(defaultCatalog, JSON.parse(CLINIC_PATCH) as Parameters<typeof extendCatalog>[1]);
    const expected = recommendPlan(intake, { catalog });
    if (expected.kind !== 'plan') throw new Error(`expected a plan, got ${expected.kind}`);
    expect(expected.plan.techniques.map((t) => t.technique)).toContain('cupping');
    const techniques = await page.locator('#techniques').innerText();
    expect(techniques).toContain('Dry cupping');
    expect(techniques).toContain('Sole of the foot');
    for (const t of expected.plan.techniques) expect(techniques).toContain(catalog.techniques[t.technique]?.name ?? t.technique);
    expect(await page.locator('#billing').innerText()).toContain('97140');
    expect(await page.locator('#goals').innerText()).toContain('Foot and Ankle Ability Measure');

    // The same client with diabetes: the house rules keep cupping and more than light pressure off the feet.
    await page.click('#add-history');
    await page.selectOption('[data-path="history.0.flag"]', 'diabetes');
    await page.click('#submit');
    await page.waitForSelector('#plan', { timeout: 5_000 });
    const avoid = await page.locator('#avoid').innerText();
    expect(avoid).toContain('no Dry cupping on Sole of the foot');
    expect(avoid).toContain('clinic/diabetic-feet');
    const sole = await page.locator('#targets tr', { hasText: 'Sole of the foot' }).innerText();
    expect(sole).toMatch(/≤ [12]/);
    expect(await page.locator('#session-checks').innerText()).toContain('clinic/diabetic-foot-check');
    await page.screenshot({ path: resolve(root, 'artifacts/playground-clinic-patch.png'), fullPage: true });

    // Back to the built-in catalogue: the patch's condition is no longer offered.
    await page.click('#clear-patch');
    expect(await page.locator('#catalog-status').innerText()).toBe('built-in catalogue');
    expect(await page.locator('[data-path="conditions.0.condition"] option[value="plantar-fasciitis"]').count()).toBe(0);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
