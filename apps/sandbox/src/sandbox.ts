// startSandbox: database + its one store + seed + server + an admin token, listening on host:port.
import type { Database } from 'better-sqlite3';
import { LATEST } from '@extender-users/api-types';
import type { FastifyInstance } from 'fastify';
import { hashToken, newToken } from './auth/tokens.js';
import { databaseFileError } from './db/file-errors.js';
import { openDatabase } from './db/open.js';
import { Store } from './db/store.js';
import { seedIfEmpty } from './seed.js';
import { buildServer, type ServerOptions } from './server.js';

export interface SandboxOptions extends Omit<ServerOptions, 'store'> {
  host?: string;
  port?: number;
  /** A file path or `:memory:`. */
  dbPath: string;
  /** Demo users to seed into an empty database (default 40). */
  seedUsers?: number;
  /** How long the admin token issued at start is valid, in seconds (default 12 hours). */
  tokenTtl?: number;
}

export const DEFAULT_TOKEN_TTL_SECONDS = 12 * 60 * 60;

export interface RunningSandbox {
  app: FastifyInstance;
  db: Database;
  /** The Confluence base URL clients take: `http://host:port[/contextPath]`. */
  baseUrl: string;
  port: number;
  /** The Extender version it behaves as (`X.Y.Z` or `latest`). */
  extenderVersion: string;
  /** A personal access token of `admin`, issued at this start. */
  adminToken: string;
  /** When `adminToken` expires (ms since the epoch). */
  adminTokenExpiresAt: number;
  seeded: boolean;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  if (options.passwordHashing === 'fast' && options.dbPath !== ':memory:')
    throw new TypeError(
      "passwordHashing 'fast' goes with dbPath ':memory:' (a database file would keep the cheap hashes)",
    );
  const db = openDatabase(options.dbPath);
  try {
    const store = new Store(db);
    const now = (options.now ?? Date.now)();
    const adminToken = newToken();
    const adminTokenExpiresAt = now + (options.tokenTtl ?? DEFAULT_TOKEN_TTL_SECONDS) * 1000;
    let seeded: boolean;
    try {
      seeded = seedIfEmpty(store, options.seedUsers ?? 40, now, options.passwordHashing);
      const admin = store.users.findByName('admin');
      if (admin)
        store.tokens.add(
          admin.id,
          hashToken(adminToken),
          `sandbox start ${new Date(now).toISOString()}`,
          now,
          adminTokenExpiresAt,
        );
    } catch (error) {
      // The first writes after the migrations: a full disk is said naming the file.
      throw databaseFileError(error, options.dbPath);
    }

    const extenderVersion = options.extenderVersion ?? LATEST;
    const app = await buildServer({ ...options, extenderVersion, store });
    const host = options.host ?? '127.0.0.1';
    await app.listen({ host, port: options.port ?? 8090 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : (options.port ?? 8090);
    const contextPath = (options.contextPath ?? '').replace(/\/+$/, '');
    const shownHost = host.includes(':') ? `[${host}]` : host;
    return {
      app,
      db,
      baseUrl: `http://${shownHost}:${port}${contextPath}`,
      port,
      extenderVersion,
      adminToken,
      adminTokenExpiresAt,
      seeded,
      close: async () => {
        await app.close();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
