// What starting the sandbox costs: CPU time (user + system) of the bundled sandbox process from its
// start to its ready line (`--ready-json`) and its exit on SIGTERM, averaged over N starts, as
// /usr/bin/time measures it (GNU time, Linux: the sandbox is found as time's child in /proc).
//   npm run start-cpu -w @extender-users/sandbox -- [runs] [sandbox options...]
// e.g. `-- 10 --extender-version 1.2.0`; the default is 10 starts with `--db :memory: --seed-users 60`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The program the launcher starts (scripts/bundle.ts).
const main = fileURLToPath(new URL('../dist/extender-users-sandbox.js', import.meta.url));
const [runsText, ...extra] = process.argv.slice(2);
const runs = Number(runsText ?? 10);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`start-cpu: the number of starts must be a whole number from 1, got '${runsText}'`);
  process.exit(2);
}
const args = ['--db', ':memory:', '--seed-users', '60', ...extra, '--port', '0', '--ready-json'];

interface Times {
  user: number;
  sys: number;
  wall: number;
}

function oneStart(): Promise<Times> {
  return new Promise((resolve, reject) => {
    const time = spawn('/usr/bin/time', ['-f', 'TIMES %U %S %e', process.execPath, main, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let stopped = false;
    time.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (stopped || !out.includes('"event":"ready"')) return;
      stopped = true;
      const [sandbox] = readFileSync(`/proc/${time.pid}/task/${time.pid}/children`, 'utf8').trim().split(/\s+/);
      process.kill(Number(sandbox), 'SIGTERM');
    });
    time.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    time.on('exit', () => {
      const m = /TIMES ([\d.]+) ([\d.]+) ([\d.]+)/.exec(err);
      if (!stopped || !m) reject(new Error(`The sandbox did not start and stop (is it built?):\n${err}${out}`));
      else resolve({ user: Number(m[1]), sys: Number(m[2]), wall: Number(m[3]) });
    });
  });
}

const all: Times[] = [];
for (let i = 0; i < runs; i++) all.push(await oneStart());
const mean = (pick: (t: Times) => number) => all.reduce((sum, t) => sum + pick(t), 0) / all.length;
const cpu = all.map((t) => t.user + t.sys).sort((a, b) => a - b);
console.log(
  `${runs} starts (${args.join(' ')}): CPU ${mean((t) => t.user + t.sys).toFixed(3)} s on average ` +
    `(user ${mean((t) => t.user).toFixed(3)}, sys ${mean((t) => t.sys).toFixed(3)}; ` +
    `median ${cpu[Math.floor(cpu.length / 2)]!.toFixed(2)}, min ${cpu[0]!.toFixed(2)}, max ${cpu.at(-1)!.toFixed(2)}), ` +
    `wall ${mean((t) => t.wall).toFixed(3)} s`,
);
