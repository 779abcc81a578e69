// Raw TCP to the sandbox, for what fetch cannot send or observe: malformed requests, stalled
// and idle connections, when the server closes a socket.
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  /** The first response's status, if one came. */
  status?: number;
  /** Its headers, names in lower case. */
  headers: Record<string, string>;
  body: string;
  /** Everything received. */
  raw: string;
  /** Whether the server closed the connection before the wait ended. */
  closed: boolean;
}

export function parseAnswer(raw: string, closed: boolean): RawAnswer {
  const end = raw.indexOf('\r\n\r\n');
  if (!raw.startsWith('HTTP/1.') || end < 0) return { headers: {}, body: '', raw, closed };
  const [statusLine, ...lines] = raw.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length'] ?? NaN);
  const rest = raw.slice(end + 4);
  return { status: Number(statusLine!.split(' ')[1]), headers, body: Number.isNaN(length) ? rest : rest.slice(0, length), raw, closed };
}

export function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the socket receives until the server closes it, or `waitMs` passes. */
export function collect(socket: Socket, waitMs: number): Promise<RawAnswer> {
  return new Promise((resolve) => {
    let raw = '';
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(parseAnswer(raw, closed));
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (chunk: Buffer) => (raw += chunk.toString('latin1')));
    // A reset after the answer is a close too.
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
  });
}

/** Sends bytes on a new connection and collects the answer until the server closes or `waitMs`. */
export async function exchange(port: number, bytes: string | Buffer, waitMs = 5000): Promise<RawAnswer> {
  const socket = await open(port);
  const answer = collect(socket, waitMs);
  socket.write(bytes);
  const result = await answer;
  socket.destroy();
  return result;
}
