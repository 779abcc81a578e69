// The Markdown of a run: the table of every figure, the notes, and one line for the history
// table in docs/benchmarks.md.
import type { BenchRow } from '../harness.js';

const number = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 3 });

export function table(rows: BenchRow[]): string {
  const lines = [
    '| figure | network | measured | baseline | baseline value | ratio | target | met |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const met = r.met === null ? '—' : r.met ? 'yes' : '**no**';
    const baselineValue = r.baselineValue === null ? '—' : `${number(r.baselineValue)} ${r.unit}`;
    lines.push(
      `| ${r.figure} | ${r.network ?? '—'} | ${number(r.value)} ${r.unit} | ${r.baseline} | ${baselineValue} | ${r.ratio === null ? '—' : `${r.ratio}×`} | ${r.target} | ${met} |`,
    );
  }
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.figure}: ${r.note}`);
  return [...lines, ...(notes.length ? ['', ...notes] : [])].join('\n');
}

/** The columns of the history table, each taken from one row (its ratio, or its value for absolute targets). */
const HISTORY: { head: string; id: string; show: (r: BenchRow) => string }[] = [
  { head: 'iterate c4/c1 @RTT', id: 'iterate-rtt', show: (r) => `${r.ratio}×` },
  { head: 'import c8/c1 @RTT', id: 'import-rtt', show: (r) => `${r.ratio}×` },
  { head: 'export/iterate @RTT', id: 'export-rtt', show: (r) => `${r.ratio}×` },
  { head: 'sandbox CPU/page, cold walk of 50s', id: 'sandbox-cpu', show: (r) => `${r.value} ms` },
  { head: 'page 1,000 fresh CPU', id: 'page-fresh-cpu', show: (r) => `${r.value} ms` },
  { head: 'deep/first page, fresh', id: 'deep-page', show: (r) => `${r.ratio}×` },
  { head: 'client/fetch', id: 'client-overhead', show: (r) => `${r.ratio}×` },
  { head: 'bundle/openapi-fetch', id: 'client-bundle', show: (r) => `${r.ratio}×` },
  { head: 'export RSS', id: 'export-rss', show: (r) => `${r.value} MB` },
];

export const historyHeader = () =>
  `| date | machine | RTT | ${HISTORY.map((h) => h.head).join(' | ')} | run (load avg) |\n|${'---|'.repeat(HISTORY.length + 4)}`;

export function historyLine(
  rows: BenchRow[],
  run: { date: string; machine: string; rttMs: number; seconds: number; load: string },
): string {
  const cells = HISTORY.map((h) => {
    const row = rows.find((r) => r.id === h.id);
    if (!row) return '—';
    return row.met === false ? `**${h.show(row)}**` : h.show(row);
  });
  return `| ${run.date.slice(0, 16).replace('T', ' ')} UTC | ${run.machine} | ${run.rttMs} ms | ${cells.join(' | ')} | ${Math.round(run.seconds)} s (${run.load}) |`;
}
