import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { chooseFormat, renderCsv, renderJson, renderTable } from '../src/output/format.js';
import { COLUMNS, daysSince, userRow } from '../src/output/rows.js';
import { UsageError } from '@extender-users/cli-kit';

describe('formats', () => {
  it('CSV quotes as RFC 4180 says, with CRLF and UTF-8 intact', () => {
    const csv = renderCsv(
      ['name', 'fullName'],
      [
        { name: 'a', fullName: 'Doe, "Johnny"' },
        { name: 'b', fullName: 'two\nlines' },
        { name: 'ż', fullName: null },
      ],
    );
    expect(csv).toBe('name,fullName\r\na,"Doe, ""Johnny"""\r\nb,"two\nlines"\r\nż,\r\n');
    expect(parse(csv, { columns: true })).toEqual([
      { name: 'a', fullName: 'Doe, "Johnny"' },
      { name: 'b', fullName: 'two\nlines' },
      { name: 'ż', fullName: '' },
    ]);
  });

  it('JSON keeps the column order and null for missing values', () => {
    expect(JSON.parse(renderJson(['name', 'email'], [{ email: 'e', name: 'n' }]))).toEqual([{ name: 'n', email: 'e' }]);
    expect(renderJson(['name', 'email'], [{ email: 'e', name: 'n' }])).toBe(
      '[\n  {\n    "name": "n",\n    "email": "e"\n  }\n]\n',
    );
  });

  it('a table has a header and one line per row', () => {
    const table = renderTable(['name'], [{ name: 'a' }, { name: 'b' }]);
    expect(table.split('\n').filter((l) => l.includes('│'))).toHaveLength(3);
  });

  it('the default format is a table on a terminal and JSON otherwise; a wrong one is a usage error', () => {
    expect(chooseFormat(undefined, true)).toBe('table');
    expect(chooseFormat(undefined, false)).toBe('json');
    expect(chooseFormat('csv', true)).toBe('csv');
    expect(() => chooseFormat('xml', true)).toThrow(UsageError);
  });
});

describe('rows', () => {
  const details = {
    key: 'k'.repeat(32),
    name: 'jdoe',
    fullName: 'J',
    email: 'j@x.test',
    business: [{ location: 'L', position: 'P', department: 'D' }],
    personal: [{ website: 'w', im: 'i', phone: 'p' }],
    lastSuccessfulLoginDate: null,
    lastSuccessfulLoginDateString: null,
    lastFailedLoginDate: 0,
    lastFailedLoginDateString: 'x',
    createdDate: 86_400_000,
    createdDateString: 'x',
    updatedDate: 86_400_000,
    updatedDateString: 'x',
    hasAccessToUseConfluence: true,
  };
  it('use the API field names, per detail level', () => {
    expect(Object.keys(userRow({ name: 'a' }))).toEqual(COLUMNS.name);
    expect(Object.keys(userRow({ name: 'a', fullName: 'A', email: 'a@x.test', key: 'k' })).sort()).toEqual(
      [...COLUMNS.basic].sort(),
    );
    const row = userRow(details);
    expect(Object.keys(row).sort()).toEqual([...COLUMNS.extended].sort());
    expect(row).toMatchObject({
      createdDate: '1970-01-02T00:00:00.000Z',
      lastSuccessfulLoginDate: null,
      lastFailedLoginDate: '1970-01-01T00:00:00.000Z',
      location: 'L',
      phone: 'p',
    });
  });

  it('count whole days since a login', () => {
    expect(daysSince(null, 0)).toBeNull();
    expect(daysSince(0, 86_400_000 * 2.5)).toBe(2);
  });
});
