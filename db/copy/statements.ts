import { columnList, quoted } from './base-ends';
import type { CopiedTable } from './tables';

/** How an engine writes its n-th (1-based) parameter: `?` on SQLite, `$n` on PostgreSQL. */
export type Placeholder = (n: number) => string;

/**
 * The next batch in key order: the first `limit` rows, or those after the key `after` (a row-value
 * comparison, which both engines order as their index does). `limit` goes last among the params.
 */
export function batchQuery(table: CopiedTable, after: readonly unknown[] | undefined, placeholder: Placeholder): { sql: string; params: unknown[] } {
  const key = columnList(table.key);
  const keyParams = after ?? [];
  const where = after ? ` WHERE (${key}) > (${keyParams.map((_, i) => placeholder(i + 1)).join(', ')})` : '';
  return {
    sql: `SELECT ${columnList(table.columns)} FROM ${quoted(table.name)}${where} ORDER BY ${key} LIMIT ${placeholder(keyParams.length + 1)}`,
    params: [...keyParams],
  };
}

/** `INSERT` of `rowCount` rows of every declared column. */
export function insertStatement(table: CopiedTable, rowCount: number, placeholder: Placeholder): string {
  const width = table.columns.length;
  const tuples = Array.from({ length: rowCount }, (_, row) => `(${table.columns.map((_, column) => placeholder(row * width + column + 1)).join(', ')})`);
  return `INSERT INTO ${quoted(table.name)} (${columnList(table.columns)}) VALUES ${tuples.join(', ')}`;
}

/** `UPDATE` of a counter's one row: every column but its key, then the key. */
export function counterUpdate(table: CopiedTable, placeholder: Placeholder): { sql: string; columns: string[] } {
  const values = table.columns.filter((column) => !table.key.includes(column));
  const set = values.map((column, i) => `${quoted(column)} = ${placeholder(i + 1)}`).join(', ');
  const where = table.key.map((column, i) => `${quoted(column)} = ${placeholder(values.length + i + 1)}`).join(' AND ');
  return { sql: `UPDATE ${quoted(table.name)} SET ${set} WHERE ${where}`, columns: [...values, ...table.key] };
}

/** `SELECT count(*) AS rows` of the table. */
export const countQuery = (table: CopiedTable): string => `SELECT count(*) AS rows FROM ${quoted(table.name)}`;

/** The values of `row` in the order of `columns`. */
export const valuesOf = (row: Record<string, unknown>, columns: readonly string[]): unknown[] => columns.map((column) => row[column]);
