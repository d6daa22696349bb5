import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sampleRecommendationsJson, TIMEZONE_SAMPLES } from './fixtures/sampleRecommendations.js';

// DESIGN §3 invariant 8, second half: identical JSON under any TZ, for whole
// recommendations (test/schedule/timezones.test.ts covers the scheduler
// alone). The zones have awkward rules: Auckland (UTC+13 in summer), São
// Paulo (former midnight DST changes), Kathmandu (UTC+5:45), St John's
// (UTC−3:30 with DST), Apia (skipped 2011-12-30; generated onsets reach back
// to 2011) and Kiritimati (UTC+14; skipped 1994-12-31).
const SCRIPT = fileURLToPath(new URL('./fixtures/printRecommendations.ts', import.meta.url));
const ZONES = ['UTC', 'Pacific/Auckland', 'America/Sao_Paulo', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Apia', 'Pacific/Kiritimati'];
const run = promisify(execFile);

interface ZoneRun {
  asked: string;
  zone: string;
  offsets: number[];
  recommendations: string[];
}

/**
 * Runs the fixture in a fresh Node process under one TZ (Node reads TZ per
 * process). Same command as `execFileSync(process.execPath, ['--import',
 * 'tsx', script])`, but the children run concurrently to keep the test fast.
 */
async function runUnder(zone: string): Promise<ZoneRun> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', SCRIPT], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { asked: zone, ...(JSON.parse(stdout) as Omit<ZoneRun, 'asked'>) };
}

/** ICU may report a zone under another name (Asia/Kathmandu → Asia/Katmandu). */
const canonical = (zone: string): string => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;

describe('recommendPlan in every time zone', () => {
  it(`prints byte-identical recommendations for ${TIMEZONE_SAMPLES} generated intakes under each TZ`, async () => {
    const runs = await Promise.all(ZONES.map(runUnder));
    // The child really ran in that zone, or the comparison proves nothing.
    expect(runs.map((r) => r.zone)).toEqual(ZONES.map(canonical));
    expect(new Set(runs.map((r) => r.offsets.join('/'))).size).toBe(ZONES.length);

    // Every zone prints what this process computes, intake by intake, byte for byte.
    const expected = sampleRecommendationsJson();
    expect(expected).toHaveLength(TIMEZONE_SAMPLES);
    expect(new Set(expected.map((json) => (JSON.parse(json) as { kind: string }).kind)).size).toBe(3);
    for (const r of runs) {
      const first = r.recommendations.findIndex((json, i) => json !== expected[i]);
      expect({ zone: r.asked, firstDifferingIntake: first, count: r.recommendations.length }).toEqual({
        zone: r.asked,
        firstDifferingIntake: -1,
        count: TIMEZONE_SAMPLES,
      });
    }
  });
});
