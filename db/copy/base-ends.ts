import type { CopiedTable } from './tables';

/** One row as the driver hands it over, keyed by column name. */
export type Row = Record<string, unknown>;

/** The store a base is copied from, read inside one snapshot. */
export interface BaseReader {
  count(table: CopiedTable): Promise<number>;
  /** Up to `limit` rows in key order, after the row whose key is `after` (from the first when undefined). */
  batch(table: CopiedTable, after: readonly unknown[] | undefined, limit: number): Promise<Row[]>;
  /** The highest id the table has handed out, deleted or not (0 when none). */
  lastId(table: CopiedTable): Promise<number>;
}

/** The store a base is copied into, written inside one transaction. */
export interface BaseWriter {
  /** How many rows each table holds, for the tables that hold any (counters aside). */
  occupied(tables: readonly CopiedTable[]): Promise<Record<string, number>>;
  insert(table: CopiedTable, rows: readonly Row[]): Promise<void>;
  /** Writes the counter's one row over the one the migrations created. */
  overwriteCounter(table: CopiedTable, row: Row): Promise<void>;
  /** Makes the next new row of the table get `lastId + 1`, as it would on the source. */
  setLastId(table: CopiedTable, lastId: number): Promise<void>;
}

/** A column or table name, quoted: `by` is a keyword, and the names come from the declared list only. */
export const quoted = (name: string): string => `"${name}"`;

/** `"a", "b"` for the table's columns. */
export const columnList = (names: readonly string[]): string => names.map(quoted).join(', ');
