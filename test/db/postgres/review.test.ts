import { describe, expect, it } from 'vitest';
import { createPostgresFactStore } from '../../../db/postgres/facts';
import { createPostgresReviewStore } from '../../../db/postgres/review';
import type { SqlDatabase } from '../../../db/postgres/sql-client';
import type { FactStore, ReviewReason, ReviewStore } from '../../../db/store';
import type { WriteContext } from '../../../src/domain/actor';
import { DuplicateReportError } from '../../../src/domain/errors';
import { rowsOf } from '../../helpers/sqlite-rows';
import { postgresTargets, useFreshDatabase } from './fresh-database';
import { seededSqlite, seedPostgresLikeSqlite } from './seeded-pair';
import { readWrittenTables } from './table-rows';

const REASONS: (ReviewReason | null)[] = [null, 'suggestion', 'retracted-source', 'report'];

const context = (minute: number, user: string, command = 'fact report'): WriteContext => ({
  actor: {
    by: `discord:${user}`,
    platform: 'discord',
    displayName: `Reader ${user}`,
    at: `2026-03-02T10:${String(minute).padStart(2, '0')}:00.000Z`,
    workspaceId: 'G1',
  },
  command,
});

// A source retracted by a moderator, as the source store leaves it (that store is not under test here).
const RETRACT_SOURCE = [
  `UPDATE sources SET status = 'retracted', updated_at = '2026-03-02T10:30:00.000Z' WHERE id = 2`,
  `INSERT INTO audit_log (at, platform, user_id, display_name, workspace_id, command, target, detail)
   VALUES ('2026-03-02T10:30:00.000Z', 'slack', 'slack:M1', 'Moderator', 'T1', 'source retract', 'S2', '{"reason":"withdrawn by the publisher"}')`,
];

async function everyView(review: ReviewStore) {
  const views = [];
  for (const reason of REASONS)
    views.push({ reason, items: await review.list(reason, 50, 0), page: await review.list(reason, 2, 1), count: await review.count(reason) });
  return views;
}

/** The same writes and reads on either store: a suggestion, reports, a duplicate, a retracted source, a dismissal, a changed fact. */
async function reviewScenario(facts: FactStore, review: ReviewStore, plant: (sql: string) => Promise<unknown>) {
  const suggestion = await facts.add(
    {
      statement: 'A suggested fact.',
      quote: 'A suggested quote.',
      source: { create: { title: 'A suggested source', url: null, publisher: 'Example', author: null, publishedOn: '2026' } },
      periodStart: null,
      periodEnd: null,
      entityIds: [1],
      newEntities: [{ name: 'Kunar Valley', kind: 'place' }],
    },
    'pending',
    context(1, 'U2', 'fact suggest'),
  );
  const first = await review.report(1, 'The number is wrong.', context(2, 'U1'));
  const duplicate = await review.report(1, 'Still wrong.', context(3, 'U1')).catch((error: unknown) => error instanceof DuplicateReportError);
  const second = await review.report(1, 'The date is wrong.', context(4, 'U3'));
  const onAnother = await review.report(2, 'Not in the source.', context(5, 'U1'));
  for (const sql of RETRACT_SOURCE) await plant(sql);
  const before = await everyView(review);
  await review.dismiss([first, 999], 'The number matches the source.', context(6, 'M1', 'review dismiss'));
  await facts.change(
    2,
    (stored) => ({ content: { ...stored.content, statement: `${stored.content.statement} (edited)` }, status: stored.status }),
    context(7, 'M1', 'fact edit'),
    'clarified',
    'edit',
  );
  const after = await everyView(review);
  const reports = [];
  for (const id of [first, second, onAnother, 999]) reports.push(await review.findReport(id));
  return { suggestion, ids: [first, second, onAnother], duplicate, before, after, reports, on1: await review.reportsOn(1), on2: await review.reportsOn(2) };
}

describe.each(postgresTargets())('the PostgreSQL review store on $name', (target) => {
  const current = useFreshDatabase(target);

  it('queues, counts, reports and dismisses as the SQLite store does, writing the same rows and audit', async () => {
    const sqlite = await seededSqlite();
    try {
      const postgres: SqlDatabase = current().db;
      await seedPostgresLikeSqlite(postgres, { documents: false });
      const expected = await reviewScenario(sqlite.facts, sqlite.review, async (sql) => rowsOf(sqlite).prepare(sql).run());
      const actual = await reviewScenario(createPostgresFactStore(postgres), createPostgresReviewStore(postgres), (sql) => postgres.query(sql));
      expect(expected.before.find((view) => view.reason === null)!.count).toBeGreaterThanOrEqual(10);
      expect(expected.duplicate).toBe(true);
      expect(actual).toEqual(expected);
      const [sqliteTables, postgresTables] = await readWrittenTables({ sqlite, postgres: current() });
      expect(postgresTables).toEqual(sqliteTables);
    } finally {
      await sqlite.close();
    }
  });
});
