// The account the CLI runs as is never deactivated or deleted by it: that would lock the
// administrator out half-way through a run.
import { UsageError } from '@extender-users/cli-kit';
import { ACTIONS, type StateAction } from './state-change.js';

export const sameName = (a: string, b: string | undefined) => b !== undefined && a.toLowerCase() === b.toLowerCase();

/**
 * Refuses a change of the caller's own account. A bulk change must know who the caller is; a
 * single named change made with a token alone is left to the server.
 */
export function refuseCaller(
  action: StateAction,
  callerName: string | undefined,
  names: readonly { name: string; line?: number }[],
  options: { bulk: boolean; source?: string },
): void {
  if (!ACTIONS[action].sparesCaller) return;
  if (callerName === undefined) {
    if (options.bulk)
      throw new UsageError(
        `with --token alone the CLI cannot tell which account is yours: add --user YOUR-NAME (or set CONFLUENCE_USER), so that it is never ${ACTIONS[action].past}`,
      );
    return;
  }
  const self = names.find((n) => sameName(n.name, callerName));
  if (self)
    throw new UsageError(
      `${options.source && self.line ? `${options.source}:${self.line}: ` : ''}${self.name} is the account this command runs as; extender-users never ${action}s it: remove it and run again`,
    );
}
