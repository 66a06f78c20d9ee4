import type { ProgressListener } from '../../src/domain/progress';
import { TargetNotEmptyError } from '../../src/domain/errors';
import type { BaseReader, BaseWriter } from './base-ends';
import { COPIED_TABLES, type CopiedTable } from './tables';

/** How a copy runs. */
export interface CopyOptions {
  /** Rows read and written at a time (tables with large rows use fewer). */
  batchRows?: number;
  onProgress?: ProgressListener;
}

/** Rows copied, per table. */
export type CopySummary = Record<string, number>;

const DEFAULT_BATCH_ROWS = 1_000;

async function copyTable(reader: BaseReader, writer: BaseWriter, table: CopiedTable, options: CopyOptions): Promise<number> {
  const limit = Math.min(options.batchRows ?? DEFAULT_BATCH_ROWS, table.batchRows ?? Number.POSITIVE_INFINITY);
  const total = await reader.count(table);
  options.onProgress?.({ step: table.name, done: 0, total });
  let after: unknown[] | undefined;
  let done = 0;
  for (;;) {
    const rows = await reader.batch(table, after, limit);
    if (rows.length === 0) break;
    if (table.counter) for (const row of rows) await writer.overwriteCounter(table, row);
    else await writer.insert(table, rows);
    done += rows.length;
    const last = rows.at(-1)!;
    after = table.key.map((column) => last[column]);
    options.onProgress?.({ step: table.name, done, total });
    if (rows.length < limit) break;
  }
  return done;
}

/**
 * Copies every table of a base from `reader` into the empty `writer`, batch by batch in key order
 * (a large base is never held whole), then sets the id positions so the next new row gets the id
 * the source would have given. Ids are positioned last: PostgreSQL's sequences do not roll back, so
 * a copy that fails before then leaves them as they were. Refuses, writing nothing, when the
 * target holds any row. The caller holds the transaction that makes it all or nothing.
 */
export async function copyTables(reader: BaseReader, writer: BaseWriter, options: CopyOptions = {}): Promise<CopySummary> {
  const occupied = await writer.occupied(COPIED_TABLES.filter((table) => !table.counter));
  if (Object.keys(occupied).length > 0) throw new TargetNotEmptyError(occupied);
  const summary: CopySummary = {};
  for (const table of COPIED_TABLES) summary[table.name] = await copyTable(reader, writer, table, options);
  for (const table of COPIED_TABLES) if (table.ids) await writer.setLastId(table, await reader.lastId(table));
  return summary;
}
