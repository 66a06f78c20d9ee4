import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseCorruptError, DatabaseUnreadableError, NewerSchemaError } from '../../src/domain/errors';
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
    throw new DatabaseUnreadableError(path, (error as Error).message);
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
    if (error instanceof NewerSchemaError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new DatabaseCorruptError(path, code);
    throw error;
  }
}
