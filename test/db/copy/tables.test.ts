import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { COPIED_TABLES, NOT_COPIED } from '../../../db/copy/tables';
import { openDatabase } from '../../../db/sqlite/connection';
import { postgresTargets, useFreshDatabase } from '../postgres/fresh-database';

const declared = Object.fromEntries(COPIED_TABLES.map((table) => [table.name, [...table.columns].sort()]));

// Every table is either copied, with all its columns, or named as not copied with the reason:
// a table or column a migration adds fails here until the copy knows what to do with it.
function undeclared(schema: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(schema).filter(([table]) => !(table in NOT_COPIED)));
}

function sqliteSchema(db: Database): Record<string, string[]> {
  const tables = db
    .prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_schema'`)
    .all() as {
    name: string;
  }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name).sort()]),
  );
}

describe('the tables a copy declares', () => {
  it('are every table of the SQLite schema, column for column, but the ones named as not copied', () => {
    const { db } = openDatabase(':memory:', { busyTimeoutMs: 0 });
    try {
      expect(undeclared(sqliteSchema(db))).toEqual(declared);
    } finally {
      db.close();
    }
  });
});

describe.each(postgresTargets())('the tables a copy declares, on $name', (target) => {
  const current = useFreshDatabase(target);

  it('are every table of the PostgreSQL schema, with every column a row may be given, but the ones named as not copied', async () => {
    const { rows } = await current().db.query<{ table_name: string; column_name: string }>(
      // Views hold no rows of their own: only base tables are copied.
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
          AND c.is_generated = 'NEVER' AND c.identity_generation IS DISTINCT FROM 'ALWAYS'
        ORDER BY c.table_name, c.column_name`,
    );
    const schema: Record<string, string[]> = {};
    for (const row of rows) schema[row.table_name] = [...(schema[row.table_name] ?? []), row.column_name];
    expect(undeclared(schema)).toEqual(declared);
  });
});
