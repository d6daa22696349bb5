import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./fixtures/printSchedules.ts', import.meta.url));
const ZONES = ['UTC', 'Pacific/Auckland', 'America/Sao_Paulo', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Apia', 'Pacific/Kiritimati'];
const run = promisify(execFile);

/**
 * Runs the fixture in a fresh Node process under one TZ (Node reads TZ per
 * process). Same command as `execFileSync(process.execPath, ['--import',
 * 'tsx', script])`, but the seven children run concurrently to keep the test fast.
 */
async function runUnder(zone: string): Promise<{ zone: string; schedules: string }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', SCRIPT], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  const parsed = JSON.parse(stdout) as { zone: string; schedules: unknown };
  return { zone: parsed.zone, schedules: JSON.stringify(parsed.schedules) };
}

/** ICU may report a zone under another name (Asia/Kathmandu → Asia/Katmandu). */
const canonical = (zone: string): string => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;

describe('scheduleSessions in every time zone', () => {
  it('prints identical schedules under each TZ, across DST changes, leap days and year ends', async () => {
    const runs = await Promise.all(ZONES.map(async (zone) => ({ asked: zone, ...(await runUnder(zone)) })));
    // The child really ran in that zone, or the comparison proves nothing.
    expect(runs.map((r) => r.zone)).toEqual(ZONES.map(canonical));
    const [reference, ...others] = runs;
    expect(reference?.schedules.length).toBeGreaterThan(1000);
    for (const other of others) {
      expect({ zone: other.asked, schedules: other.schedules }).toEqual({
        zone: other.asked,
        schedules: reference?.schedules,
      });
    }
  });
});
