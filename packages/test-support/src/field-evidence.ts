// Field evidence: what real instances answered and what real clients send, as seen in public code
// written by other people against real Confluence instances with Extender. Test data and the reason
// for tolerance, not promises of the vendor. Each item names where it was seen and how sure it is
// (the project's reference: shared/reference/field-evidence.md).
//
// Replayed by: the sandbox's tests (it accepts the requests as real clients send them), the client's
// tests (it parses the answers), the contract suite's self-test (it passes, with "undocumented"
// notes, on a server that answers like them).

export type Certainty = 'sure' | 'sure about the client; the server side follows from Jersey' | 'unknown';

export interface Source {
  /** Where it was seen: a public repository and file. */
  seenIn: string;
  /** What it tells, and for which version and operation. */
  tells: string;
  certainty: Certainty;
}

export interface CapturedAnswer {
  id: string;
  source: Source;
  method: 'GET';
  /** The path and query as requested, after the base URL. */
  path: string;
  status: number;
  /** The body exactly as recorded (values shortened by the recorder, key order kept). */
  body: string;
}

/** A JSON type as a client decodes it: its decoder fails (or misreads) on another. */
export type JsonKind = 'string' | 'integer' | 'boolean' | 'string|null' | 'integer|null';

export interface ClientRequest {
  id: string;
  source: Source;
  method: 'GET' | 'POST' | 'PUT';
  /** The path after the base URL; `{name}` stands for a user name the test chooses. */
  path: string;
  headers: Record<string, string>;
  /** The body as sent (undefined: none at all; '' an empty one). */
  body?: string;
  /** What the client reads from the answer (from each user of a page), and as which JSON type. */
  reads?: Readonly<Record<string, JsonKind>>;
  /** The client walks a listing: `startAt` stepped by the `maxResults` it asks for, until a page's `users` is empty. */
  walksUntilEmpty?: boolean;
}

const goClient =
  'github.com/Virtomize/confluence-go-api (and forks), mocks/*.json: recorded from a real Confluence with Extender in 2022';

/**
 * The plugin's group member listing as a real instance answered it in 2022 (values shortened as the
 * recorder kept them): fields beside the page that the Users page never shows (`status`), keys in
 * another order than the documented one, `business`/`personal` as one-element arrays, date strings
 * as `yyyy-MM-dd HH:mm:ss`, a default page of 100.
 */
export const groupListing2022: CapturedAnswer = {
  id: 'group-listing-2022',
  source: {
    seenIn: goClient,
    tells:
      'the plugin may put fields beside the page that the Users page never shows (status); key order is not the documented one; business and personal are one-element arrays; date strings default to yyyy-MM-dd HH:mm:ss (group getUsers, 2022)',
    certainty: 'sure',
  },
  method: 'GET',
  path: '/rest/extender/1.0/group/getUsers/confluence-users?showExtendedDetails=true',
  status: 200,
  body: JSON.stringify({
    total: 1,
    maxResults: 100,
    startAt: 0,
    users: [
      {
        business: [{ location: '', position: '', department: '' }],
        lastFailedLoginDate: null,
        lastSuccessfulLoginDate: 1654093272686,
        fullName: 'admiin',
        personal: [{ website: '', im: '', phone: '' }],
        updatedDate: 1653993890575,
        lastFailedLoginDateString: null,
        createdDate: 1653993890575,
        createdDateString: '2022-05-31 10:44:50',
        hasAccessToUseConfluence: true,
        name: 'admin',
        lastSuccessfulLoginDateString: '2022-06-01 14:21:12',
        key: '2c9180828119b577018119b726960000',
        email: 'admin@example.test',
        updatedDateString: '2022-05-31 10:44:50',
      },
    ],
    status: 'success',
  }),
};

export const capturedAnswers: readonly CapturedAnswer[] = [groupListing2022];

/** Requests as real clients send them (field-evidence.md, "Requests real clients send"). */
export const clientRequests: readonly ClientRequest[] = [
  {
    id: 'activate-json-empty-body',
    source: {
      seenIn: "an administrators' Python script (POST activate/{name}, Content-type: application/json, empty body)",
      tells:
        'Confluence (Jersey) reads no body for an operation that takes none, so a JSON content type with an empty body succeeds there',
      certainty: 'sure about the client; the server side follows from Jersey',
    },
    method: 'POST',
    path: '/rest/extender/1.0/user/activate/{name}',
    headers: { 'Content-type': 'application/json' },
    body: '',
  },
  {
    id: 'add-with-notification',
    source: {
      seenIn: 'github.com/perolo/confluence-client, client/user.go (PUT user/add)',
      tells:
        'a field the page does not list ("notification", as a string) is sent on add; the client was written to work, so the server did not refuse it at the time (whether it is used is unknown)',
      certainty: 'sure',
    },
    method: 'PUT',
    path: '/rest/extender/1.0/user/add',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: '{name}',
      password: 'Secret-123',
      email: '{name}@example.test',
      fullName: 'Field Evidence',
      notification: 'false',
    }),
  },
  {
    id: 'deactivate-no-body',
    source: {
      seenIn: 'github.com/perolo/confluence-client, client/user.go (POST user/deactivate/{name})',
      tells: 'deactivation is sent with no body and no content type',
      certainty: 'sure',
    },
    method: 'POST',
    path: '/rest/extender/1.0/user/deactivate/{name}',
    headers: {},
  },
  {
    id: 'details-into-go-struct',
    source: {
      seenIn: 'github.com/perolo/confluence-client, client/user.go (GET user/getUserDetails/{name})',
      tells:
        'user details are decoded into a struct with lastFailedLoginDate and lastSuccessfulLoginDate as integers (milliseconds) and the ...String fields as strings: a date sent as text or a fraction would fail it',
      certainty: 'sure',
    },
    method: 'GET',
    path: '/rest/extender/1.0/user/getUserDetails/{name}',
    headers: {},
    reads: {
      lastFailedLoginDate: 'integer|null',
      lastSuccessfulLoginDate: 'integer|null',
      lastFailedLoginDateString: 'string|null',
      lastSuccessfulLoginDateString: 'string|null',
    },
  },
  {
    id: 'elastic-access-walk',
    source: {
      seenIn: "Elastic's open-source Confluence connector (Confluence Server flavour)",
      tells:
        'walks getUsersWithConfluenceAccess with showExtendedDetails=true and maxResults=1000, sending accept and content-type application/json on GET, stepping startAt by 1000 until a page is empty',
      certainty: 'sure',
    },
    method: 'GET',
    path: '/rest/extender/1.0/user/getUsersWithConfluenceAccess?showExtendedDetails=true&startAt=0&maxResults=1000',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    // It reads key (falling back to name), fullName and email of each user.
    reads: { key: 'string', name: 'string', fullName: 'string', email: 'string' },
    walksUntilEmpty: true,
  },
];

/** Whether a value is of a JSON kind as a client decodes it. */
export function isOfKind(value: unknown, kind: JsonKind): boolean {
  if (value === null) return kind.endsWith('|null');
  const base = kind.replace('|null', '');
  if (base === 'integer') return Number.isSafeInteger(value);
  return typeof value === base;
}
