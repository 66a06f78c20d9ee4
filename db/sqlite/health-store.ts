import type { Database } from 'better-sqlite3';
import type { HealthStore } from '../store';
import type { Synchronous } from './resolved';

/** The queries health checks and metrics run. */
export function createHealthStore(db: Database): Synchronous<HealthStore> {
  const ping = db.prepare<[], { ok: number }>(`SELECT 1 AS ok FROM sqlite_schema LIMIT 1`);
  const counts = db.prepare<[], { status: string; n: number }>(`SELECT status, count(*) AS n FROM facts GROUP BY status`);
  return {
    /** Reads from the file, so a missing or damaged database fails here. */
    ping(): void {
      ping.get();
    },
    /** How many facts there are of each status. */
    factCounts(): { status: string; n: number }[] {
      return counts.all();
    },
    /**
     * Moves the WAL into the database file, so a stopped bot leaves one self-contained file. Returns
     * false when another connection (a second process on the same file) kept it from finishing: that
     * is normal with several processes, and the last one to close folds the log in. I/O errors throw.
     */
    checkpoint(): boolean {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      return !result?.busy;
    },
    /** The file as opened (`:memory:` for an in-memory base). */
    location(): string {
      return db.name;
    },
    optimize(): void {
      db.pragma('optimize');
    },
    /** SQLite's online backup: a consistent copy while others keep writing. */
    async backup(path: string): Promise<void> {
      await db.backup(path);
    },
  };
}
