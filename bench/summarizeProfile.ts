// Summarizes a .cpuprofile: the functions with the most self time, and the
// most total (inclusive) time, as a share of all samples.
// Usage: tsx bench/summarizeProfile.ts <file.cpuprofile>... [top]
// With several files (node --cpu-prof also profiles tsx's loader thread), the
// one with the most samples is summarized.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const args = process.argv.slice(2);
const files = args.filter((a) => !/^\d+$/.test(a));
const top = Number(args.find((a) => /^\d+$/.test(a)) ?? 25);
if (files.length === 0) throw new Error('usage: tsx bench/summarizeProfile.ts <file.cpuprofile>... [top]');
const profile = files
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as Profile)
  .reduce((a, b) => (b.samples.length > a.samples.length ? b : a));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const hits = new Map<number, number>();
for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
const total = profile.samples.length;

const label = (n: ProfileNode): string => {
  const url = n.callFrame.url.replace(/^.*\/(src|node_modules|bench)\//, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
};

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, count] of hits) {
  const node = byId.get(id);
  if (node === undefined) continue;
  self.set(label(node), (self.get(label(node)) ?? 0) + count);
  // Count each function once per stack, however deep the recursion.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (n === undefined) break;
    const l = label(n);
    if (seen.has(l)) continue;
    seen.add(l);
    inclusive.set(l, (inclusive.get(l) ?? 0) + count);
  }
}

const show = (title: string, map: Map<string, number>): void => {
  console.log(`\n${title} (${total} samples)`);
  for (const [name, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
};
show('self time', self);
show('total time', inclusive);
