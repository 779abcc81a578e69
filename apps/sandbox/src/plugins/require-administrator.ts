// Every request of the scope it is registered in comes from a Confluence administrator: who is
// calling is found before anything else is read (401 without or with wrong credentials, 403 for
// anyone else), and kept on the request as `request.caller`.
import fp from 'fastify-plugin';
import type { Authenticator } from '../http/authenticate.js';

export const requireAdministrator = fp<{ authenticator: Authenticator }>(
  async (scope, { authenticator }) => {
    scope.addHook('onRequest', async (request) => {
      request.caller = await authenticator.authenticate(request);
    });
  },
  { name: 'require-administrator' },
);
