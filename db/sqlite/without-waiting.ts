import type { Database } from 'better-sqlite3';

/**
 * Runs `write` with SQLite's busy timeout off, so a write that finds another process holding the
 * lock fails at once with SQLITE_BUSY instead of blocking the whole process while it waits. For
 * bookkeeping a question must never wait for (counting asks), not for changes people make.
 */
export function runWithoutWaiting<T>(db: Database, write: () => T): T {
  return runWaitingAtMost(db, 0, write);
}

/**
 * Runs `write` with SQLite's busy timeout lowered to `waitMs`: for shared bookkeeping that may
 * wait out another process's short transaction, never a long one.
 */
export function runWaitingAtMost<T>(db: Database, waitMs: number, write: () => T): T {
  const configuredMs = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${Math.min(waitMs, configuredMs)}`);
  try {
    return write();
  } finally {
    db.pragma(`busy_timeout = ${configuredMs}`);
  }
}
