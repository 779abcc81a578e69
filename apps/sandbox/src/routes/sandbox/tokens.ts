// Sandbox-only helpers, under the sandbox's own /sandbox/ prefix: revoking the admin tokens each
// start prints (issue 22: a token shown in a terminal or a CI log must not work for ever; each
// also expires, --token-ttl). Revoking is a write, so no caller let in with the token is
// remembered past it.
import type { FastifyPluginAsync } from 'fastify';
import type { TokensTable } from '../../db/tokens-table.js';
import { ApiError } from '../../http/api-error.js';

/** `DELETE token` and `DELETE tokens`, in a scope whose requests are already authenticated. */
export const tokenRoutes: FastifyPluginAsync<{ tokens: TokensTable }> = async (sandbox, { tokens }) => {
  // The token this request came with (as bearer, or as the basic password).
  sandbox.delete('/token', async (request) => {
    const token = request.caller?.token;
    if (!token) throw new ApiError(400, 'This request did not authenticate with a token; send the token to revoke');
    tokens.revoke(token.hash);
    return { message: 'The token was revoked' };
  });
  // Every token.
  sandbox.delete('/tokens', async () => {
    const revoked = tokens.revokeAll();
    return { message: `${revoked} token${revoked === 1 ? ' was' : 's were'} revoked` };
  });
};
