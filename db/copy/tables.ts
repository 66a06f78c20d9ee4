/**
 * The tables that make up a base, in an order that satisfies every foreign key, with the columns
 * both stores have. Copying reads these lists and nothing else, so a column added by a migration
 * must be added here (test/db/copy/tables.test.ts fails until it is).
 */
export interface CopiedTable {
  name: string;
  columns: readonly string[];
  /** The primary key: batches are read in its order, each after the last key of the one before. */
  key: readonly string[];
  /**
   * How new ids are handed out: `sequence` never reuses one (SQLite AUTOINCREMENT, a PostgreSQL
   * identity), so its position is copied; `rowid` takes the highest id plus one on SQLite.
   */
  ids?: 'sequence' | 'rowid';
  /** A one-row counter the migrations create: its values are written over the target's. */
  counter?: true;
  /** Rows per batch, where rows are large (whole documents). */
  batchRows?: number;
}

const REVISION_COLUMNS = ['id', 'fact_id', 'version', 'action', 'snapshot', 'changed_by', 'platform', 'reason', 'changed_at'];
const PROVENANCE_COLUMNS = ['user_id', 'display_name', 'workspace_id', 'channel_id'];

/** Every table of a base, parents before children; the counters last, after the inserts have bumped them. */
export const COPIED_TABLES: readonly CopiedTable[] = [
  {
    name: 'sources',
    columns: ['id', 'title', 'author', 'publisher', 'published_on', 'url', 'kind', 'notes', 'status', 'created_at', 'updated_at'],
    key: ['id'],
    ids: 'sequence',
  },
  { name: 'entities', columns: ['id', 'name', 'kind'], key: ['id'], ids: 'sequence' },
  { name: 'entity_aliases', columns: ['alias', 'entity_id', 'kind'], key: ['alias'] },
  {
    name: 'facts',
    columns: [
      'id',
      'statement',
      'quote',
      'source_id',
      'period_start',
      'period_end',
      'status',
      'version',
      'created_by',
      'updated_by',
      'created_at',
      'updated_at',
      'proposal',
    ],
    key: ['id'],
    ids: 'sequence',
  },
  { name: 'fact_entities', columns: ['fact_id', 'entity_id'], key: ['fact_id', 'entity_id'] },
  { name: 'fact_revisions', columns: [...REVISION_COLUMNS, ...PROVENANCE_COLUMNS], key: ['id'], ids: 'sequence' },
  {
    name: 'audit_log',
    columns: ['id', 'at', 'platform', 'user_id', 'display_name', 'command', 'target', 'detail', 'workspace_id', 'channel_id'],
    key: ['id'],
    ids: 'sequence',
  },
  {
    name: 'fact_reports',
    columns: [
      'id',
      'fact_id',
      'fact_version',
      'reason',
      'by',
      'platform',
      'display_name',
      'workspace_id',
      'channel_id',
      'at',
      'dismissed_at',
      'dismissed_by',
      'dismiss_reason',
    ],
    key: ['id'],
    ids: 'sequence',
  },
  { name: 'source_documents', columns: ['source_id', 'body', 'added_at'], key: ['source_id'], batchRows: 50 },
  { name: 'document_passages', columns: ['id', 'source_id', 'start_at', 'end_at', 'body'], key: ['id'], ids: 'rowid' },
  { name: 'question_gaps', columns: ['question', 'times_asked', 'first_asked', 'last_asked', 'answered_at', 'answered_by'], key: ['question'] },
  { name: 'ask_days', columns: ['day', 'asked', 'answered'], key: ['day'] },
  { name: 'vocabulary_version', columns: ['id', 'counter'], key: ['id'], counter: true },
  { name: 'catalogue_version', columns: ['id', 'version'], key: ['id'], counter: true },
];

/**
 * Tables of either store that are not copied, and why: search indexes and word counts the target's
 * own triggers rebuild from the copied rows, each store's record of its migrations, and shared
 * state that is only good for the moment (rate-limit windows, pager and button state).
 */
export const NOT_COPIED: Readonly<Record<string, string>> = {
  schema_migrations: "the target's own migrations",
  sqlite_sequence: 'id positions, copied from the sequences',
  facts_fts: 'rebuilt by triggers',
  facts_vocab: 'rebuilt by triggers',
  sources_fts: 'rebuilt by triggers',
  sources_vocab: 'rebuilt by triggers',
  document_passages_fts: 'rebuilt by triggers',
  rate_limit_actions: 'the last minute of rate-limit counts: they start afresh on the target',
  listing_pages: 'page buttons of recent listings: they expire within a week and start afresh',
};
