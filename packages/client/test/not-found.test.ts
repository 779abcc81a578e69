// What a 404 becomes, by what the spec says a 404 means for the operation (NOT_FOUND_MEANING).
import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../src/error-mapping.js';
import { NotExtenderError, NotFoundError, UnsupportedOperationError } from '../src/index.js';

const notFound = () =>
  new Response(JSON.stringify({ message: "User 'ghost' does not exist" }), {
    status: 404,
    headers: { 'content-type': 'application/json' },
  });

describe('a 404', () => {
  it("of an operation whose 404 means no such user: NotFoundError with the server's message", () => {
    const error = errorFromResponse('getUserDetails', notFound(), { message: "User 'ghost' does not exist" }, []);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe("getUserDetails failed with HTTP 404: User 'ghost' does not exist");
  });

  it('of an operation newer than some versions, whose 404 means it is missing: UnsupportedOperationError', () => {
    const error = errorFromResponse('getUsersWithConfluenceAccess', notFound(), { message: 'No such resource' }, []);
    expect(error).toBeInstanceOf(UnsupportedOperationError);
    expect(error.message).toContain('Extender 2.13.0 and older do not have getUsersWithConfluenceAccess');
  });

  it('of an operation newer than some versions that also documents no such user: NotFoundError that names both causes', () => {
    // No operation of the spec is both today; a newer per-user operation would be (x-since-after and the NotFound response).
    const error = errorFromResponse('getUserDetails', notFound(), { message: "User 'ghost' does not exist" }, [], {
      after: '2.13.0',
    });
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).not.toBeInstanceOf(UnsupportedOperationError);
    expect(error.message).toBe(
      "getUserDetails failed with HTTP 404: User 'ghost' does not exist — or this server's Extender does not have the operation: Extender 2.13.0 and older do not have getUserDetails (it came in a later version, which one is not known)",
    );
  });

  it('of an operation that documents none: the URL does not look like Extender', () => {
    expect(errorFromResponse('getUsers', notFound(), { message: 'x' }, [])).toBeInstanceOf(NotExtenderError);
  });
});
