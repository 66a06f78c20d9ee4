import { BackupUnsupportedError } from '../../src/domain/errors';
import type { HealthStore } from '../store';
import type { SqlDatabase } from './sql-client';
import { countFactsByStatus } from './stats-store';

// Every table of the base, as the migrations create them in its schema.
const BASE_TABLES = [
  'sources',
  'facts',
  'entities',
  'entity_aliases',
  'fact_entities',
  'fact_revisions',
  'audit_log',
  'fact_reports',
  'source_documents',
  'document_passages',
  'question_gaps',
  'ask_days',
  'facts_fts',
  'facts_vocab',
  'sources_vocab',
];

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
    /** Refreshes the planner's statistics of the base's tables (named, so other schemas of the database are left alone). */
    async optimize() {
      await db.query(`ANALYZE ${BASE_TABLES.join(', ')}`);
    },
    /** Refused: the server's data is copied with pg_dump, which knows its whole state. */
    backup: async () => {
      throw new BackupUnsupportedError('PostgreSQL');
    },
  };
}
