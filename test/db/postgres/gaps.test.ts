import { describe, expect, it } from 'vitest';
import { createPostgresGapStore } from '../../../db/postgres/gaps';
import { createSqliteGapStore } from '../../../db/sqlite/gaps';
import { toResolved } from '../../../db/sqlite/resolved';
import type { GapStore } from '../../../db/store';
import type { WriteContext } from '../../../src/domain/actor';
import { rowsOf } from '../../helpers/sqlite-rows';
import { postgresTargets, useFreshDatabase } from './fresh-database';
import { AUDIT_ROWS, readBoth, SEEDING_TIMEOUT_MS, type SeededPair, withSeededPair } from './seeded-schema';

const MODERATOR: WriteContext = {
  actor: { by: 'terminal:local', platform: 'terminal', displayName: 'operator', at: '2026-03-05T18:00:00.000Z' },
  command: 'gaps',
};

const at = (minute: number): string => new Date(Date.UTC(2026, 2, 4, 9, minute)).toISOString();

// Both stores bounded alike (a small bound, so the trimming shows).
const gapsOf = (pair: SeededPair, maxGaps?: number): [GapStore, GapStore] => [
  toResolved<GapStore>(createSqliteGapStore(rowsOf(pair.sqlite), maxGaps)),
  createPostgresGapStore(pair.postgres.db, maxGaps),
];

async function everything(gaps: GapStore) {
  return {
    open: await gaps.list(false, 50, 0),
    secondPage: await gaps.list(false, 2, 1),
    answered: await gaps.list(true, 50, 0),
    counts: [await gaps.count(false), await gaps.count(true)],
    recent: await gaps.recentOpen(3),
    days: [await gaps.askedSince('2026-03-04'), await gaps.askedSince('2026-03-05'), await gaps.askedSince('2026-04-01')],
  };
}

describe.each(postgresTargets())('the PostgreSQL gap store on $name', (target) => {
  describe('beside the SQLite store', () => {
    it(
      'records, pages, bounds, answers, reopens and clears gaps as the SQLite store does, audit entry included',
      () =>
        withSeededPair(target, async (pair) => {
          const [sqlite, postgres] = gapsOf(pair, 4);
          const writes = async (gaps: GapStore) => {
            // Ties in times asked and in time break by question, as bytes: "Yakawlang" before "dushanbe".
            for (const [question, minute] of [
              ['ttp attacks', 1],
              ['Zabul', 1],
              ['wakhan corridor', 2],
              ['ttp attacks', 3],
              ['chinese workers', 4],
              ['dushanbe', 5],
              ['Yakawlang', 5],
            ] as const) {
              await gaps.record(question, at(minute));
              await gaps.countAsked(at(minute), false);
            }
            await gaps.countAsked('2026-03-05T07:00:00.000Z', true);
            const bounded = await everything(gaps);
            await gaps.markAnswered(
              [
                { question: 'ttp attacks', factId: 3 },
                { question: 'ttp attacks', factId: 4 },
                { question: 'never asked', factId: 5 },
              ],
              at(10),
            );
            await gaps.markAnswered([{ question: 'dushanbe', factId: 6 }], at(11));
            const answered = await everything(gaps);
            await gaps.record('dushanbe', at(12));
            const reopened = await everything(gaps);
            const removed = await gaps.clear(MODERATOR);
            return { bounded, answered, reopened, removed, cleared: await everything(gaps) };
          };
          const expected = await writes(sqlite);
          expect(await writes(postgres)).toEqual(expected);
          expect(expected.bounded.open.map((gap) => gap.question)).toEqual(['ttp attacks', 'Yakawlang', 'dushanbe', 'chinese workers']);
          expect(expected.answered.answered.map((gap) => [gap.question, gap.answeredBy])).toEqual([
            ['ttp attacks', 3],
            ['dushanbe', 6],
          ]);
          expect(expected.removed).toBe(4);
          const [sqliteAudit, postgresAudit] = await readBoth(pair, AUDIT_ROWS);
          expect(postgresAudit).toEqual(sqliteAudit);
          expect(postgresAudit.at(-1)).toMatchObject({ command: 'gaps clear', target: null, detail: '{"removed":4}' });
        }),
      SEEDING_TIMEOUT_MS,
    );
  });

  describe('under concurrent askers', () => {
    const current = useFreshDatabase(target);

    it('counts 50 askings of one question from two clients at once, and 50 asks of the day', async () => {
      const clients = [current().db, await current().another()].map((db) => createPostgresGapStore(db));
      await Promise.all(
        Array.from({ length: 50 }, async (_, index) => {
          const gaps = clients[index % 2]!;
          await gaps.record('who attacked the chinese workers', at(index));
          await gaps.countAsked(at(index), index % 5 === 0);
        }),
      );
      const [gap] = await clients[0]!.list(false, 10, 0);
      expect(gap).toMatchObject({
        question: 'who attacked the chinese workers',
        timesAsked: 50,
        lastAsked: at(49) === gap?.lastAsked ? at(49) : gap?.lastAsked,
      });
      expect(await clients[1]!.count(false)).toBe(1);
      expect(await clients[1]!.askedSince('2026-03-04')).toEqual({ asked: 50, answered: 10 });
    });

    it.skipIf(target.name === 'PGlite')('records a question while another client holds a write open', async () => {
      const writer = await current().another();
      const gaps = createPostgresGapStore(current().db);
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const longWrite = writer.transaction(async (session) => {
        await session.query(`INSERT INTO sources (title, created_at, updated_at) VALUES ('A long write', now(), now())`);
        await session.query(`UPDATE vocabulary_version SET counter = counter + 1`);
        await held;
      });
      await gaps.record('what does the wakhan corridor border', at(1));
      await gaps.countAsked(at(1), false);
      expect(await gaps.count(false)).toBe(1);
      release();
      await longWrite;
    });
  });
});
