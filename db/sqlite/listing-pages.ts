import type { Database } from 'better-sqlite3';
import type { ListingPage, ListingPageStore } from '../store';
import { StoreUnavailableError } from '../../src/domain/errors';
import type { Synchronous } from './resolved';
import { sqliteCodeOf } from './store-failure';
import { runWaitingAtMost } from './without-waiting';
import { writeTransaction } from './write-transaction';

/** How long keeping a listing waits for another process's transaction before it gives up. */
const KEEP_WAIT_MS = 250;

/** The SQLite listing pages, shared by every process on the file and kept across restarts until they expire. */
export function createSqliteListingPageStore(db: Database): Synchronous<ListingPageStore> {
  const purge = db.prepare<[number]>(`DELETE FROM listing_pages WHERE expires_ms <= ?`);
  const extend = db.prepare<[number, string]>(`UPDATE listing_pages SET expires_ms = ? WHERE listing_key = ?`);
  const upsert = db.prepare<[string, number, string, number]>(
    `INSERT INTO listing_pages (listing_key, page, invocation, expires_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (listing_key, page) DO UPDATE SET invocation = excluded.invocation, expires_ms = excluded.expires_ms`,
  );
  const find = db
    .prepare<[string, number, number], string>(`SELECT invocation FROM listing_pages WHERE listing_key = ? AND page = ? AND expires_ms > ?`)
    .pluck();
  const keep = writeTransaction(db, (key: string, pages: readonly ListingPage[], atMs: number, expiresAtMs: number) => {
    purge.run(atMs);
    extend.run(expiresAtMs, key);
    for (const { page, invocation } of pages) upsert.run(key, page, invocation, expiresAtMs);
  });
  return {
    keep(key, pages, atMs, expiresAtMs) {
      try {
        runWaitingAtMost(db, KEEP_WAIT_MS, () => keep(key, pages, atMs, expiresAtMs));
      } catch (error) {
        // A read-only file still answers questions; only their page buttons cannot be kept.
        const code = sqliteCodeOf(error);
        throw code === 'SQLITE_READONLY' ? new StoreUnavailableError(code, { cause: error }) : error;
      }
    },
    pageOf(key, page, atMs) {
      return find.get(key, page, atMs);
    },
  };
}
