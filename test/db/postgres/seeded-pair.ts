import { afterAll, beforeAll } from 'vitest';
import { migratePostgres } from '../../../db/postgres/migrate';
import type { SqlDatabase } from '../../../db/postgres/sql-client';
import { seedPostgres } from '../../../db/postgres/seed';
import { readSeedDocuments } from '../../../src/documents/seed-documents';
import { type FactBase, openFactBase } from '../../../src/fact-base';
import { loadSeedBundle } from '../../../src/seed';
import { type FreshDatabase, type PostgresTarget, START_TIMEOUT_MS } from './fresh-database';

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

/** Both stores holding the seed. */
export interface SeededPair {
  sqlite: FactBase;
  postgres: SqlDatabase;
}

/**
 * One seeded pair for the tests of the surrounding `describe` that only read: both stores are
 * seeded once, before the first test (a seed takes seconds), and closed after the last.
 */
export function useSeededPair(target: PostgresTarget): () => SeededPair {
  let pair: (SeededPair & { fresh: FreshDatabase }) | undefined;
  beforeAll(async () => {
    await target.open();
    const fresh = await target.fresh();
    await migratePostgres(fresh.db);
    await seedPostgresLikeSqlite(fresh.db);
    pair = { fresh, postgres: fresh.db, sqlite: seededSqlite() };
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    pair?.sqlite.close();
    await pair?.fresh.drop();
    await target.close();
  });
  return () => {
    if (!pair) throw new Error('useSeededPair: the stores exist only inside a test');
    return pair;
  };
}
