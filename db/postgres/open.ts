import type { Stores } from '../store';
import { openPostgres } from './connect';
import { createPostgresStores } from './index';
import { migratePostgres } from './migrate';
import { type PostgresSeed, seedPostgresIfNew } from './seed';

/** An open PostgreSQL fact base: its repositories, and ending its connection pool. */
export interface OpenedPostgresStores {
  stores: Stores;
  close(): Promise<void>;
}

/**
 * Connects to the server (a clear error naming BRIEFBOT_DATABASE_URL when it cannot), migrates the
 * schema forward, seeds a base nothing was ever written to, and builds every repository over one
 * connection pool.
 */
export async function openPostgresStores(options: {
  url: string;
  /** The schema the base lives in; the server's search_path when omitted. */
  schema?: string;
  seed: () => PostgresSeed;
  /** Told when an idle pooled connection fails; the pool replaces it. */
  onIdleError: (error: Error) => void;
}): Promise<OpenedPostgresStores> {
  const db = await openPostgres({ url: options.url, onIdleError: options.onIdleError, ...(options.schema ? { schema: options.schema } : {}) });
  try {
    await migratePostgres(db);
    await seedPostgresIfNew(db, options.seed);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { stores: createPostgresStores(db), close: () => db.close() };
}
