import { describe, expect, it } from 'vitest';
import { createPostgresHealthStore } from '../../../db/postgres/health-store';
import { createPostgresReviewStore } from '../../../db/postgres/review';
import { createPostgresStatsStore } from '../../../db/postgres/stats-store';
import { BackupUnsupportedError } from '../../../src/domain/errors';
import { toBackupProblem } from '../../../src/store-errors';
import { postgresTargets, useFreshDatabase } from './fresh-database';
import { useSeededPair } from './seeded-schema';

describe.each(postgresTargets())('the PostgreSQL stats and health stores on $name', (target) => {
  const pair = useSeededPair(target);
  const current = useFreshDatabase(target);

  it('counts the seed as the SQLite store does, last change included', async () => {
    const expected = await pair().sqlite.stats.read();
    expect(expected.facts.active).toBeGreaterThan(0);
    expect(await createPostgresStatsStore(pair().postgres.db).read()).toEqual(expected);
    expect(await createPostgresHealthStore(pair().postgres.db).factCounts()).toEqual(await pair().sqlite.health.factCounts());
  });

  it('names the newest write as the last change', async () => {
    const db = current().db;
    const stats = createPostgresStatsStore(db);
    expect((await stats.read()).lastChange).toBeNull();
    await db.query(`INSERT INTO sources (title, created_at, updated_at) VALUES ('A source', now(), now())`);
    await db.query(`INSERT INTO facts (statement, quote, source_id, created_by, updated_by, created_at, updated_at)
       VALUES ('A fact.', 'A quote.', 1, 'slack:U1', 'slack:U1', now(), now())`);
    const actor = { by: 'slack:U1', platform: 'slack', displayName: 'Ana', at: '2026-03-04T10:00:00.000Z' };
    await createPostgresReviewStore(db).report(1, 'Wrong.', { actor, command: 'fact report' });
    expect((await stats.read()).lastChange).toEqual({ at: actor.at, command: 'fact report', target: 'F1', by: 'Ana', platform: 'slack' });
  });

  it('pings, has no file to watch or fold, refreshes statistics, and fails the ping without its tables', async () => {
    const health = createPostgresHealthStore(current().db);
    await expect(health.ping()).resolves.toBeUndefined();
    expect(await health.location()).toBe('');
    expect(await health.checkpoint()).toBe(true);
    // A table never analysed counts -1 tuples in the planner's statistics; ANALYZE sets its count.
    const plannedRows = async () =>
      (await current().db.query<{ n: number }>(`SELECT reltuples::integer AS n FROM pg_class WHERE oid = 'fact_reports'::regclass`)).rows[0]!.n;
    expect(await plannedRows()).toBe(-1);
    await health.optimize();
    expect(await plannedRows()).toBe(0);
    await current().db.query(`ALTER TABLE facts RENAME TO facts_elsewhere`);
    await expect(health.ping()).rejects.toThrow(/facts/);
  });

  it('refuses a file backup, and the message names pg_dump', async () => {
    const error = await createPostgresHealthStore(current().db)
      .backup('/tmp/never-written.db')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupUnsupportedError);
    expect((error as Error).message).toMatch(/pg_dump/);
    expect(toBackupProblem(error)).toMatchObject({ identifier: 'backup-unsupported', message: expect.stringMatching(/PostgreSQL.*pg_dump/) });
    expect(toBackupProblem(new Error('disk full'))).toBeUndefined();
  });
});
