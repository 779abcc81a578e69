// One Node version's check of the published packages, as a user meets them: an empty folder outside
// the workspace whose only registry is the local one, `npm install` of each package by name (the
// native module built for this Node), then what the READMEs say to run: the client imported,
// compiled (nodenext and bundler resolution, strict) and called; `extender-users --help` and `users
// list` against `extender-users-sandbox`; `extender-users-contract --target url` against it,
// read-only, with a JUnit report.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { engineMismatches } from './engines-check.js';
import type { NodeRuntime } from './node-versions.js';
import type { Published } from './publish.js';

export interface StepResult {
  step: string;
  seconds: number;
}

/** A user's first program with the client: lists every user of the server whose base URL it is given. */
const CLIENT_CHECK = `import { createExtenderUsersClient } from '@extender-users/client';

declare const process: { argv: string[] }; // the base URL comes as an argument (no Node types needed)
const client = createExtenderUsersClient({ baseUrl: process.argv[2]!, auth: { username: 'admin', password: 'admin' } });
const names: string[] = [];
for await (const user of client.users.iterate({ detail: 'basic', pageSize: 20 })) names.push(user.name);
console.log(JSON.stringify({ users: names.length, first: names[0] }));
`;

const tsconfig = (module: string, moduleResolution: string, outDir?: string) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module,
      moduleResolution,
      strict: true,
      skipLibCheck: false,
      types: [],
      lib: ['ES2023', 'DOM'],
      ...(outDir ? { outDir } : { noEmit: true }),
    },
    files: ['check.ts'],
  });

export class FreshProject {
  readonly results: StepResult[] = [];
  private readonly env: NodeJS.ProcessEnv;
  /** The environment of every command here: this Node first on PATH, the local registry. */
  get environment(): NodeJS.ProcessEnv {
    return this.env;
  }

  constructor(
    readonly dir: string,
    readonly node: NodeRuntime,
    readonly npmrc: string,
    private readonly log: (line: string) => void,
  ) {
    // The Node under test first on PATH: npm, npx and every bin run on it. Headers for node-gyp.
    this.env = {
      ...process.env,
      PATH: `${node.binDir}${delimiter}${process.env.PATH ?? ''}`,
      npm_config_nodedir: node.nodedir,
      npm_config_userconfig: join(dir, '.npmrc'),
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    };
    for (const key of Object.keys(this.env))
      if (key.startsWith('npm_package_') || key === 'npm_lifecycle_event') delete this.env[key];
  }

  private run(
    step: string,
    command: string,
    args: string[],
    extraEnv: NodeJS.ProcessEnv = {},
  ): SpawnSyncReturns<string> {
    const started = Date.now();
    const result = spawnSync(command, args, { cwd: this.dir, env: { ...this.env, ...extraEnv }, encoding: 'utf8' });
    const seconds = (Date.now() - started) / 1000;
    this.results.push({ step, seconds });
    this.log(`${this.node.version} ${step}: exit ${result.status} in ${seconds.toFixed(1)} s`);
    if (result.status !== 0)
      throw new Error(
        `${step} failed (exit ${result.status}): ${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`,
      );
    return result;
  }

  install(packages: Published[]): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, '.npmrc'), this.npmrc);
    writeFileSync(
      join(this.dir, 'package.json'),
      `${JSON.stringify({ name: 'fresh-project', private: true, type: 'module', allowScripts: { 'better-sqlite3': true } }, null, 2)}\n`,
    );
    const specs = [...packages.map((p) => `${p.name}@${p.version}`), 'typescript@5.9.3'];
    const result = this.run('npm install by name', 'npm', ['install', '--save-exact', ...specs]);
    const warnings = `${result.stdout}${result.stderr}`
      .split('\n')
      .filter((l) => /EBADENGINE|deprecated .*extender/i.test(l));
    if (warnings.length) throw new Error(`npm install warned:\n${warnings.join('\n')}`);
    const installed = JSON.parse(readFileSync(join(this.dir, 'node_modules/better-sqlite3/package.json'), 'utf8')) as {
      version: string;
    };
    this.log(`${this.node.version} better-sqlite3 ${installed.version} installed`);
    this.checkEngines();
  }

  /**
   * The install made on another Node, taken over: the same folder copied, the native module rebuilt
   * for this Node (with its headers), and every installed package's engines checked against it.
   * The three Node versions share one install of one tarball set (CI's time); --full-installs makes
   * a real npm install on each instead.
   */
  async reuseInstall(from: FreshProject): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    for (const entry of ['node_modules', 'package.json', 'package-lock.json'])
      cpSync(join(from.dir, entry), join(this.dir, entry), { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(this.dir, '.npmrc'), this.npmrc);
    // Asynchronous, so that the Node versions after the first rebuild at the same time (a compiler each).
    const step = `better-sqlite3 rebuilt for ${this.node.version}`;
    const started = Date.now();
    const child = spawn('npm', ['rebuild', 'better-sqlite3'], {
      cwd: this.dir,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    const seconds = (Date.now() - started) / 1000;
    this.results.push({ step, seconds });
    this.log(`${this.node.version} ${step}: exit ${code} in ${seconds.toFixed(1)} s`);
    if (code !== 0) throw new Error(`${step} failed (exit ${code}):\n${output}`);
    this.checkEngines();
  }

  private checkEngines(): void {
    const wrong = engineMismatches(this.dir, this.node.version.slice(1));
    if (wrong.length)
      throw new Error(`installed packages that exclude Node ${this.node.version}:\n${wrong.join('\n')}`);
  }

  /** Starts `npx extender-users-sandbox`; resolves with its base URL once it prints its ready line. */
  async startSandbox(): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
    const started = Date.now();
    const child = spawn(
      'npx',
      [
        '--no-install',
        'extender-users-sandbox',
        '--port',
        '0',
        '--db',
        ':memory:',
        '--seed-users',
        '30',
        '--ready-json',
      ],
      // A process group of its own: npx does not pass a SIGTERM on to the sandbox it started, so
      // stop() signals the whole group (before, every run left a sandbox per Node version running).
      {
        cwd: this.dir,
        env: this.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    let output = '';
    const baseUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the sandbox did not print its ready line in 120 s:\n${output}`)),
        120_000,
      );
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        for (const line of output.split('\n')) {
          if (!line.startsWith('{')) continue;
          const parsed = JSON.parse(line) as { event?: string; baseUrl?: string };
          if (parsed.event === 'ready' && parsed.baseUrl) {
            clearTimeout(timer);
            resolve(parsed.baseUrl);
          }
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the sandbox exited with code ${code}:\n${output}`));
      });
    });
    this.results.push({ step: 'sandbox ready', seconds: (Date.now() - started) / 1000 });
    this.log(`${this.node.version} sandbox ready at ${baseUrl}`);
    return {
      baseUrl,
      stop: async () => {
        if (child.exitCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          process.kill(-child.pid!, 'SIGTERM');
          await exited;
        }
        // The sandbox itself must be gone too, not only npx: its port stops answering.
        for (let tries = 0; ; tries++) {
          const answered = await fetch(`${baseUrl}/status`, { signal: AbortSignal.timeout(2000) }).then(
            () => true,
            () => false,
          );
          if (!answered) return;
          if (tries === 20)
            throw new Error(`the sandbox at ${baseUrl} outlived npx: still answering 10 s after SIGTERM`);
          await new Promise((r) => setTimeout(r, 500));
        }
      },
    };
  }

  /** Compiles the client check (when `compile`; else it is the copy compiled on the Node before) and runs it. */
  checkClient(baseUrl: string, compile: boolean): void {
    if (compile) {
      writeFileSync(join(this.dir, 'check.ts'), CLIENT_CHECK);
      writeFileSync(join(this.dir, 'tsconfig.nodenext.json'), tsconfig('nodenext', 'nodenext', 'out'));
      writeFileSync(join(this.dir, 'tsconfig.bundler.json'), tsconfig('esnext', 'bundler'));
      this.run('client compiles (nodenext, strict)', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.nodenext.json']);
      this.run('client compiles (bundler, strict)', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.bundler.json']);
    }
    const called = this.run('client called', 'node', ['out/check.js', baseUrl]);
    const answer = JSON.parse(called.stdout.trim()) as { users: number };
    if (answer.users < 30) throw new Error(`the client listed ${answer.users} users, the sandbox holds at least 30`);
  }

  checkCli(baseUrl: string): void {
    const help = this.run('extender-users --help', 'npx', ['--no-install', 'extender-users', '--help']);
    if (!help.stdout.includes('users'))
      throw new Error(`extender-users --help does not list the users commands:\n${help.stdout}`);
    const env = { CONFLUENCE_URL: baseUrl, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' };
    const list = this.run(
      'extender-users users list',
      'npx',
      ['--no-install', 'extender-users', 'users', 'list', '--detail', 'basic', '--format', 'json'],
      env,
    );
    if (!list.stdout.includes('"admin"'))
      throw new Error(`users list does not list admin:\n${list.stdout.slice(0, 2000)}`);
  }

  checkContract(baseUrl: string): void {
    const junit = join(this.dir, 'contract.xml');
    const env = { CONFLUENCE_URL: baseUrl, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' };
    this.run(
      'extender-users-contract --target url',
      'npx',
      ['--no-install', 'extender-users-contract', '--target', 'url', '--junit', junit],
      env,
    );
    if (!existsSync(junit)) throw new Error(`no JUnit report at ${junit}`);
    const report = readFileSync(junit, 'utf8');
    const tests = Number(/<testsuites[^>]*\btests="(\d+)"/.exec(report)?.[1] ?? 0);
    const failures = Number(/<testsuites[^>]*\bfailures="(\d+)"/.exec(report)?.[1] ?? -1);
    if (tests === 0 || failures !== 0) throw new Error(`the JUnit report says ${tests} checks, ${failures} failures`);
    this.log(`${this.node.version} contract suite: ${tests} checks in the JUnit report, 0 failures`);
  }
}
