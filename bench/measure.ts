/** A workload: one pass over its inputs; sync or async. */
export interface Workload {
  name: string;
  /** Number of calls one pass makes (to report time per call). */
  calls: number;
  pass: () => unknown;
}

/** The timings of one workload over all measured rounds. */
export interface Timing {
  name: string;
  calls: number;
  /** Median time of one pass, in milliseconds. */
  medianMs: number;
  /** Median time per call, in microseconds. */
  perCallUs: number;
  /** Every measured round, in milliseconds. */
  roundsMs: number[];
}

/** The median of a list of numbers (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timePass(workload: Workload): Promise<number> {
  const start = performance.now();
  const result = workload.pass();
  if (result instanceof Promise) await result;
  return performance.now() - start;
}

/**
 * Measures workloads in the same run, interleaved round by round so that
 * every workload sees the same machine state (JIT, GC, thermal): `warmup`
 * unmeasured rounds, then `rounds` measured ones; reports the median.
 *
 * @param workloads - the workloads to compare
 * @param options - warm-up and measured round counts
 * @returns one timing per workload, in the order given
 */
export async function measure(
  workloads: readonly Workload[],
  { warmup = 3, rounds = 9 }: { warmup?: number; rounds?: number } = {},
): Promise<Timing[]> {
  const rounds_: number[][] = workloads.map(() => []);
  for (let r = 0; r < warmup + rounds; r++) {
    for (const [i, workload] of workloads.entries()) {
      const ms = await timePass(workload);
      if (r >= warmup) rounds_[i]?.push(ms);
    }
  }
  return workloads.map((workload, i) => {
    const roundsMs = rounds_[i] ?? [];
    const medianMs = median(roundsMs);
    return { name: workload.name, calls: workload.calls, medianMs, perCallUs: (medianMs * 1000) / workload.calls, roundsMs };
  });
}

/** Formats a table of rows (arrays of cells) with aligned columns. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
