import type { Database } from 'better-sqlite3';
import type { Stores } from '../store';
import { createBundleStore } from './bundle-store';
import { openDatabase } from './connection';
import { createSqliteEntityStore } from './entities';
import { createSqliteFactStore } from './facts';
import { createSqliteGapStore } from './gaps';
import { createSqliteListingPageStore } from './listing-pages';
import { createSqliteRateLimitStore } from './rate-limits';
import { createHealthStore } from './health-store';
import { createSqliteReviewStore } from './review';
import { createSqliteSearchStore } from './search';
import { createSqliteSourceStore } from './sources';
import { type SynchronousStores, toResolved } from './resolved';
import { createStatsStore } from './stats-store';

export { isUnwritten } from './unwritten';

// The connection under each open base, by its health repository (kept as is when a base spreads
// its stores), so tests can check rows without the core ever holding the handle.
const connections = new WeakMap<object, Database>();

/** The SQLite connection under an open base, for tests that check or plant rows; the core never calls this. */
export function connectionOf(base: Pick<Stores, 'health'>): Database {
  const connection = connections.get(base.health);
  if (!connection) throw new Error('not a SQLite fact base');
  return connection;
}

/** An open SQLite fact base: its repositories, whether the file was new, and its connection. */
export interface OpenedSqliteStores {
  stores: Stores;
  /** True when the file had no schema before this open (a new fact base, to be seeded). */
  isNew: boolean;
  /** The connection itself, for closing it and for tests that check rows; never handed to the core. */
  connection: Database;
  /** The same repositories answering directly: a new base is seeded with them while it opens. */
  direct: SynchronousStores;
}

/**
 * Opens (creating and migrating if needed) the SQLite file at `path`, or an in-memory base for
 * `:memory:`, and builds every repository over the one connection.
 */
export function openSqliteStores(path: string, options: { busyTimeoutMs: number }): OpenedSqliteStores {
  const { db, isNew } = openDatabase(path, options);
  const direct: SynchronousStores = {
    facts: createSqliteFactStore(db),
    sources: createSqliteSourceStore(db),
    entities: createSqliteEntityStore(db),
    bundles: createBundleStore(db),
    search: createSqliteSearchStore(db),
    review: createSqliteReviewStore(db),
    gaps: createSqliteGapStore(db),
    stats: createStatsStore(db),
    health: createHealthStore(db),
    rateLimits: createSqliteRateLimitStore(db),
    listingPages: createSqliteListingPageStore(db),
  };
  const stores: Stores = {
    facts: toResolved(direct.facts),
    sources: toResolved(direct.sources),
    entities: toResolved(direct.entities),
    bundles: toResolved(direct.bundles),
    search: toResolved(direct.search),
    review: toResolved(direct.review),
    gaps: toResolved(direct.gaps),
    stats: toResolved(direct.stats),
    health: toResolved(direct.health),
    rateLimits: toResolved(direct.rateLimits),
    listingPages: toResolved(direct.listingPages),
  };
  connections.set(stores.health, db);
  return { stores, isNew, connection: db, direct };
}
