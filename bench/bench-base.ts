import { randomBytes } from 'node:crypto';
import { copySqliteToPostgres } from '../db/copy/index';
import { openPostgres } from '../db/postgres/connect';
import { migratePostgres } from '../db/postgres/migrate';
import { connectionOf } from '../db/sqlite/index';
import { type FactBase, type OpenFactBaseOptions, openFactBase } from '../src/fact-base';

/**
 * Where the benchmark builds its bases: a SQLite file by default, or, with BRIEFBOT_DATABASE_URL
 * set, a schema of its own on that PostgreSQL server (named in BRIEFBOT_BENCH_SCHEMA for the
 * measuring processes), dropped afterwards.
 */
export const benchDatabaseUrl = process.env.BRIEFBOT_DATABASE_URL || undefined;

/** Which store the figures are for, as the table names it. */
export const benchStore = benchDatabaseUrl ? 'PostgreSQL' : 'SQLite';

/** Opens the bench base at `path` (SQLite) or in the PostgreSQL schema the run made for it. */
export function openBenchBase(path: string, options: Pick<OpenFactBaseOptions, 'seed'> = {}): Promise<FactBase> {
  const schema = process.env.BRIEFBOT_BENCH_SCHEMA;
  return openFactBase({
    path,
    ...(options.seed ? { seed: options.seed } : {}),
    ...(benchDatabaseUrl && schema ? { databaseUrl: benchDatabaseUrl, databaseSchema: schema } : {}),
  });
}

/**
 * Builds the bench base with `fill` and opens it for measuring. On PostgreSQL the base is built
 * in SQLite at `path` first and copied over as `briefbot copy --to` does: row by row through the
 * repositories, a PostgreSQL build of a million facts would take hours.
 */
export async function buildBenchBase<Filled>(
  path: string,
  options: Pick<OpenFactBaseOptions, 'seed'>,
  fill: (base: FactBase) => Promise<Filled>,
): Promise<{ base: FactBase; filled: Filled }> {
  const built = await openFactBase({ path, ...options });
  const filled = await fill(built);
  const schema = process.env.BRIEFBOT_BENCH_SCHEMA;
  if (!benchDatabaseUrl || !schema) return { base: built, filled };
  const target = await openPostgres({ url: benchDatabaseUrl, schema, onIdleError: () => undefined });
  try {
    await migratePostgres(target);
    await copySqliteToPostgres(connectionOf(built), target);
    await target.query('ANALYZE');
  } finally {
    await target.close();
    await built.close();
  }
  return { base: await openBenchBase(path), filled };
}

/** Runs `work` with a new PostgreSQL schema for one size (its name, for BRIEFBOT_BENCH_SCHEMA), then drops it; without a server, with none. */
export async function withBenchSchema<T>(work: (schema: string | undefined) => Promise<T>): Promise<T> {
  if (!benchDatabaseUrl) return work(undefined);
  const admin = await openPostgres({ url: benchDatabaseUrl, onIdleError: () => undefined, maxConnections: 1 });
  const schema = `briefbot_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    return await work(schema);
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.close();
  }
}
