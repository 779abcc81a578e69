// How doctor names a request that got no whole answer, from the times its recorder saw. The
// difference between "stalled" and "still coming" must not depend on how busy the machine was.
import { TimeoutError } from '@extender-users/client';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../src/doctor/failure.js';
import type { Exchange } from '../src/doctor/recorder.js';

const limits = { timeoutMs: 10_000, deadlineMs: 2_000 };
const deadline = new TimeoutError({
  operation: 'GET /status',
  detail: 'not done within the deadline of 2000 ms (deadlineMs; 1 attempt)',
});
const attempt = (times: Partial<Exchange>): Exchange => ({
  url: 'http://127.0.0.1:1/status',
  startedAt: 0,
  status: 200,
  bytes: 9,
  ...times,
});

describe('a body that stopped, or one still coming', () => {
  it('headers and 9 bytes at once, then nothing: stalled', () => {
    expect(
      describeFailure(deadline, [attempt({ headersAt: 100, lastByteAt: 100, endedAt: 2_000 })], 2_000, limits).failure,
    ).toBe('stalled');
  });

  it('the same answer begun late, on a busy machine (after half the deadline), then nothing: still stalled', () => {
    expect(
      describeFailure(deadline, [attempt({ headersAt: 1_300, lastByteAt: 1_300, endedAt: 2_000 })], 2_000, limits)
        .failure,
    ).toBe('stalled');
  });

  it('bytes arriving until the end: too slow', () => {
    expect(
      describeFailure(deadline, [attempt({ headersAt: 100, lastByteAt: 1_900, endedAt: 2_000 })], 2_000, limits)
        .failure,
    ).toBe('too-slow');
    expect(
      describeFailure(deadline, [attempt({ headersAt: 1_300, lastByteAt: 1_900, endedAt: 2_000 })], 2_000, limits)
        .failure,
    ).toBe('too-slow');
  });
});
