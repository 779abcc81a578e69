// Requests sent from another local address (127.0.0.2, ...): the sandbox sees another client, as it
// would another machine. Linux routes all of 127.0.0.0/8 to the loopback interface.
import { request } from 'node:http';

export interface Answer {
  status: number;
  body: string;
  /** From sending to the whole answer, ms. */
  ms: number;
}

/** A GET on a connection of its own, from `localAddress`. */
export function getFrom(localAddress: string, url: string, authorization: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const sent = request(url, { localAddress, headers: { authorization }, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body, ms: performance.now() - started }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

export const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
