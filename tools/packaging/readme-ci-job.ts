// The README's "Check your Confluence in CI" jobs, run as written: the shell job is taken out of the
// README into ci/check-confluence.sh of an empty folder (a CI's checkout), and run the way the
// README's GitHub Actions job runs it, with that job's environment, against a running sandbox; npm's
// registry is the CI's own setting (here the local registry). It must exit 0 with a JUnit report of
// passed checks, and 2 (a usage mistake) when the base URL is missing. The suite installed alone
// (its sandbox target is an optional peer) must say what to install for --target sandbox.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './workspace-packages.js';

/** The fenced block after `<!-- ci-job:NAME -->` in the README. */
export function readmeBlock(readme: string, name: string): string {
  const match = new RegExp(`<!-- ci-job:${name} -->\\s*\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
  if (!match) throw new Error(`README.md has no block after <!-- ci-job:${name} -->`);
  return `${match[1]!}\n`;
}

interface Step {
  run?: string;
  env?: Record<string, string>;
}

/** The GitHub job's step that runs the shell job, and the names of its environment. */
export function githubRunStep(yamlText: string): { run: string; env: string[] } {
  const workflow = parse(yamlText) as { jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const step = steps.find((s) => s.run?.includes('ci/check-confluence.sh'));
  if (!step) throw new Error('the GitHub Actions job has no step running ci/check-confluence.sh');
  return { run: step.run!, env: Object.keys(step.env ?? {}) };
}

export function runReadmeCiJob(
  dir: string,
  opts: { baseUrl: string; suiteVersion: string; env: NodeJS.ProcessEnv; log: (line: string) => void },
): void {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const { run, env: names } = githubRunStep(readmeBlock(readme, 'github'));
  mkdirSync(join(dir, 'ci'), { recursive: true });
  writeFileSync(join(dir, 'ci', 'check-confluence.sh'), readmeBlock(readme, 'shell'));
  // What the CI would set: its secrets and variables (an unset variable is empty in GitHub Actions).
  const values: Record<string, string> = {
    CONFLUENCE_URL: opts.baseUrl,
    CONFLUENCE_USER: 'admin',
    CONFLUENCE_PASSWORD: 'admin',
    EXTENDER_VERSION: '',
  };
  const jobEnv = Object.fromEntries(names.map((n) => [n, values[n] ?? '']));
  const base: NodeJS.ProcessEnv = { ...opts.env, SUITE_VERSION: opts.suiteVersion };
  for (const name of Object.keys(values)) delete base[name];
  const started = Date.now();
  const ok = spawnSync('sh', ['-c', run], { cwd: dir, env: { ...base, ...jobEnv }, encoding: 'utf8' });
  opts.log(`README CI job: exit ${ok.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (ok.status !== 0) throw new Error(`the README's CI job failed (exit ${ok.status}):\n${ok.stdout}\n${ok.stderr}`);
  const report = join(dir, 'reports', 'extender-contract.xml');
  if (!existsSync(report)) throw new Error(`the README's CI job wrote no ${report}`);
  const xml = readFileSync(report, 'utf8');
  const tests = Number(/<testsuites[^>]*\btests="(\d+)"/.exec(xml)?.[1] ?? 0);
  const failures = Number(/<testsuites[^>]*\bfailures="(\d+)"/.exec(xml)?.[1] ?? -1);
  if (tests === 0 || failures !== 0)
    throw new Error(`the README's CI job's report: ${tests} checks, ${failures} failures`);
  const missing = spawnSync('sh', ['-c', run], {
    cwd: dir,
    env: { ...base, ...jobEnv, CONFLUENCE_URL: '' },
    encoding: 'utf8',
  });
  if (missing.status !== 2)
    throw new Error(`without CONFLUENCE_URL the README's CI job exited ${missing.status}, not 2:\n${missing.stderr}`);
  opts.log(`README CI job: ${tests} checks passed, JUnit archived; exit 2 without a base URL`);
  // The suite alone (no sandbox installed beside it): --target sandbox says what to install.
  const noSandbox = spawnSync('npx', ['--no-install', 'extender-users-contract', '--target', 'sandbox'], {
    cwd: join(dir, '.extender-contract'),
    env: base,
    encoding: 'utf8',
  });
  if (noSandbox.status !== 1 || !noSandbox.stderr.includes('npm install --save-dev @extender-users/sandbox'))
    throw new Error(`--target sandbox without the sandbox: exit ${noSandbox.status}\n${noSandbox.stderr}`);
  opts.log('the suite installed alone: --target sandbox says to install @extender-users/sandbox');
}
