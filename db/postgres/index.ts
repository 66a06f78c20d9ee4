import type { Stores } from '../store';
import { createPostgresBundleStore } from './bundle-store';
import { createPostgresEntityStore } from './entities';
import { createPostgresFactStore } from './facts';
import { createPostgresGapStore } from './gaps';
import { createPostgresHealthStore } from './health-store';
import { createPostgresListingPageStore } from './listing-pages';
import { createPostgresRateLimitStore } from './rate-limits';
import { createPostgresReviewStore } from './review';
import { createPostgresSearchStore } from './search';
import { createPostgresSourceStore } from './sources';
import type { SqlDatabase } from './sql-client';
import { createPostgresStatsStore } from './stats-store';

/**
 * Every repository of a PostgreSQL fact base over one database (a pool, or PGlite), answering as
 * the SQLite store does. The schema must be migrated (migratePostgres) before the first call.
 */
export function createPostgresStores(db: SqlDatabase): Stores {
  return {
    facts: createPostgresFactStore(db),
    sources: createPostgresSourceStore(db),
    entities: createPostgresEntityStore(db),
    bundles: createPostgresBundleStore(db),
    search: createPostgresSearchStore(db),
    review: createPostgresReviewStore(db),
    gaps: createPostgresGapStore(db),
    stats: createPostgresStatsStore(db),
    health: createPostgresHealthStore(db),
    rateLimits: createPostgresRateLimitStore(db),
    listingPages: createPostgresListingPageStore(db),
  };
}
