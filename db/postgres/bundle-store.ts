import type { Actor } from '../../src/domain/actor';
import type { Bundle } from '../../src/domain/bundle';
import { type AliasRow, type BundleFactRow, type EntityRow, toEntityRecords, toFactRecord } from '../bundle-rows';
import { type SourceRow, toSourceRecord } from '../sqlite/source-row';
import type { BundleStore } from '../store';
import { importBundle } from './bundle-writer';
import type { SqlDatabase, SqlSession } from './sql-client';

// One snapshot for the whole export, so a write landing between its reads cannot tear it.
async function readBundle(session: SqlSession): Promise<Bundle> {
  await session.query(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
  const sources = await session.query<SourceRow>(`SELECT id, title, author, publisher, published_on, url, kind, notes, status FROM sources ORDER BY id`);
  const entities = await session.query<EntityRow>(`SELECT id, name, kind FROM entities ORDER BY id`);
  const aliases = await session.query<AliasRow>(`SELECT entity_id, alias, kind FROM entity_aliases ORDER BY entered`);
  const facts = await session.query<BundleFactRow>(
    `SELECT f.id, f.statement, f.quote, f.source_id, f.period_start, f.period_end, f.status,
            ARRAY(SELECT e.name FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
                   WHERE fe.fact_id = f.id ORDER BY e.id) AS entities
       FROM facts f WHERE f.source_id IS NOT NULL ORDER BY f.id`,
  );
  return {
    sources: sources.rows.map(toSourceRecord),
    entities: toEntityRecords(entities.rows, aliases.rows),
    facts: facts.rows.map(toFactRecord),
  };
}

/** Writes and reads whole fact bases in the interchange form (seed, import, export). */
export function createPostgresBundleStore(db: SqlDatabase): BundleStore {
  return {
    /** Which of these fact row ids are taken. */
    async takenFactIds(ids) {
      const { rows } = await db.query<{ id: number }>(`SELECT id FROM facts WHERE id = ANY ($1::integer[]) ORDER BY id`, [ids]);
      return rows.map((row) => row.id);
    },
    /** Titles of the sources with these row ids that exist. */
    async existingSourceTitles(ids) {
      const { rows } = await db.query<{ id: number; title: string }>(`SELECT id, title FROM sources WHERE id = ANY ($1::integer[]) ORDER BY id`, [ids]);
      return new Map(rows.map((row) => [row.id, row.title]));
    },
    /** Facts already in the base whose statement is one of these (case and surrounding spaces aside). */
    async factsStating(statements) {
      const { rows } = await db.query<{ id: number; statement: string }>(
        `SELECT id, statement FROM facts WHERE lower(trim(statement)) IN (SELECT lower(trim(s)) FROM unnest($1::text[]) AS s) ORDER BY id`,
        [statements],
      );
      return rows;
    },
    /** The row id the next new fact would get: one past the highest, as the SQLite store counts. */
    async nextFactId() {
      const { rows } = await db.query<{ id: number }>(`SELECT coalesce(max(id), 0) + 1 AS id FROM facts`);
      return rows[0]!.id;
    },
    /** Inserts a bundle and its audit entry in one transaction; existing sources and entities are kept. */
    importWithAudit: (bundle, actor: Actor, origin) => db.transaction((session) => importBundle(session, bundle, actor, origin)),
    /**
     * The whole base in interchange form, in id order, so two exports of one base are identical.
     * A suggestion citing a source it only proposes is left out: the proposal is not part of the base.
     */
    read: () => db.transaction(readBundle),
  };
}
