import type { RateDecision, RateLimitStore } from '../store';
import type { SqlDatabase } from './sql-client';

// Expired actions of other people, deleted a bounded batch at a time by each take; rows another
// take holds are skipped rather than waited for.
const PURGE_BATCH = 100;

/**
 * The PostgreSQL rate-limit windows, shared by every host on the database. A take is one short
 * transaction: a transaction-scoped advisory lock on the person's key serialises their takes
 * across connections (the next one counts what the previous one committed), then one statement
 * purges, counts and records.
 */
export function createPostgresRateLimitStore(db: SqlDatabase): RateLimitStore {
  return {
    take: (key, limit, windowMs, atMs) =>
      db.transaction(async (session): Promise<RateDecision> => {
        await session.query(`SELECT pg_advisory_xact_lock(hashtext('briefbot rate limit'), hashtext($1))`, [key]);
        const { rows } = await session.query<{ n: number; first: number | null }>(
          `WITH purged AS (
             DELETE FROM rate_limit_actions WHERE id IN (
               SELECT id FROM rate_limit_actions WHERE expires_ms <= $2 AND key <> $1 LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED)),
           own_expired AS (DELETE FROM rate_limit_actions WHERE key = $1 AND expires_ms <= $2),
           recent AS (
             SELECT count(*)::int AS n, min(expires_ms)::float8 AS first FROM rate_limit_actions WHERE key = $1 AND expires_ms > $2),
           recorded AS (INSERT INTO rate_limit_actions (key, expires_ms) SELECT $1, $3 FROM recent WHERE n < $4)
           SELECT n, first FROM recent`,
          [key, atMs, atMs + windowMs, limit],
        );
        const { n, first } = rows[0] ?? { n: 0, first: null };
        return n < limit ? { granted: true } : { granted: false, retryAfterSeconds: Math.ceil(((first ?? atMs) - atMs) / 1000) };
      }),
  };
}
