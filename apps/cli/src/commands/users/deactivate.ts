// users deactivate: one user by name, or every user named in a file (see state-command.ts).
import type { AppContext } from '../../context.js';
import { stateCommand } from './state-command.js';

export const deactivateCommand = (ctx: AppContext) =>
  stateCommand(
    ctx,
    'deactivate',
    "take users' access to Confluence away: one by name, or all named in a file (never your own account)",
    "where to list the users it deactivated, to undo with 'users activate --from' (default: deactivated-<UTC time>.csv here; an existing record of deactivated users is added to)",
    [
      'extender-users users deactivate jdoe',
      'extender-users users deactivate --from leavers.csv --dry-run',
      'extender-users users deactivate --from leavers.csv --yes',
    ],
  );
