import { describe, expect, it } from 'vitest';
import { createPostgresFactStore } from '../../../db/postgres/facts';
import type { FactStore } from '../../../db/store';
import type { WriteContext } from '../../../src/domain/actor';
import { FactNotFoundError } from '../../../src/domain/errors';
import type { FactContent, StoredFact } from '../../../src/domain/fact';
import { loadSeedBundle } from '../../../src/seed';
import { postgresTargets, useFreshDatabase } from './fresh-database';
import { insertFact, insertSource } from './rows';
import { openSeededPair, useSeededPair } from './seeded-schema';
import { readWrittenTables } from './table-rows';

const SEED = loadSeedBundle();
// Every seeded fact and source, and one of each past the end, which must be unknown on both.
const FACT_IDS = Array.from({ length: SEED.facts.length + 1 }, (_, i) => i + 1);
const SOURCE_IDS = Array.from({ length: SEED.sources.length + 1 }, (_, i) => i + 1);

// What a person might type into fact-id completion: whole words and prefixes of seeded statements,
// entity names, words of one or two letters, and text with no word at all.
const TYPED = [
  ...SEED.facts.slice(0, 30).flatMap((fact) => {
    const words = fact.statement.split(/\s+/);
    return [words.slice(0, 2).join(' '), `${words.slice(1, 3).join(' ').slice(0, -2)}`, words[3] ?? ''];
  }),
  'taliban',
  'Tali',
  'Pakistani Tal',
  'chin',
  'TTP attacks',
  'border',
  'is',
  'of the',
  'Tajik',
  'kilometres',
  '1,357',
  '—',
  '',
];

const context = (at: string, user = 'U1'): WriteContext => ({
  actor: { by: `slack:${user}`, platform: 'slack', displayName: `Reader ${user}`, at, workspaceId: 'T1', channelId: 'C1' },
  command: 'fact add',
});

describe.each(postgresTargets())('the PostgreSQL fact store on $name', (target) => {
  const pair = useSeededPair(target);
  const current = useFreshDatabase(target);

  describe('reading the seed', () => {
    const both = (): [FactStore, FactStore] => [pair().sqlite.facts, createPostgresFactStore(pair().postgres.db)];

    it('shows every fact, by id, by source and as stored, as the SQLite store does', async () => {
      const [sqlite, postgres] = both();
      const all = await sqlite.getMany(FACT_IDS);
      expect(all).toHaveLength(SEED.facts.length);
      expect(await postgres.getMany(FACT_IDS)).toEqual(all);
      expect(await postgres.getMany([...FACT_IDS].reverse())).toEqual(await sqlite.getMany([...FACT_IDS].reverse()));
      expect(await postgres.getMany([])).toEqual([]);
      for (const id of FACT_IDS) {
        expect(await postgres.getOne(id)).toEqual(await sqlite.getOne(id));
        expect(await postgres.current(id)).toEqual(await sqlite.current(id));
      }
      for (const id of SOURCE_IDS) {
        expect(await postgres.getBySource(id)).toEqual(await sqlite.getBySource(id));
        expect(await postgres.idsCiting(id)).toEqual(await sqlite.idsCiting(id));
      }
    });

    it('gives the same history, versions and pending counts', async () => {
      const [sqlite, postgres] = both();
      for (const id of FACT_IDS) {
        expect(await postgres.history(id)).toEqual(await sqlite.history(id));
        expect(await postgres.snapshotAt(id, 1)).toEqual(await sqlite.snapshotAt(id, 1));
        expect(await postgres.snapshotAt(id, 2)).toBeUndefined();
      }
      expect((await postgres.history(1))[0]).toMatchObject({ version: 1, action: 'import', changedAt: '2026-03-01T08:30:00.000Z' });
      expect(await postgres.countPending('seed:briefbot')).toBe(await sqlite.countPending('seed:briefbot'));
    });

    it('completes fact ids and statement words as the SQLite store does', async () => {
      const [sqlite, postgres] = both();
      for (const digits of ['1', '2', '7', '12', '71', '72', '0', '01', 'x1', '']) {
        for (const limit of [3, 25])
          expect({ digits, hints: await postgres.byIdPrefix(digits, limit) }).toEqual({ digits, hints: await sqlite.byIdPrefix(digits, limit) });
      }
      let found = 0;
      for (const typed of TYPED) {
        const expected = await sqlite.byStatementWords(typed, 10);
        found += expected.length;
        expect({ typed, hints: await postgres.byStatementWords(typed, 10) }).toEqual({ typed, hints: expected });
      }
      expect(found).toBeGreaterThan(50);
    });
  });

  describe('writing', () => {
    it('adds, suggests and changes facts, writing the same rows, history and audit as the SQLite store', async () => {
      const written = await openSeededPair(target);
      try {
        const both: FactStore[] = [written.sqlite.facts, createPostgresFactStore(written.postgres.db)];
        const results = [];
        for (const facts of both) results.push(await writeScenario(facts));
        expect(results[1]).toEqual(results[0]);
        const [sqliteTables, postgresTables] = await readWrittenTables(written);
        expect(postgresTables).toEqual(sqliteTables);
      } finally {
        await written.dispose();
      }
    });

    it('lands both of two hosts’ changes to one fact, in contiguous versions, losing neither', async () => {
      const db = current().db;
      const id = await insertFact(db, { statement: 'Markers:', sourceId: await insertSource(db) });
      const hosts = [createPostgresFactStore(db), createPostgresFactStore(await current().another())];
      const appendMarker = (marker: string) => (stored: StoredFact) => ({
        content: { ...stored.content, statement: `${stored.content.statement} ${marker}` },
        status: stored.status,
      });
      const changes = Array.from({ length: 10 }, (_, i) =>
        hosts[i % 2]!.change(id, appendMarker(`m${i}`), context(`2026-03-02T09:00:0${i}.000Z`, `U${i % 2}`), null, 'edit'),
      );
      const versions = (await Promise.all(changes)).map((changed) => changed.version);
      expect([...versions].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      const final = (await hosts[0]!.getOne(id))!.statement;
      for (let i = 0; i < 10; i++) expect(final).toContain(` m${i}`);
      const history = await hosts[1]!.history(id);
      expect(history.map((entry) => entry.version)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      // Each version's snapshot builds on the one before: no change was based on a stale copy.
      for (let i = 1; i < history.length; i++) expect(history[i]!.snapshot.statement.startsWith(history[i - 1]!.snapshot.statement)).toBe(true);
    });
  });
});

const content = (statement: string, more: Partial<FactContent> = {}): FactContent => ({
  statement,
  quote: `${statement} (quoted)`,
  source: { id: 1 },
  periodStart: '2025',
  periodEnd: null,
  entityIds: [1, 2],
  newEntities: [],
  ...more,
});

const proposedSource = {
  title: 'A report on the Wakhan corridor',
  url: 'https://example.org/wakhan',
  publisher: 'Example Review',
  author: null,
  publishedOn: '2026-01',
};

/** The same writes on either store; returns everything they answered and what reads back after. */
async function writeScenario(facts: FactStore) {
  const seen: number[] = [];
  const active = await facts.add(
    content('A moderator’s fact.', { newEntities: [{ name: 'Wakhan Border Authority', kind: 'organisation' }] }),
    'active',
    context('2026-03-02T09:00:00.000Z'),
  );
  const withSource = await facts.add(
    content('A fact citing a new source.', { source: { create: proposedSource } }),
    'active',
    context('2026-03-02T09:01:00.000Z'),
  );
  const suggestion = await facts.add(
    content('A reader’s suggestion.', {
      source: { create: { ...proposedSource, title: 'A suggested source' } },
      newEntities: [{ name: 'Kunar Valley', kind: 'place' }],
    }),
    'pending',
    context('2026-03-02T09:02:00.000Z', 'U2'),
    (pending) => seen.push(pending),
  );
  const refused = await facts
    .add(content('Over the limit.'), 'pending', context('2026-03-02T09:03:00.000Z', 'U2'), (pending) => {
      seen.push(pending);
      throw new Error('too many suggestions');
    })
    .catch((error: Error) => error.message);
  const many = await facts.addMany([content('First of two.'), content('Second of two.', { entityIds: [3] })], 'active', context('2026-03-02T09:04:00.000Z'));
  const edited = await facts.change(
    active,
    (stored) => ({ content: { ...stored.content, statement: 'A moderator’s fact, edited.', entityIds: [2] }, status: stored.status }),
    context('2026-03-02T09:05:00.000Z'),
    'typo',
    'edit',
  );
  const approved = await facts.change(
    suggestion,
    (stored) => ({ content: stored.content, status: 'active' }),
    context('2026-03-02T09:06:00.000Z'),
    null,
    'approve',
  );
  const retracted = await facts.change(
    many[0]!,
    (stored) => ({ content: stored.content, status: 'retracted' }),
    context('2026-03-02T09:07:00.000Z'),
    'wrong',
    'retract',
  );
  const missing = await facts.change(999, (stored) => stored, context('2026-03-02T09:08:00.000Z'), null, 'edit').catch((error: unknown) => error);
  const refusedChange = await facts
    .change(
      active,
      () => {
        throw new Error('refused');
      },
      context('2026-03-02T09:09:00.000Z'),
      null,
      'edit',
    )
    .catch((error: Error) => error.message);
  const ids = [active, withSource, suggestion, ...many];
  return {
    ids,
    seen,
    refused,
    edited,
    approved,
    retracted,
    missing: missing instanceof FactNotFoundError ? missing.rowId : missing,
    refusedChange,
    read: await facts.getMany(ids),
    stored: await Promise.all(ids.map((id) => facts.current(id))),
    history: await Promise.all(ids.map((id) => facts.history(id))),
    firstVersion: await facts.snapshotAt(suggestion, 1),
    pending: await facts.countPending('slack:U2'),
    completions: await facts.byStatementWords('moderator', 5),
  };
}
