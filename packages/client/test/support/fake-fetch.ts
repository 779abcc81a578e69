// An injected fetch for unit tests: answers from a script and records what was sent.

export interface Sent {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  bodyBytes: Uint8Array;
}

export type Answer =
  Response | Error | ((request: Request, index: number) => Response | Error | Promise<Response | Error>);

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function text(
  status: number,
  body: string,
  contentType = 'text/plain',
  headers: Record<string, string> = {},
): Response {
  return new Response(body, { status, headers: { 'content-type': contentType, ...headers } });
}

/** A fetch that gives the scripted answers in order (the last one repeats) and records requests. */
export function scriptedFetch(...answers: Answer[]) {
  const sent: Sent[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const bytes = new Uint8Array(await request.arrayBuffer());
    sent.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: new TextDecoder().decode(bytes),
      bodyBytes: bytes,
    });
    const index = sent.length - 1;
    const scripted = answers[Math.min(index, answers.length - 1)]!;
    const answer = typeof scripted === 'function' ? await scripted(request, index) : scripted;
    if (answer instanceof Error) throw answer;
    return answer.clone();
  };
  return { fetch, sent };
}

/** A fetch that never answers until the request's signal aborts (for timeouts and cancellation). */
export function hangingFetch() {
  let calls = 0;
  const fetch = (request: Request): Promise<Response> => {
    calls++;
    return new Promise((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
  };
  return { fetch, calls: () => calls };
}
