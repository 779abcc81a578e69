// The handler of each operation, typed from the spec's generated types: its request's query,
// path parameters and JSON body, and the JSON body of its 200 answer.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OperationId, PathParamsOf, QueryOf, RequestBodyOf, ResponseBodyOf } from '@extender-users/api-types';

export type HandlerRequest<K extends OperationId> = FastifyRequest<{
  Querystring: QueryOf<K>;
  Params: PathParamsOf<K>;
  Body: RequestBodyOf<K>;
}>;

/**
 * A handler answers with the body of its 200, which the route narrows to the served version and
 * serializes; or with the reply, once it has sent an answer it made itself (a listing page whose
 * JSON SQLite built, already in the served version's shape).
 */
export type Handler<K extends OperationId> = (
  request: HandlerRequest<K>,
  reply: FastifyReply,
) => Promise<ResponseBodyOf<K> | FastifyReply>;

/**
 * One handler for every operation of the spec, and none for anything else: a missing or an
 * unknown operationId is a compile error that names it. Each handler file checks its part with
 * `satisfies Partial<HandlerMap>`.
 */
export type HandlerMap = { [K in OperationId]: Handler<K> };
