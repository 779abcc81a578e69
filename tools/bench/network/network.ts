// The network a figure is measured over: loopback as is, or through the delay proxy.
import { startHelper } from '../processes.js';

export interface Network {
  /** `loopback` or e.g. `20 ms RTT`: how a row names it. */
  name: string;
  /** The base URL to give clients and the CLI (the proxy's, with the server's context path). */
  baseUrl: string;
  /**
   * Closes the open connections, so the next timed run pays its TCP handshakes as a fresh client
   * would, whatever ran before it. Waits a little so that clients see the close before reusing.
   */
  dropConnections(): Promise<void>;
  stop(): Promise<void>;
}

export const loopbackName = 'loopback';
export const rttName = (rttMs: number) => `${rttMs} ms RTT`;

/** Puts the delay proxy (its own process) in front of the server at `baseUrl`. */
export async function overNetwork(baseUrl: string, rttMs: number): Promise<Network> {
  const server = new URL(baseUrl);
  const proxy = await startHelper('network/delay-proxy-main.ts', [
    '--target-port',
    server.port,
    '--rtt',
    String(rttMs),
  ]);
  return {
    name: rttName(rttMs),
    baseUrl: `${proxy.url}${server.pathname.replace(/\/+$/, '')}`,
    dropConnections: async () => {
      proxy.process.kill('SIGUSR2');
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
    stop: proxy.stop,
  };
}

/** Loopback as is (a handshake there costs microseconds, so connections are left open). */
export const loopback = (baseUrl: string): Network => ({
  name: loopbackName,
  baseUrl,
  dropConnections: async () => undefined,
  stop: async () => undefined,
});
