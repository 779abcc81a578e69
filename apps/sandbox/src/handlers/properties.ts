// getUserProperty and setUserProperty.
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/api-error.js';
import { requireUser, type HandlerContext } from './context.js';

type PropertyRequest<B = unknown> = FastifyRequest<{ Params: { userName: string; propertyKey: string }; Body: B }>;

export function propertyHandlers(ctx: HandlerContext) {
  return {
    async getUserProperty(request: PropertyRequest) {
      const { userName, propertyKey } = request.params;
      const user = requireUser(ctx, userName);
      const value = ctx.store.getProperty(user.id, propertyKey);
      if (value === undefined) throw new ApiError(404, `Property '${propertyKey}' is not set for user '${user.name}'`);
      return { value };
    },

    async setUserProperty(request: PropertyRequest<{ value: string }>) {
      const { userName, propertyKey } = request.params;
      const user = requireUser(ctx, userName);
      ctx.store.setProperty(user.id, propertyKey, request.body.value);
      return { message: 'success' };
    },
  };
}
