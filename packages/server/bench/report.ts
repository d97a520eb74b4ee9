import type { Measurement, Scenario } from './load.js';

export interface Summary {
  scenario: Scenario;
  runs: Measurement[];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const rate = (n: number) => (Number.isFinite(n) && n < 10 ? n.toFixed(1) : int(n));
const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-');
const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0)) : '-');

const ratio = (r: number) => `${r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}x`;

/** One row per scenario: median req/s, p50, p99 over the runs, summed errors, ratio to the reference. */
export function resultTable(summaries: Summary[]): string {
  const ref = summaries.find((s) => s.scenario.target === 'reference');
  const refRps = ref ? median(ref.runs.map((r) => r.reqPerSec)) : Number.NaN;
  const cpuOf = (runs: Measurement[]) => median(runs.map((r) => r.cpuUsPerRequest ?? Number.NaN));
  const refCpu = ref ? cpuOf(ref.runs) : Number.NaN;
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'vs fastify', 'CPU us/req', 'CPU vs fastify'];
  const rows = summaries.map(({ scenario, runs }) => {
    const rps = median(runs.map((r) => r.reqPerSec));
    const errors = runs.reduce((n, r) => n + r.errors, 0);
    const codes = new Map<string, number>();
    for (const r of runs)
      for (const [code, n] of Object.entries(r.statusCounts))
        if (!code.startsWith('2')) codes.set(code, (codes.get(code) ?? 0) + n);
    // Requests left unanswered at the end of a run are normal (one per connection) unless the
    // scenario is so slow that they outnumber the answers.
    const ok = runs.reduce((n, r) => n + r.ok, 0);
    const unfinished = runs.reduce((n, r) => n + r.unfinished, 0);
    const parts = [...codes].map(([c, n]) => `${n}x${c}`);
    if (unfinished > ok / 10) parts.push(`${unfinished} unfinished`);
    const detail = parts.length ? ` (${parts.join(', ')})` : '';
    return [
      scenario.label,
      rate(rps),
      ms(median(runs.map((r) => r.p50))),
      ms(median(runs.map((r) => r.p99))),
      `${int(errors)}${detail}`,
      Number.isFinite(refRps) ? ratio(rps / refRps) : '-',
      ms(cpuOf(runs)),
      Number.isFinite(refCpu) && Number.isFinite(cpuOf(runs)) ? ratio(refCpu / cpuOf(runs)) : '-',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
