// A sandbox-only helper, under the sandbox's own /sandbox/ prefix: an administrator clears a
// user's CAPTCHA (and failed-login count). Extender's own "clear user CAPTCHA" operation exists,
// but its path is not known, so the sandbox does not invent one under /rest/extender.
import type { FastifyInstance } from 'fastify';
import type { LoginGuard } from '../auth/login-guard.js';
import type { UsersTable } from '../db/users-table.js';
import { notFound } from './api-error.js';

/** Registers `POST captcha/{userName}/clear` in a plugin whose requests are already authenticated. */
export function registerCaptchaRoutes(sandbox: FastifyInstance, users: UsersTable, logins: LoginGuard): void {
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
}
