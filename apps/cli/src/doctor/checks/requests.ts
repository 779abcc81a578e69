// What the checks share about the doctor's requests: how one that got no whole answer is said, and
// what the answers say of the caller (signs the credentials and administrator checks both read).
import type { Failure, FailureKind } from '../failure.js';
import { isAnswer, isFailure, type Facts } from '../probe.js';

export const isObject = (json: unknown) => json !== null && typeof json === 'object' && !Array.isArray(json);

/** What to do about a request that got no whole answer. */
export const ADVICE: Record<FailureKind, string> = {
  'no-answer': 'check that Confluence is running and that nothing between here and it holds the requests',
  stalled: 'Confluence or a proxy in front of it is stuck; check it and its logs, then run doctor again',
  'too-slow': 'the server is overloaded or the network slow: try a larger --timeout or --deadline, or check the server',
  broken: 'Confluence or a proxy in front of it closed the connection; check it and its logs, then run doctor again',
};

/** `subject` and how its request failed, e.g. "Confluence's plugin manager answered, but the answer stalled (…)". */
export function failedRequest(subject: string, f: Failure): string {
  switch (f.failure) {
    case 'no-answer':
      return `${subject} does not answer (${f.text})`;
    case 'stalled':
      return `${subject} answered, but the answer stalled (${f.text})`;
    case 'too-slow':
      return `${subject} answers too slowly (${f.text})`;
    case 'broken':
      return `${subject} answered, but the connection broke (${f.text})`;
  }
}

export const SUBJECT = {
  plugin: "Confluence's plugin manager",
  api: 'the Users API',
  currentUser: "Confluence's current-user resource",
} as const;

/** What the answers say of the caller: the Users API's verdict, and signs of an administrator. */
export function callerSigns({ plugin, currentUser, api }: Facts) {
  const apiKind = api && 'error' in api ? api.error.kind : api && 'ok' in api ? 'ok' : undefined;
  return {
    apiKind,
    apiFailure: isFailure(api) ? api : undefined,
    // Only the plugin manager's own JSON says so: a login page answers 200 too.
    admin: (isAnswer(plugin) && plugin.status === 200 && isObject(plugin.json)) || apiKind === 'ok',
    notAdmin: (isAnswer(plugin) && plugin.status === 403) || apiKind === 'forbidden',
    knownUser:
      isAnswer(currentUser) &&
      currentUser.status === 200 &&
      (currentUser.json as { type?: unknown } | undefined)?.type === 'known',
  };
}
