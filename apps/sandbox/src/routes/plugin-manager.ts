// Confluence's plugin manager resource for the Extender app, as administrators read it to learn
// the installed version: GET {contextPath}/rest/plugins/1.0/{pluginKey}-key.
import type { FastifyInstance } from 'fastify';
import { EXTENDER_PLUGIN_KEY } from '@extender-users/api-types';
import type { Authenticator } from '../http/authenticate.js';

export interface PluginManagerOptions {
  contextPath: string;
  /** The Extender version served (`X.Y.Z` or `latest`). */
  version: string;
  authenticator: Authenticator;
}

export async function registerPluginManager(app: FastifyInstance, options: PluginManagerOptions): Promise<void> {
  await app.register(
    async (upm) => {
      // Administrators only, with the API's 401 and 403.
      upm.addHook('onRequest', async (request) => {
        request.caller = await options.authenticator.authenticate(request);
      });
      upm.get(`/${EXTENDER_PLUGIN_KEY}-key`, async () => ({
        key: EXTENDER_PLUGIN_KEY,
        name: 'Extender for Confluence',
        version: options.version,
        enabled: true,
        userInstalled: true,
        vendor: { name: 'IT-Lab' },
      }));
    },
    { prefix: `${options.contextPath}/rest/plugins/1.0` },
  );
}
