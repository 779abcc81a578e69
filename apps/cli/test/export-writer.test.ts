import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createExportWriter, type ExportFormat } from '../src/csv/export-writer.js';

async function write(format: ExportFormat, rows: Record<string, string | null>[]): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString()));
  const writer = createExportWriter(format, ['name', 'email'], out);
  for (const row of rows) await writer.write(row);
  await writer.end();
  return text;
}

describe('export writer', () => {
  it('writes CSV with a header, also when empty', async () => {
    expect(await write('csv', [{ name: 'a', email: 'x,y' }])).toBe('name,email\r\na,"x,y"\r\n');
    expect(await write('csv', [])).toBe('name,email\r\n');
  });

  it('writes a JSON array and NDJSON lines that parse back', async () => {
    const rows = [
      { name: 'a', email: null },
      { name: 'b', email: 'b@x.test' },
    ];
    expect(JSON.parse(await write('json', rows))).toEqual(rows);
    expect(JSON.parse(await write('json', []))).toEqual([]);
    expect(
      (await write('ndjson', rows))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(rows);
  });
});
