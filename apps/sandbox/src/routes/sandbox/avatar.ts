// `GET avatar/{userName}`: the stored avatar image, as its content type.
import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '../../db/store.js';
import { ApiError } from '../../http/api-error.js';

export const avatarRoutes: FastifyPluginAsync<{ store: Store }> = async (sandbox, { store }) => {
  sandbox.get<{ Params: { userName: string } }>('/avatar/:userName', async (request, reply) => {
    const user = store.users.findByName(request.params.userName);
    const avatar = user && store.avatars.get(user.id);
    if (!avatar) throw new ApiError(404, `No avatar for user '${request.params.userName}'`);
    return reply.type(avatar.content_type).send(avatar.data);
  });
};
