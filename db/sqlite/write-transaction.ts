import type { Database } from 'better-sqlite3';

/**
 * Wraps a write in a `BEGIN IMMEDIATE` transaction. Taking the write lock up front makes a second
 * process wait in SQLite's busy handler instead of failing with SQLITE_BUSY when a deferred
 * transaction tries to upgrade from a stale read.
 */
export function writeTransaction<Args extends unknown[], Result>(db: Database, fn: (...args: Args) => Result): (...args: Args) => Result {
  const transaction = db.transaction(fn);
  return (...args: Args) => transaction.immediate(...args);
}
