#!/usr/bin/env node
// The installed command. It exists before the build (npm links a bin only if its file exists when
// `npm ci` links packages); the program itself is the build in dist/: tsc's output bundled into one
// module (scripts/bundle.ts), which Node loads in about half the CPU time of the ~180 it is made of.
import('../dist/extender-users.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/extender-users.js')) throw error;
  console.error('extender-users: the CLI is not built yet; run `npm run build` at the repository root');
  process.exit(1);
});
