// What the suite is pointed at, handed over by the CLI through the environment, and what can be
// checked there: a mock (Prism) answers from examples and remembers nothing, so checks of state
// (a user read back, an unknown user, pagination) only run against a stateful server.

export type TargetKind = 'prism' | 'sandbox' | 'url';
export type Credentials = { user: string; password: string } | { token: string };

export interface Target {
  kind: TargetKind;
  baseUrl: string;
  auth: Credentials;
  nonAdmin?: { user: string; password: string };
  /** Write operations may run (always for prism and sandbox; --allow-writes for url). */
  writes: boolean;
  /** The server keeps state and knows its users (not a mock). */
  stateful: boolean;
}

function parseJson<T>(name: string): T | undefined {
  const raw = process.env[name];
  return raw ? (JSON.parse(raw) as T) : undefined;
}

export function loadTarget(): Target {
  const kind = process.env.CONTRACT_TARGET as TargetKind | undefined;
  const baseUrl = process.env.CONTRACT_BASE_URL;
  const auth = parseJson<Credentials>('CONTRACT_AUTH');
  if (!kind || !baseUrl || !auth) throw new Error('Run the contract suite through its CLI: npm run contract -- --target prism|sandbox|url');
  return {
    kind,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    auth,
    nonAdmin: parseJson('CONTRACT_NON_ADMIN'),
    writes: kind !== 'url' || process.env.CONTRACT_ALLOW_WRITES === '1',
    stateful: kind !== 'prism',
  };
}

export const target = loadTarget();

/**
 * Registers checks only where they apply, so a run never counts a check it could not make: on the
 * Prism mock, checks of state do not exist at all (the CLI and the README say which).
 */
export function when<T extends (...args: never[]) => unknown>(condition: boolean, register: T): T {
  return (condition ? register : () => undefined) as T;
}
