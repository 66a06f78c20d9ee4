import { describe, expect, it } from 'vitest';
import { openCore } from '../../../app/core';
import { openFactBase } from '../../../src/fact-base';
import { createSilentLogger } from '../../../src/logger';
import { loadSeedBundle } from '../../../src/seed';
import { member } from '../../helpers/core';
import { closedPort } from './closed-port';
import { serverTargets, testServerUrl, useFreshDatabase } from './fresh-database';

const NOW = new Date('2026-03-01T08:30:00.000Z');

describe('BRIEFBOT_DATABASE_URL names no server that answers', () => {
  it('stops the open with the variable named and no password shown', async () => {
    const url = `postgres://briefbot:s3cret-pass@127.0.0.1:${await closedPort()}/briefbot`;
    const opening = openFactBase({ path: ':memory:', databaseUrl: url });
    await expect(opening).rejects.toThrow(/BRIEFBOT_DATABASE_URL: cannot reach the PostgreSQL server at 127\.0\.0\.1:\d+ \(connection refused\)/);
    await expect(opening).rejects.not.toThrow(/s3cret-pass/);
  });
});

// Opening the base as the bot does goes through a real connection pool, which PGlite has not.
describe.each(serverTargets())('a fact base opened on $name', (target) => {
  const current = useFreshDatabase(target, { migrated: false });
  const open = () => openFactBase({ path: ':memory:', databaseUrl: testServerUrl!, databaseSchema: current().schema, now: () => NOW });

  it('migrates and seeds a new database once, however many processes open it at the same moment', async () => {
    const bases = await Promise.all([open(), open(), open()]);
    try {
      const counts = await Promise.all(bases.map((base) => base.stats.read()));
      expect(counts.map((stats) => stats.facts.active)).toEqual(Array(3).fill(loadSeedBundle().facts.filter((f) => f.status === 'active').length));
      const { rows } = await current().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE command = 'import'`);
      expect(rows[0]!.n).toBe(1);
    } finally {
      await Promise.all(bases.map((base) => base.close()));
    }
  });

  it('answers a question as the SQLite base does, and keeps what was written when opened again', async () => {
    const options = { logger: createSilentLogger(), now: () => NOW };
    const [postgres, sqlite] = await Promise.all([
      openCore({ ...options, databasePath: ':memory:', databaseUrl: testServerUrl!, databaseSchema: current().schema }),
      openCore({ ...options, databasePath: ':memory:' }),
    ]);
    try {
      const question = { question: 'length of the Tajik border' };
      const [fromPostgres, fromSqlite] = await Promise.all([postgres.dispatch('brief ask', question, member), sqlite.dispatch('brief ask', question, member)]);
      expect(fromPostgres.data).toEqual(fromSqlite.data);
      expect((fromPostgres.data as { answers: unknown[] }).answers.length).toBeGreaterThan(0);
      await postgres.base.gaps.record('who leads the border guards', NOW.toISOString());
    } finally {
      await Promise.all([postgres.close(), sqlite.close()]);
    }
    const reopened = await open();
    try {
      expect((await reopened.gaps.list(false, 10, 0)).map((gap) => gap.question)).toEqual(['who leads the border guards']);
    } finally {
      await reopened.close();
    }
  });
});
