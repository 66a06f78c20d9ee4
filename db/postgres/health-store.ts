import { BackupUnsupportedError } from '../../src/domain/errors';
import type { HealthStore } from '../store';
import type { SqlDatabase } from './sql-client';
import { countFactsByStatus } from './stats-store';

/** What health checks, metrics and upkeep ask of a PostgreSQL base. */
export function createPostgresHealthStore(db: SqlDatabase): HealthStore {
  return {
    /** Reads a table of the base, so an unreachable server or a missing schema fails here. */
    async ping() {
      await db.query(`SELECT 1 FROM facts LIMIT 1`);
    },
    factCounts: () => countFactsByStatus(db),
    /** No file of its own to watch: the data lives on the server. */
    location: async () => '',
    /** The server folds its write-ahead log itself; there is nothing to finish here. */
    checkpoint: async () => true,
    /**
     * Refreshes the planner's statistics of the base's own tables, named from the catalogue (quoted
     * there), so the other schemas of a shared database are left alone.
     */
    async optimize() {
      const { rows } = await db.query<{ name: string }>(
        `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
      );
      if (rows.length > 0) await db.query(`ANALYZE ${rows.map((row) => row.name).join(', ')}`);
    },
    /** Refused: the server's data is copied with pg_dump, which knows its whole state. */
    backup: async () => {
      throw new BackupUnsupportedError('PostgreSQL');
    },
  };
}
