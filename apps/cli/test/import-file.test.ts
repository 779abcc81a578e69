import { describe, expect, it } from 'vitest';
import { parseImportCsv } from '../src/csv/import-file.js';

describe('parseImportCsv', () => {
  it('reads valid rows with optional password and ;-separated groups, BOM and quoting included', () => {
    const { rows, problems } = parseImportCsv(
      '\uFEFFname,fullName,email,password,groups\r\njdoe,"Doe, John",j@acme.test,pw,developers; qa\r\nzoe,Zoë,z@acme.test,,\r\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        name: 'jdoe',
        fullName: 'Doe, John',
        email: 'j@acme.test',
        password: 'pw',
        groups: ['developers', 'qa'],
      },
      { line: 3, name: 'zoe', fullName: 'Zoë', email: 'z@acme.test' },
    ]);
  });

  it('reports every bad row by the line it starts on, multi-line records and blank lines counted', () => {
    const text =
      'name,fullName,email\n\nok1,"Two\nlines",a@acme.test\nbad name,X,x@acme.test\nok2,Y,not-mail\n,Z,z@acme.test\nok1,Again,b@acme.test\n';
    const { rows, problems } = parseImportCsv(text);
    expect(rows.map((r) => [r.line, r.name])).toEqual([[3, 'ok1']]);
    expect(problems.map((p) => [p.line, p.problem.split(' ').slice(0, 2).join(' ')])).toEqual([
      [5, "name 'bad"],
      [6, "email 'not-mail'"],
      [7, 'name is'],
      [8, "name 'ok1'"],
    ]);
    expect(problems[3]!.problem).toContain('appears already on line 3');
  });

  it('refuses a header with missing or unknown columns, naming them', () => {
    expect(parseImportCsv('name,fullname,email\na,b,c@d.ef\n').problems[0]!.problem).toMatch(
      /missing column 'fullName'; unknown column 'fullname'/,
    );
    expect(parseImportCsv('name,email\n').problems[0]!.problem).toMatch(/missing column 'fullName'/);
  });

  it('accepts the columns an extended export writes, so an export can be imported back', () => {
    const { rows, problems } = parseImportCsv(
      'name,fullName,email,key,hasAccessToUseConfluence,createdDate\na,A,a@acme.test,0123,true,2020-01-01\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it('reports a broken CSV (unclosed quote, ragged row) instead of guessing', () => {
    expect(parseImportCsv('name,fullName,email\na,"open,a@acme.test\n').problems[0]!.problem).toMatch(
      /not a valid CSV file/,
    );
    expect(parseImportCsv('name,fullName,email\na,b\n').problems[0]).toEqual({
      line: 2,
      problem: 'not a valid CSV file: 2 fields where the first record has 3',
    });
  });

  it('an unclosed quote is reported on the line where its record starts, not where the file ends', () => {
    expect(parseImportCsv('name,fullName,email\na,"open,a@acme.test\nb,B,b@acme.test\n').problems).toEqual([
      { line: 2, problem: expect.stringMatching(/never closed/) },
    ]);
    expect(
      parseImportCsv(
        'name,fullName,email\r\nok,O,o@acme.test\r\na,"open,a@acme.test\r\nb,B,b@acme.test\r\nc,C,c@acme.test\r\n',
      ).problems[0]!.line,
    ).toBe(3);
  });

  it('counts lines right in CRLF files with line breaks inside quoted fields', () => {
    const text =
      'name,fullName,email\r\n\r\nok1,"Two\r\nlines",a@acme.test\r\nbad name,X,x@acme.test\r\nok2,"Three\r\n\r\nlines",b@acme.test\r\n\r\nbad2 x,Y,y@acme.test';
    const { rows, problems } = parseImportCsv(text);
    expect(rows.map((r) => [r.line, r.name])).toEqual([
      [3, 'ok1'],
      [6, 'ok2'],
    ]);
    expect(problems.map((p) => p.line)).toEqual([5, 10]);
  });

  it('takes any line end, even mixed in one file', () => {
    const { rows, problems } = parseImportCsv(
      'name,fullName,email\r\na,A,a@acme.test\nb,B,b@acme.test\rc,C,c@acme.test\n',
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.name, r.email])).toEqual([
      [2, 'a', 'a@acme.test'],
      [3, 'b', 'b@acme.test'],
      [4, 'c', 'c@acme.test'],
    ]);
  });
});
