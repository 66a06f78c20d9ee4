import type { Database } from 'better-sqlite3';
import type { Stores } from '../../db/store';
import { connectionOf } from '../../db/sqlite/index';

/** The SQLite connection under a test's base, to check or plant rows the stores do not expose. */
export function rowsOf(base: Pick<Stores, 'health'>): Database {
  return connectionOf(base);
}
