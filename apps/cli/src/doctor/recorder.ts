// The doctor's fetch: every attempt of every request it makes goes through it, and it notes what
// the server did (when the headers came, how many bytes of the body and when the last one came,
// any redirect) and every rate-limit header seen. From these notes a request that ended at a limit
// is described as it happened: no answer, an answer that stalled, or one that came too slowly.

/** One attempt of one request, as the server answered it. */
export interface Exchange {
  url: string;
  startedAt: number;
  /** When the status line and headers arrived; undefined if they never did. */
  headersAt?: number;
  status?: number;
  /** Bytes of the body received so far. */
  bytes: number;
  lastByteAt?: number;
  /** The URL answered at the end of redirects, when the request was redirected. */
  redirectedTo?: string;
  /** When the attempt was aborted (its limit, or Ctrl+C). */
  endedAt?: number;
}

const RATE_LIMIT_HEADERS = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-interval-seconds',
  'x-ratelimit-fillrate',
  'retry-after',
];
/** Statuses whose Response may not have a body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export class Recorder {
  readonly exchanges: Exchange[] = [];
  readonly rateLimitHeaders: Record<string, string> = {};

  readonly fetch = async (request: Request): Promise<Response> => {
    const exchange: Exchange = { url: request.url, startedAt: Date.now(), bytes: 0 };
    this.exchanges.push(exchange);
    request.signal.addEventListener('abort', () => (exchange.endedAt ??= Date.now()), { once: true });
    const response = await globalThis.fetch(request);
    exchange.headersAt = Date.now();
    exchange.status = response.status;
    if (response.redirected) exchange.redirectedTo = response.url;
    for (const name of RATE_LIMIT_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) this.rateLimitHeaders[name] = value;
    }
    if (!response.body || NULL_BODY.has(response.status)) return response;
    // The same body, counted as the caller reads it; an aborted attempt errors it as before.
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          exchange.bytes += chunk.byteLength;
          exchange.lastByteAt = Date.now();
          controller.enqueue(chunk);
        },
      }),
    );
    const copy = new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperties(copy, { url: { value: response.url }, redirected: { value: response.redirected } });
    return copy;
  };

  /** The attempts made since `mark()` returned `from`. */
  since(from: number): Exchange[] {
    return this.exchanges.slice(from);
  }

  mark(): number {
    return this.exchanges.length;
  }
}
