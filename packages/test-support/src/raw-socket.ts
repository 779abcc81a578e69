// Raw TCP to a server on 127.0.0.1: sends bytes fetch would never send (malformed requests,
// stalled or idle connections) and reads the first answer as it comes off the wire, noting
// whether the server closed the connection.
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  /** The status of the first final (non-1xx) response, if one came whole. */
  status?: number;
  /** Its headers, names in lower case. */
  headers: Record<string, string>;
  body: string;
  /** Everything received, as latin1. */
  raw: string;
  /** Whether the server closed (or reset) the connection before the wait ended. */
  closed: boolean;
}

/** The first final response in `raw`, once its head and (by Content-Length) body are complete. */
export function parseResponse(raw: string, headRequest = false): Omit<RawAnswer, 'raw' | 'closed'> | undefined {
  let rest = raw;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (!rest.startsWith('HTTP/1.') || end < 0) return undefined;
    const [statusLine, ...lines] = rest.slice(0, end).split('\r\n');
    const status = Number(statusLine!.split(' ')[1]);
    rest = rest.slice(end + 4);
    if (status >= 100 && status < 200) continue; // 100 Continue and the like come before the answer
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = headRequest || status === 204 || status === 304 ? 0 : Number(headers['content-length'] ?? NaN);
    if (Number.isNaN(length)) return headers['transfer-encoding'] ? { status, headers, body: rest } : undefined;
    if (rest.length < length) return undefined;
    return { status, headers, body: rest.slice(0, length) };
  }
}

export function openSocket(port: number, host = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host, () => resolve(socket));
    socket.once('error', reject);
  });
}

/**
 * Collects what the socket receives until a whole first answer has come and (when `untilClose`)
 * the server has closed the connection, or until `waitMs` passes.
 */
export function collect(
  socket: Socket,
  waitMs: number,
  options: { untilClose?: boolean; headRequest?: boolean } = {},
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    let raw = '';
    let settled = false;
    const finish = (closed: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const parsed = parseResponse(raw, options.headRequest);
      resolve({ headers: {}, body: '', ...parsed, raw, closed });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (chunk: Buffer) => {
      raw += chunk.toString('latin1');
      if (!options.untilClose && parseResponse(raw, options.headRequest)) finish(false);
    });
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
  });
}

/** Sends `bytes` on a new connection; the first answer (and with `untilClose`, whether the server then closed), or what happened instead. */
export async function exchange(
  port: number,
  bytes: Buffer | string,
  waitMs: number,
  options: { untilClose?: boolean; headRequest?: boolean } = {},
): Promise<RawAnswer> {
  const socket = await openSocket(port);
  socket.on('error', () => undefined);
  const answer = collect(socket, waitMs, options);
  socket.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
  const result = await answer;
  socket.destroy();
  return result;
}
