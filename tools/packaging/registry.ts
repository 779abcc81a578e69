// A local npm registry (verdaccio, installed with its own lock file in ./registry) on a free port of
// 127.0.0.1, for the installed-packages check: the packages are published to it and installed from
// it by name. Our scope is served only from what was published here, never looked up upstream (no
// one may answer for @extender-users but us); every other package is fetched through it from the
// registry npm is configured with (and kept in a cache folder between runs). Ready when GET /-/ping
// answers.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from '@extender-users/spec';

const registryDir = fileURLToPath(new URL('./registry/', import.meta.url));
const verdaccioBin = join(registryDir, 'node_modules/verdaccio/bin/verdaccio');

export interface LocalRegistry {
  url: string;
  /** A token of a user of this registry (publishing needs one). */
  token: string;
  /** `.npmrc` lines that make npm use this registry alone, with the token. */
  npmrc: string;
  stop(): Promise<void>;
}

/** The machine's npm setting, or undefined. */
function npmConfig(key: string): string | undefined {
  const value = spawnSync('npm', ['config', 'get', key], { encoding: 'utf8' }).stdout.trim();
  return value && value !== 'undefined' && value !== 'null' ? value : undefined;
}

/** Installs verdaccio from its lock file when it is not there yet. */
function ensureInstalled(): void {
  if (existsSync(verdaccioBin)) return;
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', registryDir], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ci of the local registry in ${registryDir} failed`);
}

/**
 * Where the registry keeps what it fetched upstream, kept between runs on a machine (a cache: the
 * packages of our scope, published anew each run, are removed from it first).
 */
const storageDir =
  process.env.EXTENDER_USERS_REGISTRY_STORAGE ?? join(homedir(), '.cache', 'extender-users', 'registry-storage');

export async function startRegistry(workDir: string, log: (line: string) => void): Promise<LocalRegistry> {
  ensureInstalled();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const upstream = npmConfig('registry') ?? 'https://registry.npmjs.org/';
  mkdirSync(workDir, { recursive: true });
  rmSync(join(storageDir, '@extender-users'), { recursive: true, force: true });
  rmSync(join(storageDir, '.verdaccio-db.json'), { force: true });
  mkdirSync(storageDir, { recursive: true });
  const config = join(workDir, 'config.yaml');
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(storageDir)}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(workDir, 'htpasswd'))}`,
      '    max_users: 10',
      'uplinks:',
      '  upstream:',
      `    url: ${JSON.stringify(upstream)}`,
      '    timeout: 60s',
      '    maxage: 30m',
      'packages:',
      "  '@extender-users/*':",
      '    access: $all',
      '    publish: $authenticated',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      '    proxy: upstream',
      'web:',
      '  enable: false',
      'log:',
      '  type: stdout',
      '  format: pretty',
      '  level: warn',
      '',
    ].join('\n'),
  );
  // The machine's npm may trust an extra certificate authority; the registry's fetches must too.
  const cafile = npmConfig('cafile');
  const child: ChildProcess = spawn(
    process.execPath,
    [verdaccioBin, '--config', config, '--listen', `127.0.0.1:${port}`],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(cafile ? { NODE_EXTRA_CA_CERTS: cafile } : {}) },
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    for (const line of chunk.toString().split('\n').filter(Boolean)) log(`registry: ${line}`);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });

  // Ready when it answers its ping; a registry that exits or never answers is an error, not a wait.
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`The local registry exited (code ${child.exitCode}):\n${output}`);
    const answered = await fetch(`${url}-/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (answered) break;
    if (waited > 120_000) {
      await stop();
      throw new Error(`The local registry did not answer ${url}-/ping in 120 s:\n${output}`);
    }
    await sleep(200);
  }

  // A user for publishing, created the way `npm adduser` does.
  const user = 'ci';
  const response = await fetch(`${url}-/user/org.couchdb.user:${user}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: user, password: `local-${port}-${Date.now()}`, type: 'user', roles: [] }),
  });
  const { token } = (await response.json()) as { token?: string };
  if (!response.ok || !token) {
    await stop();
    throw new Error(`The local registry refused to create a user: HTTP ${response.status}`);
  }
  const host = url.replace(/^http:/, '');
  return { url, token, npmrc: `registry=${url}\n${host}:_authToken=${token}\n`, stop };
}
