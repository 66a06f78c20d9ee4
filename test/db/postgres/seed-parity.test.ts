import { describe, expect, it } from 'vitest';
import { seedPostgres } from '../../../db/postgres/seed';
import type { SqlDatabase } from '../../../db/postgres/sql-client';
import { readSeedDocuments } from '../../../src/documents/seed-documents';
import { openFactBase } from '../../../src/fact-base';
import { loadSeedBundle } from '../../../src/seed';
import { postgresTargets, useFreshDatabase } from './fresh-database';

const NOW = new Date('2026-03-01T08:30:00.000Z');
// Who the SQLite store stamps on a new base's seed (src/fact-base.ts).
const SEED_ACTOR = { by: 'seed:briefbot', platform: 'seed', displayName: 'seed data', at: NOW.toISOString() };

// The rows compared, column for column; each list is sorted as JSON text so that the two engines'
// orderings (SQLite's NOCASE, PostgreSQL's collation) do not matter.
const TABLES: Record<string, string> = {
  sources: 'id, title, author, publisher, published_on, url, kind, notes, status, created_at, updated_at',
  facts: 'id, statement, quote, source_id, period_start, period_end, status, version, created_by, updated_by, created_at, updated_at, proposal',
  entities: 'id, name, kind',
  entity_aliases: 'alias, entity_id, kind',
  fact_entities: 'fact_id, entity_id',
  fact_revisions: 'fact_id, version, action, snapshot, changed_by, user_id, display_name, platform, workspace_id, channel_id, reason, changed_at',
  audit_log: 'at, platform, user_id, display_name, workspace_id, channel_id, command, target, detail',
  source_documents: 'source_id, body, added_at',
  document_passages: 'source_id, start_at, end_at, body',
};

// PostgreSQL hands timestamps back as Dates, which JSON writes as the ISO text SQLite keeps.
const toComparable = (rows: readonly Record<string, unknown>[]): string[] => rows.map((row) => JSON.stringify(row)).sort();

function sqliteRows(): Record<string, string[]> {
  const base = openFactBase({ path: ':memory:', now: () => NOW });
  try {
    const tables = Object.entries(TABLES).map(([table, columns]) => [table, toComparable(base.db.prepare(`SELECT ${columns} FROM ${table}`).all() as Record<string, unknown>[])]);
    tables.push(['facts_fts', toComparable(base.db.prepare(`SELECT rowid AS fact_id FROM facts_fts`).all() as Record<string, unknown>[])]);
    return Object.fromEntries(tables);
  } finally {
    base.close();
  }
}

async function postgresRows(db: SqlDatabase): Promise<Record<string, string[]>> {
  const read = async (sql: string): Promise<string[]> => toComparable((await db.query<Record<string, unknown>>(sql)).rows);
  const tables: [string, string[]][] = [];
  for (const [table, columns] of Object.entries(TABLES)) tables.push([table, await read(`SELECT ${columns} FROM ${table}`)]);
  tables.push(['facts_fts', await read(`SELECT fact_id FROM facts_fts`)]);
  return Object.fromEntries(tables);
}

describe.each(postgresTargets())('the seed on $name', (target) => {
  const current = useFreshDatabase(target);

  it('writes the same sources, entities, facts, history, audit and documents as the SQLite store', async () => {
    const bundle = loadSeedBundle();
    await seedPostgres(current().db, { bundle, documents: readSeedDocuments(bundle), actor: SEED_ACTOR });
    const [expected, actual] = [sqliteRows(), await postgresRows(current().db)];
    for (const table of ['sources', 'facts', 'entity_aliases', 'fact_revisions', 'document_passages']) expect(expected[table]!.length).toBeGreaterThan(10);
    for (const table of Object.keys(expected)) expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] });
  });

  it('hands the next new fact and source the id after the seed ones', async () => {
    const bundle = loadSeedBundle();
    await seedPostgres(current().db, { bundle, documents: [], actor: SEED_ACTOR });
    const { rows } = await current().db.query<{ id: number }>(
      `INSERT INTO sources (title, created_at, updated_at) VALUES ('A new source', now(), now()) RETURNING id`,
    );
    expect(rows[0]!.id).toBe(bundle.sources.length + 1);
  });
});
