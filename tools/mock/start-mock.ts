// Starts the Prism mock on the bundled spec and says where the mock and the docs are.
// Stops Prism on SIGINT/SIGTERM.
import { bundledDocsPath, startPrism } from '@extender-users/spec';

const docs = bundledDocsPath;
const host = process.env.MOCK_HOST ?? '127.0.0.1';
const port = Number(process.env.MOCK_PORT ?? 4010);

try {
  const prism = await startPrism({ host, port, args: ['--errors'] });
  console.log(
    `Prism mock of the Users API: ${prism.url} (try curl -u admin:admin ${prism.url}/rest/extender/1.0/user/getUsers)`,
  );
  console.log(`Docs: file://${docs}`);
  console.log('Stop with Ctrl+C.');
  const stop = () => void prism.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
