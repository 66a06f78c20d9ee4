import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { NewerSchemaError } from '../../src/domain/errors';

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

interface Migration {
  version: number;
  name: string;
  sql: string;
}

function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }));
}

/** The schema version this code writes. */
export function latestSchemaVersion(): number {
  return loadMigrations().at(-1)?.version ?? 0;
}

// Which migrations ran is kept per migration, not only as the highest number: migrations written
// side by side (002 and 003) may land in either order, and one that arrives after a higher number
// ran must still run. A base from before this table counts every migration up to its user_version.
//
// Read without a lock, so opening an up-to-date base never waits for a writer; applying a
// migration checks its record again under the lock. A base from before this table may be recorded
// by two processes at once, hence OR IGNORE.
function readApplied(db: Database, migrations: readonly Migration[], current: number): Set<number> {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`);
  const applied = new Set((db.prepare(`SELECT version FROM schema_migrations`).all() as { version: number }[]).map((row) => row.version));
  if (applied.size === 0 && current > 0) {
    const record = db.prepare(`INSERT OR IGNORE INTO schema_migrations (version, name) VALUES (?, ?)`);
    for (const migration of migrations.filter((m) => m.version <= current)) {
      record.run(migration.version, migration.name);
      applied.add(migration.version);
    }
  }
  return applied;
}

function refuseNewer(current: number, latest: number): never {
  throw new NewerSchemaError(current, latest);
}

// Foreign keys are off while a migration runs so that it can rebuild a table (SQLite's documented
// way to change a column), and every key is checked before the migration commits. The write lock
// is taken first and the record read again under it: several processes opening a new base at once
// each saw the migration missing, and the second to get the lock ran it again.
function applyMigration(db: Database, migration: Migration): void {
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      if (db.prepare(`SELECT 1 FROM schema_migrations WHERE version = ?`).get(migration.version)) return;
      const current = db.pragma('user_version', { simple: true }) as number;
      db.exec(migration.sql);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`migration ${migration.name} leaves ${broken.length} broken foreign key(s)`);
      db.prepare(`INSERT INTO schema_migrations (version, name) VALUES (?, ?)`).run(migration.version, migration.name);
      db.pragma(`user_version = ${Math.max(current, migration.version)}`);
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

/**
 * Applies every migration the database has not had, oldest first, each in its own transaction
 * together with its record, so a failed migration leaves the previous schema intact.
 * Returns the `user_version` the database had before. `dir` is for tests.
 */
export function migrate(db: Database, dir: string = MIGRATIONS_DIR): number {
  const migrations = loadMigrations(dir);
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) refuseNewer(current, latest);
  const applied = readApplied(db, migrations, current);
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...applied].find((version) => !known.has(version));
  if (unknown !== undefined) refuseNewer(unknown, latest);
  for (const migration of migrations.filter((m) => !applied.has(m.version))) applyMigration(db, migration);
  return current;
}
