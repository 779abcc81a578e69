#!/usr/bin/env node
// The sandbox's command line: start, print where everything is, stop cleanly on SIGINT/SIGTERM.
import { resolve } from 'node:path';
import { API_PREFIX } from '@extender-users/api-types';
import { showControls, UsageError } from '@extender-users/cli-kit';
import { parseOptions, USAGE } from './options.js';
import { EXTENDER_PLUGIN_KEY } from '@extender-users/api-types';
import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_USER } from './seed.js';
import { startSandbox } from './sandbox.js';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const sandbox = await startSandbox(options);
  // Before the ready line or the banner: whoever reads it may signal at once (a SIGTERM that came
  // between the two killed the process, exit by signal, instead of stopping it).
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    // --ready-json promises one line on stdout, for the program that started the sandbox.
    if (options.readyJson) console.error(`${signal}: stopping the sandbox`);
    else console.log(`\n${signal}: stopping the sandbox`);
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const base = sandbox.baseUrl;
  if (options.readyJson)
    console.log(
      JSON.stringify({
        event: 'ready',
        baseUrl: base,
        adminToken: sandbox.adminToken,
        adminTokenExpiresAt: new Date(sandbox.adminTokenExpiresAt).toISOString(),
        extenderVersion: sandbox.extenderVersion,
      }),
    );
  else
    console.log(`extender-users sandbox is running (${sandbox.seeded ? `seeded ${options.seedUsers} demo users into` : 'using'} ${shownDb(options.dbPath)})

  Base URL      ${base}
  Extender      version ${sandbox.extenderVersion} (plugin manager: ${base}/rest/plugins/1.0/${EXTENDER_PLUGIN_KEY}-key)
  Users API     ${base}${API_PREFIX}/getUsers
  Docs          ${base}/docs
  Spec          ${base}/openapi.json  ${base}/openapi.yaml
  Status        ${base}/status

  Administrator ${DEMO_ADMIN.name} / ${DEMO_ADMIN.password}
  Ordinary user ${DEMO_USER.name} / ${DEMO_USER.password} (not an administrator: gets 403)
  Demo users    password '${DEMO_PASSWORD}'
  Admin token   ${sandbox.adminToken}
                (Authorization: Bearer <token>, or as admin's basic-auth password)
                expires ${new Date(sandbox.adminTokenExpiresAt).toISOString()} (--token-ttl); revoke it with
                curl -X DELETE -H 'Authorization: Bearer <token>' ${base}/sandbox/token

  Try: curl -u admin:admin '${base}${API_PREFIX}/getUsers?showBasicDetails=true&maxResults=5'
  Stop with Ctrl+C.`);
}

/** Where the database is, absolute: npm runs `npm run sandbox` in the package's folder, not the caller's. */
function shownDb(path: string): string {
  return path === ':memory:' ? path : resolve(path);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    // One line, as the CLI and the contract runner say theirs: the whole usage would bury the reason.
    // A path or value given is shown with its control characters visible, never sent to the terminal.
    console.error(`extender-users-sandbox: ${showControls(error.message)} (add --help for usage)`);
    process.exit(error.exitCode);
  }
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE')
    console.error(
      `extender-users-sandbox: the port is in use (${showControls(e.message)}); choose another with --port`,
    );
  else console.error(`extender-users-sandbox: ${showControls(e.message ?? String(error))}`);
  process.exit(1);
});
