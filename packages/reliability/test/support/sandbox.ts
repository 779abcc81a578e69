// The sandbox as a process (never imported): started on a free 127.0.0.1 port, stopped politely
// or killed with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sandboxMain = fileURLToPath(new URL('../../../../apps/sandbox/dist/main.js', import.meta.url));

export interface SandboxProcess {
  baseUrl: string;
  adminToken: string;
  child: ChildProcess;
  stop(): Promise<void>;
  kill9(): Promise<void>;
}

export async function startSandbox(args: string[] = []): Promise<SandboxProcess> {
  const child = spawn(process.execPath, [sandboxMain, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sandbox did not start:\n${out}`)), 60_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /Base URL +(\S+)/.exec(out);
      if (m && out.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}); is it built? npm run build\n${out}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    baseUrl,
    adminToken: /Admin token +(\S+)/.exec(out)![1]!,
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
