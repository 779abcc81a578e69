import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from '../src/csv/formula-guard.js';
import { parseImportCsv } from '../src/csv/import-file.js';
import { renderCsv } from '../src/output/format.js';

const HOSTILE = [
  '=HYPERLINK("http://evil.test","x")',
  '+1+1',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(1)',
];
const HARMLESS = ['Anna Lis', '', "O'Brien", "'quoted", 'a=b', ' =1', '2026-01-01T00:00:00.000Z', 'true'];
// Values that already look guarded: they must come back as themselves too.
const LOOK_GUARDED = ["'=1+1", "''+1", "'-", "'@x", "'\t"];

describe('the formula guard', () => {
  it("puts a ' before every cell a spreadsheet would run as a formula, and before nothing else", () => {
    for (const value of HOSTILE) expect(guardCell(value), JSON.stringify(value)).toBe(`'${value}`);
    for (const value of HARMLESS) expect(guardCell(value), JSON.stringify(value)).toBe(value);
  });

  it('is undone exactly by unguardCell, for every value, those that already begin with a quote included', () => {
    for (const value of [...HOSTILE, ...HARMLESS, ...LOOK_GUARDED]) {
      expect(unguardCell(guardCell(value)), JSON.stringify(value)).toBe(value);
      expect(guardCell(value).length - value.length).toBeLessThanOrEqual(1);
    }
    // Two different values never give the same cell.
    const cells = [...HOSTILE, ...HARMLESS, ...LOOK_GUARDED].map(guardCell);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('renderCsv guards and quotes such cells; rawCells writes them as stored; the header row is untouched', () => {
    const rows = HOSTILE.map((fullName) => ({ name: 'u', fullName }));
    const csv = renderCsv(['name', 'fullName'], rows);
    const parsed = parse(csv, { columns: true, relax_quotes: true }) as { fullName: string }[];
    expect(parsed.map((r) => r.fullName)).toEqual(HOSTILE.map((v) => `'${v}`));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    const raw = parse(renderCsv(['name', 'fullName'], rows, { rawCells: true }), { columns: true }) as {
      fullName: string;
    }[];
    expect(raw.map((r) => r.fullName)).toEqual(HOSTILE);
    expect(renderCsv(['name'], [], { bom: true })).toBe('\uFEFFname\r\n');
    expect(renderCsv(['name'], [])).toBe('name\r\n');
  });

  it('an import file written by the CLI gives back the values it was written from; a password is taken as written', () => {
    const csv = renderCsv(
      ['name', 'fullName', 'email'],
      [{ name: '=eq', fullName: '=HYPERLINK("http://evil.test","x")', email: '-a@acme.test' }],
    );
    const { rows, problems } = parseImportCsv(csv);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      name: '=eq',
      fullName: '=HYPERLINK("http://evil.test","x")',
      email: '-a@acme.test',
    });
    expect(parseImportCsv("name,fullName,email,password\na,A,a@acme.test,'=pw\n").rows[0]!.password).toBe("'=pw");
  });

  it('every CSV the CLI writes goes through csvWriteOptions (no csv-stringify call without the guard)', () => {
    const src = fileURLToPath(new URL('../src', import.meta.url));
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const writers = files.filter((f) => /from 'csv-stringify/.test(readFileSync(join(src, f), 'utf8')));
    expect(writers.length).toBeGreaterThanOrEqual(5);
    for (const f of writers) {
      const text = readFileSync(join(src, f), 'utf8');
      const calls = text.match(/(?<![.\w])stringify\(/g)?.length ?? 0;
      const guarded = text.match(/csvWriteOptions\(/g)?.length ?? 0;
      expect(guarded, `${f}: each stringify call takes csvWriteOptions(...)`).toBeGreaterThanOrEqual(calls);
    }
  });
});
