// Listing pages whose JSON SQLite builds (no listed user becomes a JavaScript object), kept in
// memory until the next write to the database, so a page asked for again is answered as it is.
// Every write goes through the Store and moves its generation: the kept pages belong to one
// generation and are all dropped when it moves, so no answer is ever older than the last write
// (a login recorded, a user added, renamed, changed, deleted, deactivated or activated alike).
import type { Store } from '../db/store.js';
import type { ListScope, ListSource, PageJsonReader } from '../db/user-listings.js';
import { DETAIL_LEVELS, pageShape, type DetailLevel } from './page-shapes.js';
import { userJsonSql } from './user-json-sql.js';

export type ListingOperation = 'getUsers' | 'getUsersWithConfluenceAccess';

/** Everything that shapes a page's answer (the served version is fixed for the server's life). */
export interface PageRequest {
  readonly key: string;
  readonly operation: ListingOperation;
  readonly level: DetailLevel;
  readonly startAt: number;
  readonly maxResults: number;
}

export interface ListingPagesOptions {
  store: Store;
  /** Which users each listing holds in the served version. */
  scopes: Record<ListingOperation, ListScope>;
  /** The version gate's narrowing of a listing's 200 answer, in place. */
  narrow: (operation: ListingOperation, page: unknown) => void;
  /** The most bytes of pages kept (default 16 MiB); the oldest go first. */
  maxBytes?: number;
}

const SOURCE: Record<DetailLevel, ListSource> = { names: 'names', basic: 'basic', extended: 'details' };
const PAGE_FIELDS = new Set(['total', 'maxResults', 'startAt', 'users']);
const OPEN = Buffer.from('{');
const CLOSE = Buffer.from('}');
/** Request URLs remembered at most (the oldest are forgotten first). */
const MAX_URLS = 10_000;

interface LevelListing {
  read: PageJsonReader;
  /** The page's fields in the served order. */
  fields: string[];
}

export class ListingPages {
  private readonly listings: Record<ListingOperation, { scope: ListScope; levels: Record<DetailLevel, LevelListing> }>;
  private readonly store: Store;
  private readonly maxBytes: number;
  private readonly kept = new Map<string, Buffer>();
  private keptBytes = 0;
  private keptAt = -1;
  private readonly urls = new Map<string, PageRequest>();

  constructor(options: ListingPagesOptions) {
    this.store = options.store;
    this.maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    const listing = (operation: ListingOperation) => {
      const scope = options.scopes[operation];
      const level = (detail: DetailLevel): LevelListing => {
        const shape = pageShape(detail, (page) => options.narrow(operation, page));
        const unknown = shape.pageFields.find((field) => !PAGE_FIELDS.has(field));
        if (unknown) throw new Error(`The sandbox cannot build the listing field '${unknown}' in SQL`);
        return {
          read: this.store.listings.pageJsonReader(scope, userJsonSql(shape.user, SOURCE[detail])),
          fields: shape.pageFields,
        };
      };
      return {
        scope,
        levels: Object.fromEntries(DETAIL_LEVELS.map((d) => [d, level(d)])) as Record<DetailLevel, LevelListing>,
      };
    };
    this.listings = {
      getUsers: listing('getUsers'),
      getUsersWithConfluenceAccess: listing('getUsersWithConfluenceAccess'),
    };
  }

  request(operation: ListingOperation, level: DetailLevel, startAt: number, maxResults: number): PageRequest {
    return { key: `${operation} ${level} ${startAt} ${maxResults}`, operation, level, startAt, maxResults };
  }

  /** The pages kept, emptied whenever the database was written since they were built. */
  private current(): Map<string, Buffer> {
    if (this.keptAt !== this.store.generation) {
      this.kept.clear();
      this.keptBytes = 0;
      this.keptAt = this.store.generation;
    }
    return this.kept;
  }

  /**
   * The page's JSON: kept, or built by SQLite and kept. Undefined when SQLite cannot build it as
   * the JavaScript path would (a date outside the spec's range).
   */
  page(request: PageRequest): Buffer | undefined {
    const kept = this.current();
    const found = kept.get(request.key);
    if (found) return found;
    const listing = this.listings[request.operation];
    const { read, fields } = listing.levels[request.level];
    const users = read(request.startAt, request.maxResults);
    if (users === undefined) return undefined;
    const values: Record<string, Buffer> = {
      total: Buffer.from(String(this.store.listings.count(listing.scope))),
      maxResults: Buffer.from(String(request.maxResults)),
      startAt: Buffer.from(String(request.startAt)),
      users,
    };
    const page = Buffer.concat([
      OPEN,
      ...fields.flatMap((field, i) => [Buffer.from(`${i ? ',' : ''}"${field}":`), values[field]!]),
      CLOSE,
    ]);
    if (page.length <= this.maxBytes) {
      while (this.keptBytes + page.length > this.maxBytes) {
        const [oldest, bytes] = kept.entries().next().value!;
        kept.delete(oldest);
        this.keptBytes -= bytes.length;
      }
      kept.set(request.key, page);
      this.keptBytes += page.length;
    }
    return page;
  }

  /** Remembers that a GET of `url` (path and query as sent) asks for `request`'s page. */
  learnUrl(url: string, request: PageRequest): void {
    if (this.urls.has(url)) return;
    if (this.urls.size >= MAX_URLS) this.urls.delete(this.urls.keys().next().value!);
    this.urls.set(url, request);
  }

  /** The kept page a GET of `url` asks for, when the URL was learnt and the page is current. */
  keptPageForUrl(url: string): Buffer | undefined {
    const request = this.urls.get(url);
    return request && this.current().get(request.key);
  }
}
