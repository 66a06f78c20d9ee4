import type { Database } from 'better-sqlite3';

/**
 * Whether nothing was ever written to the base: no audit entry and no source. Asked inside the
 * seeding transaction, so of several processes that created the file together only the first
 * seeds it; the others wait for its write lock and then find the seed there.
 */
export function isUnwritten(db: Database): boolean {
  return db.prepare(`SELECT NOT (EXISTS (SELECT 1 FROM audit_log) OR EXISTS (SELECT 1 FROM sources)) AS unwritten`).pluck().get() === 1;
}
