import { describe, expect, it } from 'vitest';
import { createPostgresEntityStore } from '../../../db/postgres/entities';
import type { EntityStore } from '../../../db/store';
import type { WriteContext } from '../../../src/domain/actor';
import { AliasTakenError } from '../../../src/domain/errors';
import { postgresTargets } from './fresh-database';
import { AUDIT_ROWS, expectAlike, readBoth, SEEDING_TIMEOUT_MS, type SeededPair, useSeededPair, withSeededPair } from './seeded-schema';

const MODERATOR: WriteContext = {
  actor: { by: 'discord:42', platform: 'discord', displayName: 'Bilal', at: '2026-03-03T12:00:00.000Z', workspaceId: 'G1', channelId: 'C2' },
  command: 'alias add',
};

const entitiesOf = (pair: SeededPair): [EntityStore, EntityStore] => [pair.sqlite.entities, createPostgresEntityStore(pair.postgres.db)];

// The seed's entity ids, and one past them.
const ENTITY_IDS = Array.from({ length: 46 }, (_, index) => index + 1);

describe.each(postgresTargets())('the PostgreSQL entity store on $name', (target) => {
  // The read-only tests share one seeded pair; the target closes after the last test of the file.
  const pair = useSeededPair(target);

  describe('reading the seed', () => {
    it('lists the vocabulary in the same order: names by name with case aside, then other names as entered', async () => {
      const terms = await expectAlike(entitiesOf(pair()), (e) => e.listTerms());
      expect(terms.filter((term) => term.kind === 'name').length).toBe(45);
      expect(terms.filter((term) => term.kind === 'demonym').length).toBeGreaterThan(5);
      expect(await expectAlike(entitiesOf(pair()), (e) => e.mostCited(100))).toHaveLength(45);
      await expectAlike(entitiesOf(pair()), (e) => e.mostCited(5));
    });

    it('shows every entity’s card, facts in outline and companions alike', async () => {
      let companions = 0;
      for (const id of ENTITY_IDS) {
        await expectAlike(entitiesOf(pair()), (e) => e.card(id));
        await expectAlike(entitiesOf(pair()), (e) => e.factOutlines(id));
        companions += (await expectAlike(entitiesOf(pair()), (e) => e.companions(id, 6))).length;
      }
      expect(companions).toBeGreaterThan(45);
    });

    it('finds an alias’s owner whatever its case, and nothing for an entity’s own name or an unknown word', async () => {
      for (const alias of ['TTP', 'ttp', 'Pakistani Taliban', 'PAKISTANI TALIBAN', 'Tajik', 'Afghanistan', 'Narnia']) {
        await expectAlike(entitiesOf(pair()), (e) => e.aliasOwner(alias));
      }
      expect(await createPostgresEntityStore(pair().postgres.db).aliasOwner('ttp')).toEqual({ entity: 'Tehreek-e-Taliban Pakistan', kind: 'name' });
    });
  });

  describe('writing', () => {
    it(
      'adds and removes aliases as the SQLite store does, refusing taken names alike and writing nothing for them',
      () =>
        withSeededPair(target, async (written) => {
          const [sqlite, postgres] = entitiesOf(written);
          const versionBefore = await postgres.vocabularyVersion();
          const outcomes = async (entities: EntityStore) => {
            const refused: unknown[] = [];
            const refuse = (promise: Promise<void>) => promise.catch((error: unknown) => refused.push(error));
            await entities.addAlias(1, 'Afghanistan', 'Khorasan of old', 'name', MODERATOR);
            await entities.addAlias(1, 'Afghanistan', 'Afghanistani', 'demonym', MODERATOR);
            await refuse(entities.addAlias(1, 'Afghanistan', 'ttp', 'name', MODERATOR)); // another entity's alias, in another case
            await refuse(entities.addAlias(1, 'Afghanistan', 'PAKISTAN', 'name', MODERATOR)); // another entity's name
            await refuse(entities.addAlias(1, 'Afghanistan', 'khorasan OF OLD', 'name', MODERATOR)); // its own new alias again
            await entities.removeAlias('AFGHAN REPUBLIC', { ...MODERATOR, command: 'alias remove' });
            await entities.removeAlias('Narnia', { ...MODERATOR, command: 'alias remove' });
            return { refused, card: await entities.card(1), owner: await entities.aliasOwner('KHORASAN OF OLD'), terms: await entities.listTerms() };
          };
          const expected = await outcomes(sqlite);
          const actual = await outcomes(postgres);
          expect(actual).toEqual(expected);
          expect(actual.refused).toEqual([new AliasTakenError('ttp'), new AliasTakenError('PAKISTAN'), new AliasTakenError('khorasan OF OLD')]);
          for (const error of actual.refused) expect(error).toBeInstanceOf(AliasTakenError);
          expect(actual.card).toEqual({
            name: 'Afghanistan',
            kind: 'country',
            aliases: ['Islamic Republic of Afghanistan', 'AFG', 'Khorasan of old'],
            demonyms: ['Afghan', 'Afghans', 'Afghanistani'],
          });
          const [sqliteAudit, postgresAudit] = await readBoth(written, AUDIT_ROWS);
          expect(postgresAudit).toEqual(sqliteAudit);
          expect(postgresAudit.length).toBe(5);
          expect(await postgres.vocabularyVersion()).not.toBe(versionBefore);
        }),
      SEEDING_TIMEOUT_MS,
    );
  });
});
