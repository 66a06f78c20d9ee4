import { randomBytes } from 'node:crypto';
import { openPostgres } from '../db/postgres/connect';
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
