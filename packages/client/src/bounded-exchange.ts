// One attempt's exchange, held to the attempt's signal whatever the fetch does. The signal is also
// given to fetch, but that is not enough: Node 20's fetch follows a Request's signal through a
// controller it holds only by a WeakRef, so once the Request is garbage-collected (a fetch given in
// the options passes it on and lets it go) the abort never reaches the request, and a stalled answer
// then waits forever; and a fetch given in the options may ignore signals altogether. So here:
// - the Request is held for as long as the attempt can abort, so that its abort reaches fetch (which
//   then closes the connection, headers or not);
// - the wait for the headers and every read of the body race the signal;
// - a body still open when it aborts is cancelled (Node's fetch then closes the connection), so that
//   nothing is left to keep the process alive;
// - the answer is returned with its body already read, so that parsing it cannot wait on the network.

/** Statuses whose Response cannot have a body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const ignore = () => undefined;

/**
 * Waits for `exchange` and reads its body, both within `signal`: rejects with the signal's reason as
 * soon as it aborts, cancelling the body (or, if the headers come later, the late answer's body).
 * `request` (what was given to fetch) is held until then.
 */
export async function boundedExchange(
  exchange: Promise<Response>,
  signal: AbortSignal,
  request: Request | string,
): Promise<Response> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let fail!: (reason: unknown) => void;
  const aborted = new Promise<never>((_, reject) => (fail = reject));
  aborted.catch(ignore); // only awaited through Promise.race
  // A listener on the signal holds the request: the signal lives while its timer or caller can abort it.
  const onAbort = () => {
    fail(signal.reason);
    reader?.cancel(signal.reason).catch(ignore);
    return request;
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await Promise.race([exchange, aborted]);
    } catch (error) {
      exchange.then((late) => late.body?.cancel().catch(ignore), ignore);
      throw error;
    }
    if (!response.body || NULL_BODY.has(response.status)) return response;
    reader = response.body.getReader();
    if (signal.aborted) {
      reader.cancel(signal.reason).catch(ignore);
      throw signal.reason;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
    return withBody(response, chunks.length === 1 ? chunks[0]! : concat(chunks, size));
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * The same answer, its body already read: its reading methods give the bytes read. (Not a new
 * Response of those bytes: that would stream them a second time, which cost a third of the client's
 * time per request.)
 */
function withBody(response: Response, bytes: Uint8Array): Response {
  const buffer = () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const text = () => new TextDecoder().decode(bytes);
  Object.defineProperties(response, {
    text: { value: async () => text() },
    json: { value: async () => JSON.parse(text()) as unknown },
    arrayBuffer: { value: async () => buffer() },
    bytes: { value: async () => new Uint8Array(buffer()) },
    blob: {
      value: async () =>
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: response.headers.get('content-type') ?? '' }),
    },
    formData: { value: () => new Response(bytes as Uint8Array<ArrayBuffer>, { headers: response.headers }).formData() },
    body: { get: () => new Blob([bytes as Uint8Array<ArrayBuffer>]).stream() },
    bodyUsed: { value: false },
    clone: { value: () => withBody(new Response(null, response), bytes) },
  });
  return response;
}
