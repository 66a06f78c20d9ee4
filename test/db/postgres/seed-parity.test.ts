import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../db/postgres/sql-client';
import { loadSeedBundle } from '../../../src/seed';
import { rowsOf } from '../../helpers/sqlite-rows';
import { postgresTargets, useFreshDatabase } from './fresh-database';
import { seededSqlite, seedPostgresLikeSqlite } from './seeded-pair';

// The rows compared, column for column, by the same query on both engines; each list is sorted
// as JSON text so that the two engines' orderings (SQLite's NOCASE, PostgreSQL's collation) do not
// matter. The word counts agree term for term, short words (kept as written) included.
const QUERIES: Record<string, string> = {
  sources: 'SELECT id, title, author, publisher, published_on, url, kind, notes, status, created_at, updated_at FROM sources',
  facts:
    'SELECT id, statement, quote, source_id, period_start, period_end, status, version, created_by, updated_by, created_at, updated_at, proposal FROM facts',
  entities: 'SELECT id, name, kind FROM entities',
  entity_aliases: 'SELECT alias, entity_id, kind FROM entity_aliases',
  fact_entities: 'SELECT fact_id, entity_id FROM fact_entities',
  fact_revisions:
    'SELECT fact_id, version, action, snapshot, changed_by, user_id, display_name, platform, workspace_id, channel_id, reason, changed_at FROM fact_revisions',
  audit_log: 'SELECT at, platform, user_id, display_name, workspace_id, channel_id, command, target, detail FROM audit_log',
  source_documents: 'SELECT source_id, body, added_at FROM source_documents',
  document_passages: 'SELECT source_id, start_at, end_at, body FROM document_passages',
  facts_vocab: 'SELECT term, doc FROM facts_vocab',
  sources_vocab: 'SELECT term, doc FROM sources_vocab',
};

// PostgreSQL hands timestamps back as Dates, which JSON writes as the ISO text SQLite keeps.
const toComparable = (rows: readonly Record<string, unknown>[]): string[] => rows.map((row) => JSON.stringify(row)).sort();

async function sqliteRows(): Promise<Record<string, string[]>> {
  const base = await seededSqlite();
  try {
    const read = (sql: string): string[] => toComparable(rowsOf(base).prepare(sql).all() as Record<string, unknown>[]);
    const tables = Object.entries(QUERIES).map(([table, sql]) => [table, read(sql)]);
    return Object.fromEntries([...tables, ['facts_fts', read(`SELECT rowid AS fact_id FROM facts_fts`)]]);
  } finally {
    await base.close();
  }
}

async function postgresRows(db: SqlDatabase): Promise<Record<string, string[]>> {
  const read = async (sql: string): Promise<string[]> => toComparable((await db.query<Record<string, unknown>>(sql)).rows);
  const tables: [string, string[]][] = [];
  for (const [table, sql] of Object.entries(QUERIES)) tables.push([table, await read(sql)]);
  tables.push(['facts_fts', await read(`SELECT fact_id FROM facts_fts`)]);
  return Object.fromEntries(tables);
}

describe.each(postgresTargets())('the seed on $name', (target) => {
  const current = useFreshDatabase(target);

  it('writes the same sources, entities, facts, history, audit, documents and word counts as the SQLite store', async () => {
    await seedPostgresLikeSqlite(current().db);
    const [expected, actual] = [await sqliteRows(), await postgresRows(current().db)];
    for (const table of ['sources', 'facts', 'entity_aliases', 'fact_revisions', 'document_passages', 'facts_vocab'])
      expect(expected[table]!.length).toBeGreaterThan(10);
    for (const table of Object.keys(expected)) expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] });
  });

  it('hands the next new fact and source the id after the seed ones', async () => {
    await seedPostgresLikeSqlite(current().db, { documents: false });
    const { rows } = await current().db.query<{ id: number }>(
      `INSERT INTO sources (title, created_at, updated_at) VALUES ('A new source', now(), now()) RETURNING id`,
    );
    expect(rows[0]!.id).toBe(loadSeedBundle().sources.length + 1);
  });
});
