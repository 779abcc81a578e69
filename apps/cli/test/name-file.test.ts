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
    expect(parseNameFile('user,email\nx,y\n').problems).toEqual([
      { line: 1, problem: "a CSV file needs a 'name' column (or give one user name per line)" },
    ]);
    expect(parseNameFile('').problems).toEqual([{ line: 1, problem: 'the file holds no names' }]);
    expect(parseNameFile('name\n').problems).toEqual([{ line: 1, problem: 'the file holds no names, only a header' }]);
  });
});
