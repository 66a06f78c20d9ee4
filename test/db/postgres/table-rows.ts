import type { SqlDatabase } from '../../../db/postgres/sql-client';
import type { FactBase } from '../../../src/fact-base';
import { rowsOf } from '../../helpers/sqlite-rows';

// PostgreSQL hands timestamps back as Dates, which JSON writes as the ISO text SQLite keeps.
const asJson = (rows: readonly unknown[]): string[] => rows.map((row) => JSON.stringify(row));

/**
 * What one query (written for both engines, ordered) returns on each store, row by row as JSON
 * text, so that a test can hold the PostgreSQL rows to the SQLite ones.
 */
export async function rowsOnBoth(stores: { sqlite: FactBase; postgres: SqlDatabase }, sql: string): Promise<{ sqlite: string[]; postgres: string[] }> {
  return {
    sqlite: asJson(rowsOf(stores.sqlite).prepare(sql).all()),
    postgres: asJson((await stores.postgres.query(sql)).rows),
  };
}

/** The tables a write touches, each read in id order on both engines. */
export const WRITTEN_TABLES: Record<string, string> = {
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

/** Every table a write touches, as `rowsOnBoth` reads them. */
export async function writtenTablesOnBoth(stores: { sqlite: FactBase; postgres: SqlDatabase }): Promise<{ sqlite: unknown; postgres: unknown }> {
  const sqlite: Record<string, string[]> = {};
  const postgres: Record<string, string[]> = {};
  for (const [table, sql] of Object.entries(WRITTEN_TABLES)) {
    const rows = await rowsOnBoth(stores, sql);
    sqlite[table] = rows.sqlite;
    postgres[table] = rows.postgres;
  }
  return { sqlite, postgres };
}
