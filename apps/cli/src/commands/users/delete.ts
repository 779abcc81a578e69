// users delete: one user by name, or every user named in a file (see state-command.ts).
import type { AppContext } from '../../context.js';
import { stateCommand } from './state-command.js';

export const deleteCommand = (ctx: AppContext) =>
  stateCommand(
    ctx,
    'delete',
    'delete users (asks first): one by name, or all named in a file (never your own account)',
    "where to list the users it deleted with full name, e-mail and key (default: deleted-<UTC time>.csv here; an existing record of deleted users is added to); 'users import' can add the accounts again, not their groups, content or permissions",
    [
      'extender-users users delete jdoe',
      'extender-users users delete --from leavers.csv --dry-run',
      'extender-users users delete --from leavers.csv --yes',
    ],
  );
