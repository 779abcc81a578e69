// Listing faults re-page the whole list themselves: the proxy fetches every user of the listing
// from upstream (same flags and credentials), changes the list or the paging rule, and answers
// the page asked for from it. Every other rule of paging stays intact.
import { operationTable, type OperationId } from '@extender-users/api-types';
import { findOperation, loadBundledSpec } from '@extender-users/spec';
import type { Exchange, Json, ProxyFault, ProxyTools } from './types.js';

const spec = loadBundledSpec();

/** The listing operations: those that take startAt. */
export const isListing = (operationId: OperationId | undefined): operationId is OperationId =>
  operationId !== undefined && operationTable[operationId].parameters.some((p) => p.name === 'startAt');

/** A query parameter's documented default. */
function defaultOf(operationId: OperationId, name: string): number {
  const parameter = findOperation(spec, operationId).parameters.find((p) => p.name === name);
  return Number((parameter?.schema as { default?: unknown } | undefined)?.default ?? 0);
}

/** The startAt and maxResults a listing request asks for (the documented defaults when absent). */
export function pagingOf(exchange: Exchange): { startAt: number; maxResults: number } {
  const query = exchange.url.searchParams;
  const operationId = exchange.operationId!;
  return {
    startAt: query.has('startAt') ? Number(query.get('startAt')) : defaultOf(operationId, 'startAt'),
    maxResults: query.has('maxResults') ? Number(query.get('maxResults')) : defaultOf(operationId, 'maxResults'),
  };
}

/** Every user of the listing, as upstream gives them for the same flags and credentials. */
export async function wholeList(
  exchange: Exchange,
  tools: ProxyTools,
  pathname = exchange.url.pathname,
): Promise<Json[]> {
  const query = new URLSearchParams(exchange.url.search);
  query.set('maxResults', '1000');
  const users: Json[] = [];
  for (let startAt = 0; ;) {
    query.set('startAt', String(startAt));
    const answer = await tools.send('GET', `${pathname}?${query}`, {
      auth: exchange.headers.get('authorization') ?? undefined,
    });
    if (answer.status !== 200) throw new Error(`listing upstream answered ${answer.status}`);
    users.push(...(answer.json.users as Json[]));
    if (answer.json.users.length === 0 || users.length >= answer.json.total) return users;
    startAt += answer.json.users.length;
  }
}

export interface Pager {
  /** Changes the whole list (order, members). */
  list?(users: Json[], exchange: Exchange, tools: ProxyTools): Json[] | Promise<Json[]>;
  /** Makes the page from the list; by default the documented rule. */
  page?(
    users: Json[],
    paging: { startAt: number; maxResults: number },
  ): { total?: number; maxResults?: number; users: Json[] };
}

/** A fault that answers every successful listing request from a re-paged list. */
export function relisting(pager: Pager, only: (exchange: Exchange) => boolean = () => true): ProxyFault {
  return {
    async response(exchange, answer, tools) {
      if (!isListing(exchange.operationId) || answer.status !== 200 || !only(exchange)) return;
      const all = await wholeList(exchange, tools);
      const users = pager.list ? await pager.list(all, exchange, tools) : all;
      const paging = pagingOf(exchange);
      const page = pager.page?.(users, paging) ?? {
        users: users.slice(paging.startAt, paging.startAt + paging.maxResults),
      };
      answer.json = {
        total: page.total ?? users.length,
        maxResults: page.maxResults ?? paging.maxResults,
        startAt: paging.startAt,
        users: page.users,
      };
    },
  };
}
