// A sandbox-only helper, under the sandbox's own /sandbox/ prefix: an administrator clears a
// user's CAPTCHA (and failed-login count). Extender's own "clear user CAPTCHA" operation exists,
// but its path is not known, so the sandbox does not invent one under /rest/extender.
import type { FastifyPluginAsync } from 'fastify';
import type { LoginGuard } from '../../auth/login-guard.js';
import type { UsersTable } from '../../db/users-table.js';
import { notFound } from '../../http/api-error.js';

/** `POST captcha/{userName}/clear`, in a scope whose requests are already authenticated. */
export const captchaRoutes: FastifyPluginAsync<{ users: UsersTable; logins: LoginGuard }> = async (
  sandbox,
  { users, logins },
) => {
  sandbox.post<{ Params: { userName: string } }>('/captcha/:userName/clear', async (request) => {
    const { userName } = request.params;
    if (!users.findByName(userName)) throw notFound(userName);
    const cleared = logins.clear(userName);
    return {
      message: cleared
        ? `CAPTCHA cleared for '${userName}'`
        : `No CAPTCHA to clear for '${userName}'; failed logins reset`,
    };
  });
};
