// Confluence's plugin manager resource for the Extender app, as administrators read it to learn
// the installed version: GET {contextPath}/rest/plugins/1.0/{pluginKey}-key.
import type { FastifyPluginAsync } from 'fastify';
import { EXTENDER_PLUGIN_KEY } from '@extender-users/api-types';
import type { Authenticator } from '../http/authenticate.js';
import { requireAdministrator } from '../plugins/require-administrator.js';

export interface PluginManagerOptions {
  /** The Extender version served (`X.Y.Z` or `latest`). */
  version: string;
  authenticator: Authenticator;
}

/** Registered with the prefix `{contextPath}/rest/plugins/1.0`; administrators only, with the API's 401 and 403. */
export const pluginManagerRoutes: FastifyPluginAsync<PluginManagerOptions> = async (upm, options) => {
  await upm.register(requireAdministrator, { authenticator: options.authenticator });
  upm.get(`/${EXTENDER_PLUGIN_KEY}-key`, async () => ({
    key: EXTENDER_PLUGIN_KEY,
    name: 'Extender for Confluence',
    version: options.version,
    enabled: true,
    userInstalled: true,
    vendor: { name: 'IT-Lab' },
  }));
};
