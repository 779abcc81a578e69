// Every refusal the spec documents, provoked on purpose: for each operation, each 4xx its spec
// lists is caused by the request that calls for it (support/causes.ts) and the answer is checked:
// that status, a documented content type, a body that fits the schema, the required headers. The
// statuses come from the spec, so a newly documented one gets a check; one that no request the
// suite knows can provoke says so when it is left out.
import { afterAll, describe } from 'vitest';
import { operationIds } from '@extender-users/api-types';
import { causesOf, needsOf, refusalsOf } from '../support/causes.js';
import { statusSource } from '../support/boundaries.js';
import { expectConforms, expectRefused, validator } from '../support/expectations.js';
import { check } from '../support/declare-check.js';
import { isPromise } from '../support/promises.js';
import { GROUP } from '../support/sentences.js';
import { deleteCreatedUsers } from '../support/users.js';
import { expectAs } from '../support/verdicts.js';

afterAll(deleteCreatedUsers);

describe(GROUP.refusals, () => {
  for (const op of operationIds) {
    for (const status of refusalsOf(op)) {
      const causes = causesOf(op, status);
      if (causes.length === 0) {
        check(`${op}: ${status}`, { operations: [op] }, async (context) => {
          const description = validator.response(op, status)?.description.trim().split('\n')[0] ?? '';
          context.skip(
            `no request provokes ${op}'s ${status} on a server that has ${op}: the spec documents it for "${description}"`,
          );
        });
        continue;
      }
      for (const cause of causes) {
        check(`${op}: ${status} ${cause.name(op)}`, needsOf(op, cause), async (context) => {
          const reply = await cause.provoke(op, context);
          const what = `expected ${status} but got ${reply.status}`;
          // Taken where only our assumption refuses it, or refused with another 4xx where the status
          // itself is our assumption: listed as differing (a failure with --strict).
          const assumed = cause.assumedBy?.(op);
          if (assumed && reply.status >= 200 && reply.status < 300)
            return expectAs(context, assumed, reply, false, `${what} (${cause.name(op)})`);
          const statusAssumed = statusSource(op, status);
          if (
            statusAssumed &&
            !isPromise(statusAssumed) &&
            reply.status >= 400 &&
            reply.status < 500 &&
            reply.status !== status
          ) {
            expectConforms(reply);
            return expectAs(context, statusAssumed, reply, false, `${what}: refused, with another status`);
          }
          expectRefused(reply, [status] as never[]);
        });
      }
    }
  }
});
