// Cross-origin calls from the given origins only (--cors-origin): preflights answered, and the
// Access-Control-* headers a browser needs to send credentials and read the API's headers.
import cors from '@fastify/cors';
import fp from 'fastify-plugin';

/** The request headers a browser client sends: credentials, JSON bodies, Confluence's XSRF token. */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'X-Atlassian-Token'];
/** The response headers a browser client may read: retry and rate-limit advice, auth challenges. */
const EXPOSED_HEADERS = [
  'Retry-After',
  'WWW-Authenticate',
  'X-Seraph-LoginReason',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Interval-Seconds',
  'X-RateLimit-FillRate',
];

/** Allows exactly these origins (`scheme://host[:port]`); does nothing for none. */
export const allowOrigins = fp<{ origins: readonly string[] }>(
  async (app, { origins }) => {
    if (origins.length === 0) return;
    await app.register(cors, {
      origin: [...origins],
      methods: ['GET', 'PUT', 'POST', 'DELETE'],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    });
  },
  { name: 'cors' },
);
