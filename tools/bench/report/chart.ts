// The latency-model figures as one self-contained SVG: for each figure (iterate, export, import),
// the baseline and the measured time on loopback and over the delay proxy, on one scale per
// figure, with the ratio and whether the target is met. No scripts, links, web fonts or images.
import type { BenchRow } from '../harness.js';

interface Group {
  id: string;
  title: string;
  ids: [loopback: string, rtt: string];
  baselineLabel: string;
  measuredLabel: string;
}

const GROUPS: Group[] = [
  {
    id: 'iterate',
    title: 'Listing every extended user with users.iterate',
    ids: ['iterate-loopback', 'iterate-rtt'],
    baselineLabel: 'concurrency 1',
    measuredLabel: 'concurrency 4',
  },
  {
    id: 'export',
    title: 'CLI export against users.iterate alone (same page size, concurrency 4)',
    ids: ['export-loopback', 'export-rtt'],
    baselineLabel: 'users.iterate',
    measuredLabel: 'CLI export',
  },
  {
    id: 'import',
    title: 'CLI import',
    ids: ['import-loopback', 'import-rtt'],
    baselineLabel: 'concurrency 1',
    measuredLabel: 'concurrency 8',
  },
];

const WIDTH = 760;
const LABEL_X = 16;
const BAR_X = 230;
const BAR_MAX = 420;
const BAR_H = 16;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const COLOR = {
  baseline: '#9aa5b1',
  measured: '#2b6cb0',
  met: '#1a7f37',
  missed: '#c62828',
  text: '#1f2328',
  muted: '#57606a',
};

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n).toLocaleString('en')} ms`);

function verdict(row: BenchRow): { text: string; color: string } {
  const ratio = `${row.ratio}×`;
  if (row.met === null) return { text: `${ratio} (informational)`, color: COLOR.muted };
  return row.met
    ? { text: `${ratio}, target ${row.target}: met`, color: COLOR.met }
    : { text: `${ratio}, target ${row.target}: not met`, color: COLOR.missed };
}

/** The SVG, or null when the run has none of the latency-model rows. */
export function latencyChart(rows: BenchRow[], caption: string): string | null {
  const parts: string[] = [];
  let y = 28;
  parts.push(
    `<text x="${LABEL_X}" y="${y}" font-size="16" font-weight="600" fill="${COLOR.text}">Latency model: time taken, lower is better (medians)</text>`,
  );
  y += 18;
  parts.push(`<text x="${LABEL_X}" y="${y}" font-size="12" fill="${COLOR.muted}">${escape(caption)}</text>`);
  y += 12;
  let drawn = 0;
  for (const group of GROUPS) {
    const pair = group.ids
      .map((id) => rows.find((r) => r.id === id))
      .filter((r): r is BenchRow => r !== undefined && r.baselineValue !== null);
    if (pair.length === 0) continue;
    drawn++;
    const max = Math.max(...pair.flatMap((r) => [r.value, r.baselineValue!]));
    parts.push(`<g data-figure="${group.id}">`);
    y += 26;
    parts.push(
      `<text x="${LABEL_X}" y="${y}" font-size="14" font-weight="600" fill="${COLOR.text}">${escape(group.title)}</text>`,
    );
    for (const row of pair) {
      y += 20;
      const v = verdict(row);
      parts.push(
        `<text x="${LABEL_X}" y="${y}" font-size="12" fill="${COLOR.text}">${escape(row.network ?? '')}<tspan fill="${v.color}" dx="8">${escape(v.text)}</tspan></text>`,
      );
      for (const [label, value, color] of [
        [group.baselineLabel, row.baselineValue!, COLOR.baseline],
        [group.measuredLabel, row.value, COLOR.measured],
      ] as const) {
        y += 6;
        const width = Math.max(1, (value / max) * BAR_MAX);
        parts.push(
          `<text x="${BAR_X - 8}" y="${y + BAR_H - 4}" font-size="12" text-anchor="end" fill="${COLOR.muted}">${escape(label)}</text>`,
        );
        parts.push(`<rect x="${BAR_X}" y="${y}" width="${width.toFixed(1)}" height="${BAR_H}" fill="${color}"/>`);
        parts.push(
          `<text x="${(BAR_X + width + 6).toFixed(1)}" y="${y + BAR_H - 4}" font-size="12" fill="${COLOR.text}">${ms(value)}</text>`,
        );
        y += BAR_H;
      }
    }
    parts.push('</g>');
  }
  if (drawn === 0) return null;
  const height = y + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escape(FONT)}" role="img" aria-label="Latency-model benchmark figures">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
