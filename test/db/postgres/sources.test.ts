import { describe, expect, it } from 'vitest';
import { createPostgresSourceStore } from '../../../db/postgres/sources';
import type { SourceStore } from '../../../db/store';
import type { WriteContext } from '../../../src/domain/actor';
import { toRowId } from '../../../src/domain/ids';
import type { SourceFields } from '../../../src/domain/source';
import { postgresTargets } from './fresh-database';
import { AUDIT_ROWS, expectAlike, readBoth, SEEDING_TIMEOUT_MS, type SeededPair, useSeededPair, withSeededPair } from './seeded-schema';

const EDITOR: WriteContext = {
  actor: { by: 'slack:U7', platform: 'slack', displayName: 'Ana', at: '2026-03-02T09:15:00.000Z', workspaceId: 'T1', channelId: 'C9' },
  command: 'source edit',
};

const NEW_SOURCE: SourceFields = {
  title: 'Border crossings after the closure',
  url: 'https://example.org/border',
  publisher: 'Crisis Group',
  author: 'A. Rahimi and B. Khan',
  publishedOn: '2026-02',
  kind: 'report',
  notes: null,
};

const sourcesOf = (pair: SeededPair): [SourceStore, SourceStore] => [pair.sqlite.sources, createPostgresSourceStore(pair.postgres.db)];

describe.each(postgresTargets())('the PostgreSQL source store on $name', (target) => {
  // The read-only tests share one seeded pair; the target closes after the last test of the file.
  const pair = useSeededPair(target);

  describe('reading the seed', () => {
    const rowIds = async (): Promise<number[]> => (await pair().sqlite.sources.list()).map((entry) => toRowId(entry.id));

    it('lists the catalogue most cited first, ties by id, whole and filtered (ASCII case aside)', async () => {
      const all = await expectAlike(sourcesOf(pair()), (s) => s.list());
      expect(all.length).toBe(31);
      expect(new Set(all.map((entry) => entry.factCount)).size).toBeLessThan(all.length); // ties are there to break
      for (const text of ['taliban', 'TALIBAN', 'crisis group', 'Pakistan ', 'nobody wrote this', 'é']) {
        await expectAlike(sourcesOf(pair()), (s) => s.list(text));
      }
      expect((await pair().sqlite.sources.list('TALIBAN')).length).toBeGreaterThan(1);
    });

    it('finds sources alike by address or by title whatever its case, and gets one by id', async () => {
      const [first] = await pair().sqlite.sources.list();
      const alike = await expectAlike(sourcesOf(pair()), (s) => s.findAlike(first!.url, first!.title.toUpperCase()));
      expect(alike.length).toBeGreaterThan(0);
      await expectAlike(sourcesOf(pair()), (s) => s.findAlike(null, first!.title.toLowerCase()));
      await expectAlike(sourcesOf(pair()), (s) => s.findAlike('https://nowhere.example', 'No such title'));
      for (const id of [...(await rowIds()), 9999]) {
        await expectAlike(sourcesOf(pair()), (s) => s.get(id));
        await expectAlike(sourcesOf(pair()), (s) => s.current(id));
      }
    });

    it('reads every source’s text, passages and the quotes citing it', async () => {
      let withText = 0;
      for (const id of [...(await rowIds()), 9999]) {
        if ((await expectAlike(sourcesOf(pair()), (s) => s.textOf(id))) !== undefined) withText += 1;
        await expectAlike(sourcesOf(pair()), (s) => s.passagesOf(id));
        await expectAlike(sourcesOf(pair()), (s) => s.quotesCiting(id));
      }
      expect(withText).toBeGreaterThan(0);
    });
  });

  describe('writing', () => {
    it(
      'adds, edits, retracts and restores a source as the SQLite store does, audit entries included',
      () =>
        withSeededPair(target, async (written) => {
          const [sqlite, postgres] = sourcesOf(written);
          const writes = async (sources: SourceStore) => {
            const added = await sources.add(NEW_SOURCE, { ...EDITOR, command: 'source add' }, 'Crossings fell. Then they rose again!');
            const bare = await sources.add({ ...NEW_SOURCE, title: 'A second look', url: null }, { ...EDITOR, command: 'source add' });
            await sources.edit(added, { ...NEW_SOURCE, title: 'Border crossings since the closure', notes: 'retitled' }, EDITOR, 'title was wrong');
            const retracted = await sources.setStatus(1, 'retracted', { ...EDITOR, command: 'source retract' }, 'the journal withdrew it');
            const restored = await sources.setStatus(1, 'active', { ...EDITOR, command: 'source restore' }, null);
            return { added, bare, retracted, restored };
          };
          const expected = await writes(sqlite);
          expect(await writes(postgres)).toEqual(expected);
          expect(expected.retracted.length).toBeGreaterThan(0);
          for (const id of [1, expected.added, expected.bare]) {
            expect(await postgres.get(id)).toEqual(await sqlite.get(id));
            expect(await postgres.current(id)).toEqual(await sqlite.current(id));
          }
          // The PostgreSQL seed here has no documents: only the new sources' texts compare.
          for (const id of [expected.added, expected.bare]) {
            expect(await postgres.textOf(id)).toEqual(await sqlite.textOf(id));
            expect(await postgres.passagesOf(id)).toEqual(await sqlite.passagesOf(id));
          }
          expect((await postgres.passagesOf(expected.added)).map((passage) => passage.text)).toEqual(['Crossings fell.', 'Then they rose again!']);
          const [sqliteAudit, postgresAudit] = await readBoth(written, AUDIT_ROWS);
          expect(postgresAudit).toEqual(sqliteAudit);
          expect(postgresAudit.length).toBe(6);
          const [sqliteSources, postgresSources] = await readBoth(
            written,
            'SELECT id, title, author, publisher, published_on, url, kind, notes, status, created_at, updated_at FROM sources ORDER BY id',
          );
          expect(postgresSources).toEqual(sqliteSources);
        }),
      SEEDING_TIMEOUT_MS,
    );

    it(
      'stores several texts in one transaction, replacing a text and its passages',
      () =>
        withSeededPair(target, async (written) => {
          const [sqlite, postgres] = sourcesOf(written);
          for (const sources of [sqlite, postgres]) {
            await sources.storeTexts([{ sourceId: 2, body: 'A first text.' }], '2026-03-02T10:00:00.000Z');
            await sources.storeTexts(
              [
                { sourceId: 2, body: 'The text, corrected. Two sentences.' },
                { sourceId: 3, body: 'Another source’s text.' },
              ],
              '2026-03-02T11:00:00.000Z',
            );
          }
          for (const id of [2, 3]) expect(await postgres.passagesOf(id)).toEqual(await sqlite.passagesOf(id));
          expect(await postgres.textOf(2)).toBe('The text, corrected. Two sentences.');
          const documents = 'SELECT source_id, body, added_at FROM source_documents WHERE source_id IN (2, 3) ORDER BY source_id';
          const [sqliteDocuments, postgresDocuments] = await readBoth(written, documents);
          expect(postgresDocuments).toEqual(sqliteDocuments);
        }),
      SEEDING_TIMEOUT_MS,
    );
  });
});
