import type { Database } from 'better-sqlite3';
import type { SqlDatabase } from '../postgres/sql-client';
import { type CopyOptions, type CopySummary, copyTables } from './copy-tables';
import { lockPostgresTables, postgresReader, postgresWriter } from './postgres-ends';
import { pauseSearchTriggers, rebuildSearch } from './postgres-search';
import { inSqliteTransaction, sqliteReader, sqliteWriter } from './sqlite-ends';
import { COPIED_TABLES } from './tables';

export type { CopyOptions, CopySummary } from './copy-tables';

/**
 * Copies the SQLite base `source` into the migrated, empty PostgreSQL database `target` in one
 * transaction there: an interrupted or refused copy leaves the target as it was. The search index
 * and word counts are built once from the copied rows. The source is read in one snapshot, so a
 * bot writing to it meanwhile does not tear the copy.
 */
export function copySqliteToPostgres(source: Database, target: SqlDatabase, options: CopyOptions = {}): Promise<CopySummary> {
  return inSqliteTransaction(source, 'DEFERRED', () =>
    target.transaction(async (session) => {
      await lockPostgresTables(session, COPIED_TABLES);
      await pauseSearchTriggers(session);
      const summary = await copyTables(sqliteReader(source), postgresWriter(session), options);
      await rebuildSearch(session);
      return summary;
    }),
  );
}

/**
 * Copies the PostgreSQL base `source` into the migrated, empty SQLite base `target` in one
 * transaction there (taken with the write lock up front). The source is read in one
 * repeatable-read snapshot.
 */
export function copyPostgresToSqlite(source: SqlDatabase, target: Database, options: CopyOptions = {}): Promise<CopySummary> {
  return source.transaction(async (session) => {
    await session.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return inSqliteTransaction(target, 'IMMEDIATE', () => copyTables(postgresReader(session), sqliteWriter(target), options));
  });
}
