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
    expect(parseImportCsv('name,fullname,email\na,b,c@d.ef\n').fileProblem?.problem).toMatch(
      /missing column 'fullName'; unknown column 'fullname'/,
    );
    expect(parseImportCsv('name,email\n').fileProblem?.problem).toMatch(/missing column 'fullName'/);
    expect(parseImportCsv('name,email\n').problems).toEqual([]);
  });

  it('accepts the columns an extended export writes, so an export can be imported back', () => {
    const { rows, problems } = parseImportCsv(
      'name,fullName,email,key,hasAccessToUseConfluence,createdDate\na,A,a@acme.test,0123,true,2020-01-01\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it('reports a broken CSV (unclosed quote, ragged row) instead of guessing', () => {
    expect(parseImportCsv('name,fullName,email\na,"open,a@acme.test\n').fileProblem?.problem).toMatch(
      /not a valid CSV file/,
    );
    expect(parseImportCsv('name,fullName,email\na,b\n').fileProblem).toEqual({
      line: 2,
      problem: 'not a valid CSV file: 2 fields where the first record has 3',
    });
  });

  it('an unclosed quote is reported on the line where its record starts, not where the file ends', () => {
    expect(parseImportCsv('name,fullName,email\na,"open,a@acme.test\nb,B,b@acme.test\n').fileProblem).toEqual({
      line: 2,
      problem: expect.stringMatching(/never closed/),
    });
    expect(
      parseImportCsv(
        'name,fullName,email\r\nok,O,o@acme.test\r\na,"open,a@acme.test\r\nb,B,b@acme.test\r\nc,C,c@acme.test\r\n',
      ).fileProblem?.line,
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

  it('refuses a column given twice, naming it and where, instead of letting the last one win', () => {
    const { rows, problems, fileProblem } = parseImportCsv('name,fullName,email,email\na,A,a@acme.test,b@acme.test\n');
    expect([rows, problems]).toEqual([[], []]);
    expect(fileProblem).toEqual({
      line: 1,
      problem: "column 'email' appears 2 times (columns 3, 4): which one is meant cannot be told; keep one",
    });
  });

  it("says when a file is separated by ';' or tabs, instead of 'unknown column name;fullName;email'", () => {
    expect(parseImportCsv('name;fullName;email\njdoe;J;j@acme.test\n').fileProblem?.problem).toBe(
      "the header is one column, 'name;fullName;email': the file seems to be separated by ';', not by commas (as Excel saves CSV where the comma is the decimal separator); save it as \"CSV UTF-8 (Comma delimited)\", or put commas between the columns",
    );
    expect(parseImportCsv('name\tfullName\temail\n').fileProblem?.problem).toMatch(/separated by tabs/);
  });

  it('a huge header line or value gives a bounded one-line message, its control characters shown', () => {
    const huge = `name,fullName,email,${'x'.repeat(10_000_000)}\n`;
    const problem = parseImportCsv(huge).fileProblem!.problem;
    expect(problem.length).toBeLessThan(300);
    expect(problem).toContain('(10000000 characters)');
    const many = parseImportCsv(`name,fullName,email,${Array.from({ length: 500 }, (_, i) => `c${i}`).join(',')}\n`);
    expect(many.fileProblem!.problem).toMatch(/unknown column 'c0', 'c1', 'c2', 'c3', 'c4' and 495 more/);
    const long = parseImportCsv(`name,fullName,email\n${'n'.repeat(5000)}\u001b[2J,N,${'e'.repeat(100_000)}\n`);
    expect(long.problems).toHaveLength(1);
    expect(long.problems[0]!.problem.length).toBeLessThan(400);
    expect(long.problems[0]!.problem).not.toMatch(/\u001b/);
  });

  it('marks a record of deleted users, which import turns into new accounts', () => {
    expect(
      parseImportCsv('name,fullName,email,key,deleted\na,A,a@acme.test,k,2026-01-01T00:00:00Z\n').deletedRecord,
    ).toBe(true);
    expect(parseImportCsv('name,fullName,email\na,A,a@acme.test\n').deletedRecord).toBe(false);
  });
});
