// A production instance while the suite reads it: every 150 ms an account is created (single
// sign-on provisioning on first login) and a login is recorded, through the sandbox's HTTP API.
// Run as its own process (churn-process.ts starts it): node --import tsx churn.ts <baseUrl>.
// Names are random letters, so new users land anywhere in the listing's order.
import { setTimeout as sleep } from 'node:timers/promises';

const [baseUrl] = process.argv.slice(2);
if (!baseUrl) throw new Error('usage: churn.ts <baseUrl>');
const admin = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

let stopped = false;
process.on('SIGTERM', () => (stopped = true));
const created: string[] = [];
while (!stopped) {
  const name = `${letters(6)}-sso`;
  const password = `pw-${letters(12)}`;
  try {
    const added = await fetch(`${baseUrl}/rest/extender/1.0/user/add`, {
      method: 'PUT',
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ name, fullName: `SSO ${name}`, email: `${name}@example.org`, password }),
    });
    await added.arrayBuffer();
    if (added.ok) created.push(`${name}:${password}`);
    // A login of someone provisioned before (its lastSuccessfulLoginDate moves); refused as a non-administrator.
    const someone = created[Math.floor(Math.random() * created.length)];
    if (someone) {
      const login = await fetch(`${baseUrl}/rest/extender/1.0/user/getUserDetails/${someone.split(':')[0]}`, {
        headers: { authorization: `Basic ${Buffer.from(someone).toString('base64')}` },
      });
      await login.arrayBuffer();
    }
  } catch {
    // The sandbox is going away at the end of the run.
  }
  await sleep(150);
}
