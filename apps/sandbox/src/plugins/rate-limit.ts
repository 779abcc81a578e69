// The rate limit (`--rate-limit`), per caller: every answer of the scope carries the
// X-RateLimit-* headers, and a request beyond the bucket gets 429 with Retry-After. Registered
// after authentication, whose caller it counts.
import fp from 'fastify-plugin';
import { ApiError } from '../http/api-error.js';
import type { RateLimiter } from '../http/token-bucket.js';

export const rateLimit = fp<{ limiter: RateLimiter }>(
  async (scope, { limiter }) => {
    scope.addHook('onRequest', async (request, reply) => {
      const decision = limiter.take(request.caller!.user.name.toLowerCase());
      reply.headers(decision.headers);
      if (!decision.allowed)
        throw new ApiError(
          429,
          `Rate limit exceeded; retry after ${decision.headers['Retry-After']} seconds`,
          decision.headers,
        );
    });
  },
  { name: 'rate-limit' },
);
