import type { SqlDatabase } from '../../../db/postgres/sql-client';
import { seedPostgres } from '../../../db/postgres/seed';
import { readSeedDocuments } from '../../../src/documents/seed-documents';
import { type FactBase, openFactBase } from '../../../src/fact-base';
import { loadSeedBundle } from '../../../src/seed';

/** When both stores' seeds are written: every seeded row carries this time. */
export const SEED_TIME = new Date('2026-03-01T08:30:00.000Z');

// Who the SQLite store stamps on a new base's seed (src/fact-base.ts).
const SEED_ACTOR = { by: 'seed:briefbot', platform: 'seed', displayName: 'seed data', at: SEED_TIME.toISOString() };

/**
 * The same seed on both stores, so a repository of each can be asked the same thing and must answer
 * alike: an in-memory SQLite base, and the given migrated PostgreSQL database filled to match.
 */
export function seededSqlite(): FactBase {
  return openFactBase({ path: ':memory:', now: () => SEED_TIME });
}

/** Fills a migrated PostgreSQL database with the seed, its documents too unless told otherwise, as the SQLite store seeds a new file. */
export async function seedPostgresLikeSqlite(db: SqlDatabase, options: { documents?: boolean } = {}): Promise<void> {
  const bundle = loadSeedBundle();
  await seedPostgres(db, { bundle, documents: options.documents === false ? [] : readSeedDocuments(bundle), actor: SEED_ACTOR });
}
