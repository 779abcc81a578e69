// What provokes each refusal the spec documents (4xx), so that every documented refusal of every
// operation is caused on purpose. The list of refusals comes from the spec (operationTable's
// statuses); each cause says which operations it applies to, derived from the spec too (a path
// user name, a body field of the UserName schema, a content-carrying field, a required header
// with a constant value, the request content types). A documented refusal no cause applies to
// gets a check that says so when it is left out.
import { setTimeout as sleep } from 'node:timers/promises';
import { operationTable, type OperationId } from '@extender-users/api-types';
import { findOperation, resolveRef, type JsonSchema } from '@extender-users/spec';
import type { TestContext } from 'vitest';
import { rateLimitAdvertised } from './every-answer.js';
import {
  applyCase,
  dataCases,
  describeCase,
  isPromisedCase,
  sourceOfCase,
  wholeView,
  type DataCase,
  type SpecView,
} from './boundaries.js';
import { expectStatus } from './expectations.js';
import type { Needs } from './declare-check.js';
import { otherCase, ownName } from './http.js';
import { call, callUnchecked, type Reply, type UncheckedArgs } from './operations.js';
import type { Source } from './promises.js';
import { apartFromBudget } from './request-budget.js';
import { PNG, samples } from './samples.js';
import { target } from './settings.js';
import { addOwnedUser, aListedUser, remember } from './users.js';

/** A PNG padded past the 1 MiB the spec allows an avatar image. */
export const BIG_PNG = Buffer.concat([PNG, Buffer.alloc(1024 * 1024 + 1024)]);
const NOT_AN_IMAGE = Buffer.from('this is not an image at all');

export interface Cause {
  status: number;
  /** How it is provoked: the check is named `<operationId>: <status> <name>`. */
  name(operationId: OperationId): string;
  appliesTo(operationId: OperationId): boolean;
  /** What the check needs beyond the operation itself and writes for a request other than GET. */
  needs?: Needs;
  /** Sends the request that the operation must refuse with `status`. */
  provoke(operationId: OperationId, context: TestContext): Promise<Reply>;
  /** When only our assumption makes the request one to refuse: that assumption (a success then differs, it breaks nothing). */
  assumedBy?(operationId: OperationId): Source | undefined;
}

const isRead = (operationId: OperationId) => operationTable[operationId].method === 'GET';
const takesPathUser = (operationId: OperationId) =>
  operationTable[operationId].parameters.some((p) => p.name === 'userName' && p.in === 'path');

// What an operation takes is read from the whole spec: the checks are registered for every version.
const whole = () => wholeView().doc;

/** The request body schema of a content type, resolved, if the operation takes one. */
function bodySchema(operationId: OperationId, contentType: string): JsonSchema | undefined {
  const schema = findOperation(whole(), operationId).operation.requestBody?.content[contentType]?.schema;
  return schema ? resolveRef<JsonSchema>(whole(), schema) : undefined;
}

/** The body field that names a user (a `name` of the UserName schema), if any. */
function nameField(operationId: OperationId): string | undefined {
  const properties = (bodySchema(operationId, 'application/json')?.properties ?? {}) as Record<
    string,
    { $ref?: string }
  >;
  return Object.entries(properties).find(([, p]) => p.$ref?.endsWith('/UserName'))?.[0];
}

/** The field carrying content the operation judges beyond its schema (an image): base64 in JSON, or a file part. */
function contentField(operationId: OperationId): { form: boolean; field: string } | undefined {
  for (const [contentType, form] of [
    ['application/json', false],
    ['multipart/form-data', true],
  ] as const) {
    const properties = (bodySchema(operationId, contentType)?.properties ?? {}) as Record<string, JsonSchema>;
    const field = Object.entries(properties).find(
      ([, p]) => p.contentEncoding !== undefined || p.contentMediaType !== undefined,
    )?.[0];
    if (field) return { form, field };
  }
  return undefined;
}

/** A required header parameter with one allowed value (Confluence's XSRF token), if any. */
function constantHeader(operationId: OperationId): string | undefined {
  const header = findOperation(whole(), operationId).parameters.find(
    (p) => p.in === 'header' && p.required && (p.schema as JsonSchema | undefined)?.const !== undefined,
  );
  return header?.name;
}

/** The user a request acts on: a listed user for a read, a fresh one of the suite's for a write; for addUser a new name. */
export async function subject(operationId: OperationId): Promise<string> {
  if (operationId === 'addUser') return remember(ownName('refused'));
  if (!takesPathUser(operationId)) return 'admin';
  return isRead(operationId) ? aListedUser() : addOwnedUser('refused');
}

/** The operation's sample request on `user` (a rename's new name is remembered for the cleanup). */
export function sampleOn(operationId: OperationId, user: string): UncheckedArgs {
  const args = samples[operationId](user) as UncheckedArgs;
  const name = (args.json as { name?: unknown } | undefined)?.name;
  if (typeof name === 'string') remember(name);
  return { ...args, actsOn: user };
}

const writesFor = (operationId: OperationId): Needs => (isRead(operationId) ? {} : { writes: true });

/**
 * The invalid value a 400 is provoked with: one the spec answers with 400 alone (a query or body
 * value first), refused by a promise rather than by an assumption of ours (an unknown body field).
 */
export function invalidCase(operationId: OperationId, sample: UncheckedArgs, view?: SpecView): DataCase | undefined {
  const cases = dataCases(operationId, 'negative', sample, view);
  const first = (among: DataCase[]) =>
    among.find((c) => c.accept.length === 1 && c.accept[0] === 400) ?? among.find((c) => c.accept.includes(400));
  // Where only our assumptions make a value invalid (a name pattern of ours), one of those: its
  // check then lists a server that takes the value as differing (assumedBy). A body field we do not
  // know comes last: Confluence's REST layer ignores those.
  const unknownField = (c: DataCase) => c.pointer.endsWith('/additionalProperties');
  return first(cases.filter(isPromisedCase)) ?? first(cases.filter((c) => !unknownField(c))) ?? first(cases);
}

/** A sample with a placeholder user, for the names of the checks (the values differ, the case does not). */
const placeholder = (operationId: OperationId) => samples[operationId]('contract-placeholder-0000') as UncheckedArgs;

// The invalid case of each operation's placeholder sample, made once: naming the checks needs it
// while the suite is collected, in every run, even one whose --checks leaves them out (finding it
// judges every negative value of the operation, megabyte avatars among them).
const placeholderCases = new Map<OperationId, DataCase | undefined>();
function placeholderInvalid(operationId: OperationId): Readonly<DataCase> | undefined {
  if (!placeholderCases.has(operationId))
    placeholderCases.set(operationId, invalidCase(operationId, placeholder(operationId), wholeView()));
  return placeholderCases.get(operationId);
}

/** A name taken by a user of the suite's (as created, in other case, or by a deactivated user), and a request onto it. */
function conflict(kind: 'exact' | 'case' | 'deactivated'): Cause['provoke'] {
  return async (operationId) => {
    const holder = await addOwnedUser('holder');
    if (kind === 'deactivated') expectStatus(await call('deactivateUser', { path: { userName: holder } }), 200);
    const taken = kind === 'case' ? otherCase(holder) : holder;
    const args = sampleOn(operationId, await subject(operationId));
    return callUnchecked(operationId, {
      ...args,
      json: { ...(args.json as object), [nameField(operationId)!]: taken },
    });
  };
}

const CAUSES: Cause[] = [
  {
    status: 400,
    name: (op) => `for ${describeCase(placeholderInvalid(op)!)}`,
    appliesTo: (op) => placeholderInvalid(op) !== undefined,
    assumedBy(op) {
      const invalid = placeholderInvalid(op)!;
      return isPromisedCase(invalid) ? undefined : sourceOfCase(invalid);
    },
    async provoke(op, context) {
      const named = describeCase(placeholderInvalid(op)!);
      const sample = sampleOn(op, await subject(op));
      const invalid = dataCases(op, 'negative', sample).find((c) => describeCase(c) === named);
      if (!invalid) return context.skip(`${op} in ${target.version} does not have what the check changes (${named})`);
      const reply = await callUnchecked(op, applyCase(sample, invalid));
      // A name the spec forbids names nobody: a 404 for it is a documented refusal too (the data checks take it).
      if (invalid.where === 'path' && reply.status === 404)
        return context.skip(
          `${op} answers 404 for a path value the spec forbids (${named}): it names nothing there, so its 400 cannot be provoked on this server`,
        );
      return reply;
    },
  },
  {
    status: 401,
    name: () => 'without credentials',
    appliesTo: () => true,
    async provoke(op) {
      return callUnchecked(op, { ...sampleOn(op, await subject(op)), auth: null });
    },
  },
  {
    status: 401,
    name: () => 'for wrong credentials',
    appliesTo: () => true,
    needs: { state: true },
    async provoke(op) {
      // A name of its own each time: failed logins are counted per name (Confluence's CAPTCHA, the sandbox's slowing).
      return callUnchecked(op, {
        ...sampleOn(op, await subject(op)),
        auth: { user: ownName('nobody'), password: 'contract-wrong-password' },
      });
    },
  },
  {
    status: 403,
    name: () => 'for a non-administrator',
    appliesTo: () => true,
    needs: { nonAdmin: true },
    async provoke(op) {
      return callUnchecked(op, { ...sampleOn(op, await subject(op)), auth: target.nonAdmin! });
    },
  },
  {
    status: 403,
    name: (op) => `without ${constantHeader(op)} (Confluence's XSRF check)`,
    appliesTo: (op) => constantHeader(op) !== undefined,
    // The mock checks the header itself (400): the 403 is Confluence's.
    needs: { state: true },
    async provoke(op) {
      const args = sampleOn(op, await subject(op));
      const headers = Object.fromEntries(
        Object.entries(args.headers ?? {}).filter(([name]) => name.toLowerCase() !== constantHeader(op)!.toLowerCase()),
      );
      return callUnchecked(op, { ...args, headers });
    },
  },
  {
    status: 404,
    name: () => 'for an unknown user',
    appliesTo: takesPathUser,
    needs: { state: true },
    async provoke(op) {
      const ghost = ownName('ghost');
      return callUnchecked(op, sampleOn(op, isRead(op) ? ghost : remember(ghost)));
    },
  },
  {
    status: 409,
    name: () => 'when the name is taken',
    appliesTo: (op) => nameField(op) !== undefined,
    needs: { state: true },
    provoke: conflict('exact'),
  },
  {
    status: 409,
    name: () => 'when the name is taken in other case',
    appliesTo: (op) => nameField(op) !== undefined,
    needs: { state: true },
    provoke: conflict('case'),
  },
  {
    status: 409,
    name: () => 'when the name is taken by a deactivated user',
    appliesTo: (op) => nameField(op) !== undefined,
    needs: { state: true, operations: ['deactivateUser'] },
    provoke: conflict('deactivated'),
  },
  {
    status: 413,
    name: () => 'for an image over the size limit (1 MiB)',
    appliesTo: (op) => contentField(op) !== undefined,
    needs: { state: true },
    provoke: (op) => withContent(op, BIG_PNG),
  },
  {
    status: 415,
    name: () => 'for a body of a content type it does not take (application/xml)',
    appliesTo: (op) => operationTable[op].requestContentTypes.length > 0,
    async provoke(op) {
      const { json: _json, multipart: _multipart, ...args } = sampleOn(op, await subject(op));
      return callUnchecked(op, { ...args, raw: { body: '<contract/>', contentType: 'application/xml' } });
    },
  },
  {
    status: 415,
    name: () => 'for a file that is not an image',
    appliesTo: (op) => contentField(op) !== undefined,
    needs: { state: true },
    provoke: (op) => withContent(op, NOT_AN_IMAGE),
  },
  {
    status: 429,
    name: () => 'when rate limited',
    appliesTo: () => true,
    needs: { state: true },
    async provoke(op, context) {
      // The limit the server advertises: seen on an answer before, or on one small read now.
      const limit =
        rateLimitAdvertised() ??
        (await callUnchecked('getUsers', { query: { maxResults: 1 }, retryRateLimited: false }), rateLimitAdvertised());
      if (limit === undefined)
        return context.skip(
          'the server advertises no rate limit (no X-RateLimit-Limit in its answers): a 429 cannot be provoked',
        );
      if (limit > MAX_RATE_LIMIT)
        return context.skip(
          `the rate limit (X-RateLimit-Limit ${limit}) is too high to exhaust without burdening the instance (the suite does up to ${MAX_RATE_LIMIT})`,
        );
      // The request itself, from a few connections, among small reads from more, until it is
      // answered 429. Whether they outpace the refill depends on the machine and the network, not
      // on the server: when they do not, the 429 could not be provoked, which says nothing about
      // the server (inconclusive). A write sent again acts on the suite's own user (a second add
      // is a 409, a second rename a 404): each burst has a fresh one.
      for (let attempt = 0; attempt < PROVOKE_ATTEMPTS; attempt++) {
        const args = sampleOn(op, await subject(op));
        const reply = await apartFromBudget(() =>
          firstRateLimited(limit, () => callUnchecked(op, { ...args, retryRateLimited: false })),
        );
        if (reply) {
          await sleep(Math.min(10, Number(reply.headers['retry-after']) || 1) * 1000);
          return reply;
        }
      }
      return context.skip(
        `inconclusive: ${PROVOKE_ATTEMPTS} bursts of up to ${burstOf(limit)} requests (${CONNECTIONS} at a time) did not empty the bucket of ${limit} (X-RateLimit-Limit) faster than it refills, so no 429 could be provoked; that says nothing about the server`,
      );
    },
  },
];

const PROVOKE_ATTEMPTS = 4;
/** Requests in flight at once in a burst (well under a server's per-client connection cap), and how many of them are the request itself. */
const CONNECTIONS = 16;
const PROBES = 4;

/** A burst: twice the bucket, and a few rounds of every connection beyond (a small bucket refills within one). */
const burstOf = (limit: number) => 2 * limit + 4 * CONNECTIONS;

/**
 * A burst (burstOf): `probe` from PROBES connections, small reads from the others, until a probe
 * is answered 429 (that answer), or the burst is spent (undefined).
 */
async function firstRateLimited(limit: number, probe: () => Promise<Reply>): Promise<Reply | undefined> {
  let sent = 0;
  let limited: Reply | undefined;
  const connection = async (probing: boolean) => {
    while (!limited && sent < burstOf(limit)) {
      sent++;
      const reply = probing
        ? await probe()
        : await callUnchecked('getUsers', { query: { maxResults: 1 }, retryRateLimited: false });
      if (probing && reply.status === 429) limited ??= reply;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => connection(i < PROBES)));
  return limited;
}

/** The largest rate limit the suite exhausts to provoke a 429. */
const MAX_RATE_LIMIT = 200;

async function withContent(operationId: OperationId, bytes: Buffer): Promise<Reply> {
  const { form, field } = contentField(operationId)!;
  const args = sampleOn(operationId, await subject(operationId));
  if (!form)
    return callUnchecked(operationId, {
      ...args,
      json: { ...(args.json as object), [field]: bytes.toString('base64') },
    });
  return callUnchecked(operationId, {
    ...args,
    multipart: { [field]: { bytes, fileName: 'avatar.png', contentType: 'image/png' } },
  });
}

/** The causes of one documented refusal of an operation (none: no request the suite knows provokes it). */
export function causesOf(operationId: OperationId, status: number): Cause[] {
  return CAUSES.filter((cause) => cause.status === status && cause.appliesTo(operationId));
}

/** The refusals (4xx) the spec documents for an operation. */
export const refusalsOf = (operationId: OperationId): number[] =>
  operationTable[operationId].statuses.filter((s) => s >= 400 && s < 500);

/** What the needs of a cause's check are, for an operation. */
export const needsOf = (operationId: OperationId, cause: Cause): Needs => ({
  ...writesFor(operationId),
  ...cause.needs,
  operations: [operationId, ...(cause.needs?.operations ?? [])],
});
