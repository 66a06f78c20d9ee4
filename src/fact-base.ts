import type { Stores } from '../db/store';
import type { SynchronousStores } from '../db/sqlite/resolved';
import { openSqliteStores } from '../db/sqlite/index';
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
  /** A file path or `:memory:`. */
  path: string;
  /** The base written into a new database; the seed data by default. */
  seed?: () => Bundle;
  now?: () => Date;
  /** How long a write waits for another process's lock (SQLite busy timeout). */
  busyTimeoutMs?: number;
}

// What the store refuses on opening becomes the message with the fix; anything else is a bug.
function openOrExplain(options: OpenFactBaseOptions): ReturnType<typeof openSqliteStores> {
  try {
    return openSqliteStores(options.path, { busyTimeoutMs: options.busyTimeoutMs ?? defaultConfig().busyTimeoutMs });
  } catch (error) {
    throw toOpenProblem(error) ?? error;
  }
}

/** Writes the seed (or `options.seed`) into a new base: the bundle with its audit entry, then the seed documents. */
export function seedNewBase(stores: Pick<SynchronousStores, 'bundles' | 'sources'>, options: OpenFactBaseOptions): void {
  const bundle = (options.seed ?? loadSeedBundle)();
  const actor = {
    by: 'seed:briefbot',
    platform: 'seed',
    displayName: 'seed data',
    at: (options.now?.() ?? new Date()).toISOString(),
  };
  stores.bundles.importWithAudit(bundle, actor, 'seed data');
  stores.sources.storeTexts(readSeedDocuments(bundle), actor.at);
}

/**
 * Opens the fact base, migrating it forward; a new database is seeded in one transaction so a
 * failed seed leaves an empty, migrated base rather than half the data. Asynchronous so that a
 * store reached over the network (connect, migrate, seed) opens behind the same call.
 */
export async function openFactBase(options: OpenFactBaseOptions): Promise<FactBase> {
  const { stores, isNew, connection, direct } = openOrExplain(options);
  if (isNew) connection.transaction(() => seedNewBase(direct, options))();
  return {
    ...stores,
    close: async () => {
      connection.close();
    },
  };
}
