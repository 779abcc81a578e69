// Property-based fuzzing of the sandbox from the spec: valid and broken requests for every
// operation. FUZZ_RUNS sets the number of cases (default 5,000 in all).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenRequest, operations, PASSWORD_MARKER, validRequest } from './support/arbitraries.js';
import { judge, send } from './support/send.js';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 5000);
// Half valid, half broken, spread over the operations.
const perOperation = Math.ceil(TOTAL / operations.length / 2);
let sandbox: SandboxProcess;
let auth: string;
const transcript: string[] = [];
let cases = 0;

beforeAll(async () => {
  sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '50']);
  // A token survives anything the fuzzer does to the admin's name or password.
  auth = `Bearer ${sandbox.adminToken}`;
});
afterAll(() => sandbox?.stop());

async function property(arbitrary: fc.Arbitrary<Parameters<typeof judge>[0]>, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (request) => {
      const answer = await send(sandbox.baseUrl, auth, request);
      cases++;
      transcript.push(answer.text, answer.headers);
      const problem = judge(request, answer);
      if (problem) throw new Error(problem);
    }),
    { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261128), endOnFailure: true },
  );
}

describe(`fuzzing every operation from the spec (${TOTAL} cases)`, () => {
  for (const op of operations) {
    it(`${op.operation.operationId}: valid requests get a documented answer that fits its schema, never 5xx`, async () => {
      await property(validRequest(op), perOperation);
    });
    it(`${op.operation.operationId}: requests broken one way get a 4xx with a JSON message`, async () => {
      await property(brokenRequest(op), perOperation);
    });
  }

  it(`ran at least ${TOTAL} cases, and no answer carried a password or a hash`, () => {
    expect(cases).toBeGreaterThanOrEqual(TOTAL);
    const everything = transcript.join('\n');
    expect(everything).not.toContain(PASSWORD_MARKER);
    expect(everything).not.toMatch(/scrypt\$\d+\$/);
    expect(everything).not.toContain(sandbox.adminToken);
  });
});
