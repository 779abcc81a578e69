import { describe, expect, it } from 'vitest';
import { parseNameFile } from '../src/bulk/name-file.js';

describe('parseNameFile', () => {
  it('reads one name per line, blank lines skipped, with the line of each', () => {
    expect(parseNameFile('jdoe\r\n\r\nanna.nowak\r\nx\n')).toEqual({
      names: [
        { line: 1, name: 'jdoe' },
        { line: 3, name: 'anna.nowak' },
        { line: 4, name: 'x' },
      ],
      problems: [],
    });
  });

  it('reads the name column of a CSV and ignores the others, so listings and undo files can be used as they are', () => {
    expect(parseNameFile('\uFEFFfullName,name,email\n"Doe, J",jdoe,j@acme.test\n').names).toEqual([
      { line: 2, name: 'jdoe' },
    ]);
  });

  it('reports bad names, repeated names (any case) and a CSV without a name column, by line', () => {
    expect(parseNameFile('a b\nok\nOK\n').problems).toEqual([
      { line: 1, name: 'a b', problem: expect.stringMatching(/is not a valid user name/) },
      { line: 3, name: 'OK', problem: "'OK' appears already on line 2" },
    ]);
    expect(parseNameFile('user,email\nx,y\n').fileProblem).toEqual({
      line: 1,
      problem: "a CSV file needs a 'name' column (or give one user name per line)",
    });
    expect(parseNameFile('').fileProblem).toEqual({ line: 1, problem: 'the file holds no names' });
    expect(parseNameFile('name\n').fileProblem).toEqual({ line: 1, problem: 'the file holds no names, only a header' });
  });

  it("refuses a name column given twice, and says when a file is separated by ';' or tabs", () => {
    expect(parseNameFile('name,email,name\na,b,c\n').fileProblem?.problem).toBe(
      "column 'name' appears 2 times (columns 1, 3): which one is meant cannot be told; keep one",
    );
    expect(parseNameFile('name;fullName;email\njdoe;J;j@acme.test\n').fileProblem?.problem).toMatch(
      /^the header is one column, 'name;fullName;email': the file seems to be separated by ';', not by commas/,
    );
    expect(parseNameFile('name\temail\njdoe\tj@acme.test\n').fileProblem?.problem).toMatch(/separated by tabs/);
    // A name may hold ';': a file of names without a header is read as names.
    expect(parseNameFile('a;b\nc\n').names.map((n) => n.name)).toEqual(['a;b', 'c']);
  });
});
