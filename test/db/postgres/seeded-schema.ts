import { afterAll, beforeAll, expect } from 'vitest';
import { migratePostgres } from '../../../db/postgres/migrate';
import type { FactBase } from '../../../src/fact-base';
import { rowsOf } from '../../helpers/sqlite-rows';
import type { FreshDatabase, PostgresTarget } from './fresh-database';
import { seededSqlite, seedPostgresLikeSqlite } from './seeded-pair';

/** Both stores on the same seed: an in-memory SQLite base and a PostgreSQL schema of its own. */
export interface SeededPair {
  sqlite: FactBase;
  postgres: FreshDatabase;
  /** Closes the SQLite base and drops the schema. */
  dispose(): Promise<void>;
}

// PGlite compiles PostgreSQL when it starts, and a seed takes seconds on a busy machine.
export const SEEDING_TIMEOUT_MS = 120_000;

/** A new seeded pair (without the seed documents when told, which saves the PostgreSQL seed most of its time). */
export async function openSeededPair(target: PostgresTarget, options: { documents?: boolean } = {}): Promise<SeededPair> {
  const postgres = await target.fresh();
  await migratePostgres(postgres.db);
  await seedPostgresLikeSqlite(postgres.db, options);
  const sqlite = await seededSqlite();
  return {
    sqlite,
    postgres,
    async dispose() {
      await sqlite.close();
      await postgres.drop();
    },
  };
}

/**
 * One seeded pair for the surrounding describe, made before its first test and dropped after its
 * last, for tests that only read (seeding per test would cost seconds each); the target closes
 * after them. Tests that write open a pair of their own with `openSeededPair`.
 */
export function useSeededPair(target: PostgresTarget): () => SeededPair {
  let pair: SeededPair | undefined;
  beforeAll(async () => {
    await target.open();
    pair = await openSeededPair(target);
  }, SEEDING_TIMEOUT_MS);
  afterAll(async () => {
    await pair?.dispose();
    await target.close();
  });
  return () => {
    if (!pair) throw new Error('useSeededPair: the pair exists only inside a test');
    return pair;
  };
}

// PostgreSQL hands timestamps back as Dates, which JSON writes as the ISO text SQLite keeps.
const comparable = (rows: unknown[]): unknown[] => JSON.parse(JSON.stringify(rows)) as unknown[];

/** The rows one query (written for both engines) reads from each store of the pair: SQLite's, then PostgreSQL's. */
export async function readBoth(pair: Pick<SeededPair, 'sqlite' | 'postgres'>, sql: string): Promise<[unknown[], unknown[]]> {
  return [comparable(rowsOf(pair.sqlite).prepare(sql).all()), comparable((await pair.postgres.db.query(sql)).rows)];
}

/** Every audit entry of each store, oldest first. */
export const AUDIT_ROWS = 'SELECT at, platform, user_id, display_name, workspace_id, channel_id, command, target, detail FROM audit_log ORDER BY id';

/** Runs `work` on a seeded pair of its own (for a test that writes), dropped after it whatever happens. */
export async function withSeededPair(target: PostgresTarget, work: (pair: SeededPair) => Promise<void>): Promise<void> {
  const pair = await openSeededPair(target, { documents: false });
  try {
    await work(pair);
  } finally {
    await pair.dispose();
  }
}

/** Asks the SQLite repository and then the PostgreSQL one the same thing, expects the same answer, and returns it. */
export async function expectAlike<Store, T>([sqlite, postgres]: readonly [Store, Store], ask: (store: Store) => Promise<T>): Promise<T> {
  const expected = await ask(sqlite);
  expect(await ask(postgres)).toEqual(expected);
  return expected;
}
