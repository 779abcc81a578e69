// Every operation's handler, in one map the compiler checks against the spec's operationIds.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { operationIds, type OperationId } from '@extender-users/api-types';
import { avatarHandlers } from './avatars.js';
import type { HandlerContext } from './context.js';
import { propertyHandlers } from './properties.js';
import type { HandlerMap } from './types.js';
import { userHandlers } from './users.js';

const isOperationId = (id: string): id is OperationId => (operationIds as readonly string[]).includes(id);

export function createHandlers(ctx: HandlerContext): HandlerMap {
  return { ...userHandlers(ctx), ...propertyHandlers(ctx), ...avatarHandlers(ctx) };
}

/**
 * The route handler of an operation of the served description. The request's shape is the one
 * the handler is typed with because the route validates it against the same spec first.
 */
export function routeHandler(
  handlers: HandlerMap,
  operationId: string,
): (request: FastifyRequest, reply: FastifyReply) => Promise<unknown> {
  if (!isOperationId(operationId))
    throw new Error(`The spec has an operation the sandbox's types do not know: ${operationId} (run npm run generate)`);
  return handlers[operationId] as (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}
