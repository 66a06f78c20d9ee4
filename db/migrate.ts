import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { UserError } from '../src/user-error';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

interface Migration {
  version: number;
  name: string;
  sql: string;
}

function loadMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{3}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file,
      sql: readFileSync(MIGRATIONS_DIR + file, 'utf8'),
    }));
}

/** The schema version this code writes. */
export function latestSchemaVersion(): number {
  return loadMigrations().at(-1)?.version ?? 0;
}

/**
 * Applies every migration newer than the database's `user_version`, each in its own transaction
 * together with the version bump, so a failed migration leaves the previous schema intact.
 * Returns the version the database had before.
 */
export function migrate(db: Database): number {
  const migrations = loadMigrations();
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new UserError(
      `The database was written by a newer briefbot (schema ${current}; this version knows up to ${latest}). ` +
        'Upgrade briefbot, or point BRIEFBOT_DB at another file.',
      'newer-schema',
    );
  }
  for (const migration of migrations.filter((m) => m.version > current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return current;
}
