import { mkdtempSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { latestPostgresSchemaVersion, migratePostgres } from '../../../db/postgres/migrate';
import { postgresTargets, useFreshDatabase } from './fresh-database';

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
