// The sandbox's own helpers, under `{contextPath}/sandbox/`, for administrators only: the outbox,
// stored avatars, clearing a CAPTCHA, revoking tokens. Nothing of Confluence's API lives here.
import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '../../db/store.js';
import type { Authenticator } from '../../http/authenticate.js';
import { requireAdministrator } from '../../plugins/require-administrator.js';
import { avatarRoutes } from './avatar.js';
import { captchaRoutes } from './captcha.js';
import { outboxRoutes } from './outbox.js';
import { tokenRoutes } from './tokens.js';

export const sandboxRoutes: FastifyPluginAsync<{ store: Store; authenticator: Authenticator }> = async (
  sandbox,
  { store, authenticator },
) => {
  await sandbox.register(requireAdministrator, { authenticator });
  await sandbox.register(outboxRoutes, { outbox: store.outbox });
  await sandbox.register(avatarRoutes, { store });
  await sandbox.register(captchaRoutes, { users: store.users, logins: authenticator.logins });
  await sandbox.register(tokenRoutes, { tokens: store.tokens });
};
