// A token bucket per caller, with the headers Confluence Data Center's rate limiter sends:
// X-RateLimit-Limit, -Remaining, -Interval-Seconds, -FillRate, and Retry-After on 429.

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updated: number }>();

  /** `perSecond` requests per second per caller, with a burst of the same size. */
  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(callerKey: string): RateDecision {
    const now = this.now();
    const bucket = this.buckets.get(callerKey) ?? { tokens: this.perSecond, updated: now };
    bucket.tokens = Math.min(this.perSecond, bucket.tokens + ((now - bucket.updated) / 1000) * this.perSecond);
    bucket.updated = now;
    this.buckets.set(callerKey, bucket);
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(this.perSecond),
      'X-RateLimit-Interval-Seconds': '1',
      'X-RateLimit-FillRate': String(this.perSecond),
    };
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      headers['X-RateLimit-Remaining'] = String(Math.floor(bucket.tokens));
      return { allowed: true, headers };
    }
    headers['X-RateLimit-Remaining'] = '0';
    headers['Retry-After'] = String(Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond)));
    return { allowed: false, headers };
  }
}
