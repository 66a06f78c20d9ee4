import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../src/user-error';
import { migrate } from './migrate';

export type { Database } from 'better-sqlite3';

export interface OpenedDatabase {
  db: Database.Database;
  /** True when the file had no schema before this open (a new fact base, to be seeded). */
  isNew: boolean;
}

/**
 * Opens (creating if needed) the SQLite file at `path` — or an in-memory base for `:memory:` —
 * with WAL, foreign keys and a busy timeout (how long a writer waits for another process's lock
 * before SQLite gives up with SQLITE_BUSY), and migrates it to the latest schema.
 */
export function openDatabase(path: string, options: { readonly?: boolean; busyTimeoutMs: number }): OpenedDatabase {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new UserError(`Cannot open the database file ${path}: ${(error as Error).message}.`, 'database-unreadable');
  }
  try {
    db.pragma(`busy_timeout = ${Math.round(options.busyTimeoutMs)}`);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    const previousVersion = options.readonly ? -1 : migrate(db);
    return { db, isNew: previousVersion === 0 };
  } catch (error) {
    db.close();
    if (error instanceof UserError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new UserError(
        `The database file ${path} is not a briefbot database or is damaged (${code}). ` +
          'Restore it from a backup, or set BRIEFBOT_DB to a new file to start from the seed data.',
        'database-corrupt',
      );
    }
    throw error;
  }
}
