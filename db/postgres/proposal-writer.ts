import type { Actor } from '../../src/domain/actor';
import type { NewEntity } from '../../src/domain/entity';
import { toSourceId } from '../../src/domain/ids';
import type { NewSource } from '../../src/domain/source';
import { appendAudit } from './audit-log';
import type { SqlSession } from './sql-client';

/**
 * Inserts the source a fact brings with it and returns its row id, with its audit entry. Called
 * only inside a fact write's transaction: for a moderator's fact at once, for a suggestion when it
 * is approved.
 */
export async function createProposedSource(session: SqlSession, source: NewSource, actor: Actor): Promise<number> {
  const { rows } = await session.query<{ id: number }>(
    `INSERT INTO sources (title, url, publisher, author, published_on, kind, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, 'article', $6, $6) RETURNING id`,
    [source.title, source.url, source.publisher, source.author, source.publishedOn, actor.at],
  );
  const id = rows[0]!.id;
  await appendAudit(session, actor, 'source add', toSourceId(id), { title: source.title });
  return id;
}

/**
 * Row ids of the entities a fact brings, inserting those that do not exist yet. A name that came to
 * mean an entity meanwhile (its name or an alias) is linked to that entity, not duplicated as a
 * second meaning of the word. Looked up before inserting, so no id of the sequence is spent on a
 * name that exists and entity ids stay those the SQLite store hands out.
 */
export async function createProposedEntities(session: SqlSession, entities: readonly NewEntity[]): Promise<number[]> {
  const ids: number[] = [];
  for (const entity of entities) {
    const { rows: existing } = await session.query<{ id: number }>(
      `SELECT id FROM entities WHERE lower(name) = lower($1)
       UNION ALL SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower($1) LIMIT 1`,
      [entity.name],
    );
    const found = existing[0]?.id;
    if (found !== undefined) {
      ids.push(found);
      continue;
    }
    const { rows } = await session.query<{ id: number }>(`INSERT INTO entities (name, kind) VALUES ($1, $2) RETURNING id`, [entity.name, entity.kind]);
    ids.push(rows[0]!.id);
  }
  return ids;
}
