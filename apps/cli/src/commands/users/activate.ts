// users activate: one user by name, or every user named in a file (see state-command.ts).
import type { AppContext } from '../../context.js';
import { stateCommand } from './state-command.js';

export const activateCommand = (ctx: AppContext) =>
  stateCommand(
    ctx,
    'activate',
    'give users access to Confluence again: one by name, or all named in a file',
    "where to list the users it activated, to undo with 'users deactivate --from' (default: activated-<UTC time>.csv here; an existing record of activated users is added to)",
    [
      'extender-users users activate jdoe',
      'extender-users users activate --from deactivated-20260101T120000Z.csv --yes',
    ],
  );
