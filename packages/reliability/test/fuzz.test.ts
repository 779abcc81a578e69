// Property-based fuzzing of the sandbox from the spec: for every operation, valid requests,
// requests broken in one way, numeric parameters that are not whole numbers in range (beyond
// 64 bits, non-finite, other notations) and malformed multipart bodies, wherever the operation
// has them. FUZZ_RUNS sets the number of cases (default 5,000 in all), spread evenly.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  brokenRequest,
  extremeNumberRequest,
  malformedMultipartRequest,
  operations,
  PASSWORD_MARKER,
  validRequest,
  type FuzzRequest,
} from './support/arbitraries.js';
import { judge, send } from './support/send.js';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 5000);

/** Every (operation, kind of request) the spec gives rise to. */
const properties = operations.flatMap((op) => {
  const id = op.operation.operationId;
  const kinds: [string, fc.Arbitrary<FuzzRequest> | undefined][] = [
    [`${id}: valid requests get a documented answer that fits its schema, never 5xx`, validRequest(op)],
    [`${id}: requests broken one way get a 4xx with a JSON message`, brokenRequest(op)],
    [
      `${id}: numeric parameters beyond 64 bits, non-finite or not whole get a 400 with a JSON message`,
      extremeNumberRequest(op),
    ],
    [`${id}: malformed multipart bodies get a 400 (or 413/415) with a JSON message`, malformedMultipartRequest(op)],
  ];
  return kinds.filter((k): k is [string, fc.Arbitrary<FuzzRequest>] => k[1] !== undefined);
});
const perProperty = Math.ceil(TOTAL / properties.length);

let sandbox: SandboxProcess;
let auth: string;
const transcript: string[] = [];
let cases = 0;
const statuses = new Map<number, number>();

beforeAll(async () => {
  // Strict input: a body with an unknown field is one of the broken requests that must get a 4xx.
  sandbox = await startSandboxProcess([
    '--db',
    ':memory:',
    '--seed-users',
    '50',
    '--strict-input',
    '--fast-password-hashing',
  ]);
  // A token survives anything the fuzzer does to the admin's name or password.
  auth = `Bearer ${sandbox.adminToken}`;
});
afterAll(() => sandbox?.stop());

async function property(arbitrary: fc.Arbitrary<FuzzRequest>, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (request) => {
      const answer = await send(sandbox.baseUrl, auth, request);
      cases++;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      transcript.push(answer.text, answer.headers);
      const problem = judge(request, answer);
      if (problem) throw new Error(problem);
    }),
    { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261128), endOnFailure: true },
  );
}

describe(`fuzzing every operation from the spec (${TOTAL} cases)`, () => {
  for (const [name, arbitrary] of properties) it(name, () => property(arbitrary, perProperty));

  it(`ran at least ${TOTAL} cases, none answered 5xx, and no answer carried a password or a hash`, () => {
    console.log(
      `fuzz: ${cases} cases over ${properties.length} properties; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`,
    );
    expect(cases).toBeGreaterThanOrEqual(TOTAL);
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    const everything = transcript.join('\n');
    expect(everything).not.toContain(PASSWORD_MARKER);
    expect(everything).not.toMatch(/scrypt\$\d+\$/);
    expect(everything).not.toContain(sandbox.adminToken);
  });
});
