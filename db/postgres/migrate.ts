import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../src/domain/errors';
import { DATABASE_URL_VARIABLE } from './database-url';
import type { SqlDatabase, SqlSession } from './sql-client';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

interface Migration {
  version: number;
  name: string;
  sql: string;
}

function loadMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 3)), name: file, sql: readFileSync(join(dir, file), 'utf8') }));
}

/** The PostgreSQL schema version this code writes. */
export function latestPostgresSchemaVersion(dir: string = MIGRATIONS_DIR): number {
  return loadMigrations(dir).at(-1)?.version ?? 0;
}

/** What a run of the migrator did. */
export interface MigrationRun {
  /** The versions this run applied, oldest first (empty when the schema was up to date). */
  applied: number[];
}

// A session-level advisory lock serialises migrators of one schema across processes and hosts: the
// second waits, then finds every migration recorded. The key is the schema's name, so bases in
// other schemas of the same database migrate independently.
const LOCK = `hashtext('briefbot schema migrations'), hashtext(current_schema())`;

async function readApplied(session: SqlSession): Promise<Set<number>> {
  await session.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version    integer PRIMARY KEY,
       name       text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const { rows } = await session.query<{ version: number }>(`SELECT version FROM schema_migrations`);
  return new Set(rows.map((row) => row.version));
}

function refuseNewer(version: number, latest: number): never {
  throw new ConfigError(
    `${DATABASE_URL_VARIABLE}: the database was written by a newer briefbot (schema ${version}; this version knows up to ${latest}). ` +
      `Upgrade briefbot, or point ${DATABASE_URL_VARIABLE} at another database.`,
  );
}

async function applyMigration(session: SqlSession, migration: Migration): Promise<void> {
  await session.query('BEGIN');
  try {
    await session.exec(migration.sql);
    await session.query(`INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
    await session.query('COMMIT');
  } catch (error) {
    await session.query('ROLLBACK');
    throw new Error(`PostgreSQL migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Applies every migration the schema has not had, oldest first, each in its own transaction with
 * its record, so a failed one leaves the schema as the previous one left it. Refuses a schema that
 * records a migration this code does not know (written by a newer briefbot). `dir` is for tests.
 */
export async function migratePostgres(db: SqlDatabase, dir: string = MIGRATIONS_DIR): Promise<MigrationRun> {
  const migrations = loadMigrations(dir);
  const latest = migrations.at(-1)?.version ?? 0;
  const known = new Set(migrations.map((m) => m.version));
  return db.session(async (session) => {
    await session.query(`SELECT pg_advisory_lock(${LOCK})`);
    try {
      const applied = await readApplied(session);
      const unknown = [...applied].filter((version) => !known.has(version)).sort((a, b) => b - a);
      if (unknown[0] !== undefined) refuseNewer(unknown[0], latest);
      const pending = migrations.filter((m) => !applied.has(m.version));
      for (const migration of pending) await applyMigration(session, migration);
      return { applied: pending.map((m) => m.version) };
    } finally {
      await session.query(`SELECT pg_advisory_unlock(${LOCK})`);
    }
  });
}
