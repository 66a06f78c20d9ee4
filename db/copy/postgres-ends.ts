import type { SqlSession } from '../postgres/sql-client';
import { type BaseReader, type BaseWriter, quoted, type Row } from './base-ends';
import { batchQuery, counterUpdate, countQuery, insertStatement, valuesOf } from './statements';
import type { CopiedTable } from './tables';

const postgresPlaceholder = (n: number): string => `$${n}`;

// One statement carries at most 65,535 parameters (the protocol counts them in 16 bits).
const MAX_PARAMETERS = 65_535;

// count(*) is a bigint, which node-postgres hands over as text.
async function countRows(session: SqlSession, table: CopiedTable): Promise<number> {
  const { rows } = await session.query<{ rows: string | number }>(countQuery(table));
  return Number(rows[0]!.rows);
}

/** Reads a PostgreSQL base; the caller holds the repeatable-read transaction that makes it one snapshot. */
export function postgresReader(session: SqlSession): BaseReader {
  return {
    count: (table) => countRows(session, table),
    async batch(table, after, limit) {
      const { sql, params } = batchQuery(table, after, postgresPlaceholder);
      return (await session.query<Row>(sql, [...params, limit])).rows;
    },
    // The identity's sequence may stand above max(id): ids of rolled-back inserts are never reused.
    async lastId(table) {
      const { rows } = await session.query<{ last: string | number }>(
        `SELECT greatest(coalesce(pg_sequence_last_value(pg_get_serial_sequence($1, 'id')::regclass), 0),
                         (SELECT coalesce(max(id), 0) FROM ${quoted(table.name)})) AS last`,
        [table.name],
      );
      return Number(rows[0]!.last);
    },
  };
}

/**
 * Takes every copied table's write lock for the rest of the transaction, so nothing else writes
 * into the target between the check that it is empty and the commit. Readers are not blocked.
 */
export async function lockPostgresTables(session: SqlSession, tables: readonly CopiedTable[]): Promise<void> {
  await session.query(`LOCK TABLE ${tables.map((table) => quoted(table.name)).join(', ')} IN EXCLUSIVE MODE`);
}

/** Writes into a PostgreSQL base: its own triggers fill the search index and word counts as rows arrive. */
export function postgresWriter(session: SqlSession): BaseWriter {
  return {
    async occupied(tables) {
      const counts: [string, number][] = [];
      for (const table of tables) counts.push([table.name, await countRows(session, table)]);
      return Object.fromEntries(counts.filter(([, rows]) => rows > 0));
    },
    async insert(table, rows) {
      const perStatement = Math.floor(MAX_PARAMETERS / table.columns.length);
      for (let start = 0; start < rows.length; start += perStatement) {
        const part = rows.slice(start, start + perStatement);
        await session.query(
          insertStatement(table, part.length, postgresPlaceholder),
          part.flatMap((row) => valuesOf(row, table.columns)),
        );
      }
    },
    async overwriteCounter(table, row) {
      const { sql, columns } = counterUpdate(table, postgresPlaceholder);
      await session.query(sql, valuesOf(row, columns));
    },
    // setval(…, 1, false) is the position of a sequence that has handed nothing out.
    async setLastId(table, lastId) {
      await session.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), $2, $3)`, [table.name, Math.max(lastId, 1), lastId > 0]);
    },
  };
}
