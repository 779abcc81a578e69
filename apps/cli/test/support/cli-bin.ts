// The command the tests run: the package's bin, as npx and a user run it (it loads the bundled build,
// dist/extender-users.js, that `npm run build` makes).
import { fileURLToPath } from 'node:url';

export const cliBin = fileURLToPath(new URL('../../bin/extender-users.js', import.meta.url));
