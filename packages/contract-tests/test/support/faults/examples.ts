// The spec's own example answers, for faults that answer in place of the server (as the Prism
// mock does): schema-valid, so only the rule the fault breaks is broken.
import type { OperationId } from '@extender-users/api-types';
import { findOperation, loadBundledSpec, resolveRef, type ResponseObject } from '@extender-users/spec';
import { jsonAnswer, type ProxyReply, type Json } from './types.js';

const spec = loadBundledSpec();

/** The first example of the operation's JSON answer for the status. */
export function exampleOf(operationId: OperationId, status = 200): Json {
  const { operation } = findOperation(spec, operationId);
  const response = resolveRef<ResponseObject>(spec, operation.responses[String(status)]!);
  const media = response.content!['application/json']!;
  const first = Object.values(media.examples ?? {})[0];
  return first ? resolveRef<{ value?: Json }>(spec, first).value : media.example;
}

/** The operation's documented success, as its example. */
export const exampleSuccess = (operationId: OperationId): ProxyReply => jsonAnswer(200, exampleOf(operationId));
