import type { PostgresSeed } from '../db/postgres/seed';
import type { Stores } from '../db/store';
import { isUnwritten, openSqliteStores } from '../db/sqlite/index';
import { defaultConfig } from './config';
import { readSeedDocuments } from './documents/seed-documents';
import type { Bundle } from './domain/bundle';
import { loadSeedBundle } from './seed';
import { toOpenProblem } from './store-errors';

/** The open fact base: one repository per aggregate (db/store.ts), and closing it. */
export interface FactBase extends Stores {
  close(): Promise<void>;
}

export interface OpenFactBaseOptions {
  /** A SQLite file path or `:memory:`; not used when `databaseUrl` is given. */
  path: string;
  /** A PostgreSQL database (`postgres://…`, BRIEFBOT_DATABASE_URL): the base lives there instead of in a file. */
  databaseUrl?: string;
  /** The PostgreSQL schema the base lives in; the server's search_path by default (tests use one of their own). */
  databaseSchema?: string;
  /** Told when an idle PostgreSQL connection fails (the pool replaces it). */
  onConnectionError?: (error: Error) => void;
  /** The base written into a new database; the seed data by default. */
  seed?: () => Bundle;
  now?: () => Date;
  /** How long a write waits for another process's lock (SQLite busy timeout). */
  busyTimeoutMs?: number;
}

/** What a new base is filled with: the seed bundle (or `options.seed`), its documents' texts, and the seed as their writer. */
function seedFor(options: OpenFactBaseOptions): PostgresSeed {
  const bundle = (options.seed ?? loadSeedBundle)();
  const actor = { by: 'seed:briefbot', platform: 'seed', displayName: 'seed data', at: (options.now?.() ?? new Date()).toISOString() };
  return { bundle, documents: readSeedDocuments(bundle), actor };
}

// What the store refuses on opening becomes the message with the fix; anything else is a bug.
function openSqliteOrExplain(options: OpenFactBaseOptions): ReturnType<typeof openSqliteStores> {
  try {
    return openSqliteStores(options.path, { busyTimeoutMs: options.busyTimeoutMs ?? defaultConfig().busyTimeoutMs });
  } catch (error) {
    throw toOpenProblem(error) ?? error;
  }
}

function openSqliteFactBase(options: OpenFactBaseOptions): FactBase {
  const { stores, isNew, connection, direct } = openSqliteOrExplain(options);
  if (isNew) {
    // Immediate: the write lock is taken before the check, so two processes that created the file
    // together do not both find it empty and seed it twice.
    connection
      .transaction(() => {
        if (!isUnwritten(connection)) return;
        const seed = seedFor(options);
        direct.bundles.importWithAudit(seed.bundle, seed.actor, 'seed data');
        direct.sources.storeTexts(seed.documents, seed.actor.at);
      })
      .immediate();
  }
  return {
    ...stores,
    close: async () => {
      connection.close();
    },
  };
}

// Loaded only when asked for, so a SQLite base (and every one-shot CLI call) never loads the PostgreSQL driver.
async function openPostgresFactBase(url: string, options: OpenFactBaseOptions): Promise<FactBase> {
  const { openPostgresStores } = await import('../db/postgres/open');
  const { stores, close } = await openPostgresStores({
    url,
    seed: () => seedFor(options),
    onIdleError: options.onConnectionError ?? (() => undefined),
    ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
  });
  return { ...stores, close };
}

/**
 * Opens the fact base, migrating it forward; a new base is seeded in one transaction so a failed
 * seed leaves an empty, migrated base rather than half the data. SQLite by default; PostgreSQL
 * when `databaseUrl` is given.
 */
export async function openFactBase(options: OpenFactBaseOptions): Promise<FactBase> {
  return options.databaseUrl ? openPostgresFactBase(options.databaseUrl, options) : openSqliteFactBase(options);
}
