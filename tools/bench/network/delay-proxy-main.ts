// The delay proxy as its own process (so its timers never wait on the client being measured):
//   tsx tools/bench/network/delay-proxy-main.ts --target-port 8090 [--rtt 20]
// Prints one JSON line {"event":"ready","url":...} once it listens; closes every open connection
// on SIGUSR2 (between timed rounds) and stops on SIGTERM.
import { parseArgs } from 'node:util';
import { startDelayProxy } from './delay-proxy.js';

const { values } = parseArgs({
  options: { 'target-port': { type: 'string' }, rtt: { type: 'string', default: '20' } },
});
const targetPort = Number(values['target-port']);
const rtt = Number(values.rtt);
if (!Number.isInteger(targetPort) || targetPort < 1 || targetPort > 65535)
  throw new Error(`--target-port must be a port number, got '${values['target-port']}'`);
if (!Number.isFinite(rtt) || rtt < 0)
  throw new Error(`--rtt must be a number of milliseconds ≥ 0, got '${values.rtt}'`);

const proxy = await startDelayProxy(targetPort, rtt);
process.stdout.write(`${JSON.stringify({ event: 'ready', url: proxy.url, rttMs: rtt })}\n`);
process.on('SIGUSR2', () => proxy.dropConnections());
process.on('SIGTERM', () => process.exit(0));
