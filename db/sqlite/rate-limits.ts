import type { Database } from 'better-sqlite3';
import type { RateDecision, RateLimitStore } from '../store';
import type { Synchronous } from './resolved';
import { sqliteCodeOf } from './store-failure';
import { runWaitingAtMost } from './without-waiting';
import { writeTransaction } from './write-transaction';

/** How long a take waits for another process's transaction: enough for another take, not for an import. */
const TAKE_WAIT_MS = 100;

const UNCOUNTED = new Set(['SQLITE_BUSY', 'SQLITE_READONLY']);

/**
 * The SQLite rate-limit windows, shared by every process on the file. A take is one immediate
 * transaction (purge what expired, count the key's rows, record one when under the limit), so two
 * processes never both get the last place.
 */
export function createSqliteRateLimitStore(db: Database): Synchronous<RateLimitStore> {
  const purge = db.prepare<[number]>(`DELETE FROM rate_limit_actions WHERE expires_ms <= ?`);
  const recent = db.prepare<[string, number], { n: number; first: number | null }>(
    `SELECT count(*) AS n, min(expires_ms) AS first FROM rate_limit_actions WHERE key = ? AND expires_ms > ?`,
  );
  const record = db.prepare<[string, number]>(`INSERT INTO rate_limit_actions (key, expires_ms) VALUES (?, ?)`);
  const take = writeTransaction(db, (key: string, limit: number, windowMs: number, atMs: number): RateDecision => {
    purge.run(atMs);
    const { n, first } = recent.get(key, atMs) ?? { n: 0, first: null };
    if (n >= limit) return { granted: false, retryAfterSeconds: Math.ceil(((first ?? atMs) - atMs) / 1000) };
    record.run(key, atMs + windowMs);
    return { granted: true };
  });
  return {
    take(key, limit, windowMs, atMs) {
      try {
        return runWaitingAtMost(db, TAKE_WAIT_MS, () => take(key, limit, windowMs, atMs));
      } catch (error) {
        // Another process holds the file for a long write (an import), or the file is read-only
        // while questions still work: the person's command must not wait or fail for a count, so
        // this one action goes uncounted.
        if (UNCOUNTED.has(sqliteCodeOf(error) ?? '')) return { granted: true };
        throw error;
      }
    },
  };
}
