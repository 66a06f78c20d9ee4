import type { Database } from 'better-sqlite3';
import { type BaseReader, type BaseWriter, quoted, type Row } from './base-ends';
import { batchQuery, counterUpdate, countQuery, insertStatement, valuesOf } from './statements';
import type { CopiedTable } from './tables';

const sqlitePlaceholder = (): string => '?';

// AUTOINCREMENT keeps the highest id ever handed out in sqlite_sequence; a row deleted since
// leaves it above max(id), and SQLite never hands that id out again.
function lastIdOf(db: Database, table: CopiedTable): number {
  const highest = (db.prepare(`SELECT coalesce(max(id), 0) AS id FROM ${quoted(table.name)}`).get() as { id: number }).id;
  if (table.ids !== 'sequence') return highest;
  const recorded = db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = ?`).get(table.name) as { seq: number } | undefined;
  return Math.max(highest, recorded?.seq ?? 0);
}

/** Reads a SQLite base; the caller holds the read transaction that makes it one snapshot. */
export function sqliteReader(db: Database): BaseReader {
  return {
    count: async (table) => (db.prepare(countQuery(table)).get() as { rows: number }).rows,
    async batch(table, after, limit) {
      const { sql, params } = batchQuery(table, after, sqlitePlaceholder);
      return db.prepare(sql).all(...params, limit) as Row[];
    },
    lastId: async (table) => lastIdOf(db, table),
  };
}

// The driver hands PostgreSQL's timestamps over as Dates; SQLite keeps them as the ISO text the
// stores write. Any other value binds as it is.
const toSqliteValue = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);

/** Writes into a SQLite base: its own triggers fill the search indexes as the rows arrive. */
export function sqliteWriter(db: Database): BaseWriter {
  return {
    async occupied(tables) {
      const counts = tables.map((table) => [table.name, (db.prepare(countQuery(table)).get() as { rows: number }).rows] as const);
      return Object.fromEntries(counts.filter(([, rows]) => rows > 0));
    },
    async insert(table, rows) {
      const insert = db.prepare(insertStatement(table, 1, sqlitePlaceholder));
      for (const row of rows) insert.run(...valuesOf(row, table.columns).map(toSqliteValue));
    },
    async overwriteCounter(table, row) {
      const { sql, columns } = counterUpdate(table, sqlitePlaceholder);
      db.prepare(sql).run(...valuesOf(row, columns).map(toSqliteValue));
    },
    async setLastId(table, lastId) {
      if (table.ids !== 'sequence') return;
      const position = Math.max(lastId, lastIdOf(db, table));
      const updated = db.prepare(`UPDATE sqlite_sequence SET seq = ? WHERE name = ?`).run(position, table.name);
      if (updated.changes === 0 && position > 0) db.prepare(`INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)`).run(table.name, position);
    },
  };
}

/**
 * Runs `work` inside one transaction on `db`: committed when it resolves, rolled back when it
 * throws. IMMEDIATE takes the write lock up front (a target); DEFERRED reads one snapshot (a source).
 */
export async function inSqliteTransaction<T>(db: Database, mode: 'IMMEDIATE' | 'DEFERRED', work: () => Promise<T>): Promise<T> {
  db.exec(`BEGIN ${mode}`);
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
