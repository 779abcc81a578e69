export { startSandbox, type RunningSandbox, type SandboxOptions } from './sandbox.js';
export { buildServer, API_PREFIX, type ServerOptions } from './server.js';
export { compileDateFormat, InvalidDateFormatError } from './date-format.js';
export { parseOptions, UsageError } from './options.js';
export { DEMO_ADMIN, DEMO_USER, DEMO_PASSWORD, demoUsers } from './seed.js';
