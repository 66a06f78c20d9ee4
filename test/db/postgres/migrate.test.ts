import { mkdtempSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { latestPostgresSchemaVersion, migratePostgres } from '../../../db/postgres/migrate';
import { openPostgres } from '../../../db/postgres/connect';
import { postgresTargets, testServerUrl, useFreshDatabase } from './fresh-database';

const MIGRATIONS = fileURLToPath(new URL('../../../db/postgres/migrations/', import.meta.url));
const everyVersion = readdirSync(MIGRATIONS)
  .filter((f) => f.endsWith('.sql'))
  .map((f) => Number(f.slice(0, 3)));

// The shipped migrations plus one that fails half-way, to see that it leaves nothing behind.
function migrationsWithBrokenLast(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-pg-migrations-'));
  for (const file of readdirSync(MIGRATIONS)) copyFileSync(join(MIGRATIONS, file), join(dir, file));
  writeFileSync(join(dir, '900_broken.sql'), 'CREATE TABLE half_done (id integer);\nSELECT no_such_function();\n');
  return dir;
}

describe.each(postgresTargets())('PostgreSQL migrations on $name', (target) => {
  const current = useFreshDatabase(target, { migrated: false });

  const tables = async (): Promise<string[]> =>
    (
      await current().db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`, [
        current().schema,
      ])
    ).rows.map((row) => row.table_name);

  it('builds the whole schema in an empty one and records every migration', async () => {
    const run = await migratePostgres(current().db);
    expect(run.applied).toEqual(everyVersion);
    expect(await tables()).toEqual(
      expect.arrayContaining([
        'facts',
        'sources',
        'entities',
        'entity_aliases',
        'fact_entities',
        'fact_revisions',
        'audit_log',
        'fact_reports',
        'facts_fts',
        'facts_vocab',
        'sources_vocab',
        'source_documents',
        'document_passages',
        'question_gaps',
        'ask_days',
        'vocabulary_version',
        'catalogue_version',
        'schema_migrations',
      ]),
    );
    const recorded = await current().db.query<{ version: number }>(`SELECT version FROM schema_migrations ORDER BY version`);
    expect(recorded.rows.map((row) => row.version)).toEqual(everyVersion);
    expect(latestPostgresSchemaVersion()).toBe(everyVersion.at(-1));
  });

  it('changes nothing when run again', async () => {
    await migratePostgres(current().db);
    const before = await tables();
    expect((await migratePostgres(current().db)).applied).toEqual([]);
    expect(await tables()).toEqual(before);
  });

  it('lets two migrators started at once apply each migration exactly once', async () => {
    const second = await current().another();
    const runs = await Promise.all([migratePostgres(current().db), migratePostgres(second)]);
    expect(runs.flatMap((run) => run.applied).sort((a, b) => a - b)).toEqual(everyVersion);
    const recorded = await current().db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM schema_migrations`);
    expect(recorded.rows[0]!.n).toBe(everyVersion.length);
  });

  it('rolls a failing migration back whole and says which one failed', async () => {
    await expect(migratePostgres(current().db, migrationsWithBrokenLast())).rejects.toThrow(/900_broken\.sql failed and was rolled back/);
    expect(await tables()).not.toContain('half_done');
    const recorded = await current().db.query<{ version: number }>(`SELECT version FROM schema_migrations ORDER BY version`);
    expect(recorded.rows.map((row) => row.version)).toEqual(everyVersion);
  });

  it('refuses a schema written by a newer briefbot, saying what to do', async () => {
    await migratePostgres(current().db);
    await current().db.query(`INSERT INTO schema_migrations (version, name) VALUES (999, '999_from_the_future.sql')`);
    await expect(migratePostgres(current().db)).rejects.toThrow(
      /BRIEFBOT_DATABASE_URL: the database was written by a newer briefbot \(schema 999; this version knows up to \d+\)\. Upgrade briefbot/,
    );
  });
});

// Only a database that has never held a base shows where the first migration puts the extensions.
describe.runIf(testServerUrl)('PostgreSQL migrations into a new database', () => {
  it('create the search extensions in public, so a base in another schema keeps searching when the first schema is dropped', async () => {
    const database = `briefbot_migrate_${process.pid}`;
    const admin = await openPostgres({ url: testServerUrl!, onIdleError: () => undefined, maxConnections: 1 });
    await admin.query(`CREATE DATABASE ${database}`);
    const url = testServerUrl!.replace(/\/[^/]*$/, `/${database}`);
    try {
      const setup = await openPostgres({ url, onIdleError: () => undefined, maxConnections: 1 });
      await setup.query(`CREATE SCHEMA first_base`);
      await setup.query(`CREATE SCHEMA second_base`);
      const bases = await Promise.all(
        ['first_base', 'second_base'].map((schema) => openPostgres({ url, schema, onIdleError: () => undefined, maxConnections: 1 })),
      );
      for (const base of bases) await migratePostgres(base);
      const { rows } = await setup.query<{ extname: string; schema: string }>(
        `SELECT e.extname, n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
          WHERE e.extname IN ('pg_trgm', 'unaccent') ORDER BY e.extname`,
      );
      expect(rows).toEqual([
        { extname: 'pg_trgm', schema: 'public' },
        { extname: 'unaccent', schema: 'public' },
      ]);
      await bases[0]!.close();
      await setup.query(`DROP SCHEMA first_base CASCADE`);
      const searched = await bases[1]!.query<{ lexemes: string }>(`SELECT to_tsvector('briefbot', search_words('Tajik borders'))::text AS lexemes`);
      expect(searched.rows[0]!.lexemes).toBe(`'border':2 'tajik':1`);
      await bases[1]!.close();
      await setup.close();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.close();
    }
  });
});
