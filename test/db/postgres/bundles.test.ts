import { describe, expect, it } from 'vitest';
import { createPostgresBundleStore } from '../../../db/postgres/bundle-store';
import { createPostgresFactStore } from '../../../db/postgres/facts';
import type { BundleStore, FactStore } from '../../../db/store';
import type { Bundle } from '../../../src/domain/bundle';
import { loadSeedBundle } from '../../../src/seed';
import { postgresTargets } from './fresh-database';
import { useSeededPair, withSeededPair } from './seeded-schema';
import { readWrittenTables } from './table-rows';

const SEED = loadSeedBundle();
const IMPORTER = { by: 'terminal:local', platform: 'terminal', displayName: 'Operator', at: '2026-03-03T12:00:00.000Z' };

// A bundle that adds to the seed: a new source, an existing entity with new names, a new entity,
// and facts citing both old and new sources.
function additions(): Bundle {
  const next = SEED.facts.length + 1;
  const newSource = `S${SEED.sources.length + 1}`;
  const known = SEED.entities[0]!;
  return {
    sources: [
      {
        id: newSource,
        title: 'A new report',
        author: 'A. Writer',
        publisher: 'Example Review',
        publishedOn: '2026-02',
        url: 'https://example.org/new',
        kind: 'report',
        notes: null,
        status: 'active',
      },
      SEED.sources[0]!,
    ],
    entities: [
      { ...known, name: known.name.toUpperCase(), aliases: [...known.aliases, 'A new alias'], demonyms: ['Newish'] },
      { name: 'Kunar Valley', kind: 'place', aliases: ['Kunar'], demonyms: [] },
    ],
    facts: [
      {
        id: `F${next}`,
        statement: 'An imported fact.',
        quote: 'An imported quote.',
        source: newSource,
        period: { start: '2026', end: null },
        entities: ['Kunar Valley', known.name],
        status: 'active',
      },
      {
        id: `F${next + 1}`,
        statement: 'A retracted import.',
        quote: 'A quote.',
        source: 'S1',
        period: { start: null, end: null },
        entities: [],
        status: 'retracted',
      },
    ],
  } as Bundle;
}

async function lookups(bundles: BundleStore) {
  const statements = [SEED.facts[0]!.statement, `  ${SEED.facts[5]!.statement.toUpperCase()}  `, 'Not a statement of the base.'];
  return {
    taken: await bundles.takenFactIds([999, 3, 1, SEED.facts.length, SEED.facts.length + 1]),
    titles: [...(await bundles.existingSourceTitles([2, 1, 999]))],
    stating: await bundles.factsStating(statements),
    none: await bundles.factsStating([]),
    next: await bundles.nextFactId(),
  };
}

describe.each(postgresTargets())('the PostgreSQL bundle store on $name', (target) => {
  const pair = useSeededPair(target);

  it('exports the seed in the very interchange form the SQLite store gives', async () => {
    const expected = await pair().sqlite.bundles.read();
    const actual = await createPostgresBundleStore(pair().postgres.db).read();
    expect(expected.facts).toHaveLength(SEED.facts.length);
    expect(JSON.stringify(actual, null, 2)).toBe(JSON.stringify(expected, null, 2));
  });

  it('answers the import checks as the SQLite store does', async () => {
    const expected = await lookups(pair().sqlite.bundles);
    expect(expected.taken.length).toBeGreaterThan(1);
    expect(expected.stating).toHaveLength(2);
    expect(await lookups(createPostgresBundleStore(pair().postgres.db))).toEqual(expected);
  });

  it('imports a bundle into the seed as the SQLite store does: same export, rows, audit and next ids', async () => {
    await withSeededPair(target, async (written) => {
      const stores: [BundleStore, FactStore][] = [
        [written.sqlite.bundles, written.sqlite.facts],
        [createPostgresBundleStore(written.postgres.db), createPostgresFactStore(written.postgres.db)],
      ];
      const results = [];
      for (const [bundles, facts] of stores) {
        await bundles.importWithAudit(additions(), IMPORTER, 'additions.json');
        const exported = JSON.stringify(await bundles.read());
        const next = await bundles.nextFactId();
        const added = await facts.add(
          { statement: 'After the import.', quote: 'q', source: { id: 1 }, periodStart: null, periodEnd: null, entityIds: [], newEntities: [] },
          'active',
          { actor: IMPORTER, command: 'fact add' },
        );
        results.push({ exported, next, added, checks: await lookups(bundles) });
      }
      expect(results[1]).toEqual(results[0]);
      expect(results[0]!.added).toBe(SEED.facts.length + 3);
      const [sqliteTables, postgresTables] = await readWrittenTables(written);
      expect(postgresTables).toEqual(sqliteTables);
    });
  });
});
