import { describe, expect, it } from 'vitest';
import { backoffMs, decideRetry, DEFAULT_RETRY, retryAfterMs } from '../src/retry-policy.js';

const h = (headers: Record<string, string>) => new Headers(headers);
const opts = { ...DEFAULT_RETRY, maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };

describe('retryAfterMs', () => {
  it('reads seconds, zero, and HTTP dates', () => {
    expect(retryAfterMs(h({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterMs(h({ 'retry-after': '0' }))).toBe(0);
    const now = Date.parse('Sat, 28 Nov 2026 12:00:00 GMT');
    expect(retryAfterMs(h({ 'retry-after': 'Sat, 28 Nov 2026 12:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(h({ 'retry-after': 'Sat, 28 Nov 2026 11:59:00 GMT' }), now)).toBe(0);
  });

  it('falls back to one X-RateLimit interval when the bucket is empty, and ignores nonsense', () => {
    expect(retryAfterMs(h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-seconds': '2' }))).toBe(2000);
    expect(retryAfterMs(h({ 'x-ratelimit-remaining': '3', 'x-ratelimit-interval-seconds': '2' }))).toBeUndefined();
    expect(retryAfterMs(h({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(h({}))).toBeUndefined();
  });
});

describe('decideRetry', () => {
  const status = (s: number, headers: Record<string, string> = {}) => ({ status: s, headers: h(headers) });

  it.each(['GET', 'PUT', 'DELETE'])('%s is retried on 429, 502, 503, 504, network errors and timeouts', (method) => {
    for (const s of [429, 502, 503, 504])
      expect(decideRetry(method, status(s), 1, opts).retry, `${method} ${s}`).toBe(true);
    expect(decideRetry(method, { failure: 'network' }, 1, opts).retry).toBe(true);
    expect(decideRetry(method, { failure: 'timeout' }, 1, opts).retry).toBe(true);
  });

  it.each([200, 400, 401, 403, 404, 409, 413, 415, 500, 501])('status %i is never retried', (s) => {
    expect(decideRetry('GET', status(s), 1, opts).retry).toBe(false);
  });

  it('POST is retried only on 429/503 with Retry-After', () => {
    expect(decideRetry('POST', status(429, { 'retry-after': '1' }), 1, opts)).toMatchObject({
      retry: true,
      delayMs: 1000,
    });
    expect(decideRetry('POST', status(503, { 'retry-after': '0' }), 1, opts)).toMatchObject({
      retry: true,
      delayMs: 0,
    });
    expect(decideRetry('POST', status(429), 1, opts).retry).toBe(false);
    expect(decideRetry('POST', status(503), 1, opts).retry).toBe(false);
    expect(decideRetry('POST', status(502, { 'retry-after': '1' }), 1, opts).retry).toBe(false);
    expect(decideRetry('POST', status(504, { 'retry-after': '1' }), 1, opts).retry).toBe(false);
    expect(decideRetry('POST', { failure: 'network' }, 1, opts).retry).toBe(false);
    expect(decideRetry('POST', { failure: 'timeout' }, 1, opts).retry).toBe(false);
  });

  it('honours Retry-After exactly, and gives up when it is longer than maxRetryAfterMs', () => {
    expect(decideRetry('GET', status(429, { 'retry-after': '2' }), 1, opts)).toMatchObject({
      retry: true,
      delayMs: 2000,
    });
    expect(decideRetry('GET', status(429, { 'retry-after': '120' }), 1, opts).retry).toBe(false);
  });

  it('stops when the attempts are used up', () => {
    expect(decideRetry('GET', status(503), 4, opts).retry).toBe(true);
    expect(decideRetry('GET', status(503), 5, opts)).toMatchObject({ retry: false, reason: 'attempts exhausted' });
  });
});

describe('backoffMs: exponential with full jitter, capped', () => {
  it('spans [0, base·2^(n-1)) and never exceeds the cap', () => {
    expect(backoffMs(1, opts, () => 0)).toBe(0);
    expect(backoffMs(1, opts, () => 0.999)).toBe(99);
    expect(backoffMs(3, opts, () => 0.999)).toBe(399);
    expect(backoffMs(10, opts, () => 0.999)).toBe(999);
    const samples = Array.from({ length: 200 }, () => backoffMs(2, opts));
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...samples)).toBeLessThan(200);
    expect(new Set(samples).size).toBeGreaterThan(20); // jitter, not a fixed delay
  });
});
