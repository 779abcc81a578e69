// Each check's sentence, written once. The suite names its groups (describe) and checks with these;
// the self-test's faults name the checks they must make fail with them (test/support/faults/); the
// README's table of checks and faults is held to them by test/readme-checks.test.ts. A sentence
// that takes an operation is a function of it; `<op>` and `<listing>` stand for one in the README.
// The refusals are named by their causes (support/causes.ts: `<op>: <status> <cause>`).

/** The groups: a check's full name is `group > check`, as the summary and the JUnit report show it. */
export const GROUP = {
  paging: (listing: string) => `${listing}: paging`,
  detailLevels: (listing: string) => `${listing}: the three detail levels`,
  whoIsListed: (listing: string) => `${listing}: who is listed`,
  dateFormat: (listing: string) => `${listing}: dateFormat`,
  detailsAndProperty: 'getUserDetails and getUserProperty',
  version: (version: string) => `the server is Extender ${version}`,
  names: 'user names, compared without regard to case',
  refusals: 'refusals',
  effects: 'effects of each write, seen by the reads',
  data: 'data from the spec',
  success: 'every write operation',
  sweep: 'every answer of the run',
  model: 'model',
} as const;

export const CHECK = {
  paging: {
    partition: 'pages of every size join into the same list: no gap, no duplicate, startAt echoed',
    order: 'lists users in user-name order, compared without regard to case',
    total: 'total is the number of users the pages hold, on every page',
    maxResults:
      'maxResults is the page size applied: at most the size asked (the default without one); every page but the last is full',
    pastEnd: 'a page past the end is empty, keeps total and echoes startAt',
    lastPage: 'the last partial page holds exactly the users that remain',
  },
  detailLevels: {
    names: 'without flags lists names only (UserNamesPage)',
    basic: 'showBasicDetails=true lists basic users (UserBasicPage)',
    extended: 'showExtendedDetails=true lists extended users (UserExtendedPage)',
    both: 'both flags: extended wins',
  },
  whoIsListed: {
    onlyWithAccess: 'lists only users with access (showExtendedDetails: hasAccessToUseConfluence)',
  },
  dateFormat: {
    changes: 'changes the ...String fields as the pattern says',
    invalid: 'an invalid pattern is a 400',
  },
  detailsAndProperty: {
    conform: 'details of a listed user conform to UserDetails',
    invalidDateFormat: 'an invalid dateFormat is a 400',
    neverSet: 'a property never set answers as documented (200 with a value, or 404)',
  },
  version: {
    absent: (op: string, version: string) => `${op}, which ${version} does not have, is a 404`,
  },
  names: {
    detailsInOtherCase: 'getUserDetails finds a listed user by its name in other case (the same key)',
    noTwins: (listing: string) => `${listing} lists no two names that are equal without regard to case`,
    order: (listing: string) => `${listing} orders names without regard to case (contract-…-a before contract-…-B)`,
    findsInOtherCase: (op: string) => `${op} finds the user by its name in other case`,
    rename: 'renameUser: the new name is found in any case, the old name in none',
  },
  effects: {
    addReadBack: 'addUser: getUserDetails reads the new user back as sent, with access and no login yet',
    addListed: 'addUser: every listing shows the new user at every detail level, as getUserDetails does',
    changePassword: 'changeUserDetails: a new password logs in, the old one no longer does',
    getUsersListed: 'deactivateUser: getUsers lists the user or not, as the version says (listedUsers)',
    accessListing: 'deactivateUser: getUsersWithConfluenceAccess leaves the user out; activateUser brings it back',
    deactivatedLogin:
      "deactivateUser: the user's own credentials are refused (401); activateUser lets them in again (403: not an administrator)",
    addAgain: 'deleteUser: a name added again is a new user (a new key, none of the old properties, access)',
    loginTraces:
      'logging in leaves its traces: none on a new user; a login sets lastSuccessfulLoginDate, a failed one lastFailedLoginDate (with their String twins)',
  },
  data: {
    outside: (op: string) => `${op}: values just outside each constraint are refused with a documented 4xx`,
    inside: (op: string) => `${op}: values just inside each constraint are accepted`,
  },
  success: {
    valid: (op: string) => `${op}: a valid request succeeds with its documented answer`,
  },
  sweep: {
    status: 'every answer has a status its operation documents, else it is listed as undocumented (a 5xx fails)',
    contentType: 'every answer has a content type its status documents',
    body: "every answer's body fits the schema of its status",
    headers: 'every answer carries the headers its status requires, each fitting its schema',
    secrets: 'no answer carries a password or a password hash',
    fields: 'every field of every answer is one the description knows, else it is listed as undocumented',
    headerNames: 'every header of every answer is one the description knows, else it is listed as undocumented',
  },
  model: {
    sequences: "generated sequences on the suite's own users keep every promise the model judges",
  },
} as const;

/** A check's full name: `group > check`. */
export const fullName = (group: string, check: string): string => `${group} > ${check}`;

/**
 * Every check's full name as the README's table writes it: `<listing>` for a listing operation,
 * `<op>` for any operation (the refusals are named by their causes, `refusals > <op>: <status> …`).
 */
export function everySentence(): string[] {
  const [listing, op] = ['<listing>', '<op>'];
  const of = (group: string, checks: Record<string, string | ((x: string) => string)>, x: string) =>
    Object.values(checks).map((c) => fullName(group, typeof c === 'string' ? c : c(x)));
  return [
    ...of(GROUP.paging(listing), CHECK.paging, listing),
    ...of(GROUP.detailLevels(listing), CHECK.detailLevels, listing),
    ...of(GROUP.whoIsListed(listing), CHECK.whoIsListed, listing),
    ...of(GROUP.dateFormat(listing), CHECK.dateFormat, listing),
    ...of(GROUP.detailsAndProperty, CHECK.detailsAndProperty, op),
    fullName(GROUP.version('<version>'), CHECK.version.absent(op, '<version>')),
    fullName(GROUP.names, CHECK.names.detailsInOtherCase),
    fullName(GROUP.names, CHECK.names.noTwins(listing)),
    fullName(GROUP.names, CHECK.names.order(listing)),
    fullName(GROUP.names, CHECK.names.findsInOtherCase(op)),
    fullName(GROUP.names, CHECK.names.rename),
    ...of(GROUP.effects, CHECK.effects, op),
    ...of(GROUP.data, CHECK.data, op),
    ...of(GROUP.success, CHECK.success, op),
    ...of(GROUP.sweep, CHECK.sweep, op),
    ...of(GROUP.model, CHECK.model, op),
  ];
}
