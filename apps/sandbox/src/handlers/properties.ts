// getUserProperty and setUserProperty.
import { ApiError } from '../http/api-error.js';
import { requireUser, type HandlerContext } from './context.js';
import type { HandlerMap } from './types.js';

export function propertyHandlers(ctx: HandlerContext) {
  return {
    async getUserProperty(request) {
      const { userName, propertyKey } = request.params;
      const user = requireUser(ctx, userName);
      const value = ctx.store.properties.get(user.id, propertyKey);
      if (value === undefined) throw new ApiError(404, `Property '${propertyKey}' is not set for user '${user.name}'`);
      return { value };
    },

    async setUserProperty(request) {
      const { userName, propertyKey } = request.params;
      const user = requireUser(ctx, userName);
      ctx.store.properties.set(user.id, propertyKey, request.body.value);
      return { message: 'success' };
    },
  } satisfies Partial<HandlerMap>;
}
