import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { type CopySummary, copyPostgresToSqlite, copySqliteToPostgres } from '../db/copy/index';
import { openPostgres } from '../db/postgres/connect';
import { type DatabaseAddress, parseDatabaseUrl } from '../db/postgres/database-url';
import { migratePostgres } from '../db/postgres/migrate';
import type { SqlDatabase } from '../db/postgres/sql-client';
import { openDatabase } from '../db/sqlite/connection';
import type { Config } from '../src/config';
import { TargetNotEmptyError } from '../src/domain/errors';
import { createProgressReporter } from '../src/ops/progress-reporter';
import { toOpenProblem } from '../src/store-errors';
import { UserError } from '../src/user-error';

const USAGE =
  'Usage: briefbot copy --to postgres://user:password@host:5432/database   (the configured SQLite base into PostgreSQL)\n' +
  '       briefbot copy --from postgres://user:password@host:5432/database (a PostgreSQL base into the configured SQLite file)';

/** Which way the base goes, and the PostgreSQL end (its URL read, so a bad one is refused first). */
interface Direction {
  toPostgres: boolean;
  url: string;
  address: DatabaseAddress;
}

function readDirection(args: readonly string[]): Direction {
  let values: { to?: string; from?: string };
  try {
    ({ values } = parseArgs({ args: [...args], options: { to: { type: 'string' }, from: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n${USAGE}`, 'copy-usage');
  }
  if ((values.to === undefined) === (values.from === undefined)) throw new UserError(`Give exactly one of --to and --from.\n${USAGE}`, 'copy-usage');
  const [flag, url] = values.to === undefined ? ['--from', values.from!] : ['--to', values.to];
  return { toPostgres: flag === '--to', url, address: parseDatabaseUrl(url, flag) };
}

const where = (address: DatabaseAddress): string => `${address.host}:${address.port}/${address.database}`;
const listRows = (rows: Readonly<Record<string, number>>): string =>
  Object.entries(rows)
    .map(([table, count]) => `${count} ${table}`)
    .join(', ');

type Target = { postgres: DatabaseAddress } | { sqlite: string };

const nameOf = (target: Target): string =>
  'sqlite' in target ? `the SQLite file ${target.sqlite} (BRIEFBOT_DB)` : `the PostgreSQL database ${where(target.postgres)}`;

const howToEmpty = (target: Target): string =>
  'sqlite' in target
    ? 'Move it aside (with its -wal and -shm files) or set BRIEFBOT_DB to a new file, and copy again.'
    : `Copy into a new database (createdb ${target.postgres.database}_copy) or empty this one ` +
      `(psql -d ${target.postgres.database} -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public'), and copy again.`;

// A copy only ever fills an empty base: the message names the base it found full and how to empty
// it. Any other failure rolled the target's transaction back, which the message says.
function explainFailure(error: unknown, target: Target): unknown {
  if (error instanceof UserError) return error;
  if (error instanceof TargetNotEmptyError) {
    const found = `already holds a base (${listRows(error.rows)}); a copy fills only an empty base and never merges.`;
    return new UserError(`Refused: ${nameOf(target)} ${found} ${howToEmpty(target)}`, 'copy-target-not-empty');
  }
  return (
    toOpenProblem(error) ?? new Error(`The copy failed and was rolled back: ${nameOf(target)} is as it was. ${(error as Error).message}`, { cause: error })
  );
}

function openSqliteBase(path: string, busyTimeoutMs: number): Database {
  try {
    return openDatabase(path, { busyTimeoutMs }).db;
  } catch (error) {
    throw toOpenProblem(error) ?? error;
  }
}

async function openPostgresBase(url: string, givenBy: string): Promise<SqlDatabase> {
  const db = await openPostgres({ url, urlGivenBy: givenBy, onIdleError: () => undefined, maxConnections: 2 });
  try {
    await migratePostgres(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function runCopy(direction: Direction, config: Config): Promise<string> {
  const path = config.databasePath;
  if (direction.toPostgres && path !== ':memory:' && !existsSync(path)) {
    throw new UserError(`There is no SQLite base at ${path} (BRIEFBOT_DB) to copy. Set BRIEFBOT_DB to the base's file.`, 'copy-no-source');
  }
  const postgres = await openPostgresBase(direction.url, direction.toPostgres ? 'copy --to' : 'copy --from');
  const progress = createProgressReporter(process.stderr);
  let sqlite: Database | undefined;
  try {
    sqlite = openSqliteBase(path, config.busyTimeoutMs);
    const options = { onProgress: progress.report };
    const summary: CopySummary = direction.toPostgres
      ? await copySqliteToPostgres(sqlite, postgres, options)
      : await copyPostgresToSqlite(postgres, sqlite, options);
    const server = `PostgreSQL ${where(direction.address)}`;
    return `Copied ${listRows(summary)} from ${direction.toPostgres ? `${path} to ${server}` : `${server} to ${path}`}.\n`;
  } catch (error) {
    throw explainFailure(error, direction.toPostgres ? { postgres: direction.address } : { sqlite: path });
  } finally {
    progress.close();
    sqlite?.close();
    await postgres.close();
  }
}

/**
 * `briefbot copy --to postgres://…` / `--from postgres://…`: moves a whole base between the
 * configured SQLite file and a PostgreSQL database, all or nothing, into an empty target only. An
 * operator command of the shell alone: it is in no chat platform's command list.
 */
export function runCopyCommand(args: readonly string[], config: Config): Promise<string> {
  return runCopy(readDirection(args), config);
}
