import { readBoth, type SeededPair } from './seeded-schema';

/** The tables a write touches, each read in id order on both engines. */
const WRITTEN_TABLES: Record<string, string> = {
  sources: 'SELECT id, title, author, publisher, published_on, url, kind, notes, status, created_at, updated_at FROM sources ORDER BY id',
  facts:
    'SELECT id, statement, quote, source_id, period_start, period_end, status, version, created_by, updated_by, created_at, updated_at, proposal FROM facts ORDER BY id',
  entities: 'SELECT id, name, kind FROM entities ORDER BY id',
  fact_entities: 'SELECT fact_id, entity_id FROM fact_entities ORDER BY fact_id, entity_id',
  fact_revisions:
    'SELECT fact_id, version, action, snapshot, changed_by, user_id, display_name, platform, workspace_id, channel_id, reason, changed_at FROM fact_revisions ORDER BY id',
  audit_log: 'SELECT id, at, platform, user_id, display_name, workspace_id, channel_id, command, target, detail FROM audit_log ORDER BY id',
  fact_reports:
    'SELECT id, fact_id, fact_version, reason, by, platform, display_name, workspace_id, channel_id, at, dismissed_at, dismissed_by, dismiss_reason FROM fact_reports ORDER BY id',
};

/** Every table a write touches, on each store of the pair: SQLite's rows, then PostgreSQL's, by table. */
export async function readWrittenTables(pair: Pick<SeededPair, 'sqlite' | 'postgres'>): Promise<[Record<string, unknown[]>, Record<string, unknown[]>]> {
  const sqlite: Record<string, unknown[]> = {};
  const postgres: Record<string, unknown[]> = {};
  for (const [table, sql] of Object.entries(WRITTEN_TABLES)) [sqlite[table], postgres[table]] = await readBoth(pair, sql);
  return [sqlite, postgres];
}
