// The front door: a GET of a listing page the server has answered before, by a caller it has
// let in before, is answered before fastify routes, validates and serializes it: the same
// status, headers and bytes the route sent, while nothing was written since (the page and the
// caller are both dropped at the next write). Anything else goes on to fastify unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ListingPages } from '../listing/listing-pages.js';
import type { Authenticator } from './authenticate.js';
import { clientOf } from './client-address.js';
import { JSON_CONTENT_TYPE } from './json-type.js';

/** Answers the request and says true, or says false and leaves it to fastify. */
export type FrontDoor = (request: IncomingMessage, response: ServerResponse) => boolean;

export function frontDoor(pages: ListingPages, authenticator: Authenticator, isClosing: () => boolean): FrontDoor {
  return (request, response) => {
    const headers = request.headers;
    // Only a plain GET: a body, an Expect or a missing Host each have their own answer in fastify.
    if (
      request.method !== 'GET' ||
      headers.host === undefined ||
      headers['content-length'] !== undefined ||
      headers['transfer-encoding'] !== undefined ||
      headers.expect !== undefined
    )
      return false;
    const url = request.url!;
    if (!pages.keptPageForUrl(url) || !headers.authorization || isClosing()) return false;
    if (!authenticator.knownCaller(headers.authorization, clientOf(request.socket.remoteAddress))) return false;
    // Recording the login is a write, which drops the kept pages: look again.
    const page = pages.keptPageForUrl(url);
    if (!page) return false;
    response.writeHead(200, { 'content-type': JSON_CONTENT_TYPE, 'content-length': page.length });
    response.end(page);
    return true;
  };
}
