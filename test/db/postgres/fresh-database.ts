import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { openPostgres } from '../../../db/postgres/connect';
import { migratePostgres } from '../../../db/postgres/migrate';
import { fromPglite, type SqlDatabase, type SqlSession } from '../../../db/postgres/sql-client';
import { EXTENSIONS_SQL, startPglite } from './pglite-start';

/**
 * Where the PostgreSQL store's tests run: an embedded PGlite always, and the server named by
 * BRIEFBOT_TEST_DATABASE_URL as well when it is set. Each test gets a schema of its own, dropped
 * after it, so tests never see each other's rows and a shared server keeps nothing behind.
 */
export interface PostgresTarget {
  name: string;
  /** Starts the embedded database or connects to the server; the first call does the work, each call needs its `close`. */
  open(): Promise<void>;
  /** A new, empty schema; `another()` opens a second, independent connection to the same schema. */
  fresh(): Promise<FreshDatabase>;
  /** Closes what the target opened once every `open` has had its `close`, after the file's tests. */
  close(): Promise<void>;
}

export interface FreshDatabase {
  db: SqlDatabase;
  schema: string;
  /** A second client of the same schema (a new pool on a server; the same single session on PGlite). */
  another(): Promise<SqlDatabase>;
  drop(): Promise<void>;
}

const serverUrl = process.env.BRIEFBOT_TEST_DATABASE_URL;

function newSchemaName(): string {
  return `briefbot_test_${randomBytes(6).toString('hex')}`;
}

/**
 * PGlite's one session as a database of one schema: each piece of work first points the session's
 * search_path at the schema, so a file may keep a seeded schema for its reading tests beside the
 * fresh schema of each writing test, on the same instance.
 */
function inSchema(shared: SqlDatabase, schema: string): SqlDatabase {
  const enter = (session: SqlSession): Promise<void> => session.exec(`SET search_path TO ${schema}, public`);
  const session = <T>(work: (session: SqlSession) => Promise<T>): Promise<T> =>
    shared.session(async (s) => {
      await enter(s);
      return work(s);
    });
  return {
    query: <Row>(sql: string, params?: readonly unknown[]) => session((s) => s.query<Row>(sql, params)),
    session,
    transaction: (work) =>
      shared.transaction(async (s) => {
        await enter(s);
        return work(s);
      }),
    close: async () => undefined,
  };
}

function pgliteTarget(): PostgresTarget {
  let instance: Promise<PGlite> | undefined;
  let shared: SqlDatabase | undefined;
  let users = 0;
  const open = (): Promise<PGlite> => (instance ??= startPglite());
  return {
    name: 'PGlite',
    async open() {
      users++;
      await open();
    },
    async fresh() {
      shared ??= fromPglite(await open());
      const schema = newSchemaName();
      await shared.query(`CREATE SCHEMA ${schema}`);
      const db = inSchema(shared, schema);
      return {
        db,
        schema,
        another: async () => db,
        drop: async () => {
          await shared!.query(`DROP SCHEMA ${schema} CASCADE`);
        },
      };
    },
    async close() {
      if (--users > 0) return;
      const closing = instance;
      instance = undefined;
      shared = undefined;
      if (closing) await (await closing).close();
    },
  };
}

const ignore = (): void => undefined;

// Two test files may create the extensions at the same moment; the loser of that race sees a
// unique violation on the catalogue and finds them there when it looks again.
async function ensureExtensions(admin: SqlDatabase): Promise<void> {
  try {
    await admin.session((s) => s.exec(EXTENSIONS_SQL));
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await admin.session((s) => s.exec(EXTENSIONS_SQL));
  }
}

function serverTarget(url: string): PostgresTarget {
  let admin: Promise<SqlDatabase> | undefined;
  let users = 0;
  const open = (): Promise<SqlDatabase> =>
    (admin ??= openPostgres({ url, onIdleError: ignore, maxConnections: 2 }).then(async (db) => {
      await ensureExtensions(db);
      return db;
    }));
  return {
    name: 'PostgreSQL server',
    async open() {
      users++;
      await open();
    },
    async fresh() {
      const schema = newSchemaName();
      await (await open()).query(`CREATE SCHEMA ${schema}`);
      const pools: SqlDatabase[] = [];
      const another = async (): Promise<SqlDatabase> => {
        const pool = await openPostgres({ url, schema, onIdleError: ignore, maxConnections: 4 });
        pools.push(pool);
        return pool;
      };
      return {
        db: await another(),
        schema,
        another,
        async drop() {
          await Promise.all(pools.map((pool) => pool.close()));
          await (await open()).query(`DROP SCHEMA ${schema} CASCADE`);
        },
      };
    },
    async close() {
      if (--users > 0) return;
      // Forgotten once closed, so a later `open` (the next test of a file that opens per test) connects again.
      const closing = admin;
      admin = undefined;
      if (closing) await (await closing).close();
    },
  };
}

/** PGlite, and the configured server when there is one. */
export function postgresTargets(): PostgresTarget[] {
  return [pgliteTarget(), ...serverTargets()];
}

/** The configured server alone (none without BRIEFBOT_TEST_DATABASE_URL): for what needs a real server's connections. */
export function serverTargets(): PostgresTarget[] {
  return serverUrl ? [serverTarget(serverUrl)] : [];
}

/** The configured server's URL, for tests that open the base as the bot does; undefined without one. */
export const testServerUrl = serverUrl;

// PGlite compiles PostgreSQL when it starts (and runs initdb the first time): seconds alone, much
// longer on a busy machine. It starts once per test file, with room to spare.
const START_TIMEOUT_MS = 120_000;

/**
 * Gives each test of the surrounding `describe` a fresh schema on `target` (migrated unless told
 * otherwise), dropped after the test; the target closes after the last one.
 */
export function useFreshDatabase(target: PostgresTarget, options: { migrated?: boolean } = {}): () => FreshDatabase {
  let current: FreshDatabase | undefined;
  beforeAll(() => target.open(), START_TIMEOUT_MS);
  beforeEach(async () => {
    current = await target.fresh();
    if (options.migrated ?? true) await migratePostgres(current.db);
  });
  afterEach(async () => {
    await current?.drop();
    current = undefined;
  });
  afterAll(() => target.close());
  return () => {
    if (!current) throw new Error('useFreshDatabase: the database exists only inside a test');
    return current;
  };
}
