// Starts the Prism mock on the bundled spec and says where the mock and the docs are.
// Used by `npm start` until the sandbox exists; stops Prism on SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const spec = `${root}dist/spec/openapi.yaml`;
const docs = `${root}dist/docs/index.html`;
const prism = `${root}node_modules/.bin/prism`;
const host = process.env.MOCK_HOST ?? '127.0.0.1';
const port = process.env.MOCK_PORT ?? '4010';

if (!existsSync(spec)) {
  console.error(`The bundled spec is missing (${spec}); run \`npm run build\` first.`);
  process.exit(1);
}

const child = spawn(prism, ['mock', spec, '--host', host, '--port', port, '--errors'], { stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.on('data', (chunk: Buffer) => {
  if (chunk.toString().includes('Prism is listening')) {
    console.log(`Prism mock of the Users API: http://${host}:${port} (try http://${host}:${port}/rest/extender/1.0/user/getUsers)`);
    console.log(`Docs: file://${docs}`);
    console.log('Stop with Ctrl+C.');
  }
});
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
