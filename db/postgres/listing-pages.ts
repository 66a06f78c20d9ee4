import type { ListingPageStore } from '../store';
import type { SqlDatabase } from './sql-client';

// Expired listings' pages, deleted a bounded batch at a time by each keep; rows another keep holds
// are skipped rather than waited for.
const PURGE_BATCH = 500;

/**
 * The PostgreSQL listing pages, shared by every host on the database. Keeping a listing is one
 * statement: it purges other listings that expired, moves this listing's other pages to the new
 * expiry and writes the pages given (three disjoint sets of rows), so it is atomic on its own.
 */
export function createPostgresListingPageStore(db: SqlDatabase): ListingPageStore {
  return {
    async keep(key, pages, atMs, expiresAtMs) {
      await db.query(
        `WITH purged AS (
           DELETE FROM listing_pages WHERE (listing_key, page) IN (
             SELECT listing_key, page FROM listing_pages WHERE expires_ms <= $2 AND listing_key <> $1 LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED)),
         extended AS (UPDATE listing_pages SET expires_ms = $3 WHERE listing_key = $1 AND page <> ALL ($4::int[]))
         INSERT INTO listing_pages (listing_key, page, invocation, expires_ms)
         SELECT $1, page, invocation, $3 FROM unnest($4::int[], $5::text[]) AS given (page, invocation)
         ON CONFLICT (listing_key, page) DO UPDATE SET invocation = excluded.invocation, expires_ms = excluded.expires_ms`,
        [key, atMs, expiresAtMs, pages.map((p) => p.page), pages.map((p) => p.invocation)],
      );
    },
    async pageOf(key, page, atMs) {
      const { rows } = await db.query<{ invocation: string }>(`SELECT invocation FROM listing_pages WHERE listing_key = $1 AND page = $2 AND expires_ms > $3`, [
        key,
        page,
        atMs,
      ]);
      return rows[0]?.invocation;
    },
  };
}
